// Package bulkflatten is the bulk-flatten scenario: load a seeded Ed-Fi
// dataset (descriptors, the education organization hierarchy, students,
// staff, sessions, sections, enrollments, grades, student education
// organization associations with nested collections, assessments) through
// the relational store one document per transaction (as API clients post),
// through its batched bulk-load path (UpsertBatch), through the document
// store, and — the physical limit — as a raw COPY of the very rows the
// relational store wrote.
package bulkflatten

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/edfi-bench/tpr/bench"
	"github.com/edfi-bench/tpr/bench/results"
	"github.com/edfi-bench/tpr/engine/core"
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
const Workers = 8

// BatchSize is the number of documents per transaction of the batched
// load.
const BatchSize = 100

type loadStats struct {
	store      string // metric prefix
	line       string // chart line
	docs       int
	rows       int64
	elapsed    time.Duration
	counts     dbstats.Snapshot
	wal        int64
	rowsPerSec []results.Point
	docsPerSec []results.Point
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

	var relStats, batchStats, docStats *loadStats
	var relDB *bench.DB
	if env.Uses("relational") {
		// Two fresh databases, one per write path: one transaction per
		// document, as API clients post, and UpsertBatch.
		open := func(name string) (*bench.DB, *relational.Store, error) {
			db, err := env.NewDB(ctx, name)
			if err != nil {
				return nil, nil, err
			}
			rel, err := db.Relational(relational.Options{})
			return db, rel, err
		}
		db, rel, err := open("bulk_relational")
		if err != nil {
			return res, err
		}
		if relStats, err = load(ctx, env, rec, db, "relational", "relational", perDocument(rel), 1, ds, nil); err != nil {
			return res, fmt.Errorf("relational load: %w", err)
		}
		relDB = db
		db, rel, err = open("bulk_batched")
		if err != nil {
			return res, err
		}
		post := func(ctx context.Context, docs []*core.Document) error {
			for i, r := range rel.UpsertBatch(ctx, docs) {
				if r.Err != nil {
					return fmt.Errorf("%s: %w", docs[i].Resource.Name, r.Err)
				}
			}
			return nil
		}
		line := fmt.Sprintf("relational, batched (%d documents per transaction)", BatchSize)
		if batchStats, err = load(ctx, env, rec, db, "batched", line, post, BatchSize, ds, nil); err != nil {
			return res, fmt.Errorf("batched relational load: %w", err)
		}
		// Both relational loads insert the same documents: they must write
		// the same rows, or one of the two paths is wrong.
		if batchStats.rows != relStats.rows {
			return res, fmt.Errorf("the batched load wrote %d rows, the per-document load %d: the two write paths disagree", batchStats.rows, relStats.rows)
		}
	}
	if env.Uses("document") {
		db, err := env.NewDB(ctx, "bulk_document")
		if err != nil {
			return res, err
		}
		doc, err := db.Document(ctx)
		if err != nil {
			return res, err
		}
		// The document store writes references through a function, whose
		// rows no command tag shows: count its tables instead.
		count := func() (int64, error) {
			var n int64
			err := db.Pool.QueryRow(ctx, `SELECT (SELECT count(*) FROM dmsdoc.document) + (SELECT count(*) FROM dmsdoc.alias) + (SELECT count(*) FROM dmsdoc.reference)`).Scan(&n)
			return n, err
		}
		if docStats, err = load(ctx, env, rec, db, "document", "document", perDocument(doc), 1, ds, count); err != nil {
			return res, fmt.Errorf("document load: %w", err)
		}
	}
	res.Ops = rec.Ops()
	for _, l := range []*loadStats{relStats, batchStats, docStats} {
		if l == nil {
			continue
		}
		n := float64(l.docs)
		res.Counters = append(res.Counters,
			&results.Metric{Name: l.store + "_round_trips_per_doc", Unit: "round-trips", Value: float64(l.counts.RoundTrips) / n, Better: results.Lower, Threshold: 0.05},
			&results.Metric{Name: l.store + "_statements_per_doc", Unit: "statements", Value: float64(l.counts.Statements) / n, Better: results.Lower, Threshold: 0.05},
			&results.Metric{Name: l.store + "_rows_per_doc", Unit: "rows", Value: float64(l.rows) / n, Better: results.Lower, Threshold: 0.05},
			&results.Metric{Name: l.store + "_wal_bytes_per_doc", Unit: "bytes", Value: float64(l.wal) / n, Better: results.Lower, Threshold: 0.25})
		res.Series = append(res.Series,
			&results.Series{Chart: "Rows written per second, by load phase", Line: l.line, XLabel: "load phase (dependency order; see notes)", YLabel: "rows/s", Points: l.rowsPerSec},
			&results.Series{Chart: "Documents per second, by load phase", Line: l.line, XLabel: "load phase (dependency order; see notes)", YLabel: "documents/s", Points: l.docsPerSec})
		res.Notes = append(res.Notes, fmt.Sprintf("%s: %d documents in %.1fs (%.0f docs/s, %.0f rows/s, %d writers)",
			l.line, l.docs, l.elapsed.Seconds(), n/l.elapsed.Seconds(), float64(l.rows)/l.elapsed.Seconds(), Workers))
	}
	if relStats != nil {
		copyDB, err := env.NewDB(ctx, "bulk_copy")
		if err != nil {
			return res, err
		}
		fmt.Fprintf(env.Log, "  raw COPY of the relational store's rows\n")
		cp, err := bench.RawCopy(ctx, env.Model, relDB, copyDB)
		if err != nil {
			return res, fmt.Errorf("raw copy: %w", err)
		}
		copyRowsPerSec := float64(cp.Rows) / cp.Elapsed.Seconds()
		relRowsPerSec := float64(relStats.rows) / relStats.elapsed.Seconds()
		res.Counters = append(res.Counters, &results.Metric{Name: "copy_rows", Unit: "rows", Value: float64(cp.Rows), Better: results.Lower, Threshold: 0.05,
			Description: "rows the relational store wrote, re-loaded by COPY (equal to what it wrote: it only inserts here)"})
		sixty := 0.6
		res.Ratios = append(res.Ratios, &results.Metric{Name: "engine_vs_copy_rows_per_sec", Value: relRowsPerSec / copyRowsPerSec, Better: results.Higher,
			Threshold: 0.5, Target: &sixty,
			Description: fmt.Sprintf("relational store rows/s (%d writers, one transaction per document) ÷ one COPY stream's rows/s into the same tables", Workers)})
		if batchStats != nil {
			res.Ratios = append(res.Ratios, &results.Metric{Name: "batched_vs_copy_rows_per_sec", Value: float64(batchStats.rows) / batchStats.elapsed.Seconds() / copyRowsPerSec,
				Better: results.Higher, Threshold: 0.5, Target: &sixty,
				Description: fmt.Sprintf("relational store rows/s through UpsertBatch (%d writers, %d documents per transaction) ÷ one COPY stream's rows/s into the same tables", Workers, BatchSize)})
		}
		var flat []results.Point
		for _, p := range relStats.rowsPerSec {
			flat = append(flat, results.Point{X: p.X, Y: copyRowsPerSec})
		}
		res.Series = append(res.Series, &results.Series{Chart: "Rows written per second, by load phase", Line: "raw COPY (whole dataset)",
			XLabel: "load phase (dependency order; see notes)", YLabel: "rows/s", Points: flat})
		res.Notes = append(res.Notes, fmt.Sprintf("raw COPY: %d rows into %d tables in %.2fs (%.0f rows/s, %d bytes)", cp.Rows, cp.Tables, cp.Elapsed.Seconds(), copyRowsPerSec, cp.Bytes))
	}
	if relStats != nil && docStats != nil {
		res.Ratios = append(res.Ratios, &results.Metric{Name: "relational_vs_document_docs_per_sec",
			Value:  (float64(relStats.docs) / relStats.elapsed.Seconds()) / (float64(docStats.docs) / docStats.elapsed.Seconds()),
			Better: results.Higher, Threshold: 0.5, Description: "documents/s of the relational store ÷ documents/s of the document store"})
	}
	var phases []string
	for i, ph := range ds.Phases() {
		phases = append(phases, fmt.Sprintf("%d=%s", i+1, ph.Name))
	}
	res.Notes = append(res.Notes, "load phases: "+strings.Join(phases, ", "))
	return res, nil
}

// poster writes documents; load calls it with one document at a time, or
// with a batch.
type poster func(ctx context.Context, docs []*core.Document) error

func perDocument(st store.Store) poster {
	return func(ctx context.Context, docs []*core.Document) error {
		for _, d := range docs {
			if _, err := st.Upsert(ctx, d, store.WriteOptions{}); err != nil {
				return err
			}
		}
		return nil
	}
}

// load writes the dataset phase by phase, batch documents per call of
// post, on Workers goroutines.
func load(ctx context.Context, env *bench.Env, rec *bench.Recorder, db *bench.DB, name, line string, post poster, batch int,
	ds *datagen.Dataset, count func() (int64, error)) (*loadStats, error) {
	ls := &loadStats{store: name, line: line}
	wal, err := db.WALPosition(ctx)
	if err != nil {
		return nil, err
	}
	rows := func() (int64, error) {
		if count != nil {
			return count()
		}
		return db.Tracer.Global.Snapshot().RowsWritten, nil
	}
	before := db.Tracer.Global.Snapshot()
	rows0, err := rows()
	if err != nil {
		return nil, err
	}
	start := time.Now()
	for pi, ph := range ds.Phases() {
		bar := env.Progress(name+" "+ph.Name, ph.Count)
		phStart := time.Now()
		phRows, err := rows()
		if err != nil {
			return nil, err
		}
		chunks := (ph.Count + batch - 1) / batch
		err = env.Parallel(ctx, chunks, Workers, func(c int) error {
			var docs []*core.Document
			endpoint := ph.Doc(c * batch).Resource
			for i := c * batch; i < min((c+1)*batch, ph.Count); i++ {
				d := ph.Doc(i)
				doc, err := env.Prepare(d.Resource, d.Body)
				if err != nil {
					return fmt.Errorf("%s #%d: %w", d.Resource, i, err)
				}
				docs = append(docs, doc)
			}
			op := "post " + endpoint
			if batch > 1 {
				op = fmt.Sprintf("batch of up to %d, %s", batch, ph.Name)
			} else if strings.HasSuffix(endpoint, "Descriptors") {
				op = "post descriptors" // 60 types: one line in the report, not 60
			}
			if err := rec.Time(op, name, func() error { return post(ctx, docs) }); err != nil {
				return fmt.Errorf("%s #%d: %w", endpoint, c*batch, err)
			}
			bar.Add(len(docs))
			return nil
		})
		bar.Done()
		if err != nil {
			return nil, err
		}
		el := time.Since(phStart).Seconds()
		after, err := rows()
		if err != nil {
			return nil, err
		}
		ls.rowsPerSec = append(ls.rowsPerSec, results.Point{X: float64(pi + 1), Y: float64(after-phRows) / el})
		ls.docsPerSec = append(ls.docsPerSec, results.Point{X: float64(pi + 1), Y: float64(ph.Count) / el})
		ls.docs += ph.Count
	}
	ls.elapsed = time.Since(start)
	ls.counts = db.Tracer.Global.Snapshot().Sub(before)
	rowsN, err := rows()
	if err != nil {
		return nil, err
	}
	ls.rows = rowsN - rows0
	ls.wal, err = db.WALBytes(ctx, wal)
	return ls, err
}
