package bench

import (
	"context"
	"fmt"
	"io"
	"sort"
	"sync/atomic"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/edfi-bench/tpr/engine/apischema"
	"github.com/edfi-bench/tpr/engine/core"
	"github.com/edfi-bench/tpr/engine/dbstats"
	"github.com/edfi-bench/tpr/engine/docstore"
	"github.com/edfi-bench/tpr/engine/pglocal"
	"github.com/edfi-bench/tpr/engine/relational"
	"github.com/edfi-bench/tpr/engine/relmodel"
	"github.com/edfi-bench/tpr/engine/store"
)

// Env is what a scenario runs against.
type Env struct {
	Seed  uint64
	Scale int
	// Quick asks scenarios for a smoke-sized run (tests, CI).
	Quick bool
	// Stores are the stores to measure (default both); comparisons that
	// need both are left out when one is missing.
	Stores []string

	Effective *apischema.Effective
	Model     *relmodel.Model
	Core      *core.Core

	// Log receives progress; Progress draws bars on it.
	Log io.Writer

	adminURL string
	template string
	seq      atomic.Int64
	dbs      []*DB
}

// DB is one scenario database: a clone of the provisioned template, with a
// pool whose round trips and row writes are counted.
type DB struct {
	Name   string
	URL    string
	Pool   *pgxpool.Pool
	Tracer *dbstats.Tracer
	// LoadPool has synchronous_commit off: for loading the data a scenario
	// measures something else on (never for what it measures).
	LoadPool *pgxpool.Pool
	env      *Env
}

// NewDB creates a fresh database from the template (the relational schema
// already provisioned; the document store creates its own tables).
func (e *Env) NewDB(ctx context.Context, purpose string) (*DB, error) {
	name := fmt.Sprintf("bench_%s_%d", sanitize(purpose), e.seq.Add(1))
	conn, err := pgx.Connect(ctx, e.adminURL)
	if err != nil {
		return nil, err
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, `DROP DATABASE IF EXISTS "`+name+`" WITH (FORCE)`); err != nil {
		return nil, err
	}
	if _, err := conn.Exec(ctx, `CREATE DATABASE "`+name+`" TEMPLATE "`+e.template+`"`); err != nil {
		return nil, err
	}
	url, err := pglocal.DatabaseURL(e.adminURL, name)
	if err != nil {
		return nil, err
	}
	tracer := &dbstats.Tracer{}
	cfg, err := pgxpool.ParseConfig(url)
	if err != nil {
		return nil, err
	}
	cfg.ConnConfig.Tracer = tracer
	cfg.MaxConns = 16
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, err
	}
	lcfg, err := pgxpool.ParseConfig(url)
	if err != nil {
		return nil, err
	}
	lcfg.ConnConfig.RuntimeParams["synchronous_commit"] = "off"
	lcfg.MaxConns = 16
	loadPool, err := pgxpool.NewWithConfig(ctx, lcfg)
	if err != nil {
		pool.Close()
		return nil, err
	}
	db := &DB{Name: name, URL: url, Pool: pool, Tracer: tracer, LoadPool: loadPool, env: e}
	e.dbs = append(e.dbs, db)
	return db, nil
}

// Relational opens the relational store on db.
func (db *DB) Relational(opts relational.Options) (*relational.Store, error) {
	return relational.New(db.Pool, db.env.Model, opts)
}

// Document opens the baseline document store on db.
func (db *DB) Document(ctx context.Context) (*docstore.Store, error) {
	return docstore.New(ctx, db.Pool, db.env.Effective)
}

// Store opens a store by name ("relational", "document") on db's measured
// pool, or on its load pool when load is set.
func (db *DB) Store(ctx context.Context, name string, load bool) (store.Store, error) {
	pool := db.Pool
	if load {
		pool = db.LoadPool
	}
	switch name {
	case "relational":
		return relational.New(pool, db.env.Model, relational.Options{})
	case "document":
		return docstore.New(ctx, pool, db.env.Effective)
	}
	return nil, fmt.Errorf("unknown store %q", name)
}

// Stores are the two stores every comparison runs on.
var Stores = []string{"relational", "document"}

// Uses reports whether the run includes a store (--stores).
func (e *Env) Uses(name string) bool {
	for _, s := range e.Stores {
		if s == name {
			return true
		}
	}
	return false
}

// WALPosition returns the current WAL insert position, for WAL-bytes
// counters (pg_wal_lsn_diff of two positions).
func (db *DB) WALPosition(ctx context.Context) (string, error) {
	var lsn string
	err := db.Pool.QueryRow(ctx, `SELECT pg_current_wal_insert_lsn()::text`).Scan(&lsn)
	return lsn, err
}

// WALBytes is the WAL written since a position.
func (db *DB) WALBytes(ctx context.Context, since string) (int64, error) {
	var n int64
	err := db.Pool.QueryRow(ctx, `SELECT pg_wal_lsn_diff(pg_current_wal_insert_lsn(), $1::pg_lsn)::bigint`, since).Scan(&n)
	return n, err
}

// Resource finds a resource by endpoint ("ed-fi", "students").
func (e *Env) Resource(project, endpoint string) (*apischema.Resource, error) {
	r := e.Effective.ResourceByEndpoint(project, endpoint)
	if r == nil {
		return nil, fmt.Errorf("no resource /%s/%s", project, endpoint)
	}
	return r, nil
}

// Prepare validates and extracts a body for a resource endpoint.
func (e *Env) Prepare(endpoint string, body []byte) (*core.Document, error) {
	r, err := e.Resource("ed-fi", endpoint)
	if err != nil {
		return nil, err
	}
	return e.Core.Prepare(r, body)
}

// LoadDocs writes documents in order, n at a time in parallel within each
// group of documents that do not depend on each other (callers pass
// dependency-ordered groups).
func (e *Env) LoadDocs(ctx context.Context, st store.Store, label string, groups ...[]Doc) error {
	for _, g := range groups {
		if _, err := e.Load(ctx, st, label, len(g), func(i int) (string, []byte) { return g[i].Resource, g[i].Body }, 8); err != nil {
			return err
		}
	}
	return nil
}

// Doc is one document to load.
type Doc struct {
	Resource string
	Body     []byte
}

// Load writes documents through a store with a few workers, stopping at the
// first error. It returns the elapsed time.
func (e *Env) Load(ctx context.Context, st store.Store, label string, n int, doc func(i int) (string, []byte), workers int) (time.Duration, error) {
	if workers <= 0 {
		workers = 4
	}
	bar := e.Progress(label, n)
	defer bar.Done()
	start := time.Now()
	err := parallel(ctx, n, workers, func(i int) error {
		ep, body := doc(i)
		d, err := e.Prepare(ep, body)
		if err != nil {
			return fmt.Errorf("%s #%d: %w", ep, i, err)
		}
		if _, err := st.Upsert(ctx, d, store.WriteOptions{}); err != nil {
			return fmt.Errorf("%s #%d: %w", ep, i, err)
		}
		bar.Add(1)
		return nil
	})
	return time.Since(start), err
}

// Parallel runs fn(0..n-1) on workers goroutines; the first error cancels
// the rest.
func (e *Env) Parallel(ctx context.Context, n, workers int, fn func(i int) error) error {
	return parallel(ctx, n, workers, fn)
}

// parallel runs fn(0..n-1) on workers goroutines; the first error cancels.
func parallel(ctx context.Context, n, workers int, fn func(i int) error) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var next atomic.Int64
	errc := make(chan error, workers)
	for w := 0; w < workers; w++ {
		go func() {
			for {
				i := int(next.Add(1) - 1)
				if i >= n || ctx.Err() != nil {
					errc <- ctx.Err()
					return
				}
				if err := fn(i); err != nil {
					cancel()
					errc <- err
					return
				}
			}
		}()
	}
	var first error
	for w := 0; w < workers; w++ {
		if err := <-errc; err != nil && first == nil && err != context.Canceled {
			first = err
		}
	}
	if first == nil && ctx.Err() != nil {
		first = ctx.Err()
	}
	return first
}

// settle drops the databases of the scenario that just ran and forces a
// checkpoint, so that the next scenario does not share the machine with
// autovacuum on the last one's tables or with a checkpoint flushing its
// writes: either would show up as noise in the next scenario's ratios.
func (e *Env) settle(ctx context.Context) error {
	e.close()
	e.dbs = nil
	conn, err := pgx.Connect(ctx, e.adminURL)
	if err != nil {
		return err
	}
	defer conn.Close(ctx)
	_, err = conn.Exec(ctx, "CHECKPOINT")
	return err
}

func (e *Env) close() {
	for _, db := range e.dbs {
		db.Pool.Close()
		db.LoadPool.Close()
	}
	if conn, err := pgx.Connect(context.Background(), e.adminURL); err == nil {
		for _, db := range e.dbs {
			conn.Exec(context.Background(), `DROP DATABASE IF EXISTS "`+db.Name+`" WITH (FORCE)`)
		}
		conn.Close(context.Background())
	}
}

func sanitize(s string) string {
	out := []byte{}
	for _, c := range []byte(s) {
		switch {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
			out = append(out, c)
		case c >= 'A' && c <= 'Z':
			out = append(out, c+32)
		default:
			out = append(out, '_')
		}
	}
	return string(out)
}

// GroupByResource splits a dependency-ordered document list into runs of
// one resource, which can load in parallel (LoadDocs groups).
func GroupByResource(docs []Doc) [][]Doc {
	var out [][]Doc
	for _, d := range docs {
		if len(out) == 0 || out[len(out)-1][0].Resource != d.Resource {
			out = append(out, nil)
		}
		out[len(out)-1] = append(out[len(out)-1], d)
	}
	return out
}

// MedianMs is the median of durations, in milliseconds.
func MedianMs(ds []time.Duration) float64 {
	if len(ds) == 0 {
		return 0
	}
	s := append([]time.Duration(nil), ds...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	return float64(s[len(s)/2].Microseconds()) / 1000
}
