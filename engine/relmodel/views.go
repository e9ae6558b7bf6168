package relmodel

import (
	"fmt"

	"github.com/edfi-bench/tpr/engine/apischema"
)

// deriveView builds {A}_View: one branch per concrete member, one column per
// abstract identity path (paths inside one reference collapse into that
// reference's FK column), typed canonically across members.
func (m *Model) deriveView(a *apischema.AbstractResource) (*View, error) {
	v := &View{Abstract: a, Schema: SchemaName(a.Project.EndpointName), Name: a.Name + "_View"}
	fail := func(path string, format string, args ...any) error {
		return &Error{Resource: a.QName().String(), Path: path, Err: fmt.Errorf(format, args...)}
	}
	if len(a.Members) == 0 {
		return nil, fail("", "abstract resource has no concrete members")
	}
	// Column layout from the abstract paths alone: a path with two or more
	// segments lies inside a reference object ($.programReference.programName).
	colIndex := map[string]int{}
	for _, p := range a.IdentityJSONPaths {
		var name string
		isFK := len(p.Segs) > 1
		if isFK {
			obj := p.Segs[0].Prop
			name = Pascal(trimReference(obj)) + "_DocumentId"
		} else {
			name = Pascal(p.Last())
		}
		if i, ok := colIndex[name]; ok {
			v.Columns[i].Paths = append(v.Columns[i].Paths, p)
			continue
		}
		colIndex[name] = len(v.Columns)
		v.Columns = append(v.Columns, ViewColumn{Name: name, IsFK: isFK, Paths: []apischema.Path{p}})
	}
	for _, mem := range a.Members {
		r := m.byQName[mem.QName()]
		if r == nil || r.Root == nil {
			return nil, fail("", "member %s has no table", mem.QName())
		}
		b := ViewBranch{Member: r}
		for ci := range v.Columns {
			vc := &v.Columns[ci]
			p := vc.Paths[0]
			var col *Column
			for _, part := range r.Identity {
				if part.Path.Canonical == p.Canonical {
					col = part.Column
				}
			}
			if col == nil && mem.SubclassType == "domainEntity" && mem.SuperclassIdentityJSONPath == p.Canonical && len(r.Identity) > 0 {
				col = r.Identity[0].Column
			}
			if col == nil {
				return nil, fail(p.Canonical, "member %s cannot supply this identity field", mem.QName())
			}
			if vc.IsFK != (col.Kind == DocumentFK) {
				return nil, fail(p.Canonical, "member %s maps it to %s, which is not of the abstract's shape", mem.QName(), col.Name)
			}
			if vc.IsFK {
				if vc.Target == (apischema.QName{}) {
					vc.Target = col.Ref.Target
				} else if vc.Target != col.Ref.Target {
					return nil, fail(p.Canonical, "members reference different targets (%s, %s)", vc.Target, col.Ref.Target)
				}
				vc.Type = ScalarType{Kind: Int64}
			} else {
				vc.Type = widen(vc.Type, col.Type, ci == 0 && len(b.Columns) == 0 && len(v.Branches) == 0)
			}
			b.Columns = append(b.Columns, col)
		}
		v.Branches = append(v.Branches, b)
	}
	// Integer identities are projected as bigint: newer extension files
	// declare educationOrganizationId int64 while DS 5.1 members are int.
	for i := range v.Columns {
		if v.Columns[i].Type.Kind == Int32 {
			v.Columns[i].Type.Kind = Int64
		}
	}
	return v, nil
}

func trimReference(s string) string {
	if len(s) > len("Reference") && s[len(s)-len("Reference"):] == "Reference" {
		return s[:len(s)-len("Reference")]
	}
	return s
}

// widen returns a type that holds values of both.
func widen(cur, next ScalarType, first bool) ScalarType {
	if first || cur == (ScalarType{}) {
		return next
	}
	if cur.Kind == String && next.Kind == String {
		if cur.MaxLen == 0 || next.MaxLen == 0 {
			return ScalarType{Kind: String}
		}
		if next.MaxLen > cur.MaxLen {
			return next
		}
		return cur
	}
	if (cur.Kind == Int32 || cur.Kind == Int64) && (next.Kind == Int32 || next.Kind == Int64) {
		return ScalarType{Kind: Int64}
	}
	if cur.Kind == Decimal && next.Kind == Decimal {
		if next.Precision > cur.Precision {
			cur.Precision = next.Precision
		}
		if next.Scale > cur.Scale {
			cur.Scale = next.Scale
		}
		return cur
	}
	return cur
}
