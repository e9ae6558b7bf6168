// Package bulkflatten is the bulk-flatten scenario: load a seeded Ed-Fi
// dataset (descriptors, the education organization hierarchy, students,
// staff, sessions, sections, enrollments, grades, student education
// organization associations with nested collections, assessments) through
// the relational store, through the document store, and — the physical
// limit — as a raw COPY of the very rows the relational store wrote.
package bulkflatten

import (
	"context"
	"fmt"
	"time"

	"github.com/edfi-bench/tpr/bench"
	"github.com/edfi-bench/tpr/bench/results"
	"github.com/edfi-bench/tpr/engine/dbstats"
	"github.com/edfi-bench/tpr/engine/relational"
	"github.com/edfi-bench/tpr/engine/store"
	"github.com/edfi-bench/tpr/scenarios/datagen"
)

func init() {
	bench.Register(bench.Meta{Name: "bulk-flatten", Version: 1, Default: true,
		Description: "load a seeded Ed-Fi dataset through each store; compare with a raw COPY of the same rows",
		New:         func() bench.Scenario { return &scenario{} }})
}

type scenario struct{}

// Workers is the number of concurrent writers per store.
const Workers = 4

type loadStats struct {
	docs    int
	elapsed time.Duration
	counts  dbstats.Snapshot
	wal     int64
}

func (s *scenario) Run(ctx context.Context, env *bench.Env) (*results.Scenario, error) {
	students := env.Scale
	if env.Quick {
		students = min(students, 60)
	}
	ds := datagen.New(datagen.Config{Seed: env.Seed, Students: students})
	res := &results.Scenario{Params: map[string]any{"students": students, "documents": ds.Count(), "workers": Workers,
		"datagenVersion": datagen.Version}}
	rec := bench.NewRecorder()

	relDB, err := env.NewDB(ctx, "bulk_relational")
	if err != nil {
		return res, err
	}
	rel, err := relDB.Relational(relational.Options{})
	if err != nil {
		return res, err
	}
	relStats, err := load(ctx, env, rec, relDB, rel, ds)
	if err != nil {
		return res, fmt.Errorf("relational load: %w", err)
	}

	docDB, err := env.NewDB(ctx, "bulk_document")
	if err != nil {
		return res, err
	}
	doc, err := docDB.Document(ctx)
	if err != nil {
		return res, err
	}
	docStats, err := load(ctx, env, rec, docDB, doc, ds)
	if err != nil {
		return res, fmt.Errorf("document load: %w", err)
	}

	copyDB, err := env.NewDB(ctx, "bulk_copy")
	if err != nil {
		return res, err
	}
	fmt.Fprintf(env.Log, "  raw COPY of the relational store's rows\n")
	cp, err := bench.RawCopy(ctx, env.Model, relDB, copyDB)
	if err != nil {
		return res, fmt.Errorf("raw copy: %w", err)
	}

	// The document store writes references through a function, whose rows
	// no command tag shows: count its tables instead.
	var docRows int64
	if err := docDB.Pool.QueryRow(ctx, `SELECT (SELECT count(*) FROM dmsdoc.document) + (SELECT count(*) FROM dmsdoc.alias) + (SELECT count(*) FROM dmsdoc.reference)`).Scan(&docRows); err != nil {
		return res, err
	}
	relRows := float64(relStats.counts.RowsWritten)
	relRowsPerSec := relRows / relStats.elapsed.Seconds()
	copyRowsPerSec := float64(cp.Rows) / cp.Elapsed.Seconds()
	docsPerSec := func(l loadStats) float64 { return float64(l.docs) / l.elapsed.Seconds() }
	n := float64(relStats.docs)
	res.Ops = rec.Ops()
	res.Counters = []*results.Metric{
		{Name: "relational_round_trips_per_doc", Unit: "round-trips", Value: float64(relStats.counts.RoundTrips) / n, Better: results.Lower, Threshold: 0.05},
		{Name: "relational_statements_per_doc", Unit: "statements", Value: float64(relStats.counts.Statements) / n, Better: results.Lower, Threshold: 0.05},
		{Name: "relational_rows_per_doc", Unit: "rows", Value: relRows / n, Better: results.Lower, Threshold: 0.05},
		{Name: "document_rows_per_doc", Unit: "rows", Value: float64(docRows) / n, Better: results.Lower, Threshold: 0.05,
			Description: "rows in the document store's three tables after the load"},
		{Name: "relational_wal_bytes_per_doc", Unit: "bytes", Value: float64(relStats.wal) / n, Better: results.Lower, Threshold: 0.25},
		{Name: "document_wal_bytes_per_doc", Unit: "bytes", Value: float64(docStats.wal) / n, Better: results.Lower, Threshold: 0.25},
		{Name: "copy_rows", Unit: "rows", Value: float64(cp.Rows), Better: results.Lower, Threshold: 0.05,
			Description: "rows the relational store wrote, re-loaded by COPY (should equal the rows it wrote, net of deletes)"},
	}
	sixty := 0.6
	res.Ratios = []*results.Metric{
		{Name: "engine_vs_copy_rows_per_sec", Value: relRowsPerSec / copyRowsPerSec, Better: results.Higher, Threshold: 0.5, Target: &sixty,
			Description: fmt.Sprintf("relational store rows/s (%d writers) ÷ one COPY stream's rows/s into the same tables", Workers)},
		{Name: "relational_vs_document_docs_per_sec", Value: docsPerSec(relStats) / docsPerSec(docStats), Better: results.Higher, Threshold: 0.5,
			Description: "documents/s of the relational store ÷ documents/s of the document store"},
	}
	res.Series = []*results.Series{{Chart: "Load throughput (rows/s)", Line: "rows/s", XLabel: "loader (1 relational, 2 document, 3 COPY)", YLabel: "rows/s",
		Points: []results.Point{{X: 1, Y: relRowsPerSec}, {X: 2, Y: float64(docRows) / docStats.elapsed.Seconds()}, {X: 3, Y: copyRowsPerSec}}}}
	res.Notes = append(res.Notes,
		fmt.Sprintf("relational: %d documents in %.1fs (%.0f docs/s, %.0f rows/s)", relStats.docs, relStats.elapsed.Seconds(), docsPerSec(relStats), relRowsPerSec),
		fmt.Sprintf("document: %d documents in %.1fs (%.0f docs/s)", docStats.docs, docStats.elapsed.Seconds(), docsPerSec(docStats)),
		fmt.Sprintf("raw COPY: %d rows into %d tables in %.2fs (%.0f rows/s, %d bytes)", cp.Rows, cp.Tables, cp.Elapsed.Seconds(), copyRowsPerSec, cp.Bytes))
	return res, nil
}

func load(ctx context.Context, env *bench.Env, rec *bench.Recorder, db *bench.DB, st store.Store, ds *datagen.Dataset) (loadStats, error) {
	var ls loadStats
	wal, err := db.WALPosition(ctx)
	if err != nil {
		return ls, err
	}
	before := db.Tracer.Global.Snapshot()
	start := time.Now()
	for _, ph := range ds.Phases() {
		bar := env.Progress(st.Name()+" "+ph.Name, ph.Count)
		err := env.Parallel(ctx, ph.Count, Workers, func(i int) error {
			d := ph.Doc(i)
			doc, err := env.Prepare(d.Resource, d.Body)
			if err != nil {
				return fmt.Errorf("%s #%d: %w", d.Resource, i, err)
			}
			err = rec.Time("post "+d.Resource, st.Name(), func() error {
				_, err := st.Upsert(ctx, doc, store.WriteOptions{})
				return err
			})
			if err != nil {
				return fmt.Errorf("%s #%d: %w", d.Resource, i, err)
			}
			bar.Add(1)
			return nil
		})
		bar.Done()
		if err != nil {
			return ls, err
		}
		ls.docs += ph.Count
	}
	ls.elapsed = time.Since(start)
	ls.counts = db.Tracer.Global.Snapshot().Sub(before)
	ls.wal, err = db.WALBytes(ctx, wal)
	return ls, err
}
