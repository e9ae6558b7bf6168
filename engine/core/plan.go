package core

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"sort"
	"strconv"
	"strings"

	"github.com/edfi-bench/tpr/engine/apischema"
	"github.com/santhosh-tekuri/jsonschema/v6"
)

// plan is the compiled, immutable per-resource state.
type plan struct {
	res      *apischema.Resource
	schema   *jsonschema.Schema
	root     *node
	identity []identityField
	equality []equalityConstraint
	unique   []uniqueness
	decimals []decimalCheck
}

type coerceKind uint8

const (
	coerceNumber   coerceKind = 1 << iota // numeric string → number
	coerceBoolean                         // "true"/"1"/1 → true
	coerceDate                            // slash date → yyyy-MM-dd
	coerceDateTime                        // slash date, then UTC yyyy-MM-ddTHH:mm:ssZ
)

// node mirrors one jsonSchemaForInsert node with what canonicalization and
// extraction need at that location.
type node struct {
	typ      string
	wildcard string           // ApiSchema path of the node, "$.addresses[*].city"
	props    map[string]*node // declared properties (object nodes)
	order    []propNode       // the same, in schema property order
	items    *node            // array element schema
	coerce   coerceKind
	ref      *refInfo  // the node is a reference object
	desc     *descInfo // the node is a descriptor URI
}

type propNode struct {
	name string
	node *node
}

type refInfo struct {
	mapping    *apischema.DocumentPath
	fields     []refField // referenceJsonPaths order
	inIdentity bool
}

type refField struct {
	prop       string // property of the reference object
	targetPath string // the target's identityJsonPath
	numeric    bool   // referenceJsonPath is in numericJsonPaths
	descriptor bool   // the target path is descriptor-valued
}

type descInfo struct {
	mapping    *apischema.DocumentPath
	inIdentity bool
}

type identityField struct {
	path       string
	props      []string
	numeric    bool
	descriptor bool
}

type equalityConstraint struct {
	source, target apischema.Path
}

func (c *Core) compile(r *apischema.Resource) (*plan, error) {
	if r.JSONSchema == nil {
		return nil, errors.New("no jsonSchemaForInsert")
	}
	if err := checkPatterns(r.JSONSchema, apischema.Root); err != nil {
		return nil, err
	}
	raw, err := r.JSONSchema.MarshalJSON()
	if err != nil {
		return nil, fmt.Errorf("encoding jsonSchemaForInsert: %w", err)
	}
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(raw))
	if err != nil {
		return nil, fmt.Errorf("decoding jsonSchemaForInsert: %w", err)
	}
	loc := "mem:///" + url.PathEscape(r.Project.ProjectName) + "/" + url.PathEscape(r.Name) + ".json"
	c.mu.Lock()
	err = c.compiler.AddResource(loc, doc)
	var sch *jsonschema.Schema
	if err == nil {
		sch, err = c.compiler.Compile(loc)
	}
	c.mu.Unlock()
	if err != nil {
		var re *jsonschema.InvalidRegexError
		if errors.As(err, &re) {
			return nil, fmt.Errorf("jsonSchemaForInsert pattern %q at %s: %w", re.Regex, re.URL, re.Err)
		}
		return nil, fmt.Errorf("compiling jsonSchemaForInsert: %w", err)
	}

	p := &plan{res: r, schema: sch, root: buildNode(r.JSONSchema, apischema.Root)}
	if p.root.props == nil {
		return nil, errors.New("jsonSchemaForInsert is not an object schema")
	}
	numeric := map[string]bool{}
	for _, s := range r.NumericJSONPaths {
		numeric[s] = true
	}
	mark := func(paths []string, k coerceKind) {
		for _, s := range paths {
			if q, err := apischema.ParsePath(s); err == nil {
				if n := p.root.find(q); n != nil {
					n.coerce |= k
				}
			}
		}
	}
	mark(r.NumericJSONPaths, coerceNumber)
	mark(r.BooleanJSONPaths, coerceBoolean)
	mark(r.DateJSONPaths, coerceDate)
	mark(r.DateTimeJSONPaths, coerceDateTime)

	if !r.IsDescriptor {
		for _, ip := range r.IdentityJSONPaths {
			if ip.Wildcards() > 0 {
				return nil, fmt.Errorf("identity path %s crosses an array", ip)
			}
			n := p.root.find(ip)
			if n == nil {
				return nil, fmt.Errorf("identity path %s is not in jsonSchemaForInsert", ip)
			}
			f := identityField{path: ip.Canonical, numeric: numeric[ip.Canonical], descriptor: IsDescriptorIdentityPath(ip.Canonical)}
			for _, s := range ip.Segs {
				f.props = append(f.props, s.Prop)
			}
			p.identity = append(p.identity, f)
		}
		if len(p.identity) == 0 {
			return nil, errors.New("no identityJsonPaths")
		}
	}

	for _, dp := range r.DocumentPaths {
		switch {
		case !dp.IsReference:
		case dp.IsDescriptor:
			n := p.root.find(dp.Path)
			if n == nil {
				return nil, fmt.Errorf("descriptor %s: path %s is not in jsonSchemaForInsert", dp.Key, dp.Path)
			}
			if n.desc != nil || n.ref != nil {
				return nil, fmt.Errorf("descriptor %s: path %s is mapped twice", dp.Key, dp.Path)
			}
			n.desc = &descInfo{mapping: dp, inIdentity: r.IsIdentityPath(dp.Path.Canonical)}
		default:
			op := dp.ReferenceObjectPath()
			n := p.root.find(op)
			if n == nil || n.props == nil {
				return nil, fmt.Errorf("reference %s: reference object %s is not an object of jsonSchemaForInsert", dp.Key, op)
			}
			if n.ref != nil || n.desc != nil {
				return nil, fmt.Errorf("reference %s: reference object %s is mapped twice", dp.Key, op)
			}
			ri := &refInfo{mapping: dp}
			for _, rp := range dp.ReferencePaths {
				prop := rp.ReferenceJSONPath.Last()
				if n.props[prop] == nil {
					return nil, fmt.Errorf("reference %s: field %s is not in jsonSchemaForInsert", dp.Key, rp.ReferenceJSONPath)
				}
				ri.fields = append(ri.fields, refField{
					prop:       prop,
					targetPath: rp.IdentityJSONPath.Canonical,
					numeric:    numeric[rp.ReferenceJSONPath.Canonical],
					descriptor: IsDescriptorIdentityPath(rp.IdentityJSONPath.Canonical),
				})
				if r.IsIdentityPath(rp.ReferenceJSONPath.Canonical) {
					ri.inIdentity = true
				}
			}
			n.ref = ri
		}
	}

	for _, eq := range r.EqualityConstraints {
		s, err1 := apischema.ParsePath(eq.Source)
		t, err2 := apischema.ParsePath(eq.Target)
		if err := errors.Join(err1, err2); err != nil {
			return nil, fmt.Errorf("equalityConstraints: %w", err)
		}
		p.equality = append(p.equality, equalityConstraint{source: s, target: t})
	}
	p.unique = compileUniqueness(r)
	for _, d := range r.DecimalInfos {
		dc, err := newDecimalCheck(d)
		if err != nil {
			return nil, fmt.Errorf("decimalPropertyValidationInfos: %w", err)
		}
		p.decimals = append(p.decimals, dc)
	}
	return p, nil
}

// checkPatterns tries every "pattern" of the schema with RegexpEngine so an
// unsupported one is reported with its location, before the JSON Schema
// compiler buries it in a metaschema error.
func checkPatterns(s *apischema.Schema, at apischema.Path) error {
	for _, k := range s.Keywords {
		if k.Name != "pattern" {
			continue
		}
		var pat string
		if json.Unmarshal(k.Value, &pat) != nil {
			continue // not a string: the metaschema check reports it
		}
		if _, err := RegexpEngine(pat); err != nil {
			return fmt.Errorf("jsonSchemaForInsert at %s: %w", at, err)
		}
	}
	for _, pr := range s.Properties {
		if err := checkPatterns(pr.Schema, at.Child(pr.Name)); err != nil {
			return err
		}
	}
	if s.Items != nil {
		return checkPatterns(s.Items, at.Elem())
	}
	return nil
}

func buildNode(s *apischema.Schema, at apischema.Path) *node {
	n := &node{typ: s.Type, wildcard: at.Canonical}
	if s.Type == "object" || len(s.Properties) > 0 {
		n.props = make(map[string]*node, len(s.Properties))
		for _, pr := range s.Properties {
			child := buildNode(pr.Schema, at.Child(pr.Name))
			n.props[pr.Name] = child
			n.order = append(n.order, propNode{pr.Name, child})
		}
	}
	if s.Items != nil {
		n.items = buildNode(s.Items, at.Elem())
	}
	switch s.Type {
	case "integer", "number":
		n.coerce = coerceNumber
	case "boolean":
		n.coerce = coerceBoolean
	case "string":
		switch s.Format {
		case "date":
			n.coerce = coerceDate
		case "date-time":
			n.coerce = coerceDateTime
		}
	}
	return n
}

func (n *node) find(p apischema.Path) *node {
	for _, s := range p.Segs {
		if n == nil {
			return nil
		}
		if s.AnyElem {
			n = n.items
		} else {
			n = n.props[s.Prop]
		}
	}
	return n
}

// ---- canonicalization ----

// pathStack tracks the concrete location of a walk.
type pathStack []pathSeg

func (ps pathStack) String() string {
	var b strings.Builder
	b.WriteByte('$')
	for _, s := range ps {
		if s.index >= 0 {
			b.WriteByte('[')
			b.WriteString(strconv.Itoa(s.index))
			b.WriteByte(']')
		} else {
			b.WriteByte('.')
			b.WriteString(s.prop)
		}
	}
	return b.String()
}

func (ps pathStack) ordinals() []int {
	var out []int
	for _, s := range ps {
		if s.index >= 0 {
			out = append(out, s.index)
		}
	}
	return out
}

type canonicalizer struct {
	path   pathStack
	pruned []string
}

func (p *plan) canonicalize(obj map[string]any, doc *Document) {
	w := &canonicalizer{}
	w.object(obj, p.root, true)
	if len(w.pruned) > 0 {
		sort.Strings(w.pruned)
		doc.Pruned = w.pruned
	}
	if p.res.IsDescriptor {
		for _, k := range []string{"codeValue", "shortDescription"} {
			if s, ok := obj[k].(string); ok {
				obj[k] = strings.TrimSpace(s)
			}
		}
	}
}

func (w *canonicalizer) object(obj map[string]any, n *node, isRoot bool) {
	for k, v := range obj {
		if v == nil {
			delete(obj, k)
			continue
		}
		child := n.props[k]
		if child == nil {
			switch {
			case isRoot && (k == "_etag" || k == "_lastModifiedDate"):
			case n.ref != nil && k == "link":
			default:
				w.path = append(w.path, pathSeg{prop: k, index: -1})
				w.pruned = append(w.pruned, w.path.String())
				w.path = w.path[:len(w.path)-1]
			}
			delete(obj, k)
			continue
		}
		switch t := v.(type) {
		case map[string]any:
			if child.props != nil {
				w.path = append(w.path, pathSeg{prop: k, index: -1})
				w.object(t, child, false)
				w.path = w.path[:len(w.path)-1]
				if k == "_ext" && len(t) == 0 {
					delete(obj, k) // nothing left of the extensions
				}
			}
		case []any:
			if it := child.items; it != nil {
				w.path = append(w.path, pathSeg{prop: k, index: -1})
				for i, e := range t {
					switch et := e.(type) {
					case map[string]any:
						if it.props != nil {
							w.path = append(w.path, pathSeg{index: i})
							w.object(et, it, false)
							w.path = w.path[:len(w.path)-1]
						}
					case nil, []any:
					default:
						if nv, ok := coerce(et, it.coerce); ok {
							t[i] = nv
						}
					}
				}
				w.path = w.path[:len(w.path)-1]
			}
			if emptyArray(t) {
				delete(obj, k)
			}
		default:
			if nv, ok := coerce(v, child.coerce); ok {
				obj[k] = nv
			}
		}
	}
}

// emptyArray: no elements, or only empty objects.
func emptyArray(a []any) bool {
	for _, e := range a {
		if m, ok := e.(map[string]any); !ok || len(m) > 0 {
			return false
		}
	}
	return true
}

func coerce(v any, k coerceKind) (any, bool) {
	if k == 0 {
		return nil, false
	}
	if k&coerceBoolean != 0 {
		if _, isBool := v.(bool); !isBool {
			if b, ok := coerceBooleanValue(v); ok {
				return b, true
			}
		}
		return nil, false
	}
	if n, isNum := v.(json.Number); isNum {
		// Numbers keep their value but get Core's canonical spelling
		// (1.50 → 1.5, 2.55901001E8 → 255901001) so the backend can parse
		// an integer column's value with strconv.ParseInt.
		if k&coerceNumber != 0 {
			if c, err := CanonicalNumber(string(n)); err == nil && c != string(n) {
				return json.Number(c), true
			}
		}
		return nil, false
	}
	s, ok := v.(string)
	if !ok {
		return nil, false
	}
	if k&coerceNumber != 0 {
		if n, ok := coerceNumberString(s); ok {
			return json.Number(n), true
		}
		return nil, false
	}
	changed := false
	if k&(coerceDate|coerceDateTime) != 0 {
		if d, ok := coerceSlashDate(s); ok {
			s, changed = d, true
		}
	}
	if k&coerceDateTime != 0 {
		if t, ok := ParseDateTime(s); ok {
			if f := FormatDateTime(t); f != s {
				s, changed = f, true
			}
		}
	}
	if changed {
		return s, true
	}
	return nil, false
}

// jsonText renders a decoded value as compact JSON.
func jsonText(v any) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return fmt.Sprint(v)
	}
	return strings.TrimSuffix(b.String(), "\n")
}
