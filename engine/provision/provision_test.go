package provision_test

import (
	"context"
	"errors"
	"testing"

	"github.com/edfi-bench/tpr/engine/apischema"
	"github.com/edfi-bench/tpr/engine/enginetest"
	"github.com/edfi-bench/tpr/engine/pgtest"
	"github.com/edfi-bench/tpr/engine/provision"
	"github.com/edfi-bench/tpr/engine/relmodel"
)

func TestMain(m *testing.M) { enginetest.Main(m) }

// Provisioning the full DS 5.1 core + Sample + TPDM + Homograph creates
// exactly the tables, columns, foreign keys and views the model describes.
func TestProvisionFullSchemaMatchesModel(t *testing.T) {
	t.Parallel()
	env := enginetest.New(t)
	ctx := context.Background()
	m := env.Model
	var tables, cols, fks int
	for _, tb := range m.Tables() {
		tables++
		cols += len(tb.Columns)
		fks += len(tb.FKs)
	}
	// dms: Document, ReferentialIdentity, Descriptor, EffectiveSchema,
	// SchemaComponent, ReferenceEdge, IdentityLock, DocumentCache.
	const coreTables, coreCols, coreFKs = 8, 44, 7
	schemas := []string{"dms", "edfi", "sample", "tpdm", "homograph"}
	count := func(sql string) int {
		var n int
		if err := env.Pool.QueryRow(ctx, sql, schemas).Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	gotTables := count(`SELECT count(*) FROM information_schema.tables WHERE table_type = 'BASE TABLE' AND table_schema = ANY($1)`)
	gotCols := count(`SELECT count(*) FROM information_schema.columns c JOIN information_schema.tables t USING (table_schema, table_name)
		WHERE t.table_type = 'BASE TABLE' AND c.table_schema = ANY($1)`)
	gotFKs := count(`SELECT count(*) FROM information_schema.table_constraints WHERE constraint_type = 'FOREIGN KEY' AND table_schema = ANY($1)`)
	gotViews := count(`SELECT count(*) FROM information_schema.views WHERE table_schema = ANY($1)`)
	if gotTables != tables+coreTables {
		t.Errorf("tables = %d, want %d model tables + %d dms tables", gotTables, tables, coreTables)
	}
	if gotCols != cols+coreCols {
		t.Errorf("columns = %d, want %d + %d", gotCols, cols, coreCols)
	}
	if gotFKs != fks+coreFKs {
		t.Errorf("foreign keys = %d, want %d + %d", gotFKs, fks, coreFKs)
	}
	if gotViews != len(m.Views) {
		t.Errorf("views = %d, want %d", gotViews, len(m.Views))
	}
	t.Logf("tables=%d columns=%d foreign keys=%d views=%d (dms included)", gotTables, gotCols, gotFKs, gotViews)
	// The views are valid SQL over the member tables.
	for _, v := range m.Views {
		if _, err := env.Pool.Exec(ctx, `SELECT * FROM "`+v.Schema+`"."`+v.Name+`" LIMIT 1`); err != nil {
			t.Errorf("view %s: %v", v.Name, err)
		}
	}
}

// A second run is a no-op; a run for other files is refused with a
// message naming both schemas.
func TestProvisionIsIdempotentAndRefusesAnotherSchema(t *testing.T) {
	t.Parallel()
	env := enginetest.New(t)
	ctx := context.Background()
	res, err := provision.Postgres(ctx, env.Pool, env.Effective, env.Model)
	if err != nil {
		t.Fatal(err)
	}
	if res.Applied {
		t.Fatal("second provisioning applied DDL again")
	}
	coreOnly, err := apischema.LoadFiles(enginetest.SchemaFiles()[0])
	if err != nil {
		t.Fatal(err)
	}
	m, err := relmodel.Build(coreOnly)
	if err != nil {
		t.Fatal(err)
	}
	_, err = provision.Postgres(ctx, env.Pool, coreOnly, m)
	var mm *provision.MismatchError
	if !errors.As(err, &mm) {
		t.Fatalf("provisioning another schema: err = %v, want a MismatchError", err)
	}
	if mm.Database != env.Effective.Hash || mm.Wanted != coreOnly.Hash {
		t.Errorf("mismatch names %s/%s", mm.Database, mm.Wanted)
	}
	if err := provision.CheckPostgres(ctx, env.Pool, coreOnly); !errors.As(err, &mm) {
		t.Errorf("CheckPostgres = %v, want a MismatchError", err)
	}
	if err := provision.CheckPostgres(ctx, env.Pool, env.Effective); err != nil {
		t.Errorf("CheckPostgres on the right schema = %v", err)
	}
}

// An empty database is reported as not provisioned, then provisioned once.
func TestProvisionEmptyDatabase(t *testing.T) {
	t.Parallel()
	s := enginetest.LoadSchema(t)
	pool := pgtest.Pool(t, pgtest.NewDB(t, ""))
	ctx := context.Background()
	if err := provision.CheckPostgres(ctx, pool, s.Effective); !errors.Is(err, provision.ErrNotProvisioned) {
		t.Fatalf("CheckPostgres on an empty database = %v", err)
	}
	res, err := provision.Postgres(ctx, pool, s.Effective, s.Model)
	if err != nil || !res.Applied {
		t.Fatalf("provision = %+v, %v", res, err)
	}
	var n int
	if err := pool.QueryRow(ctx, `SELECT count(*) FROM "dms"."SchemaComponent"`).Scan(&n); err != nil || n != 4 {
		t.Fatalf("SchemaComponent rows = %d, %v; want 4", n, err)
	}
}
