// Package provision creates the database for an effective schema and records
// its fingerprint, or verifies that an already provisioned database matches.
package provision

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/edfi-bench/tpr/engine/apischema"
	"github.com/edfi-bench/tpr/engine/ddl"
	"github.com/edfi-bench/tpr/engine/dialect"
	"github.com/edfi-bench/tpr/engine/relmodel"
)

// Result says what Provision did.
type Result struct {
	// Applied is false when the database already had this effective schema.
	Applied bool
	Hash    string
}

// MismatchError: the database was provisioned for other ApiSchema files.
type MismatchError struct {
	Database string // hash recorded in the database
	Wanted   string
	// DatabaseProjects lists "namespace version" recorded in the database.
	DatabaseProjects []string
	WantedProjects   []string
}

func (e *MismatchError) Error() string {
	return fmt.Sprintf("the database was provisioned for a different effective schema:\n"+
		"  database: %s (%s)\n  wanted:   %s (%s)\n"+
		"use a fresh database (or drop this one) to provision these files; schema migration is not supported",
		e.Database, strings.Join(e.DatabaseProjects, ", "), e.Wanted, strings.Join(e.WantedProjects, ", "))
}

// ErrNotProvisioned is returned by Check on an empty database.
var ErrNotProvisioned = errors.New("the database has no Ed-Fi schema yet (run: engine provision)")

func wantedProjects(eff *apischema.Effective) []string {
	var out []string
	for _, p := range eff.Projects {
		out = append(out, p.EndpointName+" "+p.Version)
	}
	return out
}

// advisoryKey serialises concurrent provisioners of one database.
const advisoryKey = 0x6564666970726f76 // "edfiprov"

// Postgres provisions (or verifies) a PostgreSQL database in one transaction.
func Postgres(ctx context.Context, db *pgxpool.Pool, eff *apischema.Effective, m *relmodel.Model) (Result, error) {
	res := Result{Hash: eff.Hash}
	tx, err := db.Begin(ctx)
	if err != nil {
		return res, err
	}
	defer tx.Rollback(ctx)
	if _, err := tx.Exec(ctx, "SELECT pg_advisory_xact_lock($1)", int64(advisoryKey)); err != nil {
		return res, err
	}
	err = checkPostgres(ctx, tx, eff)
	switch {
	case err == nil:
		return res, nil
	case !errors.Is(err, ErrNotProvisioned):
		return res, err
	}
	script := ddl.Generate(m, dialect.Postgres{})
	if _, err := tx.Exec(ctx, script.String()); err != nil {
		return res, fmt.Errorf("provision: applying DDL: %w", err)
	}
	var id int64
	if err := tx.QueryRow(ctx, `INSERT INTO "dms"."EffectiveSchema" ("ApiSchemaFormatVersion", "EffectiveSchemaHash") VALUES ($1, $2) RETURNING "EffectiveSchemaId"`,
		eff.FormatVersion, eff.Hash).Scan(&id); err != nil {
		return res, err
	}
	for _, p := range eff.Projects {
		if _, err := tx.Exec(ctx, `INSERT INTO "dms"."SchemaComponent" ("EffectiveSchemaId", "ProjectNamespace", "ProjectName", "ProjectVersion", "IsExtensionProject") VALUES ($1, $2, $3, $4, $5)`,
			id, p.EndpointName, p.ProjectName, p.Version, p.IsExtension); err != nil {
			return res, err
		}
	}
	if err := tx.Commit(ctx); err != nil {
		return res, err
	}
	res.Applied = true
	return res, nil
}

// CheckPostgres verifies the database was provisioned for eff: nil on a
// match, ErrNotProvisioned on an empty database, *MismatchError otherwise.
func CheckPostgres(ctx context.Context, db *pgxpool.Pool, eff *apischema.Effective) error {
	conn, err := db.Acquire(ctx)
	if err != nil {
		return err
	}
	defer conn.Release()
	return checkPostgres(ctx, conn, eff)
}

type querier interface {
	QueryRow(ctx context.Context, sql string, args ...any) pgx.Row
	Query(ctx context.Context, sql string, args ...any) (pgx.Rows, error)
}

func checkPostgres(ctx context.Context, q querier, eff *apischema.Effective) error {
	var exists bool
	if err := q.QueryRow(ctx, `SELECT to_regclass('"dms"."EffectiveSchema"') IS NOT NULL`).Scan(&exists); err != nil {
		return err
	}
	if !exists {
		return ErrNotProvisioned
	}
	var id int64
	var hash string
	err := q.QueryRow(ctx, `SELECT "EffectiveSchemaId", "EffectiveSchemaHash" FROM "dms"."EffectiveSchema" ORDER BY "EffectiveSchemaId" DESC LIMIT 1`).Scan(&id, &hash)
	if errors.Is(err, pgx.ErrNoRows) {
		return ErrNotProvisioned
	}
	if err != nil {
		return err
	}
	if hash == eff.Hash {
		return nil
	}
	rows, err := q.Query(ctx, `SELECT "ProjectNamespace" || ' ' || "ProjectVersion" FROM "dms"."SchemaComponent" WHERE "EffectiveSchemaId" = $1 ORDER BY "ProjectNamespace"`, id)
	if err != nil {
		return err
	}
	projects, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return err
	}
	return &MismatchError{Database: hash, Wanted: eff.Hash, DatabaseProjects: projects, WantedProjects: wantedProjects(eff)}
}

// SQLServer provisions (or verifies) a SQL Server database. DDL batches run
// one by one inside a transaction (SQL Server DDL is transactional too).
func SQLServer(ctx context.Context, db *sql.DB, eff *apischema.Effective, m *relmodel.Model) (Result, error) {
	res := Result{Hash: eff.Hash}
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return res, err
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `EXEC sp_getapplock @Resource = N'edfi-provision', @LockMode = 'Exclusive', @LockOwner = 'Transaction'`); err != nil {
		return res, err
	}
	var exists bool
	if err := tx.QueryRowContext(ctx, `SELECT CASE WHEN OBJECT_ID(N'dms.EffectiveSchema') IS NULL THEN 0 ELSE 1 END`).Scan(&exists); err != nil {
		return res, err
	}
	if exists {
		var id int64
		var hash string
		err := tx.QueryRowContext(ctx, `SELECT TOP (1) [EffectiveSchemaId], [EffectiveSchemaHash] FROM [dms].[EffectiveSchema] ORDER BY [EffectiveSchemaId] DESC`).Scan(&id, &hash)
		if err == nil {
			if hash == eff.Hash {
				return res, nil
			}
			return res, &MismatchError{Database: hash, Wanted: eff.Hash, WantedProjects: wantedProjects(eff)}
		}
		if !errors.Is(err, sql.ErrNoRows) {
			return res, err
		}
	}
	script := ddl.Generate(m, dialect.SQLServer{})
	for _, batch := range script.Batches {
		if _, err := tx.ExecContext(ctx, batch); err != nil {
			return res, fmt.Errorf("provision: applying DDL batch: %w", err)
		}
	}
	var id int64
	if err := tx.QueryRowContext(ctx, `INSERT INTO [dms].[EffectiveSchema] ([ApiSchemaFormatVersion], [EffectiveSchemaHash]) OUTPUT INSERTED.[EffectiveSchemaId] VALUES (@p1, @p2)`,
		eff.FormatVersion, eff.Hash).Scan(&id); err != nil {
		return res, err
	}
	for _, p := range eff.Projects {
		if _, err := tx.ExecContext(ctx, `INSERT INTO [dms].[SchemaComponent] ([EffectiveSchemaId], [ProjectNamespace], [ProjectName], [ProjectVersion], [IsExtensionProject]) VALUES (@p1, @p2, @p3, @p4, @p5)`,
			id, p.EndpointName, p.ProjectName, p.Version, p.IsExtension); err != nil {
			return res, err
		}
	}
	if err := tx.Commit(); err != nil {
		return res, err
	}
	res.Applied = true
	return res, nil
}
