// Package cli is the engine binary's command line: provision, ddl, serve,
// verify. main is one line so the commands are testable.
package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/edfi-bench/tpr/engine/apischema"
	"github.com/edfi-bench/tpr/engine/dbstats"
	"github.com/edfi-bench/tpr/engine/ddl"
	"github.com/edfi-bench/tpr/engine/dialect"
	"github.com/edfi-bench/tpr/engine/pglocal"
	"github.com/edfi-bench/tpr/engine/provision"
	"github.com/edfi-bench/tpr/engine/relmodel"
)

// Run executes the command line and returns the exit code.
func Run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		usage(stderr)
		return 2
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	var err error
	switch args[0] {
	case "provision":
		err = provisionCmd(ctx, args[1:], stdout, stderr)
	case "ddl":
		err = ddlCmd(args[1:], stdout, stderr)
	case "serve":
		err = serveCmd(ctx, args[1:], stdout, stderr)
	case "verify":
		err = verifyCmd(ctx, args[1:], stdout, stderr)
	case "help", "-h", "--help":
		usage(stdout)
		return 0
	default:
		fmt.Fprintf(stderr, "engine: unknown command %q\n\n", args[0])
		usage(stderr)
		return 2
	}
	if err != nil {
		var ue usageError
		if errors.As(err, &ue) {
			fmt.Fprintf(stderr, "engine %s: %v\n", args[0], err)
			return 2
		}
		fmt.Fprintf(stderr, "engine %s: %v\n", args[0], err)
		return 1
	}
	return 0
}

type usageError struct{ error }

func usage(w io.Writer) {
	fmt.Fprint(w, `engine — the Ed-Fi "tables per resource" relational engine

Usage:
  engine provision [--schema FILE ...]          create the database for the ApiSchema files (no-op when already done)
  engine ddl --dialect pgsql|mssql [--schema FILE ...]   print the DDL
  engine serve [--addr 127.0.0.1:8080] [--schema FILE ...] [--store relational|document] [--pprof]
                                               serve the Ed-Fi API (provisions an empty database first)
  engine verify [--sample N]                   audit reference edges and referential ids; non-zero exit on any mismatch

--schema may be repeated: the core ApiSchema.json plus any extension files. Without it, the DS 5.1
core file at ../shared/apischema/ed-fi-ds-5.1-core.json is used when present.

Database: DATABASE_URL when set; otherwise a local PostgreSQL cluster the engine starts itself
(data kept in the cache folder, reused by later runs).
`)
}

// schemaFlag collects repeated --schema values.
type schemaFlag []string

func (s *schemaFlag) String() string     { return strings.Join(*s, ",") }
func (s *schemaFlag) Set(v string) error { *s = append(*s, v); return nil }

// defaultSchema is the DS 5.1 core beside the repository.
const defaultSchema = "../shared/apischema/ed-fi-ds-5.1-core.json"

func loadSchema(files []string, stderr io.Writer) (*apischema.Effective, *relmodel.Model, error) {
	if len(files) == 0 {
		if _, err := os.Stat(defaultSchema); err != nil {
			return nil, nil, usageError{errors.New("no --schema given and " + defaultSchema + " does not exist")}
		}
		abs, _ := filepath.Abs(defaultSchema)
		fmt.Fprintf(stderr, "using the default schema %s\n", abs)
		files = []string{defaultSchema}
	}
	eff, err := apischema.LoadFiles(files...)
	if err != nil {
		return nil, nil, err
	}
	m, err := relmodel.Build(eff)
	if err != nil {
		return nil, nil, err
	}
	for _, d := range append(append([]apischema.Diagnostic(nil), eff.Diagnostics...), m.Diagnostics...) {
		fmt.Fprintf(stderr, "diagnostic: %s\n", d)
	}
	return eff, m, nil
}

const databaseHelp = "database name (default: the one in DATABASE_URL, or \"edfi\" on the local cluster); created when missing"

// database is a connection target: DATABASE_URL, or the local cluster.
type database struct {
	url     string
	cluster *pglocal.Cluster
}

func (d *database) close() {
	if d.cluster != nil {
		d.cluster.Stop()
	}
}

// openDatabase honours DATABASE_URL; otherwise it starts (or attaches to)
// the persistent local cluster "default" and uses its database "edfi".
func openDatabase(ctx context.Context, stderr io.Writer, name string) (*database, error) {
	if u := os.Getenv("DATABASE_URL"); u != "" {
		if name == "" {
			return &database{url: u}, nil
		}
		nu, err := pglocal.DatabaseURL(u, name)
		if err != nil {
			return nil, err
		}
		if err := pglocal.EnsureDatabase(ctx, u, name); err != nil {
			return nil, err
		}
		return &database{url: nu}, nil
	}
	if name == "" {
		name = "edfi"
	}
	c, err := pglocal.Start(ctx, pglocal.Options{Name: "default", Fsync: true, Log: stderr})
	if err != nil {
		return nil, fmt.Errorf("%w\n(set DATABASE_URL to use an existing PostgreSQL instead)", err)
	}
	if err := pglocal.EnsureDatabase(ctx, c.URL("postgres"), name); err != nil {
		c.Stop()
		return nil, err
	}
	fmt.Fprintf(stderr, "local PostgreSQL: data directory %s, port %d, database %s (kept for later runs; set DATABASE_URL to use your own)\n",
		c.DataDir(), c.Port(), name)
	return &database{url: c.URL(name), cluster: c}, nil
}

func openPool(ctx context.Context, url string, tracer *dbstats.Tracer, maxConns int32) (*pgxpool.Pool, error) {
	cfg, err := pgxpool.ParseConfig(url)
	if err != nil {
		return nil, err
	}
	if tracer != nil {
		cfg.ConnConfig.Tracer = tracer
	}
	if maxConns > 0 {
		cfg.MaxConns = maxConns
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, err
	}
	if err := pool.Ping(ctx); err != nil {
		pool.Close()
		return nil, err
	}
	return pool, nil
}

func provisionCmd(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("provision", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var schemas schemaFlag
	fs.Var(&schemas, "schema", "ApiSchema.json file (repeatable: core first, then extensions)")
	dbName := fs.String("database", "", databaseHelp)
	if err := fs.Parse(args); err != nil {
		return usageError{err}
	}
	eff, m, err := loadSchema(schemas, stderr)
	if err != nil {
		return err
	}
	db, err := openDatabase(ctx, stderr, *dbName)
	if err != nil {
		return err
	}
	defer db.close()
	pool, err := openPool(ctx, db.url, nil, 4)
	if err != nil {
		return err
	}
	defer pool.Close()
	res, err := provision.Postgres(ctx, pool, eff, m)
	if err != nil {
		return err
	}
	if res.Applied {
		fmt.Fprintf(stdout, "provisioned effective schema %s: %s\n", res.Hash, summary(m))
	} else {
		fmt.Fprintf(stdout, "already provisioned for effective schema %s; nothing to do\n", res.Hash)
	}
	return nil
}

// summary counts what the model creates.
func summary(m *relmodel.Model) string {
	tables, cols, fks, idx := 0, 0, 0, 0
	for _, t := range m.Tables() {
		tables++
		cols += len(t.Columns)
		fks += len(t.FKs)
		idx += len(t.Indexes)
	}
	return fmt.Sprintf("%d resources, %d resource tables, %d columns, %d foreign keys, %d indexes, %d views",
		len(m.Resources), tables, cols, fks, idx, len(m.Views))
}

func ddlCmd(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("ddl", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var schemas schemaFlag
	fs.Var(&schemas, "schema", "ApiSchema.json file (repeatable)")
	dialectName := fs.String("dialect", "pgsql", "pgsql or mssql")
	if err := fs.Parse(args); err != nil {
		return usageError{err}
	}
	d, err := dialect.ByName(*dialectName)
	if err != nil {
		return usageError{err}
	}
	_, m, err := loadSchema(schemas, stderr)
	if err != nil {
		return err
	}
	_, err = io.WriteString(stdout, ddl.Generate(m, d).String())
	return err
}
