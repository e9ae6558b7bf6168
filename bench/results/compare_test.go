package results_test

import (
	"bytes"
	"encoding/json"
	"math"
	"strings"
	"testing"

	"github.com/edfi-bench/tpr/bench/results"
)

// sampleRun is a small run with two scenarios, ops, counters and ratios.
func sampleRun() *results.Run {
	target := 0.5
	return &results.Run{
		SchemaVersion: results.SchemaVersion,
		RunID:         "run-a",
		Commit:        "0123456789abcdef0123",
		Seed:          1,
		Scale:         1,
		Machine:       results.Machine{OS: "linux", Arch: "amd64", CPUs: 8},
		Scenarios: []*results.Scenario{
			{
				Name: "paging",
				Ops: []*results.Op{
					{Name: "keyset-page-25", Store: "relational", Count: 1000, MeanMs: 1.2, P50Ms: 1.1, P95Ms: 2, P99Ms: 3, MaxMs: 9, PerSecond: 800, RoundTrips: 2},
					{Name: "offset-page-25", Store: "relational", Count: 1000, MeanMs: 4.5, P50Ms: 4, P95Ms: 7, P99Ms: 11, MaxMs: 30, PerSecond: 220, RoundTrips: 2},
				},
				Counters: []*results.Metric{
					{Name: "round_trips_per_page", Unit: "round trips", Value: 2, Better: results.Lower, Threshold: 0},
					{Name: "rows_read", Value: 25000, Better: results.Lower, Threshold: 0.1},
				},
				Ratios: []*results.Metric{
					{Name: "keyset_over_offset_deep", Value: 0.2, Better: results.Lower, Threshold: 0.25, Target: &target},
				},
			},
			{
				Name: "bulk-flatten",
				Counters: []*results.Metric{
					{Name: "wal_bytes", Unit: "bytes", Value: 1 << 20, Better: results.Lower, Threshold: 0.05},
				},
				Ratios: []*results.Metric{
					{Name: "docs_per_sec_over_copy", Value: 0.4, Better: results.Higher, Threshold: 0.2},
				},
			},
		},
	}
}

// clone deep-copies a run through JSON, as a second run read from disk.
func clone(t *testing.T, r *results.Run) *results.Run {
	t.Helper()
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	var out results.Run
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	return &out
}

func metric(t *testing.T, r *results.Run, scenario, name string) *results.Metric {
	t.Helper()
	s := r.Scenario(scenario)
	if s == nil {
		t.Fatalf("no scenario %q", scenario)
	}
	for _, m := range append(append([]*results.Metric{}, s.Counters...), s.Ratios...) {
		if m.Name == name {
			return m
		}
	}
	t.Fatalf("no metric %s/%s", scenario, name)
	return nil
}

func row(t *testing.T, c *results.Comparison, scenario, name string) *results.MetricDelta {
	t.Helper()
	for _, d := range c.Metrics {
		if d.Scenario == scenario && d.Name == name {
			return d
		}
	}
	t.Fatalf("no comparison row %s/%s", scenario, name)
	return nil
}

func TestCompareIdenticalRunsPass(t *testing.T) {
	t.Parallel()
	base := sampleRun()
	c := results.Compare(base, clone(t, base))
	if regs := c.Regressions(); len(regs) != 0 {
		t.Fatalf("identical runs regressed: %v", c.Err())
	}
	if err := c.Err(); err != nil {
		t.Fatal(err)
	}
	if got, want := len(c.Metrics), 5; got != want {
		t.Fatalf("rows = %d, want %d", got, want)
	}
	for _, d := range c.Metrics {
		if d.Status != results.StatusOK || d.Change != 0 {
			t.Errorf("%s: status %s change %v, want ok 0", d.Label(), d.Status, d.Change)
		}
	}
	if got, want := len(c.Ops), 2; got != want {
		t.Fatalf("ops = %d, want %d", got, want)
	}
}

func TestComparePlantedRegressions(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name      string
		scenario  string
		metric    string
		factor    float64
		status    results.Status
		regressed bool
	}{
		{"CounterLowerDoubled", "paging", "rows_read", 2, results.StatusRegressed, true},
		{"CounterLowerHalved", "paging", "rows_read", 0.5, results.StatusImproved, false},
		{"RatioHigherHalved", "bulk-flatten", "docs_per_sec_over_copy", 0.5, results.StatusRegressed, true},
		{"RatioHigherDoubled", "bulk-flatten", "docs_per_sec_over_copy", 2, results.StatusImproved, false},
		{"RatioLowerDoubled", "paging", "keyset_over_offset_deep", 2, results.StatusRegressed, true},
		{"ZeroThresholdAnyWorsening", "paging", "round_trips_per_page", 1.5, results.StatusRegressed, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			base := sampleRun()
			next := clone(t, base)
			metric(t, next, tt.scenario, tt.metric).Value *= tt.factor
			c := results.Compare(base, next)
			d := row(t, c, tt.scenario, tt.metric)
			if d.Status != tt.status || d.Regressed != tt.regressed {
				t.Fatalf("status %s regressed %v, want %s %v", d.Status, d.Regressed, tt.status, tt.regressed)
			}
			if want := tt.factor - 1; math.Abs(d.Change-want) > 1e-12 {
				t.Errorf("change = %v, want %v", d.Change, want)
			}
			regs := c.Regressions()
			if tt.regressed {
				if len(regs) != 1 || regs[0] != d {
					t.Fatalf("regressions = %v, want just %s", regs, d.Label())
				}
				err := c.Err()
				if err == nil || !strings.Contains(err.Error(), tt.scenario+"/"+tt.metric) {
					t.Fatalf("Err() = %v, want it to name %s/%s", err, tt.scenario, tt.metric)
				}
			} else if len(regs) != 0 || c.Err() != nil {
				t.Fatalf("unexpected regressions: %v", c.Err())
			}
		})
	}
}

func TestCompareThresholdBoundary(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name      string
		better    results.Better
		threshold float64
		base, new float64
		status    results.Status
	}{
		{"LowerAtThreshold", results.Lower, 0.1, 100, 110, results.StatusOK},
		{"LowerJustAbove", results.Lower, 0.1, 100, 110.001, results.StatusRegressed},
		{"LowerAtThresholdAwkwardFloats", results.Lower, 0.1, 0.7, 0.77, results.StatusOK},
		{"LowerImprovedAtThreshold", results.Lower, 0.1, 100, 90, results.StatusOK},
		{"LowerImprovedBeyond", results.Lower, 0.1, 100, 89.9, results.StatusImproved},
		{"HigherAtThreshold", results.Higher, 0.2, 5, 4, results.StatusOK},
		{"HigherJustBelow", results.Higher, 0.2, 5, 3.999, results.StatusRegressed},
		{"HigherAtThresholdAwkwardFloats", results.Higher, 0.3, 0.3, 0.21, results.StatusOK},
		{"ZeroThresholdEqual", results.Lower, 0, 3, 3, results.StatusOK},
		{"ZeroThresholdFloatNoise", results.Lower, 0, 0.3, 0.1 + 0.2, results.StatusOK},
		{"ZeroThresholdWorse", results.Lower, 0, 3, 3.0001, results.StatusRegressed},
		{"BaseZeroStaysZero", results.Lower, 0.5, 0, 0, results.StatusOK},
		{"BaseZeroLowerTiny", results.Lower, 10, 0, 1e-6, results.StatusRegressed},
		{"BaseZeroLowerNoise", results.Lower, 10, 0, 1e-12, results.StatusOK},
		{"BaseZeroHigherGained", results.Higher, 0.1, 0, 1, results.StatusImproved},
		{"BaseZeroHigherLost", results.Higher, 0.1, 0, -1, results.StatusRegressed},
		{"NegativeBaseLower", results.Lower, 0.1, -10, -8, results.StatusRegressed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			mk := func(v float64) *results.Run {
				return &results.Run{Scenarios: []*results.Scenario{{Name: "s",
					Counters: []*results.Metric{{Name: "m", Value: v, Better: tt.better, Threshold: tt.threshold}}}}}
			}
			c := results.Compare(mk(tt.base), mk(tt.new))
			d := row(t, c, "s", "m")
			if d.Status != tt.status {
				t.Fatalf("%v -> %v (threshold %v, better %s): status %s (worsening %v), want %s",
					tt.base, tt.new, tt.threshold, tt.better, d.Status, d.Worsening, tt.status)
			}
			if d.Regressed != (tt.status == results.StatusRegressed) {
				t.Fatalf("Regressed = %v for status %s", d.Regressed, d.Status)
			}
		})
	}
}

func TestCompareAddedRemovedAreNotFailures(t *testing.T) {
	t.Parallel()
	base := sampleRun()
	next := clone(t, base)
	p := next.Scenario("paging")
	p.Counters = p.Counters[1:] // drop round_trips_per_page
	p.Ratios = append(p.Ratios, &results.Metric{Name: "new_ratio", Value: 1, Better: results.Higher, Threshold: 0.1})
	next.Scenarios = append(next.Scenarios, &results.Scenario{Name: "cascade",
		Counters: []*results.Metric{{Name: "rows_rewritten", Value: 1525, Better: results.Lower}},
		Error:    "boom"})
	next.Scenario("bulk-flatten").Ops = nil

	c := results.Compare(base, next)
	if err := c.Err(); err != nil {
		t.Fatalf("added/removed metrics failed the gate: %v", err)
	}
	if got := row(t, c, "paging", "round_trips_per_page").Status; got != results.StatusRemoved {
		t.Errorf("dropped counter: %s, want removed", got)
	}
	if got := row(t, c, "paging", "new_ratio").Status; got != results.StatusAdded {
		t.Errorf("new ratio: %s, want added", got)
	}
	if got := row(t, c, "cascade", "rows_rewritten").Status; got != results.StatusAdded {
		t.Errorf("new scenario's counter: %s, want added", got)
	}
	if c.Count(results.StatusAdded) != 2 || c.Count(results.StatusRemoved) != 1 {
		t.Errorf("added %d removed %d, want 2 1", c.Count(results.StatusAdded), c.Count(results.StatusRemoved))
	}
	if len(c.NewErrors) != 1 || c.NewErrors[0].Scenario != "cascade" {
		t.Errorf("NewErrors = %+v", c.NewErrors)
	}
	// The removed row comes after every row of the new run.
	if last := c.Metrics[len(c.Metrics)-1]; last.Name != "round_trips_per_page" {
		t.Errorf("last row %s, want the removed metric", last.Label())
	}
}

func TestCompareLatencyNeverGates(t *testing.T) {
	t.Parallel()
	base := sampleRun()
	next := clone(t, base)
	for _, s := range next.Scenarios {
		for _, op := range s.Ops {
			op.MeanMs *= 10
			op.P50Ms *= 10
			op.P99Ms *= 10
			op.PerSecond /= 10
		}
	}
	c := results.Compare(base, next)
	if err := c.Err(); err != nil {
		t.Fatalf("latency gated: %v", err)
	}
	var found bool
	for _, d := range c.Ops {
		if d.Op == "keyset-page-25" {
			found = true
			if got := d.P99Change(); math.Abs(got-9) > 1e-9 {
				t.Errorf("p99 change %v, want 9 (+900%%)", got)
			}
		}
	}
	if !found {
		t.Fatal("op keyset-page-25 not in comparison")
	}
}

func TestCompareInvalidDirectionFails(t *testing.T) {
	t.Parallel()
	mk := func() *results.Run {
		return &results.Run{Scenarios: []*results.Scenario{{Name: "s",
			Counters: []*results.Metric{{Name: "m", Value: 1}}}}}
	}
	c := results.Compare(mk(), mk())
	d := row(t, c, "s", "m")
	if d.Status != results.StatusInvalid || !d.Regressed {
		t.Fatalf("metric without direction: %s regressed=%v, want invalid and failing", d.Status, d.Regressed)
	}
}

func TestCompareWriteText(t *testing.T) {
	t.Parallel()
	base := sampleRun()
	next := clone(t, base)
	next.RunID = "run-b"
	metric(t, next, "paging", "rows_read").Value = 50000
	metric(t, next, "bulk-flatten", "docs_per_sec_over_copy").Value = 0.8
	next.Scenario("paging").Counters = append(next.Scenario("paging").Counters,
		&results.Metric{Name: "added_counter", Value: 3, Better: results.Lower, Threshold: 0})

	var buf bytes.Buffer
	if err := results.Compare(base, next).WriteText(&buf); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	t.Logf("\n%s", out)
	for _, want := range []string{
		"SCENARIO", "METRIC", "BASE", "NEW", "CHANGE", "THRESHOLD", "VERDICT",
		"rows_read", "+100.0%", "REGRESSED", "improved", "added", "10%",
		"never gated", "keyset-page-25", "FAIL: 6 metrics: 1 regressed",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q", want)
		}
	}
	// Alignment: in the gated table every line has the BASE column ending
	// at the same offset as the header's.
	lines := strings.Split(out, "\n")
	var header string
	var table []string
	for i, l := range lines {
		if strings.HasPrefix(strings.TrimSpace(l), "SCENARIO") && strings.Contains(l, "VERDICT") {
			header = l
			for _, l := range lines[i+1:] {
				if l == "" {
					break
				}
				table = append(table, l)
			}
			break
		}
	}
	if header == "" || len(table) != 6 {
		t.Fatalf("gated table not found (header %q, %d rows)", header, len(table))
	}
	col := strings.Index(header, "THRESHOLD") + len("THRESHOLD")
	for _, l := range table {
		if len(l) < col || l[col-1] != '%' {
			t.Errorf("row not aligned under THRESHOLD (col %d): %q", col, l)
		}
	}
}
