// Package identitycascade is the identity-cascade scenario: rename a
// Session whose identity flows into CourseOfferings -> Sections ->
// StudentSectionAssociations -> Grades (the real Ed-Fi chain, depth 5), the
// fan-out swept from 10 to 10,000 dependents, on the relational store
// (set-based ReferentialId recompute, referencing rows untouched) and on the
// document store (every dependent's JSON rewritten).
package identitycascade

import (
	"context"
	"fmt"
	"time"

	"github.com/google/uuid"

	"github.com/edfi-bench/tpr/bench"
	"github.com/edfi-bench/tpr/bench/results"
	"github.com/edfi-bench/tpr/engine/dbstats"
	"github.com/edfi-bench/tpr/engine/store"
	"github.com/edfi-bench/tpr/scenarios/datagen"
)

func init() {
	bench.Register(bench.Meta{Name: "identity-cascade", Version: 1, Default: true,
		Description: "rename a Session with 10…10,000 dependents through the real chain; relational recompute vs document rewrite",
		New:         func() bench.Scenario { return &scenario{} }})
}

type scenario struct{}

// Renames per fan-out and store (each to a new name).
const renames = 3

func (s *scenario) Run(ctx context.Context, env *bench.Env) (*results.Scenario, error) {
	fanouts := []int{10, 100, 1000, 10000}
	if env.Quick {
		fanouts = []int{10, 100}
	}
	res := &results.Scenario{Params: map[string]any{"fanouts": fanouts, "renamesPerPoint": renames}}
	rec := bench.NewRecorder()
	p50 := map[string]map[int]float64{}
	largest := fanouts[len(fanouts)-1]
	for _, name := range env.Stores {
		p50[name] = map[int]float64{}
		series := &results.Series{Chart: "Rename latency vs fan-out", Line: name, XLabel: "dependent documents", YLabel: "rename time (ms)", LogX: true, LogY: true}
		for _, n := range fanouts {
			chain := datagen.CascadeChain(env.Seed, n)
			db, err := env.NewDB(ctx, fmt.Sprintf("cascade_%s_%d", name, n))
			if err != nil {
				return res, err
			}
			loader, err := db.Store(ctx, name, true)
			if err != nil {
				return res, err
			}
			var docs []bench.Doc
			for _, d := range chain.Docs() {
				docs = append(docs, bench.Doc{Resource: d.Resource, Body: d.Body})
			}
			if err := env.LoadDocs(ctx, loader, fmt.Sprintf("%s chain %d", name, n), bench.GroupByResource(docs)...); err != nil {
				return res, fmt.Errorf("%s fan-out %d: load: %w", name, n, err)
			}
			st, err := db.Store(ctx, name, false)
			if err != nil {
				return res, err
			}
			sessionID, err := sessionID(ctx, env, st, chain)
			if err != nil {
				return res, err
			}
			op := fmt.Sprintf("rename fan-out %d", chain.Shape.Dependents())
			var times []time.Duration
			var counts dbstats.Snapshot
			var wal int64
			rounds := renames
			if name == "document" && n >= 10000 {
				rounds = 1 // tens of seconds each: one sample keeps make bench short
			}
			for round := 1; round <= rounds; round++ {
				doc, err := env.Prepare("sessions", chain.Session(round).Body)
				if err != nil {
					return res, err
				}
				var c dbstats.Counters
				cctx := dbstats.WithCounters(ctx, &c)
				pos, err := db.WALPosition(ctx)
				if err != nil {
					return res, err
				}
				start := time.Now()
				_, err = st.Replace(cctx, sessionID, doc, store.WriteOptions{})
				d := time.Since(start)
				rec.Record(op, name, d, err)
				if err != nil {
					return res, fmt.Errorf("%s fan-out %d rename %d: %w", name, n, round, err)
				}
				w, err := db.WALBytes(ctx, pos)
				if err != nil {
					return res, err
				}
				times = append(times, d)
				counts, wal = c.Snapshot(), w
			}
			med := bench.MedianMs(times)
			p50[name][n] = med
			series.Points = append(series.Points, results.Point{X: float64(chain.Shape.Dependents()), Y: med})
			if n == largest {
				res.Counters = append(res.Counters,
					&results.Metric{Name: name + "_rename_round_trips_at_max_fanout", Unit: "round-trips", Value: float64(counts.RoundTrips), Better: results.Lower, Threshold: 0.1},
					&results.Metric{Name: name + "_rename_statements_at_max_fanout", Unit: "statements", Value: float64(counts.Statements), Better: results.Lower, Threshold: 0.1},
					&results.Metric{Name: name + "_rename_rows_written_at_max_fanout", Unit: "rows", Value: float64(counts.RowsWritten), Better: results.Lower, Threshold: 0.1},
					&results.Metric{Name: name + "_rename_wal_bytes_at_max_fanout", Unit: "bytes", Value: float64(wal), Better: results.Lower, Threshold: 0.25})
			}
			res.Notes = append(res.Notes, fmt.Sprintf("%s: fan-out %d (%d dependents): median rename %.1f ms, %d round trips, %d statements, %d rows written, %d WAL bytes",
				name, n, chain.Shape.Dependents(), med, counts.RoundTrips, counts.Statements, counts.RowsWritten, wal))
		}
		res.Series = append(res.Series, series)
	}
	twenty := 20.0
	if env.Uses("relational") && env.Uses("document") {
		res.Ratios = append(res.Ratios, &results.Metric{Name: "document_vs_relational_rename_at_max_fanout",
			Value: p50["document"][largest] / p50["relational"][largest], Better: results.Higher, Threshold: 0.5, Target: &twenty,
			Description: fmt.Sprintf("median rename time of the document store ÷ the relational store at fan-out %d (how many times cheaper the relational cascade is)", largest)})
	}
	res.Ops = rec.Ops()
	return res, nil
}

// sessionID finds the loaded session's id by upserting it unchanged.
func sessionID(ctx context.Context, env *bench.Env, st store.Store, chain *datagen.Cascade) (uuid.UUID, error) {
	doc, err := env.Prepare("sessions", chain.Session(0).Body)
	if err != nil {
		return uuid.Nil, err
	}
	w, err := st.Upsert(ctx, doc, store.WriteOptions{})
	return w.ID, err
}
