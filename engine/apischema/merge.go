package apischema

import (
	"fmt"
	"sort"
	"strings"
)

// mergeExtension folds an isResourceExtension resource into the resource it
// extends, as DMS Core does: the root _ext subtree, scope-level _ext
// fragments (commonExtensionOverrides), mapping entries and path lists.
func (e *Effective) mergeExtension(ext *Resource) error {
	p := ext.Project
	base := e.byName[QName{e.Core.ProjectName, ext.Name}]
	if base == nil {
		for _, q := range e.Projects {
			if q != p {
				if r := e.byName[QName{q.ProjectName, ext.Name}]; r != nil {
					base = r
					break
				}
			}
		}
	}
	if base == nil {
		e.Diagnostics = append(e.Diagnostics, Diagnostic{File: p.File, Resource: ext.EndpointName,
			Message: fmt.Sprintf("extends resource %s, which no loaded project defines", ext.Name),
			Skipped: "the whole resource extension"})
		return nil
	}
	fail := func(path string, err error) error {
		return &LoadError{File: p.File, Resource: ext.EndpointName, Path: path, Err: err}
	}
	if rel := ext.Relational; rel != nil && rel.RootTableNameOverride != "" && rel.RootTableNameOverride != base.Name+"Extension" {
		return fail("$.relational.rootTableNameOverride",
			fmt.Errorf("%q: an extension's root table is always %sExtension", rel.RootTableNameOverride, base.Name))
	}
	root := ext.JSONSchema.Prop("_ext")
	if root != nil {
		frag := root.Prop(p.EndpointName)
		if frag == nil {
			return fail("$.jsonSchemaForInsert.properties._ext", fmt.Errorf("no _ext.%s object", p.EndpointName))
		}
		frag = frag.Clone()
		if len(frag.Required) == 0 {
			frag.Required = append([]string(nil), ext.extRootRequired...)
		}
		baseExt := base.JSONSchema.Prop("_ext")
		if baseExt == nil {
			baseExt = root.Clone()
			baseExt.Properties = nil
			baseExt.Required = nil
			base.JSONSchema.SetProp("_ext", baseExt)
		}
		baseExt.SetProp(p.EndpointName, frag)
	}
	for i, ceo := range ext.CommonExtensionOverrides {
		for _, loc := range ceo.InsertionLocations {
			node, err := schemaAtKeywordPath(base.JSONSchema, loc)
			if err != nil {
				e.Diagnostics = append(e.Diagnostics, Diagnostic{File: p.File, Resource: ext.EndpointName,
					Path:    fmt.Sprintf("commonExtensionOverrides[%d] %s", i, loc),
					Message: fmt.Sprintf("insertion location does not exist in %s %s: %v", base.Project.ProjectName, base.Name, err),
					Skipped: "that scope-level extension"})
				continue
			}
			existing := node.Prop("_ext")
			if existing == nil {
				node.SetProp("_ext", ceo.SchemaFragment.Clone())
				continue
			}
			for _, prop := range ceo.SchemaFragment.Properties {
				existing.SetProp(prop.Name, prop.Schema.Clone())
			}
		}
	}
	seen := map[string]bool{}
	for _, dp := range base.DocumentPaths {
		seen[dp.Key] = true
	}
	for _, dp := range ext.DocumentPaths {
		c := *dp
		if seen[c.Key] {
			c.Key = p.ProjectName + "." + c.Key
		}
		seen[c.Key] = true
		base.DocumentPaths = append(base.DocumentPaths, &c)
	}
	sort.Slice(base.DocumentPaths, func(i, j int) bool { return base.DocumentPaths[i].Key < base.DocumentPaths[j].Key })
	base.NumericJSONPaths = append(base.NumericJSONPaths, ext.NumericJSONPaths...)
	base.BooleanJSONPaths = append(base.BooleanJSONPaths, ext.BooleanJSONPaths...)
	base.DateJSONPaths = append(base.DateJSONPaths, ext.DateJSONPaths...)
	base.DateTimeJSONPaths = append(base.DateTimeJSONPaths, ext.DateTimeJSONPaths...)
	base.DecimalInfos = append(base.DecimalInfos, ext.DecimalInfos...)
	base.ArrayUniqueness = append(base.ArrayUniqueness, ext.ArrayUniqueness...)
	base.EqualityConstraints = append(base.EqualityConstraints, ext.EqualityConstraints...)
	base.QueryFields = append(base.QueryFields, ext.QueryFields...)
	if ext.Relational != nil && len(ext.Relational.NameOverrides) > 0 {
		if base.ExtensionRelational == nil {
			base.ExtensionRelational = map[string]*Relational{}
		}
		base.ExtensionRelational[p.EndpointName] = ext.Relational
	}
	base.Extensions = append(base.Extensions, p)
	return nil
}

// schemaAtKeywordPath follows a JSON-pointer-like dotted keyword path such as
// "$.properties.addresses.items".
func schemaAtKeywordPath(s *Schema, loc string) (*Schema, error) {
	if !strings.HasPrefix(loc, "$") {
		return nil, fmt.Errorf("location %q does not start with $", loc)
	}
	parts := strings.Split(strings.TrimPrefix(loc, "$"), ".")[1:]
	node := s
	for i := 0; i < len(parts); i++ {
		switch parts[i] {
		case "properties":
			if i+1 >= len(parts) {
				return nil, fmt.Errorf("location %q ends in properties", loc)
			}
			i++
			node = node.Prop(parts[i])
			if node == nil {
				return nil, fmt.Errorf("no property %q", parts[i])
			}
		case "items":
			node = node.Items
			if node == nil {
				return nil, fmt.Errorf("no items at %q", parts[i])
			}
		default:
			return nil, fmt.Errorf("unsupported step %q", parts[i])
		}
	}
	return node, nil
}

// SchemaAt returns the schema node for a restricted JSONPath ($.a[*].b).
func SchemaAt(root *Schema, p Path) *Schema {
	node := root
	for _, s := range p.Segs {
		if node == nil {
			return nil
		}
		if s.AnyElem {
			node = node.Items
		} else {
			node = node.Prop(s.Prop)
		}
	}
	return node
}

// resolveReferences checks every reference and descriptor mapping against
// the loaded targets. Extension files were written for a newer data standard
// than the core we load, so a reference may name a target absent from the
// core or disagree with the target's identity. Such a reference could never
// resolve; it is removed from the effective schema (clients sending it get a
// validation error naming the property) and reported as a Diagnostic. A
// mismatch that touches the resource's own identity is fatal instead, since
// the resource could not be stored at all.
func (e *Effective) resolveReferences() error {
	for _, p := range e.Projects {
		for _, r := range p.Resources {
			if r.IsResourceExtension {
				continue
			}
			var drop []*DocumentPath
			for _, dp := range r.DocumentPaths {
				if !dp.IsReference {
					continue
				}
				msg := e.checkReference(dp)
				if msg == "" {
					continue
				}
				where := dp.Path.Canonical
				if !dp.IsDescriptor {
					where = dp.ReferenceObjectPath().Canonical
				}
				for _, ip := range r.IdentityJSONPaths {
					if ip.HasPrefix(MustPath(where)) {
						return &LoadError{File: e.fileOf(r, where), Resource: r.EndpointName, Path: where,
							Err: fmt.Errorf("%s, and it is part of the resource's identity", msg)}
					}
				}
				drop = append(drop, dp)
				e.Diagnostics = append(e.Diagnostics, Diagnostic{File: e.fileOf(r, where),
					Resource: r.Project.ProjectName + "." + r.Name, Path: where, Message: msg})
			}
			for i, dp := range drop {
				where := dp.Path
				if !dp.IsDescriptor {
					where = dp.ReferenceObjectPath()
				}
				removed := r.removeSubtree(where)
				e.Diagnostics[len(e.Diagnostics)-len(drop)+i].Skipped = "property " + removed.Canonical + " removed from the effective schema"
			}
		}
	}
	return nil
}

func (e *Effective) fileOf(r *Resource, path string) string {
	if strings.Contains(path, "._ext.") || strings.HasPrefix(path, "$._ext.") {
		i := strings.Index(path, "_ext.")
		rest := path[i+5:]
		if j := strings.IndexAny(rest, ".["); j >= 0 {
			rest = rest[:j]
		}
		if p := e.projByKey[rest]; p != nil {
			return p.File
		}
	}
	return r.Project.File
}

func (e *Effective) checkReference(dp *DocumentPath) string {
	if dp.IsDescriptor {
		t := e.byName[dp.Target]
		if t == nil {
			return fmt.Sprintf("descriptor %s does not exist in the loaded projects", dp.Target)
		}
		if !t.IsDescriptor {
			return fmt.Sprintf("%s is not a descriptor", dp.Target)
		}
		return ""
	}
	var ids []Path
	if t := e.byName[dp.Target]; t != nil {
		ids = t.IdentityJSONPaths
	} else if a := e.abstract[dp.Target]; a != nil {
		ids = a.IdentityJSONPaths
	} else {
		return fmt.Sprintf("reference target %s does not exist in the loaded projects", dp.Target)
	}
	want := map[string]bool{}
	for _, p := range ids {
		want[p.Canonical] = true
	}
	got := map[string]bool{}
	var extra []string
	for _, rp := range dp.ReferencePaths {
		got[rp.IdentityJSONPath.Canonical] = true
		if !want[rp.IdentityJSONPath.Canonical] {
			extra = append(extra, rp.IdentityJSONPath.Canonical)
		}
	}
	var missing []string
	for _, p := range ids {
		if !got[p.Canonical] {
			missing = append(missing, p.Canonical)
		}
	}
	if len(extra) == 0 && len(missing) == 0 {
		return ""
	}
	var parts []string
	if len(extra) > 0 {
		parts = append(parts, "names identity fields "+strings.Join(extra, ", ")+" that "+dp.Target.String()+" does not have in this data standard")
	}
	if len(missing) > 0 {
		parts = append(parts, "lacks identity fields "+strings.Join(missing, ", ")+" of "+dp.Target.String())
	}
	return "reference " + dp.Key + " " + strings.Join(parts, " and ")
}

// removeSubtree drops a property (and everything under it) from the
// effective schema and from every path list. An array whose element object
// is left without properties is dropped too.
func (r *Resource) removeSubtree(p Path) Path {
	for len(p.Segs) > 0 {
		parent := SchemaAt(r.JSONSchema, p.Parent())
		if parent == nil {
			return p
		}
		parent.RemoveProp(p.Last())
		r.dropPathsUnder(p)
		// parent is an array's element object: drop the array if now empty.
		pp := p.Parent()
		if len(parent.Properties) == 0 && len(pp.Segs) > 0 && pp.Segs[len(pp.Segs)-1].AnyElem {
			p = pp.Parent()
			continue
		}
		return p
	}
	return p
}

func (r *Resource) dropPathsUnder(p Path) {
	under := func(s string) bool {
		q, err := ParsePath(s)
		return err == nil && q.HasPrefix(p)
	}
	var dps []*DocumentPath
	for _, dp := range r.DocumentPaths {
		keep := true
		if dp.IsReference && !dp.IsDescriptor {
			keep = !dp.ReferenceObjectPath().HasPrefix(p)
		} else {
			keep = !dp.Path.HasPrefix(p)
		}
		if keep {
			dps = append(dps, dp)
		}
	}
	r.DocumentPaths = dps
	filter := func(ss []string) []string {
		var out []string
		for _, s := range ss {
			if !under(s) {
				out = append(out, s)
			}
		}
		return out
	}
	r.NumericJSONPaths = filter(r.NumericJSONPaths)
	r.BooleanJSONPaths = filter(r.BooleanJSONPaths)
	r.DateJSONPaths = filter(r.DateJSONPaths)
	r.DateTimeJSONPaths = filter(r.DateTimeJSONPaths)
	var us []UniquenessConstraint
	for _, u := range r.ArrayUniqueness {
		u.Paths = filter(u.Paths)
		var ns []NestedUniqueness
		for _, n := range u.Nested {
			var kept []string
			for _, s := range n.Paths {
				if !under(n.BasePath + strings.TrimPrefix(s, "$")) {
					kept = append(kept, s)
				}
			}
			if len(kept) > 0 {
				n.Paths = kept
				ns = append(ns, n)
			}
		}
		u.Nested = ns
		if len(u.Paths) > 0 || len(u.Nested) > 0 {
			us = append(us, u)
		}
	}
	r.ArrayUniqueness = us
	var eqs []EqualityConstraint
	for _, eq := range r.EqualityConstraints {
		if !under(eq.Source) && !under(eq.Target) {
			eqs = append(eqs, eq)
		}
	}
	r.EqualityConstraints = eqs
}
