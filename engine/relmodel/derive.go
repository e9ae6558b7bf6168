package relmodel

import (
	"encoding/json"
	"fmt"
	"math"
	"sort"
	"strings"

	"github.com/edfi-bench/tpr/engine/apischema"
)

// Error names the resource and JSON path a derivation failure is about.
type Error struct {
	Resource string
	Path     string
	Err      error
}

func (e *Error) Error() string {
	if e.Path != "" {
		return fmt.Sprintf("relational model: %s at %s: %v", e.Resource, e.Path, e.Err)
	}
	return fmt.Sprintf("relational model: %s: %v", e.Resource, e.Err)
}

func (e *Error) Unwrap() error { return e.Err }

// Build derives the model for every resource and abstract resource.
func Build(eff *apischema.Effective) (*Model, error) {
	m := &Model{Effective: eff, byQName: map[apischema.QName]*Resource{}, views: map[apischema.QName]*View{}}
	for _, p := range eff.Projects {
		m.Schemas = append(m.Schemas, SchemaName(p.EndpointName))
	}
	for _, api := range eff.Resources() {
		r, diags, err := deriveResource(eff, api)
		if err != nil {
			return nil, err
		}
		m.Diagnostics = append(m.Diagnostics, diags...)
		m.Resources = append(m.Resources, r)
		m.byQName[r.QName()] = r
	}
	for _, r := range m.Resources {
		if err := m.linkReferences(r); err != nil {
			return nil, err
		}
	}
	for _, a := range eff.AbstractResources() {
		v, err := m.deriveView(a)
		if err != nil {
			return nil, err
		}
		m.Views = append(m.Views, v)
		m.views[a.QName()] = v
	}
	if err := m.checkIdentityCycles(); err != nil {
		return nil, err
	}
	for _, limit := range []int{PostgresIdentLimit, SQLServerIdentLimit} {
		if err := m.checkNames(limit); err != nil {
			return nil, err
		}
	}
	return m, nil
}

type deriver struct {
	eff       *apischema.Effective
	api       *apischema.Resource
	r         *Resource
	refs      map[string]*apischema.DocumentPath // reference object path -> mapping
	descs     map[string]*apischema.DocumentPath // descriptor value path -> mapping
	overrides map[string]string
	used      map[string]bool
	decimals  map[string]apischema.DecimalInfo
	// ordBase is the base name used for {Base}Ordinal in descendants.
	ordBase map[*Table]string
	diags   []apischema.Diagnostic
}

func (d *deriver) fail(path string, format string, args ...any) error {
	return &Error{Resource: d.api.Project.ProjectName + "." + d.api.Name, Path: path, Err: fmt.Errorf(format, args...)}
}

func deriveResource(eff *apischema.Effective, api *apischema.Resource) (*Resource, []apischema.Diagnostic, error) {
	r := &Resource{API: api, Schema: SchemaName(api.Project.EndpointName)}
	if api.IsDescriptor {
		return r, nil, nil
	}
	d := &deriver{eff: eff, api: api, r: r,
		refs: map[string]*apischema.DocumentPath{}, descs: map[string]*apischema.DocumentPath{},
		overrides: map[string]string{}, used: map[string]bool{}, decimals: map[string]apischema.DecimalInfo{},
		ordBase: map[*Table]string{}}
	for _, dp := range api.DocumentPaths {
		switch {
		case dp.IsDescriptor:
			d.descs[dp.Path.Canonical] = dp
		case dp.IsReference:
			d.refs[dp.ReferenceObjectPath().Canonical] = dp
		}
	}
	for _, di := range api.DecimalInfos {
		d.decimals[di.Path] = di
	}
	rootName := api.Name
	if api.Relational != nil {
		if api.Relational.RootTableNameOverride != "" {
			rootName = api.Relational.RootTableNameOverride
		}
		for k, v := range api.Relational.NameOverrides {
			d.overrides[k] = v
		}
	}
	for _, rel := range api.ExtensionRelational {
		for k, v := range rel.NameOverrides {
			d.overrides[k] = v
		}
	}
	root := &Table{Schema: r.Schema, Name: rootName, Scope: apischema.Root}
	root.Columns = []*Column{{Name: "DocumentId", Kind: KeyDocumentID}}
	root.Key = root.Columns[:1]
	root.FKs = []ForeignKey{{Name: "FK_" + rootName + "_Document", Columns: []string{"DocumentId"},
		RefSchema: "dms", RefTable: "Document", RefColumns: []string{"DocumentId"}, OnDelete: true, Kind: "document"}}
	r.Root = root
	r.Tables = []*Table{root}
	if err := d.walk(api.JSONSchema, root, apischema.Root, nil, "", true); err != nil {
		return nil, nil, err
	}
	// Extension tables sort after the core children of the same scope so a
	// reader can attach them to rows that already exist.
	r.Tables = orderTables(root)
	for k := range d.overrides {
		if !d.used[k] {
			return nil, nil, d.fail(k, "relational.nameOverrides key names no derived column or collection")
		}
	}
	bound := map[*apischema.DocumentPath]bool{}
	for _, s := range r.Refs {
		bound[s.Mapping] = true
	}
	for _, s := range r.Descs {
		bound[s.Mapping] = true
	}
	for _, dp := range api.DocumentPaths {
		if dp.IsReference && !bound[dp] {
			where := dp.Path.Canonical
			if !dp.IsDescriptor {
				where = dp.ReferenceObjectPath().Canonical
			}
			return nil, nil, d.fail(where, "documentPathsMapping entry %s does not bind to any column (the path is not in jsonSchemaForInsert)", dp.Key)
		}
	}
	if err := d.identity(); err != nil {
		return nil, nil, err
	}
	if err := d.arrayUniqueness(); err != nil {
		return nil, nil, err
	}
	if err := d.queryTerms(); err != nil {
		return nil, nil, err
	}
	return r, d.diags, nil
}

func orderTables(root *Table) []*Table {
	var out []*Table
	var visit func(t *Table)
	visit = func(t *Table) {
		out = append(out, t)
		var core, ext []*Table
		for _, c := range t.Children {
			if c.ExtProject != nil && c.ExtProject != t.ExtProject {
				ext = append(ext, c)
			} else {
				core = append(core, c)
			}
		}
		for _, c := range core {
			visit(c)
		}
		for _, c := range ext {
			visit(c)
		}
	}
	visit(root)
	return out
}

// walk adds the columns and child tables of one object node. rel is the
// property path from the table's scope to node; prefix the PascalCase
// concatenation used to name inlined columns; required whether node and
// every inlined ancestor up to the table's scope are required.
func (d *deriver) walk(node *apischema.Schema, t *Table, abs apischema.Path, rel []string, prefix string, required bool) error {
	if len(node.Unsupported) > 0 {
		return d.fail(abs.Canonical, "unsupported JSON Schema construct: %s", strings.Join(node.Unsupported, ", "))
	}
	if node.Type != "object" && node.Type != "" {
		return d.fail(abs.Canonical, "expected an object, found type %q", node.Type)
	}
	for _, prop := range node.Properties {
		child := prop.Schema
		path := abs.Child(prop.Name)
		if len(child.Unsupported) > 0 {
			return d.fail(path.Canonical, "unsupported JSON Schema construct: %s", strings.Join(child.Unsupported, ", "))
		}
		req := required && node.IsRequired(prop.Name)
		childRel := append(append([]string(nil), rel...), prop.Name)
		switch {
		case prop.Name == "_ext":
			if err := d.extension(child, t, path, childRel); err != nil {
				return err
			}
		case d.refs[path.Canonical] != nil:
			if child.Type != "object" {
				return d.fail(path.Canonical, "reference object is not an object schema")
			}
			dp := d.refs[path.Canonical]
			base := d.override(path, strings.TrimSuffix(prefix+Pascal(prop.Name), "Reference"))
			col := &Column{Name: base + "_DocumentId", Kind: DocumentFK, Nullable: !req, Source: path, Rel: childRel}
			src := &RefSource{Mapping: dp, ObjectPath: path, Table: t, Column: col, Target: dp.Target,
				IsIdentity: d.isIdentityRef(dp), Required: req}
			for _, rp := range dp.ReferencePaths {
				src.Fields = append(src.Fields, RefField{Name: rp.ReferenceJSONPath.Last(), TargetIdentity: rp.IdentityJSONPath, Type: rp.Type})
			}
			col.Ref = src
			if err := d.addColumn(t, col); err != nil {
				return err
			}
			d.r.Refs = append(d.r.Refs, src)
		case child.Type == "array":
			if err := d.collection(child, t, path, childRel, prefix+Pascal(prop.Name), req); err != nil {
				return err
			}
		case child.Type == "object":
			if err := d.walk(child, t, path, childRel, prefix+Pascal(prop.Name), req); err != nil {
				return err
			}
		default:
			if dp := d.descs[path.Canonical]; dp != nil {
				base := d.override(path, prefix+Pascal(prop.Name))
				col := &Column{Name: base + "_DescriptorId", Kind: DescriptorFK, Nullable: !req, Source: path, Rel: childRel}
				src := &DescSource{Mapping: dp, Path: path, Table: t, Column: col, Descriptor: dp.Target,
					IsIdentity: d.api.IsIdentityPath(path.Canonical)}
				col.Desc = src
				if err := d.addColumn(t, col); err != nil {
					return err
				}
				d.r.Descs = append(d.r.Descs, src)
				continue
			}
			typ, err := d.scalarType(child, path)
			if err != nil {
				return err
			}
			col := &Column{Name: d.override(path, prefix+Pascal(prop.Name)), Kind: Scalar, Type: typ,
				Nullable: !req, Source: path, Rel: childRel}
			if err := d.addColumn(t, col); err != nil {
				return err
			}
		}
	}
	return nil
}

func (d *deriver) isIdentityRef(dp *apischema.DocumentPath) bool {
	for _, rp := range dp.ReferencePaths {
		if d.api.IsIdentityPath(rp.ReferenceJSONPath.Canonical) {
			return true
		}
	}
	return false
}

func (d *deriver) override(path apischema.Path, def string) string {
	if v, ok := d.overrides[path.Canonical]; ok {
		d.used[path.Canonical] = true
		return v
	}
	return def
}

func (d *deriver) addColumn(t *Table, c *Column) error {
	for _, e := range t.Columns {
		if e.Name == c.Name {
			return d.fail(c.Source.Canonical, "column %s collides with the column of %s in table %s; add a relational.nameOverrides entry",
				c.Name, describeSource(e), t.QualifiedName())
		}
	}
	t.Columns = append(t.Columns, c)
	return nil
}

func describeSource(c *Column) string {
	if c.Source.Canonical == "" {
		return "the key"
	}
	return c.Source.Canonical
}

// collection creates the child table of an array property.
func (d *deriver) collection(node *apischema.Schema, parent *Table, path apischema.Path, rel []string, base string, required bool) error {
	items := node.Items
	if items == nil {
		return d.fail(path.Canonical, "array without items")
	}
	if items.Type != "object" {
		return d.fail(path.Canonical, "arrays of scalars (type %q) are not supported; Ed-Fi wraps collection values in objects", items.Type)
	}
	scope := path.Elem()
	base = d.override(scope, Singular(base))
	t := &Table{Schema: parent.Schema, Name: parent.Name + base, Scope: scope, Parent: parent,
		Rel: rel, IsCollection: true, ExtProject: parent.ExtProject, Required: required, Depth: parent.Depth + 1}
	d.ordBase[t] = base
	t.Columns = d.childKey(parent)
	t.Columns = append(t.Columns, &Column{Name: "Ordinal", Kind: KeyOrdinal})
	t.Key = append([]*Column(nil), t.Columns...)
	parent.Children = append(parent.Children, t)
	d.parentFK(t, parent)
	return d.walk(items, t, scope, nil, "", true)
}

// childKey copies the parent's key under the child's names: the root id
// becomes {Root}_DocumentId and the parent's own Ordinal {ParentBase}Ordinal.
func (d *deriver) childKey(parent *Table) []*Column {
	var cols []*Column
	for _, k := range parent.Key {
		name := k.Name
		switch k.Kind {
		case KeyDocumentID:
			name = d.r.Root.Name + "_DocumentId"
		case KeyOrdinal:
			name = d.ordBase[parent] + "Ordinal"
		}
		cols = append(cols, &Column{Name: name, Kind: KeyParent})
	}
	return cols
}

func (d *deriver) parentFK(t, parent *Table) {
	fk := ForeignKey{Name: "FK_" + t.Name + "_" + parent.Name, RefSchema: parent.Schema, RefTable: parent.Name,
		OnDelete: true, Kind: "parent"}
	for i, k := range parent.Key {
		fk.Columns = append(fk.Columns, t.Key[i].Name)
		fk.RefColumns = append(fk.RefColumns, k.Name)
	}
	t.FKs = append(t.FKs, fk)
}

// extension maps an _ext object: one table per extension project, keyed
// exactly like the scope it extends.
func (d *deriver) extension(node *apischema.Schema, t *Table, path apischema.Path, rel []string) error {
	if len(rel) != 1 {
		return d.fail(path.Canonical, "_ext inside an inlined object is not supported")
	}
	if t.ExtProject != nil {
		return d.fail(path.Canonical, "_ext inside an extension is not supported")
	}
	for _, prop := range node.Properties {
		proj := d.eff.ProjectByKey(prop.Name)
		if proj == nil || !proj.IsExtension {
			return d.fail(path.Child(prop.Name).Canonical, "_ext key %q names no loaded extension project", prop.Name)
		}
		scope := path.Child(prop.Name)
		suffix := strings.TrimPrefix(t.Name, d.r.Root.Name)
		et := &Table{Schema: SchemaName(proj.EndpointName), Name: d.r.Root.Name + "Extension" + suffix, Scope: scope,
			Parent: t, Rel: []string{"_ext", prop.Name}, ExtProject: proj, Depth: t.Depth}
		d.ordBase[et] = d.ordBase[t]
		for _, k := range t.Key {
			c := *k
			et.Columns = append(et.Columns, &c)
		}
		et.Key = append([]*Column(nil), et.Columns...)
		t.Children = append(t.Children, et)
		d.parentFK(et, t)
		if err := d.walk(prop.Schema, et, scope, nil, "", true); err != nil {
			return err
		}
	}
	return nil
}

func (d *deriver) scalarType(s *apischema.Schema, path apischema.Path) (ScalarType, error) {
	switch s.Type {
	case "string":
		switch s.Format {
		case "date":
			return ScalarType{Kind: Date}, nil
		case "date-time":
			return ScalarType{Kind: DateTime}, nil
		case "time":
			return ScalarType{Kind: Time}, nil
		case "":
			return ScalarType{Kind: String, MaxLen: s.MaxLength}, nil
		}
		return ScalarType{}, d.fail(path.Canonical, "unsupported string format %q", s.Format)
	case "integer":
		if s.Format == "int64" || outsideInt32(s) {
			return ScalarType{Kind: Int64}, nil
		}
		return ScalarType{Kind: Int32}, nil
	case "number":
		if di, ok := d.decimals[path.Canonical]; ok {
			return ScalarType{Kind: Decimal, Precision: di.TotalDigits, Scale: di.DecimalPlaces}, nil
		}
		return ScalarType{Kind: Decimal, Precision: 19, Scale: 5}, nil
	case "boolean":
		return ScalarType{Kind: Boolean}, nil
	}
	return ScalarType{}, d.fail(path.Canonical, "unsupported scalar type %q", s.Type)
}

func outsideInt32(s *apischema.Schema) bool {
	for _, kw := range s.Keywords {
		if kw.Name != "minimum" && kw.Name != "maximum" {
			continue
		}
		var f json.Number
		if json.Unmarshal(kw.Value, &f) != nil {
			continue
		}
		v, err := f.Float64()
		if err == nil && (v > math.MaxInt32 || v < math.MinInt32) {
			return true
		}
	}
	return false
}

// identity binds identityJsonPaths to root columns and emits the natural key.
func (d *deriver) identity() error {
	root := d.r.Root
	var cols []string
	seen := map[string]bool{}
	for _, ip := range d.api.IdentityJSONPaths {
		part := IdentityPart{Path: ip}
		for _, c := range root.Columns {
			if c.Kind == Scalar || c.Kind == DescriptorFK {
				if c.Source.Canonical == ip.Canonical {
					part.Column = c
				}
			}
		}
		if part.Column == nil {
			for _, s := range d.r.Refs {
				if s.Table == root && ip.HasPrefix(s.ObjectPath) && len(ip.Segs) == len(s.ObjectPath.Segs)+1 {
					for i := range s.Fields {
						if s.Fields[i].Name == ip.Last() {
							part.Column, part.Ref, part.Field = s.Column, s, &s.Fields[i]
						}
					}
				}
			}
		}
		if part.Column == nil {
			return d.fail(ip.Canonical, "identity path does not map to a column of the root table")
		}
		if part.Column.Nullable {
			return d.fail(ip.Canonical, "identity column %s is nullable", part.Column.Name)
		}
		d.r.Identity = append(d.r.Identity, part)
		if !seen[part.Column.Name] {
			seen[part.Column.Name] = true
			cols = append(cols, part.Column.Name)
		}
	}
	if len(cols) > 0 {
		root.Uniques = append(root.Uniques, Unique{Name: "UX_" + root.Name + "_NaturalKey", Columns: cols, NaturalKey: true})
	}
	return nil
}

// tableForScope finds the table whose scope is the longest proper prefix
// ending in [*] (or $) of a value path.
func (d *deriver) columnFor(path apischema.Path) (*Table, *Column) {
	for _, t := range d.r.Tables {
		for _, c := range t.Columns {
			if c.Kind == Scalar || c.Kind == DescriptorFK {
				if c.Source.Canonical == path.Canonical {
					return t, c
				}
			}
		}
	}
	// A field of a reference object collapses to the reference's FK column.
	parent := path.Parent()
	for _, s := range d.r.Refs {
		if s.ObjectPath.Canonical == parent.Canonical {
			return s.Table, s.Column
		}
	}
	return nil, nil
}

func (d *deriver) arrayUniqueness() error {
	add := func(paths []string) error {
		var table *Table
		var cols []string
		seen := map[string]bool{}
		for _, ps := range paths {
			p, err := apischema.ParsePath(ps)
			if err != nil {
				return d.fail(ps, "arrayUniquenessConstraints: %v", err)
			}
			t, c := d.columnFor(p)
			if t == nil {
				return d.fail(ps, "arrayUniquenessConstraints path maps to no column")
			}
			if table != nil && t != table {
				// Spans two tables (e.g. two sibling arrays): not expressible
				// as one UNIQUE; the validator still enforces it upstream.
				return nil
			}
			table = t
			if !seen[c.Name] {
				seen[c.Name] = true
				cols = append(cols, c.Name)
			}
		}
		if table == nil || table.Parent == nil {
			return nil
		}
		var all []string
		for _, k := range table.Key[:len(table.Key)-1] {
			all = append(all, k.Name)
		}
		all = append(all, cols...)
		name := "UX_" + table.Name + "_" + strings.Join(cols, "_")
		for _, u := range table.Uniques {
			if u.Name == name {
				return nil
			}
		}
		table.Uniques = append(table.Uniques, Unique{Name: name, Columns: all})
		return nil
	}
	for _, u := range d.api.ArrayUniqueness {
		if len(u.Paths) > 0 {
			if err := add(u.Paths); err != nil {
				return err
			}
		}
		for _, n := range u.Nested {
			var abs []string
			for _, p := range n.Paths {
				abs = append(abs, n.BasePath+strings.TrimPrefix(p, "$"))
			}
			if err := add(abs); err != nil {
				return err
			}
		}
	}
	return nil
}

// queryTerms maps queryFieldMapping. A term whose path is not in the
// document (the Sample file has one) is skipped with a diagnostic: it could
// never match anything, and refusing the whole schema over it would help no
// one.
func (d *deriver) queryTerms() error {
	root := d.r.Root
terms:
	for _, qf := range d.api.QueryFields {
		term := &QueryTerm{Term: qf.Term}
		for _, qp := range qf.Paths {
			q := QueryPath{Path: qp.Path, Type: qp.Type}
			if qp.Path.Canonical == "$.id" {
				q.IsID = true
				term.Paths = append(term.Paths, q)
				continue
			}
			t, c := d.columnFor(qp.Path)
			if t != root || c == nil {
				d.skipTerm(qf.Term, qp.Path, fmt.Sprintf("queryFieldMapping term %q does not map to a column of the root table", qf.Term))
				continue terms
			}
			if c.Kind == DocumentFK {
				q.Ref = c.Ref
				for i := range c.Ref.Fields {
					if c.Ref.Fields[i].Name == qp.Path.Last() {
						q.Field = &c.Ref.Fields[i]
					}
				}
				if q.Field == nil {
					d.skipTerm(qf.Term, qp.Path, fmt.Sprintf("queryFieldMapping term %q names no field of reference %s", qf.Term, c.Ref.ObjectPath))
					continue terms
				}
			} else {
				q.Column = c
			}
			term.Paths = append(term.Paths, q)
		}
		d.r.Query = append(d.r.Query, term)
	}
	return nil
}

func (d *deriver) skipTerm(term string, p apischema.Path, msg string) {
	d.diags = append(d.diags, apischema.Diagnostic{File: d.api.Project.File, Resource: d.api.Project.ProjectName + "." + d.api.Name,
		Path: p.Canonical, Message: msg, Skipped: "query term " + term})
}

// linkReferences adds FK constraints to reference targets and the indexes
// behind FK and query columns.
func (m *Model) linkReferences(r *Resource) error {
	for _, s := range r.Refs {
		name := "FK_" + s.Table.Name + "_" + strings.TrimSuffix(s.Column.Name, "_DocumentId")
		fk := ForeignKey{Name: name, Columns: []string{s.Column.Name}, RefColumns: []string{"DocumentId"}, Kind: "reference"}
		if t := m.byQName[s.Target]; t != nil {
			if t.Root == nil {
				return &Error{Resource: r.QName().String(), Path: s.ObjectPath.Canonical, Err: fmt.Errorf("reference target %s is a descriptor", s.Target)}
			}
			fk.RefSchema, fk.RefTable = t.Root.Schema, t.Root.Name
		} else if m.Effective.Abstract(s.Target) != nil {
			s.TargetAbstract = true
			fk.RefSchema, fk.RefTable = "dms", "Document"
		} else {
			return &Error{Resource: r.QName().String(), Path: s.ObjectPath.Canonical, Err: fmt.Errorf("unknown reference target %s", s.Target)}
		}
		s.Table.FKs = append(s.Table.FKs, fk)
	}
	for _, s := range r.Descs {
		name := "FK_" + s.Table.Name + "_" + strings.TrimSuffix(s.Column.Name, "_DescriptorId")
		s.Table.FKs = append(s.Table.FKs, ForeignKey{Name: name, Columns: []string{s.Column.Name},
			RefSchema: "dms", RefTable: "Descriptor", RefColumns: []string{"DocumentId"}, Kind: "descriptor"})
	}
	if r.Root == nil {
		return nil
	}
	// Index every FK column not already leading an index, and every root
	// column a query term filters on.
	want := map[*Table][]string{}
	for _, t := range r.Tables {
		for _, c := range t.Columns {
			if c.IsFK() {
				want[t] = append(want[t], c.Name)
			}
		}
	}
	for _, q := range r.Query {
		for _, p := range q.Paths {
			if p.Column != nil && p.Column.Kind == Scalar {
				want[r.Root] = append(want[r.Root], p.Column.Name)
			}
		}
	}
	for _, t := range r.Tables {
		leading := map[string]bool{t.Key[0].Name: true}
		for _, u := range t.Uniques {
			leading[u.Columns[0]] = true
		}
		for _, c := range want[t] {
			if leading[c] {
				continue
			}
			leading[c] = true
			t.Indexes = append(t.Indexes, Index{Name: "IX_" + t.Name + "_" + c, Columns: []string{c}})
		}
	}
	return nil
}

// checkIdentityCycles rejects resource types whose identities depend on each
// other in a cycle; the cascade algorithm needs a DAG (and derives its depth
// bound from it).
func (m *Model) checkIdentityCycles() error {
	_, err := m.IdentityDepth()
	return err
}

// IdentityDepth is the longest chain of identity dependencies between
// resource types (R -> T when R's identity includes a reference to T),
// counting abstract targets through their members. It bounds the levels an
// identity cascade can expand.
func (m *Model) IdentityDepth() (int, error) {
	edges := map[apischema.QName][]apischema.QName{}
	for _, r := range m.Resources {
		for _, s := range r.Refs {
			if !s.IsIdentity || s.Table != r.Root {
				continue
			}
			if a := m.Effective.Abstract(s.Target); a != nil {
				for _, mem := range a.Members {
					edges[mem.QName()] = append(edges[mem.QName()], r.QName())
				}
				continue
			}
			edges[s.Target] = append(edges[s.Target], r.QName())
		}
	}
	const (
		unvisited = iota
		active
		done
	)
	state := map[apischema.QName]int{}
	depth := map[apischema.QName]int{}
	var visit func(q apischema.QName, stack []apischema.QName) error
	visit = func(q apischema.QName, stack []apischema.QName) error {
		switch state[q] {
		case active:
			var names []string
			for _, s := range append(stack, q) {
				names = append(names, s.String())
			}
			return fmt.Errorf("relational model: identity dependency cycle: %s", strings.Join(names, " -> "))
		case done:
			return nil
		}
		state[q] = active
		best := 0
		for _, n := range edges[q] {
			if err := visit(n, append(stack, q)); err != nil {
				return err
			}
			if depth[n]+1 > best {
				best = depth[n] + 1
			}
		}
		depth[q] = best
		state[q] = done
		return nil
	}
	keys := make([]apischema.QName, 0, len(edges))
	for k := range edges {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i].String() < keys[j].String() })
	max := 0
	for _, k := range keys {
		if err := visit(k, nil); err != nil {
			return 0, err
		}
		if depth[k] > max {
			max = depth[k]
		}
	}
	return max, nil
}

// checkNames verifies that names stay unique after shortening to a limit:
// tables within a schema, columns within a table, constraints and indexes
// within a schema (the stricter of the two engines' scopes).
func (m *Model) checkNames(limit int) error {
	objects := map[string]string{}
	claim := func(schema, name, what string) error {
		key := schema + "." + ShortenIdent(name, limit)
		if prev, ok := objects[key]; ok && prev != what {
			return fmt.Errorf("relational model: name %s (%s) collides with %s at identifier limit %d", name, what, prev, limit)
		}
		objects[key] = what
		return nil
	}
	for _, t := range m.Tables() {
		if err := claim(t.Schema, t.Name, "table "+t.QualifiedName()); err != nil {
			return err
		}
		cols := map[string]string{}
		for _, c := range t.Columns {
			s := ShortenIdent(c.Name, limit)
			if prev, ok := cols[s]; ok {
				return fmt.Errorf("relational model: columns %s and %s of %s collide at identifier limit %d", prev, c.Name, t.QualifiedName(), limit)
			}
			cols[s] = c.Name
		}
		names := []string{"PK_" + t.Name}
		for _, u := range t.Uniques {
			names = append(names, u.Name)
		}
		for _, f := range t.FKs {
			names = append(names, f.Name)
		}
		for _, ix := range t.Indexes {
			names = append(names, ix.Name)
		}
		for _, n := range names {
			if err := claim(t.Schema, n, "constraint "+n+" on "+t.QualifiedName()); err != nil {
				return err
			}
		}
	}
	for _, v := range m.Views {
		if err := claim(v.Schema, v.Name, "view "+v.Name); err != nil {
			return err
		}
	}
	return nil
}
