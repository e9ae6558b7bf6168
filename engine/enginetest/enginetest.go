// Package enginetest assembles the real engine for tests: the four real
// ApiSchema files loaded once per test binary, a PostgreSQL template
// database provisioned once per test binary (pgtest), and per test a fresh
// clone with the relational store, the core and a round-trip tracer on top.
package enginetest

import (
	"context"
	"path/filepath"
	"runtime"
	"sync"
	"testing"

	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/edfi-bench/tpr/engine/apischema"
	"github.com/edfi-bench/tpr/engine/core"
	"github.com/edfi-bench/tpr/engine/dbstats"
	"github.com/edfi-bench/tpr/engine/pgtest"
	"github.com/edfi-bench/tpr/engine/provision"
	"github.com/edfi-bench/tpr/engine/relational"
	"github.com/edfi-bench/tpr/engine/relmodel"
)

// SchemaDir is ../shared/apischema relative to the repository root.
func SchemaDir() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..", "..", "shared", "apischema")
}

// SchemaFiles are the core file and the three extensions.
func SchemaFiles() []string {
	d := SchemaDir()
	return []string{
		filepath.Join(d, "ed-fi-ds-5.1-core.json"),
		filepath.Join(d, "sample-extension.json"),
		filepath.Join(d, "tpdm-extension.json"),
		filepath.Join(d, "homograph-extension.json"),
	}
}

// Schema is the loaded metadata, shared by a test binary.
type Schema struct {
	Effective *apischema.Effective
	Model     *relmodel.Model
	Core      *core.Core
}

var (
	schemaOnce sync.Once
	schema     *Schema
	schemaErr  error
)

// LoadSchema loads and derives everything once per test binary.
func LoadSchema(t testing.TB) *Schema {
	t.Helper()
	schemaOnce.Do(func() {
		eff, err := apischema.LoadFiles(SchemaFiles()...)
		if err != nil {
			schemaErr = err
			return
		}
		m, err := relmodel.Build(eff)
		if err != nil {
			schemaErr = err
			return
		}
		c, err := core.New(eff)
		if err != nil {
			schemaErr = err
			return
		}
		schema = &Schema{Effective: eff, Model: m, Core: c}
	})
	if schemaErr != nil {
		t.Fatal(schemaErr)
	}
	return schema
}

// Env is one test's engine on its own database.
type Env struct {
	*Schema
	URL    string
	Pool   *pgxpool.Pool
	Tracer *dbstats.Tracer
	Store  *relational.Store
}

// Template returns the name of the provisioned template database.
func Template(t testing.TB) string {
	s := LoadSchema(t)
	return pgtest.Template(t, "edfi_full", func(ctx context.Context, url string) error {
		pool, err := pgxpool.New(ctx, url)
		if err != nil {
			return err
		}
		defer pool.Close()
		_, err = provision.Postgres(ctx, pool, s.Effective, s.Model)
		return err
	})
}

// New gives the test a fresh provisioned database and a relational store.
func New(t testing.TB) *Env {
	t.Helper()
	s := LoadSchema(t)
	url := pgtest.NewDB(t, Template(t))
	tracer := &dbstats.Tracer{}
	cfg, err := pgxpool.ParseConfig(url)
	if err != nil {
		t.Fatal(err)
	}
	cfg.ConnConfig.Tracer = tracer
	cfg.MaxConns = 16
	pool, err := pgxpool.NewWithConfig(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(pool.Close)
	st, err := relational.New(pool, s.Model, relational.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return &Env{Schema: s, URL: url, Pool: pool, Tracer: tracer, Store: st}
}

// Main is TestMain for packages using enginetest.
func Main(m *testing.M) { pgtest.Main(m) }
