// Package docstoretest assembles the document store for tests, the way
// enginetest does for the relational store: the real ApiSchema files loaded
// once per test binary, a template database with the document store's
// schema provisioned once per test binary, and per test a fresh clone.
package docstoretest

import (
	"context"
	"testing"

	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/edfi-bench/tpr/engine/dbstats"
	"github.com/edfi-bench/tpr/engine/docstore"
	"github.com/edfi-bench/tpr/engine/enginetest"
	"github.com/edfi-bench/tpr/engine/pgtest"
)

// Env is one test's document store on its own database.
type Env struct {
	*enginetest.Schema
	URL    string
	Pool   *pgxpool.Pool
	Tracer *dbstats.Tracer
	Store  *docstore.Store
}

// Template returns the name of the template database holding the document
// store's (empty) schema.
func Template(t testing.TB) string {
	s := enginetest.LoadSchema(t)
	return pgtest.Template(t, "dmsdoc", func(ctx context.Context, url string) error {
		pool, err := pgxpool.New(ctx, url)
		if err != nil {
			return err
		}
		defer pool.Close()
		_, err = docstore.New(ctx, pool, s.Effective)
		return err
	})
}

// New gives the test a fresh database with the document store.
func New(t testing.TB) *Env {
	t.Helper()
	return NewWithOptions(t, docstore.Options{})
}

// NewWithOptions is New with store options (Core defaults to the shared one).
func NewWithOptions(t testing.TB, opts docstore.Options) *Env {
	t.Helper()
	s := enginetest.LoadSchema(t)
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
	if opts.Core == nil {
		opts.Core = s.Core
	}
	st, err := docstore.NewWithOptions(context.Background(), pool, s.Effective, opts)
	if err != nil {
		t.Fatal(err)
	}
	return &Env{Schema: s, URL: url, Pool: pool, Tracer: tracer, Store: st}
}

// Main is TestMain for packages using docstoretest.
func Main(m *testing.M) { pgtest.Main(m) }
