package apischema

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"sort"
)

// Schema is one node of a resource's jsonSchemaForInsert. Ed-Fi's schemas are
// order-significant for us (documents are rebuilt in schema property order and
// the relational model's column order follows it), and encoding/json maps lose
// order, so this type decodes properties into an ordered slice and keeps every
// other keyword verbatim so the merged schema can be handed back to the JSON
// Schema validator unchanged.
type Schema struct {
	Type       string     // "" when absent; a type union is recorded in Unsupported
	Properties []Property // in document order
	Required   []string
	Items      *Schema
	MaxLength  int // 0 = absent
	Format     string

	// AdditionalProperties is the raw keyword value (nil when absent).
	AdditionalProperties json.RawMessage
	// Unsupported lists keywords the relational mapper cannot handle
	// (combinators, $ref, unions, schema-valued additionalProperties ...).
	Unsupported []string
	// Keywords keeps every keyword other than properties/items/required in
	// document order, verbatim, for re-encoding.
	Keywords []Keyword
}

// Property is a named child schema.
type Property struct {
	Name   string
	Schema *Schema
}

// Keyword is a raw JSON Schema keyword.
type Keyword struct {
	Name  string
	Value json.RawMessage
}

// Prop returns the named property's schema or nil.
func (s *Schema) Prop(name string) *Schema {
	if s == nil {
		return nil
	}
	for _, p := range s.Properties {
		if p.Name == name {
			return p.Schema
		}
	}
	return nil
}

// IsRequired reports whether name is listed in the node's required array.
func (s *Schema) IsRequired(name string) bool {
	for _, r := range s.Required {
		if r == name {
			return true
		}
	}
	return false
}

// SetProp replaces or appends a property.
func (s *Schema) SetProp(name string, child *Schema) {
	for i := range s.Properties {
		if s.Properties[i].Name == name {
			s.Properties[i].Schema = child
			return
		}
	}
	s.Properties = append(s.Properties, Property{Name: name, Schema: child})
}

// RemoveProp removes a property and its required entry.
func (s *Schema) RemoveProp(name string) {
	out := s.Properties[:0]
	for _, p := range s.Properties {
		if p.Name != name {
			out = append(out, p)
		}
	}
	s.Properties = out
	req := s.Required[:0]
	for _, r := range s.Required {
		if r != name {
			req = append(req, r)
		}
	}
	s.Required = req
}

// Clone deep-copies the node so merging extensions never mutates the source.
func (s *Schema) Clone() *Schema {
	if s == nil {
		return nil
	}
	c := *s
	c.Properties = make([]Property, len(s.Properties))
	for i, p := range s.Properties {
		c.Properties[i] = Property{Name: p.Name, Schema: p.Schema.Clone()}
	}
	c.Required = append([]string(nil), s.Required...)
	c.Items = s.Items.Clone()
	c.Unsupported = append([]string(nil), s.Unsupported...)
	c.Keywords = append([]Keyword(nil), s.Keywords...)
	return &c
}

// ParseSchema decodes a JSON Schema node preserving property order.
func ParseSchema(data []byte) (*Schema, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	s, err := decodeSchema(dec)
	if err != nil {
		return nil, err
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, fmt.Errorf("trailing data after schema")
	}
	return s, nil
}

func decodeSchema(dec *json.Decoder) (*Schema, error) {
	tok, err := dec.Token()
	if err != nil {
		return nil, err
	}
	if d, ok := tok.(json.Delim); !ok || d != '{' {
		return nil, fmt.Errorf("schema node is not an object")
	}
	s := &Schema{}
	for dec.More() {
		kt, err := dec.Token()
		if err != nil {
			return nil, err
		}
		key := kt.(string)
		switch key {
		case "properties":
			if t, err := dec.Token(); err != nil {
				return nil, err
			} else if d, ok := t.(json.Delim); !ok || d != '{' {
				return nil, fmt.Errorf("properties is not an object")
			}
			for dec.More() {
				nt, err := dec.Token()
				if err != nil {
					return nil, err
				}
				child, err := decodeSchema(dec)
				if err != nil {
					return nil, fmt.Errorf("properties.%s: %w", nt.(string), err)
				}
				s.Properties = append(s.Properties, Property{Name: nt.(string), Schema: child})
			}
			if _, err := dec.Token(); err != nil {
				return nil, err
			}
		case "items":
			var raw json.RawMessage
			if err := dec.Decode(&raw); err != nil {
				return nil, err
			}
			if len(raw) > 0 && raw[0] != '{' {
				s.Unsupported = append(s.Unsupported, "items (non-object schema)")
				s.Keywords = append(s.Keywords, Keyword{key, raw})
				continue
			}
			child, err := ParseSchema(raw)
			if err != nil {
				return nil, fmt.Errorf("items: %w", err)
			}
			s.Items = child
		default:
			var raw json.RawMessage
			if err := dec.Decode(&raw); err != nil {
				return nil, err
			}
			switch key {
			case "required":
				if err := json.Unmarshal(raw, &s.Required); err != nil {
					return nil, fmt.Errorf("required: %w", err)
				}
				continue
			case "type":
				if err := json.Unmarshal(raw, &s.Type); err != nil {
					s.Unsupported = append(s.Unsupported, "type union")
				}
			case "maxLength":
				_ = json.Unmarshal(raw, &s.MaxLength)
			case "format":
				_ = json.Unmarshal(raw, &s.Format)
			case "additionalProperties":
				s.AdditionalProperties = raw
				if len(raw) > 0 && raw[0] == '{' {
					s.Unsupported = append(s.Unsupported, "schema-valued additionalProperties")
				}
			case "allOf", "anyOf", "oneOf", "not", "$ref", "patternProperties", "if", "then", "else",
				"dependentSchemas", "prefixItems", "$defs", "definitions":
				s.Unsupported = append(s.Unsupported, key)
			}
			s.Keywords = append(s.Keywords, Keyword{key, raw})
		}
	}
	if _, err := dec.Token(); err != nil {
		return nil, err
	}
	return s, nil
}

// MarshalJSON re-encodes the node: keywords in their original order, then
// required, properties and items. The output is deterministic.
func (s *Schema) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	first := true
	sep := func() {
		if !first {
			b.WriteByte(',')
		}
		first = false
	}
	for _, k := range s.Keywords {
		sep()
		writeString(&b, k.Name)
		b.WriteByte(':')
		b.Write(k.Value)
	}
	if len(s.Required) > 0 {
		sep()
		b.WriteString(`"required":`)
		r, _ := json.Marshal(s.Required)
		b.Write(r)
	}
	if s.Properties != nil || s.Type == "object" {
		sep()
		b.WriteString(`"properties":{`)
		for i, p := range s.Properties {
			if i > 0 {
				b.WriteByte(',')
			}
			writeString(&b, p.Name)
			b.WriteByte(':')
			child, err := p.Schema.MarshalJSON()
			if err != nil {
				return nil, err
			}
			b.Write(child)
		}
		b.WriteByte('}')
	}
	if s.Items != nil {
		sep()
		b.WriteString(`"items":`)
		child, err := s.Items.MarshalJSON()
		if err != nil {
			return nil, err
		}
		b.Write(child)
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

func writeString(b *bytes.Buffer, s string) {
	enc, _ := json.Marshal(s)
	b.Write(enc)
}

// canonicalJSON re-encodes arbitrary JSON with object keys sorted (byte order)
// recursively, numbers kept as written, no insignificant whitespace and no
// HTML escaping. It is the input of the effective-schema fingerprint.
func canonicalJSON(data []byte) ([]byte, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, err
	}
	var b bytes.Buffer
	if err := writeCanonical(&b, v); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

func writeCanonical(b *bytes.Buffer, v any) error {
	switch t := v.(type) {
	case map[string]any:
		keys := make([]string, 0, len(t))
		for k := range t {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		b.WriteByte('{')
		for i, k := range keys {
			if i > 0 {
				b.WriteByte(',')
			}
			writeCanonicalString(b, k)
			b.WriteByte(':')
			if err := writeCanonical(b, t[k]); err != nil {
				return err
			}
		}
		b.WriteByte('}')
	case []any:
		b.WriteByte('[')
		for i, e := range t {
			if i > 0 {
				b.WriteByte(',')
			}
			if err := writeCanonical(b, e); err != nil {
				return err
			}
		}
		b.WriteByte(']')
	case string:
		writeCanonicalString(b, t)
	case json.Number:
		b.WriteString(t.String())
	case bool:
		if t {
			b.WriteString("true")
		} else {
			b.WriteString("false")
		}
	case nil:
		b.WriteString("null")
	default:
		return fmt.Errorf("unexpected JSON value %T", v)
	}
	return nil
}

func writeCanonicalString(b *bytes.Buffer, s string) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(s)
	b.Write(bytes.TrimRight(buf.Bytes(), "\n"))
}
