package results_test

import (
	"bytes"
	"math"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/perf/benchfmt"
	"golang.org/x/perf/benchmath"

	"github.com/edfi-bench/tpr/bench/results"
)

// readGoBench parses WriteGoBench output with the reader benchstat uses.
func readGoBench(t *testing.T, out string) (map[string]*benchfmt.Result, benchfmt.UnitMetadataMap) {
	t.Helper()
	r := benchfmt.NewReader(strings.NewReader(out), "run.txt")
	got := map[string]*benchfmt.Result{}
	for r.Scan() {
		switch rec := r.Result().(type) {
		case *benchfmt.SyntaxError:
			t.Fatalf("syntax error: %v", rec)
		case *benchfmt.Result:
			got[string(rec.Name)] = rec.Clone()
		}
	}
	if err := r.Err(); err != nil {
		t.Fatal(err)
	}
	return got, r.Units()
}

func TestWriteGoBenchParses(t *testing.T) {
	t.Parallel()
	run := sampleRun()
	run.Scenarios[0].Ops = append(run.Scenarios[0].Ops,
		&results.Op{Name: "page 25/deep=yes", Count: 3, MeanMs: 1, P50Ms: 1, P95Ms: 1, P99Ms: 1, MaxMs: 1, PerSecond: 1},
		&results.Op{Name: "unmeasured", Count: 0},
		&results.Op{Name: "offset-page-500", Count: 5, MeanMs: 2, P50Ms: 2, P95Ms: 2, P99Ms: 2, MaxMs: 2, PerSecond: math.Inf(1)})
	var buf bytes.Buffer
	if err := results.WriteGoBench(&buf, run); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	t.Logf("\n%s", out)

	got, units := readGoBench(t, out)

	op := got["Paging/op=keyset-page-25/store=relational"]
	if op == nil {
		t.Fatalf("no keyset op line; have %v", keys(got))
	}
	if op.Iters != 1000 {
		t.Errorf("iters = %d, want 1000", op.Iters)
	}
	for _, want := range []struct {
		unit string // as tidied by benchfmt
		v    float64
	}{
		{"sec/op", 1.2e-3}, {"p50-sec", 1.1e-3}, {"p95-sec", 2e-3}, {"p99-sec", 3e-3}, {"max-sec", 9e-3},
		{"ops/s", 800}, {"errors", 0}, {"roundtrips/op", 2},
	} {
		v, ok := op.Value(want.unit)
		if !ok {
			t.Errorf("op lacks unit %s", want.unit)
			continue
		}
		if math.Abs(v-want.v) > 1e-12*math.Max(1, want.v) {
			t.Errorf("%s = %v, want %v", want.unit, v, want.v)
		}
	}
	cfg := map[string]string{}
	for _, c := range op.Config {
		cfg[c.Key] = string(c.Value)
	}
	for k, v := range map[string]string{"goos": "linux", "goarch": "amd64", "pkg": results.GoBenchPkg, "cpu": "8 CPUs", "scale": "1"} {
		if cfg[k] != v {
			t.Errorf("config %s = %q, want %q", k, cfg[k], v)
		}
	}
	if _, ok := cfg["commit"]; ok {
		t.Error("commit is file configuration: benchstat would split runs of different commits into different tables")
	}
	base, parts := op.Name.Parts()
	if string(base) != "Paging" || len(parts) != 2 || string(parts[0]) != "/op=keyset-page-25" {
		t.Errorf("name parts %q %q", base, parts)
	}

	// Counters and ratios: one line each, unit named after the metric.
	for name, want := range map[string]struct {
		unit string
		v    float64
	}{
		"Paging/counter=rows_read":                 {"rows_read", 25000},
		"Paging/counter=round_trips_per_page":      {"round_trips_per_page", 2},
		"Paging/ratio=keyset_over_offset_deep":     {"keyset_over_offset_deep", 0.2},
		"BulkFlatten/counter=wal_bytes":            {"wal_bytes", 1 << 20},
		"BulkFlatten/ratio=docs_per_sec_over_copy": {"docs_per_sec_over_copy", 0.4},
		"Paging/op=page_25_deep_yes":               {"sec/op", 1e-3},
		"Paging/op=offset-page-500-1":              {"sec/op", 2e-3},
	} {
		res := got[name]
		if res == nil {
			t.Errorf("no line %s; have %v", name, keys(got))
			continue
		}
		if v, ok := res.Value(want.unit); !ok || v != want.v {
			t.Errorf("%s: %s = %v (present %v), want %v", name, want.unit, v, ok, want.v)
		}
	}
	if res := got["Paging/op=offset-page-500-1"]; res != nil {
		if _, ok := res.Value("ops/s"); ok {
			t.Error("an infinite ops/s was written")
		}
	}
	for name := range got {
		if strings.Contains(name, "unmeasured") {
			t.Errorf("op with zero count written: %s", name)
		}
	}

	// Unit metadata: direction and exactness.
	for unit, want := range map[string]int{"rows_read": -1, "docs_per_sec_over_copy": +1, "p99-sec": -1, "ops/s": +1, "sec/op": -1} {
		if got := units.GetBetter(unit); got != want {
			t.Errorf("better(%s) = %d, want %d", unit, got, want)
		}
	}
	if a := units.GetAssumption("rows_read"); a != benchmath.AssumeExact {
		t.Errorf("counter assumption %v, want exact", a)
	}
	if a := units.GetAssumption("docs_per_sec_over_copy"); a != benchmath.AssumeNothing {
		t.Errorf("ratio assumption %v, want nothing", a)
	}
}

// TestWriteGoBenchLineGrammar checks the grammar itself, independently of
// the reader: header keys, then "Name iters (value unit)+" with units free
// of spaces.
func TestWriteGoBenchLineGrammar(t *testing.T) {
	t.Parallel()
	run := sampleRun()
	run.Scenarios[0].Ops[0].MeanMs = 3.1 * 1.3 // 4.03 with float noise
	var buf bytes.Buffer
	if err := results.WriteGoBench(&buf, run); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
	for i, want := range []string{"goos: ", "goarch: ", "pkg: ", "cpu: "} {
		if !strings.HasPrefix(lines[i], want) {
			t.Errorf("line %d = %q, want prefix %q", i+1, lines[i], want)
		}
	}
	n := 0
	number := regexp.MustCompile(`^-?[0-9]+(\.[0-9]+)?$`)
	for _, l := range lines {
		if !strings.HasPrefix(l, "Benchmark") {
			continue
		}
		n++
		f := strings.Fields(l)
		if len(f) < 4 || len(f)%2 != 0 {
			t.Errorf("bad field count: %q", l)
			continue
		}
		if _, err := strconv.Atoi(f[1]); err != nil {
			t.Errorf("iteration count %q: %v", f[1], err)
		}
		for i := 2; i < len(f); i += 2 {
			if !number.MatchString(f[i]) {
				t.Errorf("value %q in %q is not a plain decimal", f[i], l)
			}
			if len(f[i]) > 16 {
				t.Errorf("value %q carries float noise", f[i])
			}
		}
	}
	if n != 7 { // 2 ops + 3 counters + 2 ratios
		t.Errorf("%d benchmark lines, want 7", n)
	}
}

func keys(m map[string]*benchfmt.Result) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}
