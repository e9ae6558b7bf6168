package core

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/edfi-bench/tpr/engine/apischema"
	"github.com/google/uuid"
)

// valueString is Core's string form of an identity value (01 §3.1): strings
// as sent, descriptor URIs lower-cased, numbers canonical fixed-point when
// numeric (else their JSON text), booleans true/false. Dates and date-times
// need no work here: validation guarantees yyyy-MM-dd, and canonicalization
// already rewrote date-times to the UTC form.
func valueString(v any, numeric, descriptor bool) (string, bool) {
	var s string
	switch t := v.(type) {
	case string:
		s = t
	case json.Number:
		s = string(t)
		if numeric {
			if c, err := CanonicalNumber(s); err == nil {
				s = c
			}
		}
	case bool:
		s = "false"
		if t {
			s = "true"
		}
	default:
		return "", false
	}
	if descriptor {
		s = NormalizeURI(s)
	}
	return s, true
}

func kindOf(v any) string {
	switch v.(type) {
	case nil:
		return "null"
	case map[string]any:
		return "a JSON object"
	case []any:
		return "a JSON array"
	default:
		return "a non-scalar JSON value"
	}
}

func (p *plan) extract(doc *Document, ve validationErrors) {
	r := p.res
	body := doc.Body
	if r.IsDescriptor {
		ns, _ := body["namespace"].(string)
		cv, _ := body["codeValue"].(string)
		doc.Identity = []IdentityElement{{Path: DescriptorIdentityPath, Value: NormalizeURI(ns + "#" + cv)}}
	} else {
		doc.Identity = make([]IdentityElement, 0, len(p.identity))
		for _, f := range p.identity {
			v, ok := lookupProps(body, f.props)
			if !ok {
				ve.add(f.path, f.props[len(f.props)-1]+" is required.")
				continue
			}
			s, ok := valueString(v, f.numeric, f.descriptor)
			if !ok {
				ve.add(f.path, fmt.Sprintf("%s must be a scalar value, but was %s.", f.props[len(f.props)-1], kindOf(v)))
				continue
			}
			doc.Identity = append(doc.Identity, IdentityElement{Path: f.path, Value: s})
		}
	}
	doc.ReferentialID = ReferentialID(r.Project.ProjectName, r.Name, doc.Identity)
	if r.IsSubclass && len(doc.Identity) > 0 {
		doc.Superclass = r.Superclass()
		if r.SubclassType == "domainEntity" {
			doc.SuperclassIdentity = []IdentityElement{{Path: r.SuperclassIdentityJSONPath, Value: doc.Identity[0].Value}}
		} else {
			doc.SuperclassIdentity = append([]IdentityElement(nil), doc.Identity...)
		}
		doc.SuperclassReferentialID = ReferentialID(doc.Superclass.Project, doc.Superclass.Resource, doc.SuperclassIdentity)
	}
	x := &extractor{doc: doc, ve: ve}
	x.value(body, p.root)
}

func lookupProps(body map[string]any, props []string) (any, bool) {
	var cur any = body
	for _, pr := range props {
		m, ok := cur.(map[string]any)
		if !ok {
			return nil, false
		}
		cur, ok = m[pr]
		if !ok {
			return nil, false
		}
	}
	return cur, true
}

type extractor struct {
	doc  *Document
	ve   validationErrors
	path pathStack
}

// value walks v in schema order (properties in jsonSchemaForInsert order,
// elements by index), emitting references and descriptors as found.
func (x *extractor) value(v any, n *node) {
	switch t := v.(type) {
	case map[string]any:
		if n.ref != nil {
			x.reference(t, n)
			return
		}
		for _, pn := range n.order {
			cv, ok := t[pn.name]
			if !ok {
				continue
			}
			x.path = append(x.path, pathSeg{prop: pn.name, index: -1})
			x.value(cv, pn.node)
			x.path = x.path[:len(x.path)-1]
		}
	case []any:
		if n.items == nil {
			return
		}
		for i, e := range t {
			x.path = append(x.path, pathSeg{index: i})
			x.value(e, n.items)
			x.path = x.path[:len(x.path)-1]
		}
	case string:
		if n.desc != nil {
			d := n.desc
			uri := NormalizeURI(t)
			x.doc.Descriptors = append(x.doc.Descriptors, DescriptorReference{
				Mapping: d.mapping, Target: d.mapping.Target,
				Path: x.path.String(), WildcardPath: n.wildcard, Ordinals: x.path.ordinals(),
				URI:           uri,
				ReferentialID: ReferentialID(d.mapping.Target.Project, d.mapping.Target.Resource, []IdentityElement{{Path: DescriptorIdentityPath, Value: uri}}),
				InIdentity:    d.inIdentity,
			})
		}
	}
}

func (x *extractor) reference(obj map[string]any, n *node) {
	ri := n.ref
	path := x.path.String()
	elems := make([]IdentityElement, 0, len(ri.fields))
	var missing []string
	for _, f := range ri.fields {
		v, ok := obj[f.prop]
		if !ok {
			missing = append(missing, path+"."+f.prop)
			x.ve.add(path+"."+f.prop, f.prop+" is required.")
			continue
		}
		_, isNum := v.(json.Number)
		s, ok := valueString(v, f.numeric || isNum, f.descriptor)
		if !ok {
			missing = append(missing, path+"."+f.prop)
			x.ve.add(path+"."+f.prop, fmt.Sprintf("%s must be a scalar value, but was %s.", f.prop, kindOf(v)))
			continue
		}
		elems = append(elems, IdentityElement{Path: f.targetPath, Value: s})
	}
	if len(missing) > 0 {
		return
	}
	t := ri.mapping.Target
	x.doc.References = append(x.doc.References, DocumentReference{
		Mapping: ri.mapping, Target: t,
		Path: path, WildcardPath: n.wildcard, Ordinals: x.path.ordinals(),
		Identity:      elems,
		ReferentialID: ReferentialID(t.Project, t.Resource, elems),
		InIdentity:    ri.inIdentity,
	})
}

// checkEquality enforces equalityConstraints: every value found at the
// source and target paths must be the same (01 §13 Q19: the relational model
// has one FK per reference, so nothing else keeps e.g. schoolReference and
// sessionReference on the same school). Messages and keys are DMS's.
func (p *plan) checkEquality(body map[string]any, ve validationErrors) {
	for _, eq := range p.equality {
		var vals []string
		add := func(v any) {
			s, ok := valueString(v, true, false)
			if !ok {
				return
			}
			if !contains(vals, s) {
				vals = append(vals, s)
			}
		}
		collectAt(body, eq.source.Segs, add)
		collectAt(body, eq.target.Segs, add)
		if len(vals) < 2 {
			continue
		}
		quoted := make([]string, len(vals))
		for i, v := range vals {
			quoted[i] = "'" + v + "'"
		}
		for _, at := range []apischema.Path{eq.source, eq.target} {
			ve.add(at.Canonical, fmt.Sprintf("All values supplied for '%s' must match. Review all references "+
				"(including those higher up in the resource's data) and align the following conflicting values: %s",
				at.Last(), strings.Join(quoted, ", ")))
		}
	}
}

func collectAt(v any, segs []apischema.Seg, f func(any)) {
	if len(segs) == 0 {
		f(v)
		return
	}
	s := segs[0]
	if s.AnyElem {
		if a, ok := v.([]any); ok {
			for _, e := range a {
				collectAt(e, segs[1:], f)
			}
		}
		return
	}
	if m, ok := v.(map[string]any); ok {
		if c, ok := m[s.Prop]; ok {
			collectAt(c, segs[1:], f)
		}
	}
}

// checkDuplicateReferences rejects an array holding the same reference twice
// (DMS ReferenceArrayUniquenessValidationMiddleware), per concrete array:
// "The 2nd item of the gradingPeriods has the same identifying values as
// another item earlier in the list." keyed by the array's path.
func checkDuplicateReferences(doc *Document, ve validationErrors) {
	type key struct {
		wildcard, array string
		id              uuid.UUID
	}
	var seen map[key]bool
	for _, r := range doc.References {
		if len(r.Ordinals) == 0 {
			continue
		}
		i := strings.LastIndexByte(r.Path, '[')
		array := r.Path[:i]
		k := key{r.WildcardPath, array, r.ReferentialID}
		if seen == nil {
			seen = map[key]bool{}
		}
		if seen[k] {
			ve.add(array, fmt.Sprintf("The %s item of the %s has the same identifying values as another item earlier in the list.",
				ordinalWord(r.Ordinals[len(r.Ordinals)-1]+1), array[strings.LastIndexAny(array, ".]")+1:]))
			continue
		}
		seen[k] = true
	}
}

func ordinalWord(n int) string {
	suffix := "th"
	switch {
	case n%100 >= 11 && n%100 <= 13:
	case n%10 == 1:
		suffix = "st"
	case n%10 == 2:
		suffix = "nd"
	case n%10 == 3:
		suffix = "rd"
	}
	return fmt.Sprintf("%d%s", n, suffix)
}
