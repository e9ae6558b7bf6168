// Package paging is the paging scenario: Ed-Fi offset paging against our
// keyset extension over a large resource (students), the page depth swept
// from the first page to the last, page sizes 25 and 500, with and without
// totalCount, on the relational store and (offset only: it has no keyset
// paging) the document store.
package paging

import (
	"context"
	"fmt"
	"math"
	"time"

	"github.com/edfi-bench/tpr/bench"
	"github.com/edfi-bench/tpr/bench/results"
	"github.com/edfi-bench/tpr/engine/dbstats"
	"github.com/edfi-bench/tpr/engine/relational"
	"github.com/edfi-bench/tpr/engine/store"
)

func init() {
	bench.Register(bench.Meta{Name: "paging", Version: 1, Default: true,
		Description: "offset vs keyset paging over all students, depth swept to the last page, page sizes 25 and 500, with and without totalCount",
		New:         func() bench.Scenario { return &scenario{} }})
}

type scenario struct{}

func studentBody(i int) []byte {
	return []byte(fmt.Sprintf(`{"studentUniqueId":"P%07d","firstName":"First%d","lastSurname":"Last%d","birthDate":"20%02d-%02d-%02d"}`,
		i, i%997, i%1009, 5+i%10, 1+i%12, 1+i%28))
}

type mode struct {
	store, paging string // paging: offset | keyset
}

func (s *scenario) Run(ctx context.Context, env *bench.Env) (*results.Scenario, error) {
	n := max(10000, 20*env.Scale)
	warm, reps := 5, 30
	if env.Quick {
		n, warm, reps = 600, 1, 3
	}
	depthFracs := []float64{0, 0.25, 0.5, 0.75, 1}
	res := &results.Scenario{Params: map[string]any{"students": n, "pageSizes": []int{25, 500}, "repetitions": reps, "warmup": warm}}
	rec := bench.NewRecorder()
	r, err := env.Resource("ed-fi", "students")
	if err != nil {
		return res, err
	}
	stores := map[string]store.Store{}
	var rel *relational.Store
	var relDB *bench.DB
	for _, name := range env.Stores {
		db, err := env.NewDB(ctx, "paging_"+name)
		if err != nil {
			return res, err
		}
		loader, err := db.Store(ctx, name, true)
		if err != nil {
			return res, err
		}
		if _, err := env.Load(ctx, loader, name+" students", n, func(i int) (string, []byte) { return "students", studentBody(i) }, 8); err != nil {
			return res, err
		}
		// VACUUM as well as ANALYZE: a freshly loaded table has no
		// visibility map, so index-only scans fetch heap pages until
		// autovacuum happens to pass — which it did in the middle of some
		// runs and not others, doubling deep-page latencies at random.
		if _, err := db.Pool.Exec(ctx, "VACUUM ANALYZE"); err != nil {
			return res, err
		}
		st, err := db.Store(ctx, name, false)
		if err != nil {
			return res, err
		}
		stores[name] = st
		if name == "relational" {
			rel, relDB = st.(*relational.Store), db
		}
	}
	var modes []mode
	for _, m := range []mode{{"relational", "offset"}, {"relational", "keyset"}, {"document", "offset"}} {
		if env.Uses(m.store) {
			modes = append(modes, m)
		}
	}
	p50 := map[string]float64{}
	var rtPerPage int64
	for _, size := range []int{25, 500} {
		for _, total := range []bool{false, true} {
			if total && size != 25 {
				continue
			}
			chart := fmt.Sprintf("Page latency vs depth, page size %d", size)
			if total {
				chart += ", totalCount=true"
			}
			for _, m := range modes {
				series := &results.Series{Chart: chart, Line: m.store + " " + m.paging, XLabel: "page depth (documents skipped)", YLabel: "p50 ms", LogY: true}
				type point struct {
					depth int
					q     store.Query
					op    string
					times []time.Duration
				}
				var points []*point
				for _, f := range depthFracs {
					depth := int(f * float64(n-size))
					q := store.Query{Limit: size, TotalCount: total}
					if m.paging == "offset" {
						q.Offset = depth
					} else if depth == 0 {
						q.Keyset = true
					} else {
						var after int64
						if relDB == nil {
							return res, fmt.Errorf("keyset paging needs the relational store")
						}
						if err := relDB.Pool.QueryRow(ctx, `SELECT "DocumentId" FROM edfi."Student" ORDER BY 1 OFFSET $1 LIMIT 1`, depth-1).Scan(&after); err != nil {
							return res, err
						}
						q.PageToken = rel.TokenAfter(r, nil, after)
					}
					points = append(points, &point{depth: depth, q: q, op: fmt.Sprintf("%s page=%d depth=%d total=%t", m.paging, size, depth, total)})
				}
				// Requests go round-robin over the depths, so whatever else the
				// machine does at a given moment lands on every depth alike and
				// the depth-to-depth ratios stay steady between runs.
				for i := 0; i < warm+reps; i++ {
					for _, p := range points {
						var c dbstats.Counters
						start := time.Now()
						page, err := stores[m.store].Query(dbstats.WithCounters(ctx, &c), r, p.q)
						el := time.Since(start)
						if err == nil && len(page.Items) != size {
							err = fmt.Errorf("%s: %d items, want %d", p.op, len(page.Items), size)
						}
						if i < warm {
							if err != nil {
								return res, err
							}
							continue
						}
						rec.Record(p.op, m.store, el, err)
						if err != nil {
							return res, err
						}
						p.times = append(p.times, el)
						if m.store == "relational" {
							rtPerPage = c.Snapshot().RoundTrips
						}
					}
				}
				for i, p := range points {
					med := bench.MedianMs(p.times)
					series.Points = append(series.Points, results.Point{X: float64(p.depth), Y: med})
					p50[fmt.Sprintf("%s/%s/%d/%t/%.2f", m.store, m.paging, size, total, depthFracs[i])] = med
				}
				res.Series = append(res.Series, series)
			}
		}
	}
	res.Ops = rec.Ops()
	key := func(st, pg string, size int, f float64) float64 {
		return p50[fmt.Sprintf("%s/%s/%d/false/%.2f", st, pg, size, f)]
	}
	oneTen := 1.1
	// Page latencies are around a millisecond: their ratios move a lot
	// between runs, so the gate only trips when a ratio doubles (keyset
	// paging degrading into offset paging, say).
	all := []*results.Metric{
		{Name: "keyset_deepest_vs_first_page25", Value: key("relational", "keyset", 25, 1) / key("relational", "keyset", 25, 0), Better: results.Lower, Threshold: 1.0, Target: &oneTen,
			Description: "relational keyset: p50 of the last page ÷ p50 of the first page (page size 25)"},
		{Name: "keyset_vs_offset_deepest_page25", Value: key("relational", "keyset", 25, 1) / key("relational", "offset", 25, 1), Better: results.Lower, Threshold: 1.0,
			Description: "relational store at the last page, page size 25: keyset p50 ÷ offset p50"},
		{Name: "offset_deepest_vs_first_page25", Value: key("relational", "offset", 25, 1) / key("relational", "offset", 25, 0), Better: results.Lower, Threshold: 1.0,
			Description: "relational offset: p50 of the last page ÷ the first (what keyset paging saves)"},
		{Name: "relational_vs_document_offset_deepest_page25", Value: key("relational", "offset", 25, 1) / key("document", "offset", 25, 1), Better: results.Lower, Threshold: 1.0,
			Description: "offset paging at the last page, page size 25: relational p50 ÷ document store p50"},
		{Name: "relational_vs_document_first_page500", Value: key("relational", "offset", 500, 0) / key("document", "offset", 500, 0), Better: results.Lower, Threshold: 1.0,
			Description: "first page of 500: relational p50 (rebuilds documents from rows) ÷ document store p50 (returns stored JSON)"},
	}
	for _, m := range all {
		if !math.IsNaN(m.Value) && !math.IsInf(m.Value, 0) && m.Value != 0 {
			res.Ratios = append(res.Ratios, m)
		}
	}
	res.Counters = []*results.Metric{{Name: "relational_round_trips_per_page", Unit: "round-trips", Value: float64(rtPerPage), Better: results.Lower, Threshold: 0,
		Description: "page ids (+ count) in one round trip, hydration of the page in one more"}}
	res.Notes = append(res.Notes, fmt.Sprintf("%d students per store; VACUUM ANALYZE after loading; each point is the median of %d requests after %d warm-up requests, interleaved across depths", n, reps, warm))
	return res, nil
}
