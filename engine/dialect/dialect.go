// Package dialect holds what differs between PostgreSQL and SQL Server:
// identifier quoting and length limits, parameter markers, column types and
// the DDL idioms. Everything above it (DDL generation, write and read plans)
// is written once against this interface.
package dialect

import (
	"fmt"
	"strings"

	"github.com/edfi-bench/tpr/engine/relmodel"
)

// Dialect is one SQL engine's syntax.
type Dialect interface {
	// Name is "pgsql" or "mssql".
	Name() string
	// Ident shortens a name to the engine's limit and quotes it.
	Ident(name string) string
	// Table quotes schema.name.
	Table(schema, name string) string
	// Param is the i-th (1-based) parameter marker.
	Param(i int) string
	// IdentLimit is the identifier length limit.
	IdentLimit() int
	// MaxParams is the per-statement bind parameter budget.
	MaxParams() int

	// ScalarType renders a logical scalar type.
	ScalarType(t relmodel.ScalarType) string
	// Types of common physical columns.
	BigInt() string
	Int() string
	Bool() string
	UUID() string
	Timestamp() string
	Varchar(n int) string
	JSON() string
	// Now is the current UTC timestamp expression.
	Now() string
	// IdentityColumn renders a bigint identity column's type clause.
	IdentityColumn() string

	// CreateSchema is an idempotent schema creation statement.
	CreateSchema(schema string) string
	// PrimaryKey / Unique render the constraint keyword (CLUSTERED hints).
	PrimaryKey(clustered bool) string
	Unique(clustered bool) string
	// DeferrableUnique is appended to array-uniqueness constraints so they
	// are checked at the end of each statement, not row by row: an UPDATE
	// that swaps two elements' values must not trip over itself.
	// PostgreSQL checks non-deferrable UNIQUEs per row; SQL Server always
	// checks at statement end.
	DeferrableUnique() string
	// CreateView starts an idempotent view definition.
	CreateView(schema, name string) string
	// IndexInclude renders an INCLUDE clause (both engines support it).
	IndexInclude(cols []string) string
	// BatchSeparator ends a batch ("" when statements can share one).
	BatchSeparator() string
	// BoolLiteral renders a boolean constant.
	BoolLiteral(b bool) string
	// StringLiteral renders a string constant.
	StringLiteral(s string) string
}

// ByName returns a dialect by its CLI name.
func ByName(name string) (Dialect, error) {
	switch strings.ToLower(name) {
	case "pgsql", "postgres", "postgresql":
		return Postgres{}, nil
	case "mssql", "sqlserver":
		return SQLServer{}, nil
	}
	return nil, fmt.Errorf("unknown dialect %q (want pgsql or mssql)", name)
}

// Postgres is PostgreSQL (15+).
type Postgres struct{}

func (Postgres) Name() string { return "pgsql" }
func (Postgres) Ident(name string) string {
	return `"` + relmodel.ShortenIdent(name, relmodel.PostgresIdentLimit) + `"`
}
func (d Postgres) Table(schema, name string) string { return d.Ident(schema) + "." + d.Ident(name) }
func (Postgres) Param(i int) string                 { return fmt.Sprintf("$%d", i) }
func (Postgres) IdentLimit() int                    { return relmodel.PostgresIdentLimit }
func (Postgres) MaxParams() int                     { return 65535 }
func (Postgres) ScalarType(t relmodel.ScalarType) string {
	switch t.Kind {
	case relmodel.String:
		if t.MaxLen == 0 {
			return "text"
		}
		return fmt.Sprintf("varchar(%d)", t.MaxLen)
	case relmodel.Int32:
		return "integer"
	case relmodel.Int64:
		return "bigint"
	case relmodel.Decimal:
		return fmt.Sprintf("numeric(%d,%d)", t.Precision, t.Scale)
	case relmodel.Boolean:
		return "boolean"
	case relmodel.Date:
		return "date"
	case relmodel.DateTime:
		return "timestamp with time zone"
	case relmodel.Time:
		return "time"
	}
	panic("unknown scalar kind")
}
func (Postgres) BigInt() string         { return "bigint" }
func (Postgres) Int() string            { return "integer" }
func (Postgres) Bool() string           { return "boolean" }
func (Postgres) UUID() string           { return "uuid" }
func (Postgres) Timestamp() string      { return "timestamp with time zone" }
func (Postgres) Varchar(n int) string   { return fmt.Sprintf("varchar(%d)", n) }
func (Postgres) JSON() string           { return "jsonb" }
func (Postgres) Now() string            { return "now()" }
func (Postgres) IdentityColumn() string { return "bigint GENERATED ALWAYS AS IDENTITY" }
func (d Postgres) CreateSchema(schema string) string {
	return "CREATE SCHEMA IF NOT EXISTS " + d.Ident(schema) + ";"
}
func (Postgres) PrimaryKey(bool) string { return "PRIMARY KEY" }
func (Postgres) Unique(bool) string     { return "UNIQUE" }
func (Postgres) DeferrableUnique() string {
	return " DEFERRABLE INITIALLY IMMEDIATE"
}
func (d Postgres) CreateView(schema, name string) string {
	return "CREATE OR REPLACE VIEW " + d.Table(schema, name) + " AS"
}
func (d Postgres) IndexInclude(cols []string) string { return " INCLUDE (" + identList(d, cols) + ")" }
func (Postgres) BatchSeparator() string              { return "" }
func (Postgres) BoolLiteral(b bool) string {
	if b {
		return "true"
	}
	return "false"
}
func (Postgres) StringLiteral(s string) string { return "'" + strings.ReplaceAll(s, "'", "''") + "'" }

// SQLServer is SQL Server 2019+.
type SQLServer struct{}

func (SQLServer) Name() string { return "mssql" }
func (SQLServer) Ident(name string) string {
	return "[" + strings.ReplaceAll(relmodel.ShortenIdent(name, relmodel.SQLServerIdentLimit), "]", "]]") + "]"
}
func (d SQLServer) Table(schema, name string) string { return d.Ident(schema) + "." + d.Ident(name) }
func (SQLServer) Param(i int) string                 { return fmt.Sprintf("@p%d", i) }
func (SQLServer) IdentLimit() int                    { return relmodel.SQLServerIdentLimit }

// MaxParams keeps headroom under SQL Server's 2,100-parameter limit.
func (SQLServer) MaxParams() int { return 2000 }
func (SQLServer) ScalarType(t relmodel.ScalarType) string {
	switch t.Kind {
	case relmodel.String:
		if t.MaxLen == 0 || t.MaxLen > 4000 {
			return "nvarchar(max)"
		}
		return fmt.Sprintf("nvarchar(%d)", t.MaxLen)
	case relmodel.Int32:
		return "int"
	case relmodel.Int64:
		return "bigint"
	case relmodel.Decimal:
		return fmt.Sprintf("decimal(%d,%d)", t.Precision, t.Scale)
	case relmodel.Boolean:
		return "bit"
	case relmodel.Date:
		return "date"
	case relmodel.DateTime:
		return "datetime2(7)"
	case relmodel.Time:
		return "time(7)"
	}
	panic("unknown scalar kind")
}
func (SQLServer) BigInt() string         { return "bigint" }
func (SQLServer) Int() string            { return "int" }
func (SQLServer) Bool() string           { return "bit" }
func (SQLServer) UUID() string           { return "uniqueidentifier" }
func (SQLServer) Timestamp() string      { return "datetime2(7)" }
func (SQLServer) Varchar(n int) string   { return fmt.Sprintf("nvarchar(%d)", n) }
func (SQLServer) JSON() string           { return "nvarchar(max)" }
func (SQLServer) Now() string            { return "sysutcdatetime()" }
func (SQLServer) IdentityColumn() string { return "bigint IDENTITY(1,1)" }
func (d SQLServer) CreateSchema(schema string) string {
	return "IF SCHEMA_ID(N'" + schema + "') IS NULL EXEC(N'CREATE SCHEMA " + d.Ident(schema) + "');"
}
func (SQLServer) PrimaryKey(clustered bool) string {
	if clustered {
		return "PRIMARY KEY CLUSTERED"
	}
	return "PRIMARY KEY NONCLUSTERED"
}
func (SQLServer) Unique(clustered bool) string {
	if clustered {
		return "UNIQUE CLUSTERED"
	}
	return "UNIQUE NONCLUSTERED"
}
func (SQLServer) DeferrableUnique() string { return "" }
func (d SQLServer) CreateView(schema, name string) string {
	return "CREATE OR ALTER VIEW " + d.Table(schema, name) + " AS"
}
func (d SQLServer) IndexInclude(cols []string) string { return " INCLUDE (" + identList(d, cols) + ")" }
func (SQLServer) BatchSeparator() string              { return "GO" }
func (SQLServer) BoolLiteral(b bool) string {
	if b {
		return "CAST(1 AS bit)"
	}
	return "CAST(0 AS bit)"
}
func (SQLServer) StringLiteral(s string) string { return "N'" + strings.ReplaceAll(s, "'", "''") + "'" }

// IdentList quotes and comma-joins names.
func IdentList(d Dialect, cols []string) string { return identList(d, cols) }

func identList(d Dialect, cols []string) string {
	q := make([]string, len(cols))
	for i, c := range cols {
		q[i] = d.Ident(c)
	}
	return strings.Join(q, ", ")
}
