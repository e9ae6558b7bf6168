// Package relmodel derives the relational model ("tables per resource") from
// the effective ApiSchema: one root table per resource, one child table per
// array at any depth keyed by parent key + Ordinal, FK columns for document
// and descriptor references, extension tables for _ext, abstract union views.
// The same model feeds DDL generation and the runtime read/write plans; it is
// deterministic (same input, same model) and contains no dialect syntax.
package relmodel

import (
	"fmt"

	"github.com/edfi-bench/tpr/engine/apischema"
)

// MappingVersion is bumped whenever the derivation rules change; it is part
// of the effective-schema fingerprint's manifest.
const MappingVersion = "relational-mapping:v1"

// ColumnKind classifies a column.
type ColumnKind uint8

const (
	// KeyDocumentID is a root (or root-level extension) table's DocumentId.
	KeyDocumentID ColumnKind = iota
	// KeyParent is a leading key part copied from the parent: the root's
	// DocumentId as {Root}_DocumentId, or an ancestor's Ordinal as {X}Ordinal.
	KeyParent
	// KeyOrdinal is the element's 0-based index in its JSON array.
	KeyOrdinal
	// Scalar holds a JSON scalar value.
	Scalar
	// DocumentFK holds a referenced document's DocumentId.
	DocumentFK
	// DescriptorFK holds a referenced descriptor's DocumentId.
	DescriptorFK
)

func (k ColumnKind) String() string {
	return [...]string{"KeyDocumentId", "KeyParent", "KeyOrdinal", "Scalar", "DocumentFk", "DescriptorFk"}[k]
}

// IsKey reports whether the kind is part of the primary key.
func (k ColumnKind) IsKey() bool { return k <= KeyOrdinal }

// ScalarKind is the logical type of a scalar column.
type ScalarKind uint8

const (
	String ScalarKind = iota
	Int32
	Int64
	Decimal
	Boolean
	Date
	DateTime
	Time
)

func (k ScalarKind) String() string {
	return [...]string{"String", "Int32", "Int64", "Decimal", "Boolean", "Date", "DateTime", "Time"}[k]
}

// ScalarType is a logical column type; MaxLen 0 means unbounded.
type ScalarType struct {
	Kind      ScalarKind
	MaxLen    int
	Precision int
	Scale     int
}

func (t ScalarType) String() string {
	switch t.Kind {
	case String:
		return fmt.Sprintf("String(%d)", t.MaxLen)
	case Decimal:
		return fmt.Sprintf("Decimal(%d,%d)", t.Precision, t.Scale)
	}
	return t.Kind.String()
}

// Column is one column of a table. Columns are ordered: key columns first,
// then value columns in schema property order; that order is the row layout
// of the write and read plans.
type Column struct {
	Name     string
	Kind     ColumnKind
	Type     ScalarType // Scalar only; FK and key columns are bigint/int by kind
	Nullable bool
	// Source is the absolute JSON path of the value (Scalar, DescriptorFK) or
	// the reference object (DocumentFK). Zero for key columns.
	Source apischema.Path
	// Rel is Source relative to the table's scope: property steps only.
	Rel []string
	// Ref / Desc describe FK columns.
	Ref  *RefSource
	Desc *DescSource
}

// IsFK reports whether the column references another document.
func (c *Column) IsFK() bool { return c.Kind == DocumentFK || c.Kind == DescriptorFK }

// Table is a physical table.
type Table struct {
	Schema string
	Name   string
	// Scope is the JSON scope of one row: "$", "$.addresses[*]",
	// "$.addresses[*].periods[*]", "$._ext.sample", "$.addresses[*]._ext.sample".
	Scope apischema.Path
	// Parent is the table whose rows own this table's rows (nil for the root).
	Parent *Table
	// Children in derivation (schema) order: collections and extension tables.
	Children []*Table
	// Rel is the path from the parent's scope to this table's scope, without
	// the trailing [*] (["addresses"], ["_ext","sample"]).
	Rel []string
	// IsCollection: one row per array element (key ends in Ordinal).
	IsCollection bool
	// ExtProject is the extension project owning the table; nil for core.
	ExtProject *apischema.Project
	// Required reports the array (or _ext object) is required in its parent.
	Required bool
	// Depth is the number of Ordinal columns in the key.
	Depth int

	Columns []*Column
	Key     []*Column // the leading Columns that form the primary key

	Uniques []Unique
	FKs     []ForeignKey
	Indexes []Index
}

// QualifiedName is "schema.name" (for messages and map keys, not SQL).
func (t *Table) QualifiedName() string { return t.Schema + "." + t.Name }

// Column finds a column by name.
func (t *Table) Column(name string) *Column {
	for _, c := range t.Columns {
		if c.Name == name {
			return c
		}
	}
	return nil
}

// RootKey is the column holding the root document id in this table.
func (t *Table) RootKey() *Column { return t.Key[0] }

// Unique is a UNIQUE constraint.
type Unique struct {
	Name    string
	Columns []string
	// NaturalKey marks the root table's identity constraint.
	NaturalKey bool
}

// ForeignKey is a FK constraint.
type ForeignKey struct {
	Name       string
	Columns    []string
	RefSchema  string
	RefTable   string
	RefColumns []string
	OnDelete   bool // CASCADE
	// Kind says why the FK exists: "document", "parent", "reference", "descriptor".
	Kind string
}

// Index is a non-unique index.
type Index struct {
	Name    string
	Columns []string
}

// RefSource is a document reference site: one reference object path bound
// to one FK column.
type RefSource struct {
	Mapping    *apischema.DocumentPath
	ObjectPath apischema.Path // $.students[*].studentReference
	Table      *Table
	Column     *Column
	Target     apischema.QName
	// TargetAbstract: the FK points at dms.Document and identities are
	// projected through {A}_View.
	TargetAbstract bool
	IsIdentity     bool
	Fields         []RefField
	Required       bool
}

// RefField maps a reference object field to the target identity.
type RefField struct {
	Name           string // property name inside the reference object
	TargetIdentity apischema.Path
	Type           string
}

// DescSource is a descriptor reference site.
type DescSource struct {
	Mapping    *apischema.DocumentPath
	Path       apischema.Path
	Table      *Table
	Column     *Column
	Descriptor apischema.QName
	IsIdentity bool
}

// Resource is the derived model of one concrete resource.
type Resource struct {
	API    *apischema.Resource
	Schema string // DB schema of the root table
	// Root is nil for descriptors (stored in dms.Descriptor).
	Root *Table
	// Tables: root first, then parents before children in schema order,
	// extension tables after the core children of their scope.
	Tables []*Table
	Refs   []*RefSource
	Descs  []*DescSource
	// Identity maps each identityJsonPaths entry, in order, to its column.
	Identity []IdentityPart
	// Query maps queryFieldMapping terms to root columns.
	Query []*QueryTerm
}

// QName of the resource.
func (r *Resource) QName() apischema.QName { return r.API.QName() }

// IdentityPart binds one identity path to storage.
type IdentityPart struct {
	Path apischema.Path
	// Column on the root table (scalar, descriptor FK, or reference FK).
	Column *Column
	// Ref is set when the path lies inside a reference object; Field is the
	// target identity path the value comes from.
	Ref   *RefSource
	Field *RefField
}

// QueryTerm is a GET-many filter.
type QueryTerm struct {
	Term  string
	Paths []QueryPath
}

// QueryPath is one path a term filters on.
type QueryPath struct {
	Path apischema.Path
	Type string
	// Exactly one of: Column (scalar or descriptor on the root), Ref+Field
	// (a field of a reference's target identity), IsID (the "id" term).
	Column *Column
	Ref    *RefSource
	Field  *RefField
	IsID   bool
}

// View is an abstract resource's union view.
type View struct {
	Abstract *apischema.AbstractResource
	Schema   string
	Name     string
	// Columns after DocumentId, in identityJsonPaths order (paths inside one
	// reference collapse into its FK column), then Discriminator.
	Columns  []ViewColumn
	Branches []ViewBranch
}

// ViewColumn is a projected identity column.
type ViewColumn struct {
	Name string
	// Type of the column; FK columns are Int64.
	Type  ScalarType
	IsFK  bool
	Paths []apischema.Path // abstract identity paths it carries
	// Target of the reference for FK columns.
	Target apischema.QName
}

// ViewBranch is one member's SELECT.
type ViewBranch struct {
	Member  *Resource
	Columns []*Column // parallel to View.Columns
}

// Model is the whole derived relational model.
type Model struct {
	Effective *apischema.Effective
	Schemas   []string // project schemas in Projects order (dms excluded)
	Resources []*Resource
	Views     []*View
	// Diagnostics: parts of the metadata the model could not use and skipped.
	Diagnostics []apischema.Diagnostic

	byQName map[apischema.QName]*Resource
	views   map[apischema.QName]*View
}

// Resource finds a resource model.
func (m *Model) Resource(q apischema.QName) *Resource { return m.byQName[q] }

// View finds an abstract view.
func (m *Model) View(q apischema.QName) *View { return m.views[q] }

// Tables returns every table in DDL order.
func (m *Model) Tables() []*Table {
	var out []*Table
	for _, r := range m.Resources {
		out = append(out, r.Tables...)
	}
	return out
}
