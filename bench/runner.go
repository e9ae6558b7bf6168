package bench

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"os/exec"
	"runtime"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/edfi-bench/tpr/bench/results"
	"github.com/edfi-bench/tpr/engine/apischema"
	"github.com/edfi-bench/tpr/engine/core"
	"github.com/edfi-bench/tpr/engine/pglocal"
	"github.com/edfi-bench/tpr/engine/provision"
	"github.com/edfi-bench/tpr/engine/relmodel"
)

// Options configure a run.
type Options struct {
	Scale     int
	Seed      uint64
	Scenarios []string // empty = every Default scenario
	Quick     bool
	// Stores restricts the stores measured ("relational", "document").
	Stores  []string
	Schemas []string
	Log     io.Writer
}

// ProductionSettings are the PostgreSQL settings of the self-started
// benchmark cluster: durable (fsync on) like production, sized for a
// two-core, 24 GiB machine.
var ProductionSettings = map[string]string{
	"shared_buffers":       "1GB",
	"effective_cache_size": "4GB",
	"work_mem":             "16MB",
	"maintenance_work_mem": "256MB",
	"max_wal_size":         "8GB",
	"checkpoint_timeout":   "30min",
	"wal_compression":      "on",
}

// QuickRatioThreshold is the regression threshold of every ratio in a
// --quick run.
const QuickRatioThreshold = 10.0

// Run executes the scenarios and returns the run's results; a failing
// scenario is recorded in its result and does not stop the others.
func Run(ctx context.Context, opts Options) (*results.Run, error) {
	log := opts.Log
	if log == nil {
		log = io.Discard
	}
	run := &results.Run{SchemaVersion: results.SchemaVersion, RunID: runID(), StartedAt: time.Now().UTC(),
		Seed: opts.Seed, Scale: opts.Scale, Machine: machine()}
	run.Commit, run.Dirty = gitCommit()

	metas, err := selectScenarios(opts.Scenarios)
	if err != nil {
		return nil, err
	}
	for _, st := range opts.Stores {
		if st != "relational" && st != "document" {
			return nil, fmt.Errorf("unknown store %q (want relational or document)", st)
		}
	}
	fmt.Fprintf(log, "bench: seed %d, scale %d students, scenarios %s\n", opts.Seed, opts.Scale, names(metas))

	eff, err := apischema.LoadFiles(opts.Schemas...)
	if err != nil {
		return nil, err
	}
	m, err := relmodel.Build(eff)
	if err != nil {
		return nil, err
	}
	c, err := core.New(eff)
	if err != nil {
		return nil, err
	}
	if err := c.Precompile(); err != nil {
		return nil, err
	}

	adminURL := os.Getenv("DATABASE_URL")
	if adminURL == "" {
		cl, err := pglocal.Start(ctx, pglocal.Options{Ephemeral: true, Fsync: true, Settings: ProductionSettings, Log: log})
		if err != nil {
			return nil, fmt.Errorf("%w\n(set DATABASE_URL to benchmark an existing PostgreSQL instead)", err)
		}
		defer cl.Stop()
		adminURL = cl.URL("postgres")
		run.Database.Local = true
	}
	stores := opts.Stores
	if len(stores) == 0 {
		stores = Stores
	}
	env := &Env{Seed: opts.Seed, Scale: opts.Scale, Quick: opts.Quick, Stores: stores, Effective: eff, Model: m, Core: c, Log: log, adminURL: adminURL}
	defer env.close()
	if err := env.makeTemplate(ctx); err != nil {
		return nil, err
	}
	run.Database.Kind = "postgres"
	run.Database.Version, run.Database.Settings, err = serverInfo(ctx, adminURL)
	if err != nil {
		return nil, err
	}

	for _, meta := range metas {
		if err := env.settle(ctx); err != nil {
			return nil, err
		}
		fmt.Fprintf(log, "bench: scenario %s — %s\n", meta.Name, meta.Description)
		start := time.Now()
		res, err := meta.New().Run(ctx, env)
		if res == nil {
			res = &results.Scenario{}
		}
		res.Name, res.Description, res.Version = meta.Name, meta.Description, meta.Version
		res.DurationSeconds = time.Since(start).Seconds()
		if err != nil {
			res.Error = err.Error()
			fmt.Fprintf(log, "bench: scenario %s failed: %v\n", meta.Name, err)
		}
		if opts.Quick {
			// A smoke-sized run times a handful of tiny operations: its
			// ratios are noise. Only its counters are fit to gate on.
			for _, r := range res.Ratios {
				r.Threshold = max(r.Threshold, QuickRatioThreshold)
			}
			res.Notes = append(res.Notes, fmt.Sprintf("quick run: ratio thresholds raised to %.0f%% (only counters gate)", QuickRatioThreshold*100))
		}
		run.Scenarios = append(run.Scenarios, res)
		if ctx.Err() != nil {
			break
		}
	}
	run.FinishedAt = time.Now().UTC()
	return run, ctx.Err()
}

func selectScenarios(want []string) ([]Meta, error) {
	if len(want) == 0 {
		var out []Meta
		for _, m := range Registered() {
			if m.Default {
				out = append(out, m)
			}
		}
		return out, nil
	}
	var out []Meta
	for _, n := range want {
		m, err := Get(strings.TrimSpace(n))
		if err != nil {
			return nil, err
		}
		out = append(out, m)
	}
	return out, nil
}

func names(ms []Meta) string {
	var s []string
	for _, m := range ms {
		s = append(s, m.Name)
	}
	if len(s) == 0 {
		return "(none registered)"
	}
	return strings.Join(s, ", ")
}

// makeTemplate provisions the relational schema once; every scenario
// database is a clone of it.
func (e *Env) makeTemplate(ctx context.Context) error {
	e.template = "bench_template_" + e.Effective.Hash[:12]
	conn, err := pgx.Connect(ctx, e.adminURL)
	if err != nil {
		return err
	}
	defer conn.Close(ctx)
	var exists bool
	if err := conn.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = $1)`, e.template).Scan(&exists); err != nil {
		return err
	}
	if !exists {
		if _, err := conn.Exec(ctx, `CREATE DATABASE "`+e.template+`"`); err != nil {
			return err
		}
	}
	url, err := pglocal.DatabaseURL(e.adminURL, e.template)
	if err != nil {
		return err
	}
	pool, err := pgxpool.New(ctx, url)
	if err != nil {
		return err
	}
	res, err := provision.Postgres(ctx, pool, e.Effective, e.Model)
	pool.Close()
	if err != nil {
		return err
	}
	if res.Applied {
		fmt.Fprintf(e.Log, "bench: provisioned template database %s\n", e.template)
	}
	return nil
}

func serverInfo(ctx context.Context, url string) (string, map[string]string, error) {
	conn, err := pgx.Connect(ctx, url)
	if err != nil {
		return "", nil, err
	}
	defer conn.Close(ctx)
	var version string
	if err := conn.QueryRow(ctx, `SHOW server_version`).Scan(&version); err != nil {
		return "", nil, err
	}
	settings := map[string]string{}
	for _, name := range []string{"fsync", "synchronous_commit", "full_page_writes", "shared_buffers", "work_mem",
		"max_wal_size", "checkpoint_timeout", "wal_compression", "max_connections", "jit"} {
		var v string
		if err := conn.QueryRow(ctx, `SELECT current_setting($1)`, name).Scan(&v); err == nil {
			settings[name] = v
		}
	}
	return version, settings, nil
}

func runID() string {
	var b [4]byte
	rand.Read(b[:])
	return time.Now().UTC().Format("20060102T150405Z") + "-" + hex.EncodeToString(b[:])
}

func gitCommit() (string, bool) {
	out, err := exec.Command("git", "rev-parse", "HEAD").Output()
	if err != nil {
		return "unknown", false
	}
	status, _ := exec.Command("git", "status", "--porcelain", "--untracked-files=no").Output()
	return strings.TrimSpace(string(out)), len(strings.TrimSpace(string(status))) > 0
}

func machine() results.Machine {
	host, _ := os.Hostname()
	m := results.Machine{Hostname: host, OS: runtime.GOOS, Arch: runtime.GOARCH, CPUs: runtime.NumCPU(), GoVersion: runtime.Version()}
	if b, err := os.ReadFile("/proc/meminfo"); err == nil {
		var kb uint64
		for _, line := range strings.Split(string(b), "\n") {
			if strings.HasPrefix(line, "MemTotal:") {
				fmt.Sscanf(strings.TrimSpace(strings.TrimPrefix(line, "MemTotal:")), "%d", &kb)
			}
		}
		m.MemoryBytes = kb * 1024
	}
	return m
}
