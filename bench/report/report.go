// Package report renders a benchmark run (results.Run) as one
// self-contained HTML file: inline CSS, inline SVG charts drawn here with
// the standard library, no scripts and nothing fetched from the network, so
// the file can be archived as a CI artifact and opened offline.
package report

import (
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/edfi-bench/tpr/bench/results"
)

// Render writes the HTML report of r. When base is not nil the report opens
// with the comparison of base against r (results.Compare): the same gate
// `bench compare` applies.
func Render(w io.Writer, r *results.Run, base *results.Run) error {
	if r == nil {
		return errors.New("report: nil run")
	}
	p := &page{}
	p.head(r)
	p.header(r, base)
	p.runInfo(r)
	if base != nil {
		p.comparison(results.Compare(base, r), base)
	}
	p.ratioSummary(r)
	p.contents(r)
	for i, s := range r.Scenarios {
		if s != nil {
			p.scenario(i, s)
		}
	}
	p.footer()
	_, err := io.WriteString(w, p.String())
	return err
}

type page struct {
	strings.Builder
}

func (p *page) f(format string, args ...any) {
	fmt.Fprintf(p, format, args...)
}

// esc escapes text for HTML and SVG (text and attribute values).
func esc(s string) string {
	return html.EscapeString(s)
}

const css = `
:root { --fg: #1d1d1f; --muted: #6b6b70; --line: #d9d9de; --zebra: #f6f6f8;
  --ok: #1e7b34; --okbg: #e3f4e7; --bad: #b3261e; --badbg: #fbe7e6; --warnbg: #fff4d6; --accent: #2f5d8a; }
* { box-sizing: border-box; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  color: var(--fg); margin: 0; background: #fafafa; font-size: 14px; line-height: 1.45; }
main { max-width: 1260px; margin: 0 auto; padding: 20px 24px 48px; }
h1 { font-size: 24px; margin: 0 0 4px; }
h2 { font-size: 19px; margin: 32px 0 8px; padding-bottom: 4px; border-bottom: 2px solid var(--line); }
h3 { font-size: 15px; margin: 18px 0 6px; }
p { margin: 6px 0; }
.sub { color: var(--muted); }
.card { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 12px 16px; }
.grid2 { display: grid; grid-template-columns: repeat(auto-fit, minmax(360px, 1fr)); gap: 16px; }
table { border-collapse: collapse; margin: 6px 0 10px; background: #fff; }
th, td { padding: 4px 10px; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
th { background: #eef0f4; font-weight: 600; white-space: nowrap; }
tbody tr:nth-child(even) td { background: var(--zebra); }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
table.kv th { background: transparent; color: var(--muted); font-weight: 500; }
table.kv td, table.kv th { border-bottom: 1px solid #eee; }
table.kv td { overflow-wrap: anywhere; }
table.wide { width: 100%; }
code, .mono { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 12.5px; }
.badge { display: inline-block; padding: 1px 8px; border-radius: 10px; font-size: 12px; font-weight: 600; white-space: nowrap; }
.b-ok { background: var(--okbg); color: var(--ok); }
.b-bad { background: var(--badbg); color: var(--bad); }
.b-muted { background: #ececf0; color: var(--muted); }
.b-warn { background: var(--warnbg); color: #7a5600; }
tr.regressed td, tr.invalid td { background: var(--badbg) !important; }
tr.improved td { background: var(--okbg) !important; }
tr.added td, tr.removed td { color: var(--muted); font-style: italic; }
.verdict { font-size: 16px; padding: 10px 14px; border-radius: 8px; margin: 8px 0; font-weight: 600; }
.verdict.pass { background: var(--okbg); color: var(--ok); }
.verdict.fail { background: var(--badbg); color: var(--bad); }
.error { background: var(--badbg); color: var(--bad); border-left: 4px solid var(--bad); padding: 8px 12px; border-radius: 4px;
  white-space: pre-wrap; font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 12.5px; margin: 8px 0; }
.charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(520px, 1fr)); gap: 14px; margin-top: 8px; }
.charts figure { margin: 0; background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 6px; }
svg.chart { display: block; width: 100%; height: auto; font-family: inherit; }
section.scenario { background: #fff; border: 1px solid var(--line); border-radius: 10px; padding: 4px 20px 16px; margin-top: 28px; }
section.scenario h2 { border-bottom: none; margin-top: 14px; }
.chips span { display: inline-block; background: #eef0f4; border-radius: 4px; padding: 1px 6px; margin: 2px 4px 2px 0; font-size: 12.5px; }
nav ol { columns: 3; margin: 6px 0; }
.empty { color: var(--muted); font-style: italic; }
details summary { cursor: pointer; color: var(--accent); margin: 8px 0; }
footer { color: var(--muted); margin-top: 36px; font-size: 12px; }
@media print { body { background: #fff; } section.scenario { break-inside: avoid-page; } }
`

func (p *page) head(r *results.Run) {
	title := "Benchmark report"
	if r.RunID != "" {
		title += " — " + r.RunID
	}
	p.f("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
	p.f("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
	p.f("<title>%s</title>\n<style>%s</style>\n</head>\n<body>\n<main>\n", esc(title), css)
}

func (p *page) header(r, base *results.Run) {
	p.f("<header>\n<h1>Ed-Fi relational engine — benchmark report</h1>\n<p class=\"sub\">")
	parts := []string{}
	if r.RunID != "" {
		parts = append(parts, "run <span class=\"mono\">"+esc(r.RunID)+"</span>")
	}
	if r.Commit != "" {
		c := "commit <span class=\"mono\">" + esc(short(r.Commit)) + "</span>"
		if r.Dirty {
			c += " <span class=\"badge b-warn\">dirty</span>"
		}
		parts = append(parts, c)
	}
	if !r.StartedAt.IsZero() {
		parts = append(parts, esc(r.StartedAt.UTC().Format("2006-01-02 15:04 MST")))
	}
	parts = append(parts, fmt.Sprintf("%d scenario(s)", len(r.Scenarios)))
	if base != nil {
		parts = append(parts, "compared with base <span class=\"mono\">"+esc(orDash(base.RunID))+"</span>")
	}
	p.f("%s</p>\n</header>\n", strings.Join(parts, " · "))
}

func (p *page) runInfo(r *results.Run) {
	p.f("<section id=\"run\">\n<h2>Run</h2>\n<div class=\"grid2\">\n")

	p.f("<div class=\"card\"><h3>Run</h3><table class=\"kv\"><tbody>\n")
	kv := func(k, v string) { p.f("<tr><th>%s</th><td>%s</td></tr>\n", esc(k), v) }
	kv("Run id", mono(r.RunID))
	commit := mono(r.Commit)
	if r.Dirty {
		commit += " <span class=\"badge b-warn\">dirty working tree</span>"
	}
	kv("Commit", commit)
	kv("Started", esc(fmtTime(r.StartedAt)))
	kv("Finished", esc(fmtTime(r.FinishedAt)))
	if !r.StartedAt.IsZero() && !r.FinishedAt.IsZero() {
		kv("Duration", esc(r.FinishedAt.Sub(r.StartedAt).Round(time.Second).String()))
	}
	kv("Seed", mono(strconv.FormatUint(r.Seed, 10)))
	kv("Scale", esc(strconv.Itoa(r.Scale)))
	kv("Result schema", esc(fmt.Sprintf("version %d", r.SchemaVersion)))
	p.f("</tbody></table></div>\n")

	m := r.Machine
	p.f("<div class=\"card\"><h3>Machine</h3><table class=\"kv\"><tbody>\n")
	kv("Host", esc(orDash(m.Hostname)))
	kv("OS / arch", esc(orDash(strings.Trim(m.OS+" / "+m.Arch, " /"))))
	kv("CPUs", esc(intOrDash(m.CPUs)))
	kv("Memory", esc(bytesText(m.MemoryBytes)))
	kv("Go", esc(orDash(m.GoVersion)))
	p.f("</tbody></table></div>\n")

	d := r.Database
	p.f("<div class=\"card\"><h3>Database</h3><table class=\"kv\"><tbody>\n")
	kv("Kind", esc(orDash(d.Kind)))
	kv("Version", esc(orDash(d.Version)))
	where := "remote"
	if d.Local {
		where = "local (same machine: trust the ratios more than absolute times)"
	}
	kv("Server", esc(where))
	p.f("</tbody></table>\n")
	if len(d.Settings) == 0 {
		p.f("<p class=\"empty\">No server settings recorded.</p>\n")
	} else {
		p.f("<h3>Settings</h3><table class=\"kv\"><tbody>\n")
		for _, k := range sortedKeys(d.Settings) {
			kv(k, mono(d.Settings[k]))
		}
		p.f("</tbody></table>\n")
	}
	p.f("</div>\n</div>\n</section>\n")
}

func (p *page) comparison(c *results.Comparison, base *results.Run) {
	p.f("<section id=\"comparison\">\n<h2>Comparison with base</h2>\n")
	p.f("<p class=\"sub\">Base <span class=\"mono\">%s</span> (commit <span class=\"mono\">%s</span>) against this run. Only counters and same-run ratios gate; latencies are shown for information.</p>\n",
		esc(orDash(base.RunID)), esc(orDash(short(base.Commit))))
	regs := c.Regressions()
	summary := fmt.Sprintf("%d metrics: %d regressed, %d invalid, %d improved, %d unchanged within threshold, %d added, %d removed",
		len(c.Metrics), c.Count(results.StatusRegressed), c.Count(results.StatusInvalid), c.Count(results.StatusImproved),
		c.Count(results.StatusOK), c.Count(results.StatusAdded), c.Count(results.StatusRemoved))
	if len(regs) > 0 {
		p.f("<div class=\"verdict fail\">FAIL — %s</div>\n", esc(summary))
	} else {
		p.f("<div class=\"verdict pass\">PASS — %s</div>\n", esc(summary))
	}
	if len(c.Metrics) > 0 {
		p.f("<table class=\"wide\"><thead><tr><th>Scenario</th><th>Metric</th><th>Better</th><th class=\"num\">Base</th><th class=\"num\">New</th><th class=\"num\">Change</th><th class=\"num\">Threshold</th><th>Verdict</th></tr></thead><tbody>\n")
		for _, d := range c.Metrics {
			base, new := "—", "—"
			if d.Base != nil {
				base = num(d.Base.Value)
			}
			if d.New != nil {
				new = num(d.New.Value)
			}
			name := fmt.Sprintf("<span class=\"mono\">%s</span> <span class=\"sub\">%s</span>", esc(d.Name), esc(string(d.Kind)))
			if d.Unit != "" {
				name += " <span class=\"sub\">(" + esc(d.Unit) + ")</span>"
			}
			verdict := statusBadge(d.Status)
			if d.Note != "" {
				verdict += " <span class=\"sub\">" + esc(d.Note) + "</span>"
			}
			p.f("<tr class=\"%s\"><td>%s</td><td>%s</td><td>%s</td><td class=\"num\">%s</td><td class=\"num\">%s</td><td class=\"num\">%s</td><td class=\"num\">%s</td><td>%s</td></tr>\n",
				esc(string(d.Status)), esc(d.Scenario), name, esc(orDash(string(d.Better))), base, new,
				esc(results.FormatChange(d.Change)), esc(results.FormatPercent(d.Threshold)), verdict)
		}
		p.f("</tbody></table>\n")
	}
	if len(c.NewErrors) > 0 {
		p.f("<h3>Scenarios that failed in this run</h3>\n")
		for _, e := range c.NewErrors {
			also := ""
			if e.InBase {
				also = " (failed in the base run too)"
			}
			p.f("<div class=\"error\">%s%s: %s</div>\n", esc(e.Scenario), esc(also), esc(e.Error))
		}
	}
	if len(c.Ops) > 0 {
		p.f("<details><summary>Latency against base (%d ops, information only — never gated)</summary>\n", len(c.Ops))
		p.f("<table class=\"wide\"><thead><tr><th>Scenario</th><th>Op</th><th>Store</th><th class=\"num\">Base p50</th><th class=\"num\">New p50</th><th class=\"num\">Base p99</th><th class=\"num\">New p99</th><th class=\"num\">p99 change</th></tr></thead><tbody>\n")
		for _, d := range c.Ops {
			cells := []string{"—", "—", "—", "—"}
			if d.Base != nil {
				cells[0], cells[2] = results.FormatMillis(d.Base.P50Ms), results.FormatMillis(d.Base.P99Ms)
			}
			if d.New != nil {
				cells[1], cells[3] = results.FormatMillis(d.New.P50Ms), results.FormatMillis(d.New.P99Ms)
			}
			p.f("<tr><td>%s</td><td class=\"mono\">%s</td><td>%s</td><td class=\"num\">%s</td><td class=\"num\">%s</td><td class=\"num\">%s</td><td class=\"num\">%s</td><td class=\"num\">%s</td></tr>\n",
				esc(d.Scenario), esc(d.Op), esc(orDash(d.Store)), esc(cells[0]), esc(cells[1]), esc(cells[2]), esc(cells[3]), esc(results.FormatChange(d.P99Change())))
		}
		p.f("</tbody></table>\n</details>\n")
	}
	p.f("</section>\n")
}

func (p *page) ratioSummary(r *results.Run) {
	p.f("<section id=\"ratios\">\n<h2>Ratios and targets</h2>\n")
	p.f("<p class=\"sub\">Same-run ratios are the numbers that travel between machines; targets come from the design's performance anchors.</p>\n")
	var rows int
	var met, missed int
	var b strings.Builder
	for _, s := range r.Scenarios {
		if s == nil {
			continue
		}
		for _, m := range s.Ratios {
			if m == nil {
				continue
			}
			rows++
			target, status := "—", "<span class=\"badge b-muted\">no target</span>"
			if ok, has := m.MeetsTarget(); has {
				cmp := "≤ "
				if m.Better == results.Higher {
					cmp = "≥ "
				}
				target = cmp + num(*m.Target)
				if ok {
					met++
					status = "<span class=\"badge b-ok\">met</span>"
				} else {
					missed++
					status = "<span class=\"badge b-bad\">not met</span>"
				}
			}
			fmt.Fprintf(&b, "<tr><td><a href=\"#%s\">%s</a></td><td class=\"mono\">%s</td><td class=\"num\">%s</td><td class=\"num\">%s</td><td>%s</td><td>%s</td><td>%s</td></tr>\n",
				anchor(s.Name), esc(s.Name), esc(m.Name), num(m.Value), target, status, esc(orDash(string(m.Better))), esc(m.Description))
		}
	}
	if rows == 0 {
		p.f("<p class=\"empty\">No ratios in this run.</p>\n</section>\n")
		return
	}
	p.f("<p>%d ratio(s): <span class=\"badge b-ok\">%d met</span> <span class=\"badge b-bad\">%d not met</span> <span class=\"badge b-muted\">%d without target</span></p>\n",
		rows, met, missed, rows-met-missed)
	p.f("<table class=\"wide\"><thead><tr><th>Scenario</th><th>Ratio</th><th class=\"num\">Value</th><th class=\"num\">Target</th><th>Status</th><th>Better</th><th>Description</th></tr></thead><tbody>\n%s</tbody></table>\n</section>\n", b.String())
}

func (p *page) contents(r *results.Run) {
	if len(r.Scenarios) == 0 {
		p.f("<h2>Scenarios</h2>\n<p class=\"empty\">This run has no scenarios.</p>\n")
		return
	}
	p.f("<nav>\n<h2>Scenarios</h2>\n<ol>\n")
	for _, s := range r.Scenarios {
		if s == nil {
			continue
		}
		badge := ""
		if s.Error != "" {
			badge = " <span class=\"badge b-bad\">error</span>"
		}
		p.f("<li><a href=\"#%s\">%s</a>%s</li>\n", anchor(s.Name), esc(s.Name), badge)
	}
	p.f("</ol>\n</nav>\n")
}

func (p *page) scenario(i int, s *results.Scenario) {
	p.f("<section class=\"scenario\" id=\"%s\">\n", anchor(s.Name))
	title := s.Name
	if title == "" {
		title = fmt.Sprintf("scenario %d", i+1)
	}
	p.f("<h2>%s", esc(title))
	if s.Error != "" {
		p.f(" <span class=\"badge b-bad\">error</span>")
	}
	p.f("</h2>\n<p class=\"sub\">version %d · %s</p>\n", s.Version, esc(secondsText(s.DurationSeconds)))
	if s.Description != "" {
		p.f("<p>%s</p>\n", esc(s.Description))
	}
	if len(s.Params) > 0 {
		p.f("<p class=\"chips\">")
		for _, k := range sortedKeys(s.Params) {
			p.f("<span>%s = %s</span>", esc(k), esc(paramText(s.Params[k])))
		}
		p.f("</p>\n")
	}
	if s.Error != "" {
		p.f("<div class=\"error\">%s</div>\n", esc(s.Error))
	}

	p.f("<h3>Latency</h3>\n")
	if len(s.Ops) == 0 {
		p.f("<p class=\"empty\">No operations recorded.</p>\n")
	} else {
		p.f("<table class=\"wide\"><thead><tr><th>Op</th><th>Store</th><th class=\"num\">Count</th><th class=\"num\">Errors</th><th class=\"num\">Mean</th><th class=\"num\">p50</th><th class=\"num\">p95</th><th class=\"num\">p99</th><th class=\"num\">Max</th><th class=\"num\">Ops/s</th><th class=\"num\">Round trips/op</th></tr></thead><tbody>\n")
		for _, op := range s.Ops {
			if op == nil {
				continue
			}
			errs := num(float64(op.Errors))
			if op.Errors > 0 {
				errs = "<span class=\"badge b-bad\">" + errs + "</span>"
			}
			rt := "—"
			if op.RoundTrips > 0 {
				rt = num(op.RoundTrips)
			}
			p.f("<tr><td class=\"mono\">%s</td><td>%s</td><td class=\"num\">%s</td><td class=\"num\">%s</td><td class=\"num\">%s</td><td class=\"num\">%s</td><td class=\"num\">%s</td><td class=\"num\">%s</td><td class=\"num\">%s</td><td class=\"num\">%s</td><td class=\"num\">%s</td></tr>\n",
				esc(op.Name), esc(orDash(op.Store)), num(float64(op.Count)), errs,
				esc(results.FormatMillis(op.MeanMs)), esc(results.FormatMillis(op.P50Ms)), esc(results.FormatMillis(op.P95Ms)),
				esc(results.FormatMillis(op.P99Ms)), esc(results.FormatMillis(op.MaxMs)), num(op.PerSecond), rt)
		}
		p.f("</tbody></table>\n")
	}

	p.metrics("Counters", s.Counters, false)
	p.metrics("Ratios", s.Ratios, true)

	charts := groupCharts(s.Series)
	if len(charts) > 0 {
		p.f("<h3>Charts</h3>\n<div class=\"charts\">\n")
		for _, c := range charts {
			p.f("<figure>")
			renderChart(&p.Builder, c)
			p.f("</figure>\n")
		}
		p.f("</div>\n")
	}

	if len(s.Notes) > 0 {
		p.f("<h3>Notes</h3>\n<ul>\n")
		for _, n := range s.Notes {
			p.f("<li>%s</li>\n", esc(n))
		}
		p.f("</ul>\n")
	}
	p.f("</section>\n")
}

func (p *page) metrics(title string, ms []*results.Metric, ratios bool) {
	p.f("<h3>%s</h3>\n", esc(title))
	n := 0
	for _, m := range ms {
		if m != nil {
			n++
		}
	}
	if n == 0 {
		p.f("<p class=\"empty\">None.</p>\n")
		return
	}
	p.f("<table class=\"wide\"><thead><tr><th>Name</th><th class=\"num\">Value</th><th>Unit</th>")
	if ratios {
		p.f("<th class=\"num\">Target</th><th>Status</th>")
	}
	p.f("<th>Better</th><th class=\"num\">Gate threshold</th><th>Description</th></tr></thead><tbody>\n")
	for _, m := range ms {
		if m == nil {
			continue
		}
		p.f("<tr><td class=\"mono\">%s</td><td class=\"num\">%s</td><td>%s</td>", esc(m.Name), num(m.Value), esc(m.Unit))
		if ratios {
			target, status := "—", "<span class=\"badge b-muted\">no target</span>"
			if ok, has := m.MeetsTarget(); has {
				target = num(*m.Target)
				if ok {
					status = "<span class=\"badge b-ok\">met</span>"
				} else {
					status = "<span class=\"badge b-bad\">not met</span>"
				}
			}
			p.f("<td class=\"num\">%s</td><td>%s</td>", target, status)
		}
		p.f("<td>%s</td><td class=\"num\">%s</td><td>%s</td></tr>\n",
			esc(orDash(string(m.Better))), esc(results.FormatPercent(m.Threshold)), esc(m.Description))
	}
	p.f("</tbody></table>\n")
}

func (p *page) footer() {
	p.f("<footer>Generated by <span class=\"mono\">bench/report</span> · result schema version %d · self-contained: no scripts, no network resources.</footer>\n", results.SchemaVersion)
	p.f("</main>\n</body>\n</html>\n")
}

func statusBadge(s results.Status) string {
	switch s {
	case results.StatusRegressed:
		return "<span class=\"badge b-bad\">regressed</span>"
	case results.StatusInvalid:
		return "<span class=\"badge b-bad\">invalid</span>"
	case results.StatusImproved:
		return "<span class=\"badge b-ok\">improved</span>"
	case results.StatusOK:
		return "<span class=\"badge b-muted\">ok</span>"
	}
	return "<span class=\"badge b-muted\">" + esc(string(s)) + "</span>"
}

// num renders a number for a table cell (already escaped): integers with
// thousands separators, others as results.FormatValue.
func num(v float64) string {
	s := results.FormatValue(v)
	if v == math.Trunc(v) && math.Abs(v) >= 10000 && !strings.ContainsAny(s, "eE") {
		s = groupThousands(s)
	}
	return esc(s)
}

func groupThousands(s string) string {
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}

func mono(s string) string {
	if s == "" {
		return "—"
	}
	return "<span class=\"mono\">" + esc(s) + "</span>"
}

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}

func intOrDash(n int) string {
	if n == 0 {
		return "—"
	}
	return strconv.Itoa(n)
}

func short(commit string) string {
	if len(commit) > 12 {
		return commit[:12]
	}
	return commit
}

func fmtTime(t time.Time) string {
	if t.IsZero() {
		return "—"
	}
	return t.UTC().Format("2006-01-02 15:04:05 MST")
}

func bytesText(n uint64) string {
	if n == 0 {
		return "—"
	}
	const gib = 1 << 30
	if n >= gib {
		return strconv.FormatFloat(float64(n)/gib, 'f', 1, 64) + " GiB"
	}
	return strconv.FormatFloat(float64(n)/(1<<20), 'f', 0, 64) + " MiB"
}

func secondsText(s float64) string {
	if s <= 0 {
		return "duration not recorded"
	}
	return (time.Duration(s * float64(time.Second))).Round(time.Millisecond).String()
}

func paramText(v any) string {
	switch v := v.(type) {
	case string:
		return v
	case nil:
		return "null"
	}
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Sprint(v)
	}
	return string(b)
}

// anchor is the element id of a scenario section.
func anchor(name string) string {
	var b strings.Builder
	b.WriteString("s-")
	for _, r := range strings.ToLower(name) {
		if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') {
			b.WriteRune(r)
		} else {
			b.WriteByte('-')
		}
	}
	return b.String()
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
