// Package ddl renders the relational model as DDL for one dialect. The
// output is a pure function of (model, dialect): byte-for-byte deterministic.
package ddl

import (
	"fmt"
	"strings"

	"github.com/edfi-bench/tpr/engine/dialect"
	"github.com/edfi-bench/tpr/engine/relmodel"
)

// Script is DDL split into batches (SQL Server needs some statements alone
// in a batch; PostgreSQL can run it all at once).
type Script struct {
	Dialect dialect.Dialect
	Batches []string
}

// String renders the script with batch separators.
func (s *Script) String() string {
	sep := s.Dialect.BatchSeparator()
	var b strings.Builder
	for i, batch := range s.Batches {
		if i > 0 && sep != "" {
			b.WriteString(sep)
			b.WriteString("\n\n")
		}
		b.WriteString(batch)
		if !strings.HasSuffix(batch, "\n") {
			b.WriteByte('\n')
		}
		if sep == "" && i < len(s.Batches)-1 {
			b.WriteByte('\n')
		}
	}
	if sep != "" {
		b.WriteString(sep)
		b.WriteByte('\n')
	}
	return b.String()
}

// Generate renders the whole database: dms core objects, then every resource
// table, the cross-resource FKs (added after all tables exist because the
// reference graph has cycles), indexes, and the abstract views.
func Generate(m *relmodel.Model, d dialect.Dialect) *Script {
	s := &Script{Dialect: d}
	var b strings.Builder
	b.WriteString(d.CreateSchema("dms") + "\n")
	for _, sc := range m.Schemas {
		b.WriteString(d.CreateSchema(sc) + "\n")
	}
	s.Batches = append(s.Batches, b.String())
	s.Batches = append(s.Batches, CoreTables(d))
	b.Reset()
	for _, t := range m.Tables() {
		b.WriteString(CreateTable(d, t))
		b.WriteByte('\n')
	}
	s.Batches = append(s.Batches, b.String())
	b.Reset()
	for _, t := range m.Tables() {
		for _, fk := range t.FKs {
			if fk.Kind == "reference" || fk.Kind == "descriptor" {
				fmt.Fprintf(&b, "ALTER TABLE %s ADD %s;\n", d.Table(t.Schema, t.Name), foreignKey(d, fk))
			}
		}
	}
	for _, t := range m.Tables() {
		for _, ix := range t.Indexes {
			b.WriteString(CreateIndex(d, t, ix))
		}
	}
	s.Batches = append(s.Batches, b.String())
	for _, v := range m.Views {
		s.Batches = append(s.Batches, CreateView(d, v))
	}
	return s
}

// ResourceDDL renders one resource's tables, FKs and indexes (for goldens
// and for reading).
func ResourceDDL(d dialect.Dialect, r *relmodel.Resource) string {
	var b strings.Builder
	if r.Root == nil {
		fmt.Fprintf(&b, "-- %s is a descriptor: stored in %s, no tables of its own.\n",
			r.QName(), d.Table("dms", "Descriptor"))
		return b.String()
	}
	for _, t := range r.Tables {
		b.WriteString(CreateTable(d, t))
		b.WriteByte('\n')
	}
	for _, t := range r.Tables {
		for _, fk := range t.FKs {
			if fk.Kind == "reference" || fk.Kind == "descriptor" {
				fmt.Fprintf(&b, "ALTER TABLE %s ADD %s;\n", d.Table(t.Schema, t.Name), foreignKey(d, fk))
			}
		}
	}
	for _, t := range r.Tables {
		for _, ix := range t.Indexes {
			b.WriteString(CreateIndex(d, t, ix))
		}
	}
	return b.String()
}

// ColumnType is the physical type of a model column.
func ColumnType(d dialect.Dialect, t *relmodel.Table, c *relmodel.Column) string {
	switch c.Kind {
	case relmodel.KeyDocumentID, relmodel.DocumentFK, relmodel.DescriptorFK:
		return d.BigInt()
	case relmodel.KeyParent:
		if c == t.Key[0] {
			return d.BigInt()
		}
		return d.Int()
	case relmodel.KeyOrdinal:
		return d.Int()
	}
	return d.ScalarType(c.Type)
}

// CreateTable renders CREATE TABLE with PK, key FKs and UNIQUEs inline.
func CreateTable(d dialect.Dialect, t *relmodel.Table) string {
	var b strings.Builder
	fmt.Fprintf(&b, "CREATE TABLE %s (\n", d.Table(t.Schema, t.Name))
	var lines []string
	width := 0
	for _, c := range t.Columns {
		if n := len(d.Ident(c.Name)); n > width {
			width = n
		}
	}
	for _, c := range t.Columns {
		null := "NOT NULL"
		if c.Nullable {
			null = "NULL"
		}
		lines = append(lines, fmt.Sprintf("    %-*s %s %s", width, d.Ident(c.Name), ColumnType(d, t, c), null))
	}
	var key []string
	for _, k := range t.Key {
		key = append(key, k.Name)
	}
	lines = append(lines, fmt.Sprintf("    CONSTRAINT %s %s (%s)", d.Ident("PK_"+t.Name), d.PrimaryKey(true), dialect.IdentList(d, key)))
	for _, fk := range t.FKs {
		if fk.Kind == "document" || fk.Kind == "parent" {
			lines = append(lines, "    "+foreignKey(d, fk))
		}
	}
	for _, u := range t.Uniques {
		deferrable := ""
		if !u.NaturalKey {
			deferrable = d.DeferrableUnique()
		}
		lines = append(lines, fmt.Sprintf("    CONSTRAINT %s %s (%s)%s", d.Ident(u.Name), d.Unique(false), dialect.IdentList(d, u.Columns), deferrable))
	}
	b.WriteString(strings.Join(lines, ",\n"))
	b.WriteString("\n);\n")
	return b.String()
}

func foreignKey(d dialect.Dialect, fk relmodel.ForeignKey) string {
	s := fmt.Sprintf("CONSTRAINT %s FOREIGN KEY (%s) REFERENCES %s (%s)", d.Ident(fk.Name),
		dialect.IdentList(d, fk.Columns), d.Table(fk.RefSchema, fk.RefTable), dialect.IdentList(d, fk.RefColumns))
	if fk.OnDelete {
		s += " ON DELETE CASCADE"
	}
	return s
}

// CreateIndex renders one index.
func CreateIndex(d dialect.Dialect, t *relmodel.Table, ix relmodel.Index) string {
	return fmt.Sprintf("CREATE INDEX %s ON %s (%s);\n", d.Ident(ix.Name), d.Table(t.Schema, t.Name), dialect.IdentList(d, ix.Columns))
}

// CreateView renders an abstract resource's union view.
func CreateView(d dialect.Dialect, v *relmodel.View) string {
	var b strings.Builder
	b.WriteString(d.CreateView(v.Schema, v.Name))
	b.WriteByte('\n')
	for i, br := range v.Branches {
		if i > 0 {
			b.WriteString("UNION ALL\n")
		}
		cols := []string{d.Ident("DocumentId")}
		for ci, vc := range v.Columns {
			typ := d.BigInt()
			if !vc.IsFK {
				typ = d.ScalarType(vc.Type)
			}
			cols = append(cols, fmt.Sprintf("CAST(%s AS %s) AS %s", d.Ident(br.Columns[ci].Name), typ, d.Ident(vc.Name)))
		}
		cols = append(cols, fmt.Sprintf("CAST(%s AS %s) AS %s", d.StringLiteral(br.Member.API.Name), d.Varchar(256), d.Ident("Discriminator")))
		fmt.Fprintf(&b, "SELECT %s\n  FROM %s\n", strings.Join(cols, ", "), d.Table(br.Member.Root.Schema, br.Member.Root.Name))
	}
	b.WriteString(";\n")
	return b.String()
}
