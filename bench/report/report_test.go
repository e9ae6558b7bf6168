package report_test

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"errors"
	"io"
	"math"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/edfi-bench/tpr/bench/report"
	"github.com/edfi-bench/tpr/bench/results"
)

func ptr(v float64) *float64 { return &v }

// sampleRun is a synthetic run exercising every part of the report: several
// scenarios, log and linear charts, many lines, 1-point and 0-point series,
// points a log axis cannot draw, errors, notes and params.
func sampleRun() *results.Run {
	start := time.Date(2026, 3, 14, 9, 26, 53, 0, time.UTC)
	depths := []float64{0, 25, 250, 2500, 25000, 250000, 450000}
	latency := func(base, perRow float64) []results.Point {
		pts := make([]results.Point, len(depths))
		for i, d := range depths {
			pts[i] = results.Point{X: d, Y: base + perRow*d}
		}
		return pts
	}
	var authSeries []*results.Series
	for i, role := range []string{"district", "school", "state", "charter", "teacher", "staff", "parent", "student", "vendor", "auditor", "admin", "researcher"} {
		var pts []results.Point
		for _, n := range []float64{1, 10, 100, 1000, 5000, 20000} {
			pts = append(pts, results.Point{X: n, Y: (2 + float64(i)*0.4) * (1 + math.Log10(n)*float64(i%4+1)*0.6)})
		}
		authSeries = append(authSeries, &results.Series{Chart: "Query p50 vs claim-set size", Line: "pg / " + role,
			XLabel: "education organizations in the claim set", YLabel: "p50 latency (ms)", LogX: true, Points: pts})
	}

	return &results.Run{
		SchemaVersion: results.SchemaVersion,
		RunID:         "20260314T092653Z-3f2a",
		StartedAt:     start,
		FinishedAt:    start.Add(17*time.Minute + 42*time.Second),
		Commit:        "94029a6c0ffee1234567890abcdef0123456789a",
		Dirty:         true,
		Seed:          42,
		Scale:         2,
		Machine:       results.Machine{Hostname: "bench-01", OS: "linux", Arch: "amd64", CPUs: 16, MemoryBytes: 64 << 30, GoVersion: "go1.26.0"},
		Database: results.Database{Kind: "postgresql", Version: "15.8", Local: true, Settings: map[string]string{
			"shared_buffers": "4GB", "work_mem": "64MB", "synchronous_commit": "on", "max_wal_size": "8GB", "random_page_cost": "1.1",
		}},
		Scenarios: []*results.Scenario{
			{
				Name:            "paging",
				Description:     "Offset versus keyset paging over 500,000 students, page depth swept from 0 to the end, page sizes 25 and 500.",
				Version:         3,
				DurationSeconds: 312.4,
				Params:          map[string]any{"students": 500000, "pageSizes": []int{25, 500}, "totalCount": false},
				Ops: []*results.Op{
					{Name: "offset-page-25", Store: "relational", Count: 3000, MeanMs: 41.2, P50Ms: 38.5, P95Ms: 96.1, P99Ms: 120.4, MaxMs: 311.9, PerSecond: 24.3, RoundTrips: 5},
					{Name: "keyset-page-25", Store: "relational", Count: 3000, MeanMs: 3.1, P50Ms: 2.8, P95Ms: 4.9, P99Ms: 7.7, MaxMs: 22.4, PerSecond: 322.5, RoundTrips: 5},
					{Name: "offset-page-25", Store: "docstore", Count: 3000, MeanMs: 55.9, P50Ms: 51.0, P95Ms: 131.3, P99Ms: 170.0, MaxMs: 402.1, PerSecond: 17.9, RoundTrips: 1},
					{Name: "keyset-page-500", Store: "relational", Count: 600, Errors: 2, MeanMs: 19.4, P50Ms: 18.0, P95Ms: 27.5, P99Ms: 35.0, MaxMs: 61.2, PerSecond: 51.5, RoundTrips: 5},
				},
				Counters: []*results.Metric{
					{Name: "round_trips_per_page", Unit: "round trips", Value: 5, Better: results.Lower, Threshold: 0, Description: "one statement per table of the resource"},
					{Name: "rows_read", Unit: "rows", Value: 12500000, Better: results.Lower, Threshold: 0.05},
				},
				Ratios: []*results.Metric{
					{Name: "keyset_over_offset_p50_deep", Value: 0.071, Better: results.Lower, Threshold: 0.2, Target: ptr(0.5), Description: "keyset p50 / offset p50 at offset 450,000"},
					{Name: "relational_over_docstore_p50", Value: 1.31, Better: results.Lower, Threshold: 0.2, Target: ptr(1.2), Description: "read regression gate from the design review"},
				},
				Series: []*results.Series{
					{Chart: "p50 latency vs page depth (page size 25)", Line: "offset / relational", XLabel: "offset (rows)", YLabel: "p50 latency (ms)", LogX: true, LogY: true, Points: latency(3, 0.0004)},
					{Chart: "p50 latency vs page depth (page size 25)", Line: "keyset / relational", Points: latency(2.8, 0.0000001)},
					{Chart: "p50 latency vs page depth (page size 25)", Line: "offset / docstore", Points: latency(4, 0.0005)},
					{Chart: "Round trips per page", Line: "relational", XLabel: "page size", YLabel: "round trips", Points: []results.Point{{X: 25, Y: 5}}},
					{Chart: "Round trips per page", Line: "docstore", Points: []results.Point{{X: 25, Y: 1}}},
				},
				Notes: []string{"Offset 0 cannot be drawn on the log-scale depth axis.", "Warm cache: 5 warm-ups, 30 measured iterations per cell."},
			},
			{
				Name:            "bulk-flatten",
				Description:     "Load documents of several shapes through the write path; compare with a raw COPY of the same rows and with the document store.",
				Version:         2,
				DurationSeconds: 421,
				Ops: []*results.Op{
					{Name: "insert-student", Store: "relational", Count: 200000, MeanMs: 0.91, P50Ms: 0.74, P95Ms: 1.9, P99Ms: 3.2, MaxMs: 48, PerSecond: 8750, RoundTrips: 3},
					{Name: "insert-student", Store: "docstore", Count: 200000, MeanMs: 0.55, P50Ms: 0.49, P95Ms: 0.97, P99Ms: 1.6, MaxMs: 39, PerSecond: 14200, RoundTrips: 2},
				},
				Counters: []*results.Metric{
					{Name: "wal_bytes", Unit: "bytes", Value: 1893465112, Better: results.Lower, Threshold: 0.1},
					{Name: "rows_written", Unit: "rows", Value: 1460000, Better: results.Lower, Threshold: 0},
				},
				Ratios: []*results.Metric{
					{Name: "engine_over_copy_throughput", Value: 0.31, Better: results.Higher, Threshold: 0.15, Target: ptr(0.25)},
					{Name: "relational_over_docstore_throughput", Value: 0.62, Better: results.Higher, Threshold: 0.15},
				},
				Series: []*results.Series{
					{Chart: "Throughput vs batch size", Line: "relational", XLabel: "documents per batch", YLabel: "documents / s", Points: []results.Point{{X: 1, Y: 1200}, {X: 10, Y: 5400}, {X: 50, Y: 8100}, {X: 100, Y: 8750}, {X: 500, Y: 9020}}},
					{Chart: "Throughput vs batch size", Line: "docstore", Points: []results.Point{{X: 1, Y: 2100}, {X: 10, Y: 9800}, {X: 50, Y: 13100}, {X: 100, Y: 14200}, {X: 500, Y: 14900}}},
					{Chart: "Throughput vs batch size", Line: "COPY (physical limit)", Points: []results.Point{{X: 1, Y: 28000}, {X: 500, Y: 28000}}},
					{Chart: "WAL bytes per document", Line: "relational", XLabel: "document shape", YLabel: "bytes"},
				},
			},
			{
				Name:        "identity-cascade",
				Description: "Rename a Session whose identity flows into CourseOfferings, Sections, StudentSectionAssociations and Grades.",
				Version:     1,
				Error:       "fan-out 10000: context deadline exceeded after 5m0s\n(while waiting for the identity lock on dms.Document 48211)",
				Ops: []*results.Op{
					{Name: "rename-session", Store: "relational", Count: 12, MeanMs: 812, P50Ms: 640, P95Ms: 2100, P99Ms: 2400, MaxMs: 2400, PerSecond: 1.2, RoundTrips: 14},
				},
				Series: []*results.Series{
					{Chart: "Cascade time vs fan-out", Line: "relational", XLabel: "dependent documents", YLabel: "seconds", LogX: true, Points: []results.Point{{X: 1525, Y: 1.2}}},
				},
				Notes: []string{"Stopped at fan-out 10,000; see the error above."},
			},
			{
				Name:        "authorization",
				Description: "Collection queries filtered by a caller's education-organization claim set, claim-set size swept.",
				Version:     1,
				Series:      authSeries,
			},
		},
	}
}

// baseRun is sampleRun as an earlier run with a few different numbers.
func baseRun(t *testing.T) *results.Run {
	t.Helper()
	b, err := json.Marshal(sampleRun())
	if err != nil {
		t.Fatal(err)
	}
	var r results.Run
	if err := json.Unmarshal(b, &r); err != nil {
		t.Fatal(err)
	}
	r.RunID = "20260301T080000Z-base"
	r.Commit = "81d65e6aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
	r.Scenario("paging").Counters[0].Value = 4 // now 5: regressed (threshold 0)
	r.Scenario("bulk-flatten").Ratios[0].Value = 0.22
	r.Scenario("bulk-flatten").Counters = r.Scenario("bulk-flatten").Counters[:1]
	return &r
}

func render(t *testing.T, r, base *results.Run) string {
	t.Helper()
	var buf bytes.Buffer
	if err := report.Render(&buf, r, base); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

// distinctCharts counts the charts the report must draw.
func distinctCharts(r *results.Run) int {
	n := 0
	for _, s := range r.Scenarios {
		seen := map[string]bool{}
		for _, ser := range s.Series {
			if !seen[ser.Chart] {
				seen[ser.Chart] = true
				n++
			}
		}
	}
	return n
}

// checkWellFormed parses the whole document as XML: every element closed
// and properly nested, attributes quoted, text escaped.
func checkWellFormed(t *testing.T, doc string) {
	t.Helper()
	d := xml.NewDecoder(strings.NewReader(doc))
	d.Strict = true
	d.Entity = xml.HTMLEntity
	var stack []string
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			line, _ := d.InputPos()
			lines := strings.Split(doc, "\n")
			ctx := ""
			if line-1 < len(lines) {
				ctx = lines[line-1]
				if len(ctx) > 300 {
					ctx = ctx[:300]
				}
			}
			t.Fatalf("not well-formed at line %d: %v\n%s", line, err, ctx)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			stack = append(stack, tok.Name.Local)
		case xml.EndElement:
			stack = stack[:len(stack)-1]
		}
	}
	if len(stack) != 0 {
		t.Fatalf("unclosed elements: %v", stack)
	}
}

var resourceRE = regexp.MustCompile(`(?i)(src\s*=|href\s*=\s*["']?(https?:|//)|url\(|@import|<script|<link|<iframe|<object|<embed)`)

func checkSelfContained(t *testing.T, doc string) {
	t.Helper()
	stripped := strings.ReplaceAll(doc, `xmlns="http://www.w3.org/2000/svg"`, "")
	for _, scheme := range []string{"http://", "https://"} {
		if i := strings.Index(stripped, scheme); i >= 0 {
			t.Errorf("report references %s: %q", scheme, stripped[max(0, i-60):min(len(stripped), i+60)])
		}
	}
	if m := resourceRE.FindString(doc); m != "" {
		t.Errorf("report loads an external or scripted resource: %q", m)
	}
}

func TestRender(t *testing.T) {
	t.Parallel()
	run := sampleRun()
	doc := render(t, run, nil)

	checkWellFormed(t, doc)
	checkSelfContained(t, doc)

	if got, want := strings.Count(doc, "<svg"), distinctCharts(run); got != want || want != 6 {
		t.Errorf("%d <svg> elements, want one per chart (%d, expected 6)", got, want)
	}
	if got, want := strings.Count(doc, "</svg>"), strings.Count(doc, "<svg"); got != want {
		t.Errorf("%d </svg> for %d <svg>", got, want)
	}
	for _, s := range run.Scenarios {
		for _, ser := range s.Series {
			if !strings.Contains(doc, `data-chart="`+escAttr(ser.Chart)+`"`) {
				t.Errorf("no chart %q", ser.Chart)
			}
		}
	}
	// The 0-point chart says so; the 1-point chart draws a marker.
	if !strings.Contains(doc, ">no data</text>") {
		t.Error(`the chart with no points does not say "no data"`)
	}
	if !strings.Contains(doc, "not drawn") {
		t.Error("dropped offset-0 points on a log axis are not mentioned")
	}
	if !strings.Contains(doc, "(log scale)") {
		t.Error("log axes are not labelled as such")
	}
	for _, want := range []string{
		// metadata
		"20260314T092653Z-3f2a", "94029a6c0ffe", "dirty", "postgresql", "15.8", "shared_buffers", "4GB", "bench-01", "64.0 GiB",
		// ratio summary with targets
		"Ratios and targets", "keyset_over_offset_p50_deep", "≤ 0.5", "met", "not met", "≥ 0.25", "no target",
		// per scenario
		"Offset versus keyset paging", "offset-page-25", "38.5 ms", "740 µs", "322.5", "round_trips_per_page", "12,500,000", "1,893,465,112",
		"pageSizes = [25,500]", "context deadline exceeded", "Warm cache",
		// legends
		"offset / relational", "COPY (physical limit)", "pg / researcher", "WAL bytes per document", "relational (no data)",
	} {
		if !strings.Contains(doc, esc(want)) {
			t.Errorf("report lacks %q", want)
		}
	}
	if !strings.Contains(doc, `<tr><th>Seed</th><td><span class="mono">42</span></td></tr>`) {
		t.Error("report lacks the seed")
	}
	if strings.Contains(doc, "Comparison with base") {
		t.Error("comparison shown without a base run")
	}
}

func TestRenderWithBase(t *testing.T) {
	t.Parallel()
	run := sampleRun()
	doc := render(t, run, baseRun(t))
	checkWellFormed(t, doc)
	checkSelfContained(t, doc)
	for _, want := range []string{"Comparison with base", "FAIL", "20260301T080000Z-base", "regressed", "improved", "added", "never gated", "+25.0%"} {
		if !strings.Contains(doc, want) {
			t.Errorf("report lacks %q", want)
		}
	}
	// The comparison comes before the scenarios.
	if i, j := strings.Index(doc, "Comparison with base"), strings.Index(doc, `id="s-paging"`); i < 0 || j < 0 || i > j {
		t.Errorf("comparison at %d, first scenario at %d: want the comparison first", i, j)
	}

	pass := render(t, run, sampleRun())
	if !strings.Contains(pass, "PASS") || strings.Contains(pass, "verdict fail") {
		t.Error("identical runs do not PASS")
	}
}

func TestRenderEdgeCases(t *testing.T) {
	t.Parallel()
	tests := map[string]*results.Run{
		"EmptyRun": {SchemaVersion: results.SchemaVersion},
		"NilEntries": {Scenarios: []*results.Scenario{nil, {Name: "x", Ops: []*results.Op{nil},
			Counters: []*results.Metric{nil}, Series: []*results.Series{nil}}}},
		"DegenerateSeries": {Scenarios: []*results.Scenario{{Name: "odd <name> & \"quotes\"", Series: []*results.Series{
			{Chart: "flat", Line: "zeros", Points: []results.Point{{X: 0, Y: 0}, {X: 0, Y: 0}}},
			{Chart: "flat", Line: "nan", Points: []results.Point{{X: math.NaN(), Y: 1}, {X: 1, Y: math.Inf(1)}}},
			{Chart: "negative", Line: "neg", Points: []results.Point{{X: -5, Y: -3}, {X: -1, Y: -0.5}}},
			{Chart: "log nothing", Line: "zeros on log", LogX: true, LogY: true, Points: []results.Point{{X: 0, Y: 0}}},
			{Chart: "log one", Line: "one", LogY: true, Points: []results.Point{{X: 3, Y: 100}}},
			{Chart: "", Line: "", Points: []results.Point{{X: 1e9, Y: 1e-7}, {X: 2e9, Y: 3e-7}}},
		}}}},
	}
	for name, run := range tests {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			doc := render(t, run, nil)
			checkWellFormed(t, doc)
			checkSelfContained(t, doc)
			if strings.Contains(doc, "NaN") || strings.Contains(doc, "Inf") {
				t.Error("a non-finite coordinate reached the SVG")
			}
			if got, want := strings.Count(doc, "<svg"), distinctChartsNonNil(run); got != want {
				t.Errorf("%d charts, want %d", got, want)
			}
		})
	}
	if err := report.Render(io.Discard, nil, nil); err == nil {
		t.Error("nil run rendered")
	}
}

func distinctChartsNonNil(r *results.Run) int {
	n := 0
	for _, s := range r.Scenarios {
		if s == nil {
			continue
		}
		seen := map[string]bool{}
		for _, ser := range s.Series {
			if ser != nil && !seen[ser.Chart] {
				seen[ser.Chart] = true
				n++
			}
		}
	}
	return n
}

func esc(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(s))
	// html.EscapeString and xml.EscapeText differ on quotes; the strings
	// checked above contain none, and '≤'/'≥'/'µ' pass through both.
	return b.String()
}

func escAttr(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&#34;", "'", "&#39;").Replace(s)
}
