package report

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/edfi-bench/tpr/bench/results"
)

// chart is every Series of one scenario that shares a Chart name.
type chart struct {
	Title  string
	XLabel string
	YLabel string
	LogX   bool
	LogY   bool
	Lines  []*results.Series
}

// groupCharts groups a scenario's series by Chart, in order of first
// appearance. Labels and log flags come from the first series that sets
// them.
func groupCharts(series []*results.Series) []*chart {
	var out []*chart
	byName := map[string]*chart{}
	for _, s := range series {
		if s == nil {
			continue
		}
		name := s.Chart
		if name == "" {
			name = "(untitled chart)"
		}
		c := byName[name]
		if c == nil {
			c = &chart{Title: name, LogX: s.LogX, LogY: s.LogY}
			byName[name] = c
			out = append(out, c)
		}
		if c.XLabel == "" {
			c.XLabel = s.XLabel
		}
		if c.YLabel == "" {
			c.YLabel = s.YLabel
		}
		c.Lines = append(c.Lines, s)
	}
	return out
}

// Chart geometry (SVG user units = CSS pixels at 100%).
const (
	chartWidth    = 600
	plotTop       = 40
	plotHeight    = 250
	marginRight   = 24
	tickLen       = 5
	fontTick      = 11
	fontLabel     = 12
	fontTitle     = 14
	charWidthTick = 6.4 // average glyph advance of an 11px sans-serif digit, rounded up
	charWidthText = 7.0 // same for 12px mixed text
	legendRowH    = 18
	maxMarkers    = 60 // more points than this per line: no point markers
)

// palette is Tableau 10 (colour-blind friendly, distinguishable in print);
// lines beyond ten reuse it with a dash pattern.
var palette = []string{
	"#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f",
	"#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac",
}

var dashes = []string{"", "6 3", "2 3", "8 3 2 3"}

// axis maps data values to pixels, linearly or in log10.
type axis struct {
	log      bool
	lo, hi   float64 // domain (data units; > 0 when log)
	p0, p1   float64 // pixel range
	ticks    []float64
	minor    []float64 // unlabelled grid lines (log axes)
	fallback bool      // no data: the domain is made up
}

func (a *axis) pos(v float64) float64 {
	var f float64
	if a.log {
		f = (math.Log10(v) - math.Log10(a.lo)) / (math.Log10(a.hi) - math.Log10(a.lo))
	} else {
		f = (v - a.lo) / (a.hi - a.lo)
	}
	return a.p0 + f*(a.p1-a.p0)
}

// usable reports whether v can be drawn on an axis of this kind.
func usable(v float64, log bool) bool {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return false
	}
	return !log || v > 0
}

// newAxis builds the domain and ticks for values vs.
func newAxis(vs []float64, log, preferZero bool) *axis {
	a := &axis{log: log}
	if len(vs) == 0 {
		a.fallback = true
		if log {
			a.lo, a.hi = 1, 100
		} else {
			a.lo, a.hi = 0, 1
		}
		a.ticks = linTicksOrLog(a)
		return a
	}
	lo, hi := vs[0], vs[0]
	for _, v := range vs {
		lo, hi = math.Min(lo, v), math.Max(hi, v)
	}
	if log {
		e0, e1 := math.Floor(math.Log10(lo)), math.Ceil(math.Log10(hi))
		if e0 == e1 { // one value, an exact power of ten
			e0, e1 = e0-1, e1+1
		}
		a.lo, a.hi = math.Pow(10, e0), math.Pow(10, e1)
		a.ticks, a.minor = logTicks(e0, e1)
		return a
	}
	if lo == hi {
		d := math.Abs(lo) * 0.5
		if d == 0 {
			d = 1
		}
		lo, hi = lo-d, hi+d
		if vs[0] >= 0 && lo < 0 {
			lo = 0
		}
	}
	if preferZero && lo > 0 && lo < 0.5*hi {
		lo = 0
	}
	if preferZero && hi < 0 && hi > 0.5*lo {
		hi = 0
	}
	step := niceNum((hi-lo)/5, true)
	a.lo = math.Floor(lo/step+1e-9) * step
	a.hi = math.Ceil(hi/step-1e-9) * step
	if a.hi <= a.lo {
		a.hi = a.lo + step
	}
	for v := a.lo; v <= a.hi+step*1e-6; v += step {
		a.ticks = append(a.ticks, math.Round(v/step)*step)
	}
	return a
}

func linTicksOrLog(a *axis) []float64 {
	if a.log {
		t, m := logTicks(math.Log10(a.lo), math.Log10(a.hi))
		a.minor = m
		return t
	}
	return []float64{0, 0.25, 0.5, 0.75, 1}
}

// logTicks labels decades 10^e0..10^e1 (every k-th when there are many),
// adds 2 and 5 when the range spans at most two decades, and returns the
// other integer multiples as unlabelled minor lines.
func logTicks(e0, e1 float64) (ticks, minor []float64) {
	n := int(e1 - e0)
	every := 1
	for n/every > 8 {
		every++
	}
	for e := int(e0); e <= int(e1); e++ {
		d := math.Pow(10, float64(e))
		if (e-int(e0))%every == 0 {
			ticks = append(ticks, d)
		}
		if e == int(e1) {
			break
		}
		for m := 2; m <= 9; m++ {
			if n <= 2 && (m == 2 || m == 5) {
				ticks = append(ticks, float64(m)*d)
			} else if n <= 6 {
				minor = append(minor, float64(m)*d)
			}
		}
	}
	sort.Float64s(ticks)
	return ticks, minor
}

// niceNum returns a "nice" number (1, 2, 2.5 or 5 times a power of ten)
// approximately equal to x, rounding up when !round.
func niceNum(x float64, round bool) float64 {
	if x <= 0 || math.IsNaN(x) || math.IsInf(x, 0) {
		return 1
	}
	exp := math.Floor(math.Log10(x))
	f := x / math.Pow(10, exp)
	var nf float64
	if round {
		switch {
		case f < 1.5:
			nf = 1
		case f < 2.25:
			nf = 2
		case f < 3.5:
			nf = 2.5
		case f < 7.5:
			nf = 5
		default:
			nf = 10
		}
	} else {
		switch {
		case f <= 1:
			nf = 1
		case f <= 2:
			nf = 2
		case f <= 5:
			nf = 5
		default:
			nf = 10
		}
	}
	return nf * math.Pow(10, exp)
}

// tickLabels formats an axis' tick values. A linear axis uses one SI
// suffix for all its ticks (0, 5k, 10k, 15k), chosen by the largest; a log
// axis formats each tick on its own (10, 100, 1k, 10k, 100k, 1M).
func (a *axis) tickLabels() []string {
	out := make([]string, len(a.ticks))
	if a.log {
		for i, t := range a.ticks {
			out[i] = formatTick(t)
		}
		return out
	}
	big := 0.0
	for _, t := range a.ticks {
		big = math.Max(big, math.Abs(t))
	}
	div, suffix := 1.0, ""
	switch {
	case big >= 1e12:
		// exponent form below
	case big >= 1e9:
		div, suffix = 1e9, "G"
	case big >= 1e6:
		div, suffix = 1e6, "M"
	case big >= 1e4:
		div, suffix = 1e3, "k"
	}
	for i, t := range a.ticks {
		switch {
		case t == 0:
			out[i] = "0"
		case big >= 1e12 || big < 1e-3:
			out[i] = strconv.FormatFloat(t, 'g', 3, 64)
		default:
			out[i] = shortFloat(t/div) + suffix
		}
	}
	return out
}

// formatTick renders a value compactly: 0.05, 2.5, 750, 1k, 1.5M.
func formatTick(v float64) string {
	a := math.Abs(v)
	switch {
	case v == 0:
		return "0"
	case a >= 1e12:
		return strconv.FormatFloat(v, 'g', 3, 64)
	case a >= 1e9:
		return shortFloat(v/1e9) + "G"
	case a >= 1e6:
		return shortFloat(v/1e6) + "M"
	case a >= 1e3:
		return shortFloat(v/1e3) + "k"
	case a < 1e-3:
		return strconv.FormatFloat(v, 'g', 3, 64)
	}
	return shortFloat(v)
}

func shortFloat(v float64) string {
	return strconv.FormatFloat(v, 'g', 6, 64)
}

type xy struct{ x, y float64 }

// renderChart draws one line chart as an inline SVG element.
func renderChart(b *strings.Builder, c *chart) {
	// Drawable points per line (sorted by x so the line reads left to
	// right), and every coordinate for the axes.
	lines := make([][]xy, len(c.Lines))
	var xs, ys []float64
	dropped := 0
	for i, s := range c.Lines {
		for _, p := range s.Points {
			if !usable(p.X, c.LogX) || !usable(p.Y, c.LogY) {
				dropped++
				continue
			}
			lines[i] = append(lines[i], xy{p.X, p.Y})
			xs = append(xs, p.X)
			ys = append(ys, p.Y)
		}
		sort.SliceStable(lines[i], func(a, b int) bool { return lines[i][a].x < lines[i][b].x })
	}

	ay := newAxis(ys, c.LogY, true)
	ax := newAxis(xs, c.LogX, false)

	// Left margin: room for the widest y tick label plus the y title.
	if len(xs) == 0 {
		// No data: a bare frame, no made-up ticks.
		ax.ticks, ax.minor, ay.ticks, ay.minor = nil, nil, nil, nil
	}
	xLabels, yLabels := ax.tickLabels(), ay.tickLabels()
	widest := 1
	for _, l := range yLabels {
		widest = max(widest, len(l))
	}
	plotLeft := 30 + tickLen + 4 + float64(widest)*charWidthTick
	plotRight := float64(chartWidth - marginRight)
	plotBottom := float64(plotTop + plotHeight)
	ax.p0, ax.p1 = plotLeft, plotRight
	ay.p0, ay.p1 = plotBottom, plotTop

	// Legend layout: entries flow left to right and wrap.
	type entry struct {
		label  string
		x, y   float64
		colour string
		dash   string
	}
	var legend []entry
	lx, ly := plotLeft, plotBottom+58
	for i, s := range c.Lines {
		label := s.Line
		if label == "" {
			label = fmt.Sprintf("line %d", i+1)
		}
		if len(lines[i]) == 0 {
			label += " (no data)"
		}
		w := 26 + float64(len([]rune(label)))*charWidthText + 18
		if lx+w > plotRight && lx > plotLeft {
			lx = plotLeft
			ly += legendRowH
		}
		legend = append(legend, entry{label, lx, ly, palette[i%len(palette)], dashes[(i/len(palette))%len(dashes)]})
		lx += w
	}
	height := int(ly + 14)
	if dropped > 0 {
		height += legendRowH
	}

	fmt.Fprintf(b, `<svg xmlns="http://www.w3.org/2000/svg" class="chart" data-chart="%s" width="%d" height="%d" viewBox="0 0 %d %d" role="img" aria-label="%s">`,
		esc(c.Title), chartWidth, height, chartWidth, height, esc(c.Title))
	fmt.Fprintf(b, `<rect x="0" y="0" width="%d" height="%d" fill="#ffffff"/>`, chartWidth, height)
	fmt.Fprintf(b, `<text x="%d" y="22" font-size="%d" font-weight="600" fill="#222">%s</text>`, 12, fontTitle, esc(c.Title))

	// Grid and ticks.
	b.WriteString(`<g class="grid" stroke="#e6e6e6" stroke-width="1">`)
	for _, t := range ay.minor {
		y := ay.pos(t)
		fmt.Fprintf(b, `<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="#f2f2f2"/>`, f1(plotLeft), f1(y), f1(plotRight), f1(y))
	}
	for _, t := range ax.minor {
		x := ax.pos(t)
		fmt.Fprintf(b, `<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="#f2f2f2"/>`, f1(x), f1(float64(plotTop)), f1(x), f1(plotBottom))
	}
	for _, t := range ay.ticks {
		y := ay.pos(t)
		fmt.Fprintf(b, `<line x1="%s" y1="%s" x2="%s" y2="%s"/>`, f1(plotLeft), f1(y), f1(plotRight), f1(y))
	}
	for _, t := range ax.ticks {
		x := ax.pos(t)
		fmt.Fprintf(b, `<line x1="%s" y1="%s" x2="%s" y2="%s"/>`, f1(x), f1(float64(plotTop)), f1(x), f1(plotBottom))
	}
	b.WriteString(`</g>`)

	// Axes.
	fmt.Fprintf(b, `<rect x="%s" y="%d" width="%s" height="%d" fill="none" stroke="#e0e0e0"/>`,
		f1(plotLeft), plotTop, f1(plotRight-plotLeft), plotHeight)
	fmt.Fprintf(b, `<g class="axes" stroke="#555" stroke-width="1">`)
	fmt.Fprintf(b, `<line x1="%s" y1="%s" x2="%s" y2="%s"/>`, f1(plotLeft), f1(plotBottom), f1(plotRight), f1(plotBottom))
	fmt.Fprintf(b, `<line x1="%s" y1="%d" x2="%s" y2="%s"/>`, f1(plotLeft), plotTop, f1(plotLeft), f1(plotBottom))
	for _, t := range ay.ticks {
		y := ay.pos(t)
		fmt.Fprintf(b, `<line x1="%s" y1="%s" x2="%s" y2="%s"/>`, f1(plotLeft-tickLen), f1(y), f1(plotLeft), f1(y))
	}
	for _, t := range ax.ticks {
		x := ax.pos(t)
		fmt.Fprintf(b, `<line x1="%s" y1="%s" x2="%s" y2="%s"/>`, f1(x), f1(plotBottom), f1(x), f1(plotBottom+tickLen))
	}
	b.WriteString(`</g>`)

	// Tick labels.
	fmt.Fprintf(b, `<g class="ticks" font-size="%d" fill="#444">`, fontTick)
	for i, t := range ay.ticks {
		fmt.Fprintf(b, `<text x="%s" y="%s" text-anchor="end" dominant-baseline="middle">%s</text>`,
			f1(plotLeft-tickLen-3), f1(ay.pos(t)), esc(yLabels[i]))
	}
	for i, t := range ax.ticks {
		fmt.Fprintf(b, `<text x="%s" y="%s" text-anchor="middle">%s</text>`,
			f1(ax.pos(t)), f1(plotBottom+tickLen+13), esc(xLabels[i]))
	}
	b.WriteString(`</g>`)

	// Axis titles.
	xTitle, yTitle := c.XLabel, c.YLabel
	if c.LogX {
		xTitle += " (log scale)"
	}
	if c.LogY {
		yTitle += " (log scale)"
	}
	fmt.Fprintf(b, `<text x="%s" y="%s" font-size="%d" fill="#222" text-anchor="middle">%s</text>`,
		f1((plotLeft+plotRight)/2), f1(plotBottom+38), fontLabel, esc(strings.TrimSpace(xTitle)))
	yc := (float64(plotTop) + plotBottom) / 2
	fmt.Fprintf(b, `<text x="16" y="%s" font-size="%d" fill="#222" text-anchor="middle" transform="rotate(-90 16 %s)">%s</text>`,
		f1(yc), fontLabel, f1(yc), esc(strings.TrimSpace(yTitle)))

	// Data.
	if len(xs) == 0 {
		fmt.Fprintf(b, `<text class="nodata" x="%s" y="%s" font-size="16" fill="#888" text-anchor="middle" dominant-baseline="middle">no data</text>`,
			f1((plotLeft+plotRight)/2), f1(yc))
	}
	for i, pts := range lines {
		if len(pts) == 0 {
			continue
		}
		colour := palette[i%len(palette)]
		dash := dashes[(i/len(palette))%len(dashes)]
		fmt.Fprintf(b, `<g class="series" data-line="%s">`, esc(c.Lines[i].Line))
		if len(pts) > 1 {
			var pb strings.Builder
			for j, p := range pts {
				if j > 0 {
					pb.WriteByte(' ')
				}
				pb.WriteString(f1(ax.pos(p.x)) + "," + f1(ay.pos(p.y)))
			}
			fmt.Fprintf(b, `<polyline fill="none" stroke="%s" stroke-width="2" stroke-linejoin="round"%s points="%s"/>`,
				colour, dashAttr(dash), pb.String())
		}
		if len(pts) <= maxMarkers {
			r := 3.0
			if len(pts) == 1 {
				r = 4.5
			}
			for _, p := range pts {
				fmt.Fprintf(b, `<circle cx="%s" cy="%s" r="%s" fill="%s" stroke="#fff" stroke-width="1"><title>%s: x=%s, y=%s</title></circle>`,
					f1(ax.pos(p.x)), f1(ay.pos(p.y)), f1(r), colour,
					esc(c.Lines[i].Line), esc(results.FormatValue(p.x)), esc(results.FormatValue(p.y)))
			}
		}
		b.WriteString(`</g>`)
	}

	// Legend.
	fmt.Fprintf(b, `<g class="legend" font-size="%d" fill="#222">`, fontLabel)
	for _, e := range legend {
		fmt.Fprintf(b, `<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="%s" stroke-width="2.5"%s/>`,
			f1(e.x), f1(e.y-4), f1(e.x+20), f1(e.y-4), e.colour, dashAttr(e.dash))
		fmt.Fprintf(b, `<circle cx="%s" cy="%s" r="3" fill="%s"/>`, f1(e.x+10), f1(e.y-4), e.colour)
		fmt.Fprintf(b, `<text x="%s" y="%s">%s</text>`, f1(e.x+26), f1(e.y), esc(e.label))
	}
	b.WriteString(`</g>`)
	if dropped > 0 {
		what := "non-finite"
		if c.LogX || c.LogY {
			what = "non-finite or non-positive (log scale)"
		}
		fmt.Fprintf(b, `<text x="%s" y="%d" font-size="%d" fill="#888">%d %s point(s) not drawn</text>`,
			f1(plotLeft), height-6, fontTick, dropped, what)
	}
	b.WriteString(`</svg>`)
}

func dashAttr(d string) string {
	if d == "" {
		return ""
	}
	return ` stroke-dasharray="` + d + `"`
}

// f1 formats a pixel coordinate with one decimal.
func f1(v float64) string {
	return strconv.FormatFloat(v, 'f', 1, 64)
}
