package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/edfi-bench/tpr/engine/api"
	"github.com/edfi-bench/tpr/engine/apischema"
	"github.com/edfi-bench/tpr/engine/core"
	"github.com/edfi-bench/tpr/engine/dbstats"
	"github.com/edfi-bench/tpr/engine/provision"
	"github.com/edfi-bench/tpr/engine/relational"
	"github.com/edfi-bench/tpr/engine/relmodel"
	"github.com/edfi-bench/tpr/engine/store"
)

// StoreFactory builds a store by name; the document store registers itself
// here so the CLI does not hard-wire the baseline.
type StoreFactory func(ctx context.Context, pool *pgxpool.Pool, eff *apischema.Effective, m *relmodel.Model) (store.Store, error)

var storeFactories = map[string]StoreFactory{
	"relational": func(ctx context.Context, pool *pgxpool.Pool, eff *apischema.Effective, m *relmodel.Model) (store.Store, error) {
		if _, err := provision.Postgres(ctx, pool, eff, m); err != nil {
			return nil, err
		}
		return relational.New(pool, m, relational.Options{})
	},
}

// RegisterStore adds a store implementation to --store.
func RegisterStore(name string, f StoreFactory) { storeFactories[name] = f }

func serveCmd(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var schemas schemaFlag
	fs.Var(&schemas, "schema", "ApiSchema.json file (repeatable: core first, then extensions)")
	addr := fs.String("addr", "127.0.0.1:8080", "listen address")
	storeName := fs.String("store", "relational", "storage: relational (tables per resource) or document (the three-table JSONB baseline)")
	pprof := fs.Bool("pprof", false, "serve /debug/pprof")
	maxBody := fs.Int64("max-body-bytes", 1<<20, "largest request body accepted (413 beyond)")
	maxConns := fs.Int("max-conns", 32, "database connection pool size")
	dbName := fs.String("database", "", databaseHelp)
	if err := fs.Parse(args); err != nil {
		return usageError{err}
	}
	factory := storeFactories[*storeName]
	if factory == nil {
		return usageError{fmt.Errorf("unknown --store %q", *storeName)}
	}
	eff, m, err := loadSchema(schemas, stderr)
	if err != nil {
		return err
	}
	c, err := core.New(eff)
	if err != nil {
		return err
	}
	if err := c.Precompile(); err != nil {
		return err
	}
	db, err := openDatabase(ctx, stderr, *dbName)
	if err != nil {
		return err
	}
	defer db.close()
	tracer := &dbstats.Tracer{}
	pool, err := openPool(ctx, db.url, tracer, int32(*maxConns))
	if err != nil {
		return err
	}
	defer pool.Close()
	st, err := factory(ctx, pool, eff, m)
	if err != nil {
		var mm *provision.MismatchError
		if errors.As(err, &mm) {
			return fmt.Errorf("refusing to start: %w", err)
		}
		return err
	}
	defer st.Close()
	logger := slog.New(slog.NewTextHandler(stderr, nil))
	srv := api.New(eff, c, st, api.Options{MaxBodyBytes: *maxBody, Pprof: *pprof, Logger: logger,
		Health: func(ctx context.Context) error { return pool.Ping(ctx) }})
	srv.Registry().MustRegister(api.NewPoolCollector(pool))
	tracer.OnRoundTrip = srv.Metrics().RoundTrips.Inc

	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	hs := &http.Server{Handler: srv.Handler(), ReadHeaderTimeout: 10 * time.Second}
	fmt.Fprintf(stdout, "serving the Ed-Fi API (%s store, effective schema %s) on http://%s/data/ — Ctrl-C stops\n",
		st.Name(), eff.Hash[:12], ln.Addr())
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	fmt.Fprintln(stderr, "shutting down: draining requests")
	shutdownCtx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	if err := hs.Shutdown(shutdownCtx); err != nil {
		return err
	}
	return nil
}
