package results

import (
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"
)

// AbsEpsilon is the absolute difference below which two metric values are
// treated as equal. It keeps float noise from failing a gate whose threshold
// is 0, and it is the whole tolerance when the base value is 0 (where a
// relative change is undefined).
const AbsEpsilon = 1e-9

// relSlack is added to a threshold before comparing, so a worsening of
// exactly the threshold (computed in float64) passes.
const relSlack = 1e-9

// Kind says where a compared metric came from.
type Kind string

// Kinds of gated metrics.
const (
	KindCounter Kind = "counter"
	KindRatio   Kind = "ratio"
)

// Status is the verdict on one compared metric.
type Status string

// Verdicts. Only StatusRegressed and StatusInvalid fail the gate.
const (
	// StatusOK: within the threshold either way.
	StatusOK Status = "ok"
	// StatusImproved: better by more than the threshold.
	StatusImproved Status = "improved"
	// StatusRegressed: worse by more than the threshold.
	StatusRegressed Status = "regressed"
	// StatusAdded: only in the new run (information).
	StatusAdded Status = "added"
	// StatusRemoved: only in the base run (information).
	StatusRemoved Status = "removed"
	// StatusInvalid: present in both runs but has no usable direction
	// (Better is neither "lower" nor "higher") or a negative threshold, so
	// it cannot be gated. This fails the gate: a metric that silently never
	// gates is a bug in the scenario.
	StatusInvalid Status = "invalid"
)

// RunRef identifies a run in a comparison.
type RunRef struct {
	RunID  string
	Commit string
	Dirty  bool
}

func refOf(r *Run) RunRef {
	if r == nil {
		return RunRef{}
	}
	return RunRef{RunID: r.RunID, Commit: r.Commit, Dirty: r.Dirty}
}

// MetricDelta is one counter or ratio compared across two runs.
type MetricDelta struct {
	Scenario string
	Kind     Kind
	Name     string
	Unit     string
	// Better and Threshold are the new run's (the base run's for a removed
	// metric): the code under test defines how it is judged.
	Better    Better
	Threshold float64
	// Base and New are nil when the metric is absent from that run.
	Base *Metric
	New  *Metric
	// Change is (new-base)/|base|: +0.5 means 50% larger. It is +Inf or
	// -Inf when base is 0 and new is not, 0 when both are 0, and NaN when
	// either side is missing.
	Change float64
	// Worsening is the relative change in the bad direction (positive is
	// worse, negative is better); for a base of 0 it is the absolute
	// worsening. NaN when either side is missing.
	Worsening float64
	Status    Status
	// Regressed is true for StatusRegressed and StatusInvalid.
	Regressed bool
	// Note explains anything unusual (base 0, changed threshold or
	// direction, invalid direction).
	Note string
}

// Label is "scenario/name (kind)".
func (d *MetricDelta) Label() string {
	return fmt.Sprintf("%s/%s (%s)", d.Scenario, d.Name, d.Kind)
}

// OpDelta pairs an operation's latency across runs. It is information only:
// absolute times depend on the machine and never gate.
type OpDelta struct {
	Scenario string
	Op       string
	Store    string
	// Base and New are nil when the op is absent from that run.
	Base *Op
	New  *Op
}

// P99Change is the relative change of p99 latency, NaN when not comparable.
func (d *OpDelta) P99Change() float64 {
	if d.Base == nil || d.New == nil || d.Base.P99Ms <= 0 {
		return math.NaN()
	}
	return (d.New.P99Ms - d.Base.P99Ms) / d.Base.P99Ms
}

// ScenarioError is a scenario that reported an error in a run.
type ScenarioError struct {
	Scenario string
	Error    string
	// InBase is true when the base run failed the same scenario too.
	InBase bool
}

// Comparison is the result of Compare.
type Comparison struct {
	Base RunRef
	New  RunRef
	// Metrics holds one row per counter and ratio in either run: first in
	// the new run's order, then metrics only the base run has.
	Metrics []*MetricDelta
	// Ops holds the latency of every op in either run (information only).
	Ops []*OpDelta
	// NewErrors lists the scenarios that reported an error in the new run.
	// They do not fail the gate by themselves (their missing metrics show
	// as removed); a caller may choose to fail on them.
	NewErrors []ScenarioError
}

type metricKey struct {
	scenario string
	kind     Kind
	name     string
}

type opKey struct {
	scenario, op, store string
}

// Compare matches every counter and ratio of base and new by scenario, kind
// and metric name, and judges each against its threshold in its Better
// direction. Ops are paired for information only.
func Compare(base, new *Run) *Comparison {
	c := &Comparison{Base: refOf(base), New: refOf(new)}

	baseMetrics := map[metricKey]*Metric{}
	var baseOrder []metricKey
	baseOps := map[opKey]*Op{}
	var baseOpOrder []opKey
	baseErr := map[string]bool{}
	for _, s := range scenariosOf(base) {
		if s.Error != "" {
			baseErr[s.Name] = true
		}
		for _, km := range kindedMetrics(s) {
			k := metricKey{s.Name, km.kind, km.m.Name}
			if _, dup := baseMetrics[k]; dup {
				continue // first one wins, as in new
			}
			baseMetrics[k] = km.m
			baseOrder = append(baseOrder, k)
		}
		for _, op := range s.Ops {
			if op == nil {
				continue
			}
			k := opKey{s.Name, op.Name, op.Store}
			if _, dup := baseOps[k]; dup {
				continue
			}
			baseOps[k] = op
			baseOpOrder = append(baseOpOrder, k)
		}
	}

	seen := map[metricKey]bool{}
	seenOps := map[opKey]bool{}
	for _, s := range scenariosOf(new) {
		if s.Error != "" {
			c.NewErrors = append(c.NewErrors, ScenarioError{Scenario: s.Name, Error: s.Error, InBase: baseErr[s.Name]})
		}
		for _, km := range kindedMetrics(s) {
			k := metricKey{s.Name, km.kind, km.m.Name}
			if seen[k] {
				continue
			}
			seen[k] = true
			c.Metrics = append(c.Metrics, compareMetric(k, baseMetrics[k], km.m))
		}
		for _, op := range s.Ops {
			if op == nil {
				continue
			}
			k := opKey{s.Name, op.Name, op.Store}
			if seenOps[k] {
				continue
			}
			seenOps[k] = true
			c.Ops = append(c.Ops, &OpDelta{Scenario: k.scenario, Op: k.op, Store: k.store, Base: baseOps[k], New: op})
		}
	}
	for _, k := range baseOrder {
		if !seen[k] {
			c.Metrics = append(c.Metrics, compareMetric(k, baseMetrics[k], nil))
		}
	}
	for _, k := range baseOpOrder {
		if !seenOps[k] {
			c.Ops = append(c.Ops, &OpDelta{Scenario: k.scenario, Op: k.op, Store: k.store, Base: baseOps[k]})
		}
	}
	return c
}

func scenariosOf(r *Run) []*Scenario {
	if r == nil {
		return nil
	}
	out := make([]*Scenario, 0, len(r.Scenarios))
	for _, s := range r.Scenarios {
		if s != nil {
			out = append(out, s)
		}
	}
	return out
}

type kindedMetric struct {
	kind Kind
	m    *Metric
}

func kindedMetrics(s *Scenario) []kindedMetric {
	var out []kindedMetric
	for _, m := range s.Counters {
		if m != nil {
			out = append(out, kindedMetric{KindCounter, m})
		}
	}
	for _, m := range s.Ratios {
		if m != nil {
			out = append(out, kindedMetric{KindRatio, m})
		}
	}
	return out
}

func compareMetric(k metricKey, base, new *Metric) *MetricDelta {
	d := &MetricDelta{Scenario: k.scenario, Kind: k.kind, Name: k.name, Base: base, New: new,
		Change: math.NaN(), Worsening: math.NaN()}
	def := new
	if def == nil {
		def = base
	}
	d.Unit, d.Better, d.Threshold = def.Unit, def.Better, def.Threshold
	switch {
	case base == nil:
		d.Status = StatusAdded
		return d
	case new == nil:
		d.Status = StatusRemoved
		return d
	}

	var notes []string
	if base.Better != new.Better && base.Better != "" {
		notes = append(notes, fmt.Sprintf("direction changed from %q", base.Better))
	}
	if base.Threshold != new.Threshold {
		notes = append(notes, "threshold was "+FormatPercent(base.Threshold))
	}
	if base.Unit != new.Unit && base.Unit != "" {
		notes = append(notes, fmt.Sprintf("unit was %q", base.Unit))
	}

	diff := new.Value - base.Value
	switch {
	case math.Abs(diff) <= AbsEpsilon:
		d.Change = 0
	case base.Value == 0:
		d.Change = math.Inf(int(math.Copysign(1, diff)))
	default:
		d.Change = diff / math.Abs(base.Value)
	}

	var sign float64
	switch d.Better {
	case Lower:
		sign = 1
	case Higher:
		sign = -1
	default:
		d.Status, d.Regressed = StatusInvalid, true
		d.Note = strings.Join(append(notes, fmt.Sprintf("better is %q, want %q or %q: cannot gate", d.Better, Lower, Higher)), "; ")
		return d
	}
	if d.Threshold < 0 || math.IsNaN(d.Threshold) {
		d.Status, d.Regressed = StatusInvalid, true
		d.Note = strings.Join(append(notes, "negative threshold: cannot gate"), "; ")
		return d
	}

	worse := sign * diff // absolute worsening; > 0 is worse
	switch {
	case math.Abs(diff) <= AbsEpsilon:
		d.Worsening = 0
		d.Status = StatusOK
	case base.Value == 0:
		// No relative change exists: any worsening beyond the epsilon
		// regresses, any improvement improves.
		d.Worsening = worse
		notes = append(notes, "base is 0: judged on the absolute change")
		if worse > 0 {
			d.Status = StatusRegressed
		} else {
			d.Status = StatusImproved
		}
	default:
		d.Worsening = worse / math.Abs(base.Value)
		switch {
		case d.Worsening > d.Threshold+relSlack:
			d.Status = StatusRegressed
		case -d.Worsening > d.Threshold+relSlack:
			d.Status = StatusImproved
		default:
			d.Status = StatusOK
		}
	}
	d.Regressed = d.Status == StatusRegressed
	d.Note = strings.Join(notes, "; ")
	return d
}

// Regressions returns the rows that fail the gate.
func (c *Comparison) Regressions() []*MetricDelta {
	var out []*MetricDelta
	for _, d := range c.Metrics {
		if d.Regressed {
			out = append(out, d)
		}
	}
	return out
}

// Count returns how many rows have the status.
func (c *Comparison) Count(s Status) int {
	n := 0
	for _, d := range c.Metrics {
		if d.Status == s {
			n++
		}
	}
	return n
}

// Err is nil when nothing regressed; otherwise it lists every regressed
// scenario/metric with its values.
func (c *Comparison) Err() error {
	regs := c.Regressions()
	if len(regs) == 0 {
		return nil
	}
	msgs := make([]string, 0, len(regs))
	for _, d := range regs {
		if d.Status == StatusInvalid {
			msgs = append(msgs, fmt.Sprintf("%s: %s", d.Label(), d.Note))
			continue
		}
		msgs = append(msgs, fmt.Sprintf("%s: %s -> %s (%s, threshold %s, better %s)",
			d.Label(), FormatValue(d.Base.Value), FormatValue(d.New.Value),
			FormatChange(d.Change), FormatPercent(d.Threshold), d.Better))
	}
	return fmt.Errorf("%d regression(s):\n  %s", len(regs), strings.Join(msgs, "\n  "))
}

// WriteText renders the comparison as aligned tables: the gated metrics
// (scenario, metric, base, new, change, threshold, verdict), the latencies
// (information only), the new run's scenario errors, and a PASS/FAIL line.
func (c *Comparison) WriteText(w io.Writer) error {
	ew := &errWriter{w: w}
	fmt.Fprintf(ew, "base: %s\nnew:  %s\n\n", describeRef(c.Base), describeRef(c.New))

	fmt.Fprintln(ew, "Gated metrics (counters and same-run ratios):")
	if len(c.Metrics) == 0 {
		fmt.Fprintln(ew, "  (none)")
	} else {
		rows := [][]string{{"SCENARIO", "METRIC", "BETTER", "BASE", "NEW", "CHANGE", "THRESHOLD", "VERDICT"}}
		for _, d := range c.Metrics {
			base, new := "-", "-"
			if d.Base != nil {
				base = FormatValue(d.Base.Value)
			}
			if d.New != nil {
				new = FormatValue(d.New.Value)
			}
			name := string(d.Kind) + "/" + d.Name
			if d.Unit != "" {
				name += " [" + d.Unit + "]"
			}
			verdict := verdictText(d.Status)
			if d.Note != "" {
				verdict += "  (" + d.Note + ")"
			}
			rows = append(rows, []string{d.Scenario, name, orDash(string(d.Better)), base, new, FormatChange(d.Change), thresholdText(d), verdict})
		}
		writeTable(ew, "  ", rows, []bool{false, false, false, true, true, true, true, false})
	}

	if len(c.Ops) > 0 {
		fmt.Fprintln(ew, "\nLatency (information only, never gated; absolute times depend on the machine):")
		rows := [][]string{{"SCENARIO", "OP", "STORE", "BASE P50", "NEW P50", "BASE P99", "NEW P99", "P99 CHANGE"}}
		for _, d := range c.Ops {
			row := []string{d.Scenario, d.Op, orDash(d.Store), "-", "-", "-", "-", FormatChange(d.P99Change())}
			if d.Base != nil {
				row[3], row[5] = FormatMillis(d.Base.P50Ms), FormatMillis(d.Base.P99Ms)
			}
			if d.New != nil {
				row[4], row[6] = FormatMillis(d.New.P50Ms), FormatMillis(d.New.P99Ms)
			}
			rows = append(rows, row)
		}
		writeTable(ew, "  ", rows, []bool{false, false, false, true, true, true, true, true})
	}

	if len(c.NewErrors) > 0 {
		fmt.Fprintln(ew, "\nScenario errors in the new run:")
		for _, e := range c.NewErrors {
			also := ""
			if e.InBase {
				also = " (also failed in base)"
			}
			fmt.Fprintf(ew, "  %s: %s%s\n", e.Scenario, e.Error, also)
		}
	}

	regs := len(c.Regressions())
	summary := fmt.Sprintf("%d metrics: %d regressed, %d invalid, %d improved, %d ok, %d added, %d removed",
		len(c.Metrics), c.Count(StatusRegressed), c.Count(StatusInvalid), c.Count(StatusImproved),
		c.Count(StatusOK), c.Count(StatusAdded), c.Count(StatusRemoved))
	if regs > 0 {
		fmt.Fprintf(ew, "\nFAIL: %s\n", summary)
	} else {
		fmt.Fprintf(ew, "\nPASS: %s\n", summary)
	}
	return ew.err
}

// writeTable writes rows as aligned columns separated by two spaces,
// right-aligning the columns marked in right.
func writeTable(w io.Writer, indent string, rows [][]string, right []bool) {
	width := make([]int, len(right))
	for _, r := range rows {
		for i, cell := range r {
			width[i] = max(width[i], utf8.RuneCountInString(cell))
		}
	}
	for _, r := range rows {
		var b strings.Builder
		b.WriteString(indent)
		for i, cell := range r {
			pad := strings.Repeat(" ", width[i]-utf8.RuneCountInString(cell))
			if i > 0 {
				b.WriteString("  ")
			}
			if right[i] {
				b.WriteString(pad + cell)
			} else if i < len(r)-1 {
				b.WriteString(cell + pad)
			} else {
				b.WriteString(cell)
			}
		}
		b.WriteByte('\n')
		io.WriteString(w, b.String())
	}
}

func describeRef(r RunRef) string {
	if r.RunID == "" && r.Commit == "" {
		return "(unnamed run)"
	}
	s := r.RunID
	if r.Commit != "" {
		s += " at " + shortCommit(r.Commit)
		if r.Dirty {
			s += " (dirty)"
		}
	}
	return strings.TrimSpace(s)
}

func shortCommit(c string) string {
	if len(c) > 12 {
		return c[:12]
	}
	return c
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func verdictText(s Status) string {
	switch s {
	case StatusRegressed:
		return "REGRESSED"
	case StatusInvalid:
		return "INVALID"
	}
	return string(s)
}

func thresholdText(d *MetricDelta) string {
	if d.Base != nil && d.New != nil && d.Base.Value == 0 && math.Abs(d.New.Value) > AbsEpsilon {
		return "abs " + FormatValue(AbsEpsilon)
	}
	return FormatPercent(d.Threshold)
}

// FormatValue renders a metric value compactly: integers without a
// fraction, other values with four significant digits.
func FormatValue(v float64) string {
	switch {
	case math.IsNaN(v):
		return "NaN"
	case math.IsInf(v, 0):
		if v > 0 {
			return "+Inf"
		}
		return "-Inf"
	case v == math.Trunc(v) && math.Abs(v) < 1e15:
		return strconv.FormatFloat(v, 'f', 0, 64)
	case math.Abs(v) >= 1000:
		return strconv.FormatFloat(v, 'f', 1, 64)
	case math.Abs(v) < 1e-4:
		return strconv.FormatFloat(v, 'g', 4, 64)
	}
	s := trimFloat(v, 4)
	if strings.Contains(s, ".") {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	return s
}

// FormatChange renders a relative change as a signed percentage.
func FormatChange(c float64) string {
	switch {
	case math.IsNaN(c):
		return "-"
	case math.IsInf(c, 1):
		return "+inf%"
	case math.IsInf(c, -1):
		return "-inf%"
	case c == 0:
		return "0%"
	}
	return fmt.Sprintf("%+.1f%%", c*100)
}

// FormatPercent renders a fraction (0.1) as a percentage (10%).
func FormatPercent(f float64) string {
	return strconv.FormatFloat(f*100, 'f', -1, 64) + "%"
}

// FormatMillis renders a latency given in milliseconds with a unit that
// keeps three or four significant digits (µs, ms or s).
func FormatMillis(ms float64) string {
	switch {
	case math.IsNaN(ms) || math.IsInf(ms, 0):
		return FormatValue(ms)
	case ms == 0:
		return "0"
	case ms < 1:
		return trimFloat(ms*1000, 3) + " µs"
	case ms < 1000:
		return trimFloat(ms, 3) + " ms"
	}
	return trimFloat(ms/1000, 3) + " s"
}

// trimFloat prints v with about sig significant digits, never in exponent
// form and never dropping integer digits.
func trimFloat(v float64, sig int) string {
	a := math.Abs(v)
	dec := 0
	if a > 0 {
		dec = sig - 1 - int(math.Floor(math.Log10(a)))
	}
	if dec < 0 {
		dec = 0
	}
	return strconv.FormatFloat(v, 'f', dec, 64)
}

type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) Write(p []byte) (int, error) {
	if e.err != nil {
		return 0, e.err
	}
	n, err := e.w.Write(p)
	e.err = err
	return n, err
}
