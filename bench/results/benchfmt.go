package results

import (
	"fmt"
	"io"
	"math"
	"regexp"
	"strconv"
	"strings"
	"unicode"
)

// GoBenchPkg is the pkg: line of WriteGoBench output.
const GoBenchPkg = "github.com/edfi-bench/tpr/bench"

// WriteGoBench writes r in the Go benchmark format
// (https://go.dev/design/14313-benchmark-format) so that benchstat can
// compare two runs:
//
//	goos: linux
//	goarch: amd64
//	pkg: github.com/edfi-bench/tpr/bench
//	cpu: 16 CPUs
//	scale: 1
//	Unit p99-ns better=lower
//	BenchmarkPaging/op=keyset-page-25/store=relational 1000 1234567 ns/op 1100000 p50-ns ... 2 roundtrips/op
//	BenchmarkPaging/counter=rows_read 1 25000 rows_read
//	BenchmarkPaging/ratio=offset_over_keyset 1 3.5 offset_over_keyset
//
// Each op is one line: its count as the iteration count, the mean as ns/op,
// then p50-ns, p95-ns, p99-ns, max-ns, ops/s, errors and (when measured)
// roundtrips/op. Each counter and ratio is a line of its own whose unit is
// the metric's name. "Unit" metadata lines carry each unit's direction
// (better=lower|higher) and mark deterministic counters assume=exact.
//
// Only keys that make runs incomparable when they differ (platform, CPU
// count, scale) are file configuration, because benchstat puts results with
// different configuration in different tables. The run id, commit, seed and
// database are written on a "#" line, which benchstat ignores.
func WriteGoBench(w io.Writer, r *Run) error {
	ew := &errWriter{w: w}
	fmt.Fprintf(ew, "goos: %s\n", configValue(r.Machine.OS))
	fmt.Fprintf(ew, "goarch: %s\n", configValue(r.Machine.Arch))
	fmt.Fprintf(ew, "pkg: %s\n", GoBenchPkg)
	if r.Machine.CPUs > 0 {
		fmt.Fprintf(ew, "cpu: %d CPUs\n", r.Machine.CPUs)
	} else {
		fmt.Fprintf(ew, "cpu: unknown\n")
	}
	fmt.Fprintf(ew, "scale: %d\n", r.Scale)
	fmt.Fprintf(ew, "# tpr run %s commit %s dirty=%t seed %d database %s %s\n",
		orDash(oneLine(r.RunID)), orDash(oneLine(r.Commit)), r.Dirty, r.Seed,
		orDash(oneLine(r.Database.Kind)), orDash(oneLine(r.Database.Version)))

	var lines []string
	units := newUnitMeta()
	for _, s := range r.Scenarios {
		if s == nil {
			continue
		}
		base := "Benchmark" + camelName(s.Name)
		for _, op := range s.Ops {
			if op == nil || op.Count <= 0 {
				continue
			}
			name := base + "/op=" + nameValue(op.Name)
			if op.Store != "" {
				name += "/store=" + nameValue(op.Store)
			}
			vals := []benchValue{
				{op.MeanMs * 1e6, "ns/op"},
				{op.P50Ms * 1e6, "p50-ns"},
				{op.P95Ms * 1e6, "p95-ns"},
				{op.P99Ms * 1e6, "p99-ns"},
				{op.MaxMs * 1e6, "max-ns"},
				{op.PerSecond, "ops/s"},
				{float64(op.Errors), "errors"},
			}
			units.add("p50-ns", Lower, false)
			units.add("p95-ns", Lower, false)
			units.add("p99-ns", Lower, false)
			units.add("max-ns", Lower, false)
			units.add("ops/s", Higher, false)
			units.add("errors", Lower, true)
			if op.RoundTrips > 0 {
				vals = append(vals, benchValue{op.RoundTrips, "roundtrips/op"})
				units.add("roundtrips/op", Lower, true)
			}
			if l := benchLine(name, op.Count, vals); l != "" {
				lines = append(lines, l)
			}
		}
		for _, km := range kindedMetrics(s) {
			unit := unitName(km.m.Name)
			name := base + "/" + string(km.kind) + "=" + nameValue(km.m.Name)
			// Counters are deterministic; ratios of times are not.
			units.add(unit, km.m.Better, km.kind == KindCounter)
			if l := benchLine(name, 1, []benchValue{{km.m.Value, unit}}); l != "" {
				lines = append(lines, l)
			}
		}
	}
	for _, l := range units.lines() {
		fmt.Fprintln(ew, l)
	}
	for _, l := range lines {
		fmt.Fprintln(ew, l)
	}
	return ew.err
}

type benchValue struct {
	v    float64
	unit string
}

var trailingProcs = regexp.MustCompile(`-[0-9]+$`)

// benchLine formats one result line, dropping non-finite values (benchstat
// cannot use them); "" when nothing is left.
func benchLine(name string, iters int64, vals []benchValue) string {
	if trailingProcs.MatchString(name) {
		// A name ending in -N would be read as its GOMAXPROCS suffix;
		// make that suffix explicit (and constant) instead.
		name += "-1"
	}
	var b strings.Builder
	b.WriteString(name)
	fmt.Fprintf(&b, " %d", max(iters, 1))
	n := 0
	for _, v := range vals {
		if math.IsNaN(v.v) || math.IsInf(v.v, 0) {
			continue
		}
		fmt.Fprintf(&b, " %s %s", benchNumber(v.v), v.unit)
		n++
	}
	if n == 0 {
		return ""
	}
	return b.String()
}

// benchNumber prints v with at most 12 significant digits, never in
// exponent form, so unit conversions (ms * 1e6) leave no float noise like
// 4030000.0000000005.
func benchNumber(v float64) string {
	r, err := strconv.ParseFloat(strconv.FormatFloat(v, 'g', 12, 64), 64)
	if err != nil {
		r = v
	}
	return strconv.FormatFloat(r, 'f', -1, 64)
}

// camelName turns a scenario name like "bulk-flatten" into "BulkFlatten".
func camelName(s string) string {
	var b strings.Builder
	up := true
	for _, r := range s {
		if !(unicode.IsLetter(r) || unicode.IsDigit(r)) {
			up = true
			continue
		}
		if up {
			r = unicode.ToUpper(r)
			up = false
		}
		b.WriteRune(r)
	}
	if b.Len() == 0 {
		return "Unnamed"
	}
	return b.String()
}

// nameValue makes s safe as a key=value value in a benchmark name: no
// spaces, no '/' (sub-benchmark separator) and no '='.
func nameValue(s string) string {
	s = strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || r == '/' || r == '=' || !unicode.IsPrint(r) {
			return '_'
		}
		return r
	}, s)
	if s == "" {
		return "_"
	}
	return s
}

// unitName makes a metric name a valid benchfmt unit: no spaces. Units are
// also split by benchstat on '/', '*' and '-' to find scalable parts like
// "ns" and "MB", so those characters become '_' as well.
func unitName(s string) string {
	s = strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || r == '/' || r == '*' || r == '-' || !unicode.IsPrint(r) {
			return '_'
		}
		return r
	}, s)
	if s == "" {
		return "value"
	}
	return s
}

// configValue keeps a file configuration value on one line.
func configValue(s string) string {
	s = oneLine(s)
	if s == "" {
		return "unknown"
	}
	return s
}

func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// unitMeta collects the "Unit" metadata lines. A unit whose direction
// differs between metrics gets no better= key (benchfmt rejects a unit
// declared twice with different values).
type unitMeta struct {
	order  []string
	better map[string]Better
	exact  map[string]bool
}

func newUnitMeta() *unitMeta {
	return &unitMeta{better: map[string]Better{}, exact: map[string]bool{}}
}

func (u *unitMeta) add(unit string, b Better, exact bool) {
	if b != Lower && b != Higher {
		b = ""
	}
	have, ok := u.better[unit]
	if !ok {
		u.order = append(u.order, unit)
		u.better[unit] = b
		u.exact[unit] = exact
		return
	}
	if have != b {
		u.better[unit] = ""
	}
	u.exact[unit] = u.exact[unit] && exact
}

func (u *unitMeta) lines() []string {
	var out []string
	for _, unit := range u.order {
		var kv []string
		if b := u.better[unit]; b != "" {
			kv = append(kv, "better="+string(b))
		}
		if u.exact[unit] {
			kv = append(kv, "assume=exact")
		}
		if len(kv) > 0 {
			out = append(out, "Unit "+unit+" "+strings.Join(kv, " "))
		}
	}
	return out
}
