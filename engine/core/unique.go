package core

import (
	"fmt"
	"strings"

	"github.com/edfi-bench/tpr/engine/apischema"
)

// uniqueness is one arrayUniquenessConstraints entry (flat or nested),
// normalized to absolute paths: the elements of every concrete instance of
// array must differ in the values at rels.
type uniqueness struct {
	array []apischema.Seg // path of the array property (wildcards for outer arrays)
	rels  []uniqueField
}

type uniqueField struct {
	props      []string // below one element
	descriptor bool
}

// compileUniqueness normalizes arrayUniquenessConstraints (absent in DS 5.1,
// present in the extension files). A constraint whose paths do not share one
// array (MetaEd's Staff identificationDocuments + visas) cannot be checked
// per array and is skipped, as the relational model skips it.
func compileUniqueness(r *apischema.Resource) []uniqueness {
	var out []uniqueness
	group := func(paths []string) {
		u, ok := uniquenessFor(paths)
		if ok {
			out = append(out, u)
		}
	}
	for _, c := range r.ArrayUniqueness {
		if len(c.Paths) > 0 {
			group(c.Paths)
		}
		for _, n := range c.Nested {
			abs := make([]string, len(n.Paths))
			for i, p := range n.Paths {
				abs[i] = n.BasePath + strings.TrimPrefix(p, "$")
			}
			group(abs)
		}
	}
	return out
}

func uniquenessFor(paths []string) (uniqueness, bool) {
	var u uniqueness
	var array string
	for _, s := range paths {
		p, err := apischema.ParsePath(s)
		if err != nil {
			return u, false
		}
		last := -1
		for i, sg := range p.Segs {
			if sg.AnyElem {
				last = i
			}
		}
		if last < 1 {
			return u, false
		}
		a := apischema.FromSegs(p.Segs[:last])
		if array == "" {
			array, u.array = a.Canonical, a.Segs
		} else if a.Canonical != array {
			return u, false
		}
		f := uniqueField{descriptor: IsDescriptorIdentityPath(p.Canonical)}
		for _, sg := range p.Segs[last+1:] {
			f.props = append(f.props, sg.Prop)
		}
		if len(f.props) == 0 {
			return u, false
		}
		u.rels = append(u.rels, f)
	}
	return u, len(u.rels) > 0
}

// checkUniqueness reports the first repeated element of every concrete
// array instance, DMS's ArrayUniquenessValidationMiddleware message keyed by
// the concrete array path.
func (p *plan) checkUniqueness(body map[string]any, ve validationErrors) {
	for _, u := range p.unique {
		forEachArray(body, u.array, nil, func(at pathStack, arr []any) {
			seen := make(map[string]bool, len(arr))
			for i, e := range arr {
				var key strings.Builder
				for _, f := range u.rels {
					v, ok := lookupProps(asObject(e), f.props)
					s, ok2 := valueString(v, true, f.descriptor)
					if !ok || !ok2 {
						s = "\\x00absent"
					}
					key.WriteString(s)
					key.WriteByte(0)
				}
				k := key.String()
				if seen[k] {
					path := at.String()
					ve.add(path, fmt.Sprintf("The %s item of the %s has the same identifying values as another item earlier in the list.",
						ordinalWord(i+1), path[strings.LastIndexAny(path, ".]")+1:]))
					return
				}
				seen[k] = true
			}
		})
	}
}

func asObject(v any) map[string]any {
	m, _ := v.(map[string]any)
	return m
}

// forEachArray calls f for every concrete array found at segs.
func forEachArray(v any, segs []apischema.Seg, at pathStack, f func(pathStack, []any)) {
	if len(segs) == 0 {
		if a, ok := v.([]any); ok && len(a) > 1 {
			f(at, a)
		}
		return
	}
	s := segs[0]
	if s.AnyElem {
		a, _ := v.([]any)
		for i, e := range a {
			forEachArray(e, segs[1:], append(at, pathSeg{index: i}), f)
		}
		return
	}
	if m, ok := v.(map[string]any); ok {
		if c, ok := m[s.Prop]; ok {
			forEachArray(c, segs[1:], append(at, pathSeg{prop: s.Prop, index: -1}), f)
		}
	}
}
