package bench

import (
	"fmt"
	"io"
	"os"
	"sort"
	"sync"
	"time"

	"github.com/HdrHistogram/hdrhistogram-go"

	"github.com/edfi-bench/tpr/bench/results"
	"github.com/edfi-bench/tpr/engine/dbstats"
)

// Recorder keeps one HDR histogram per (operation, store); failures go to
// a separate error count so error latency never mixes with success latency.
type Recorder struct {
	mu  sync.Mutex
	ops map[string]*opHist
}

type opHist struct {
	name, store string
	h           *hdrhistogram.Histogram
	errors      int64
	elapsed     time.Duration
	roundTrips  int64
}

// NewRecorder makes an empty recorder.
func NewRecorder() *Recorder { return &Recorder{ops: map[string]*opHist{}} }

func (r *Recorder) get(name, storeName string) *opHist {
	key := name + "\x00" + storeName
	r.mu.Lock()
	defer r.mu.Unlock()
	o := r.ops[key]
	if o == nil {
		// 1µs .. 10 min at 3 significant figures.
		o = &opHist{name: name, store: storeName, h: hdrhistogram.New(1, int64(10*time.Minute/time.Microsecond), 3)}
		r.ops[key] = o
	}
	return o
}

// Record adds one operation's latency (or its failure).
func (r *Recorder) Record(name, storeName string, d time.Duration, err error) {
	o := r.get(name, storeName)
	r.mu.Lock()
	defer r.mu.Unlock()
	if err != nil {
		o.errors++
		return
	}
	us := d.Microseconds()
	if us < 1 {
		us = 1
	}
	_ = o.h.RecordValue(us)
	o.elapsed += d
}

// Time runs fn, records it, and returns its error.
func (r *Recorder) Time(name, storeName string, fn func() error) error {
	start := time.Now()
	err := fn()
	r.Record(name, storeName, time.Since(start), err)
	return err
}

// TimeCounted is Time plus the round trips fn made (from a counter set
// that only fn's context feeds).
func (r *Recorder) TimeCounted(name, storeName string, c *dbstats.Counters, fn func() error) error {
	before := c.Snapshot()
	err := r.Time(name, storeName, fn)
	if err == nil {
		o := r.get(name, storeName)
		r.mu.Lock()
		o.roundTrips += c.Snapshot().Sub(before).RoundTrips
		r.mu.Unlock()
	}
	return err
}

// Ops renders the histograms, sorted by store then name.
func (r *Recorder) Ops() []*results.Op {
	r.mu.Lock()
	defer r.mu.Unlock()
	var out []*results.Op
	for _, o := range r.ops {
		n := o.h.TotalCount()
		op := &results.Op{Name: o.name, Store: o.store, Count: n, Errors: o.errors}
		if n > 0 {
			ms := func(us int64) float64 { return float64(us) / 1000 }
			op.MeanMs = o.h.Mean() / 1000
			op.P50Ms = ms(o.h.ValueAtQuantile(50))
			op.P95Ms = ms(o.h.ValueAtQuantile(95))
			op.P99Ms = ms(o.h.ValueAtQuantile(99))
			op.MaxMs = ms(o.h.Max())
			if o.elapsed > 0 {
				op.PerSecond = float64(n) / o.elapsed.Seconds()
			}
			if o.roundTrips > 0 {
				op.RoundTrips = float64(o.roundTrips) / float64(n)
			}
		}
		out = append(out, op)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Store != out[j].Store {
			return out[i].Store < out[j].Store
		}
		return out[i].Name < out[j].Name
	})
	return out
}

// Progress is a one-line progress bar for long phases.
type Progress struct {
	w       io.Writer
	label   string
	total   int
	mu      sync.Mutex
	done    int
	last    time.Time
	start   time.Time
	tty     bool
	stopped bool
}

// Progress starts a bar of total steps.
func (e *Env) Progress(label string, total int) *Progress {
	w := e.Log
	if w == nil {
		w = io.Discard
	}
	tty := false
	if f, ok := w.(*os.File); ok {
		if st, err := f.Stat(); err == nil && st.Mode()&os.ModeCharDevice != 0 {
			tty = true
		}
	}
	return &Progress{w: w, label: label, total: total, start: time.Now(), tty: tty}
}

// Add advances the bar.
func (p *Progress) Add(n int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.done += n
	interval := 5 * time.Second
	if p.tty {
		interval = 200 * time.Millisecond
	}
	if time.Since(p.last) >= interval {
		p.draw(false)
		p.last = time.Now()
	}
}

func (p *Progress) draw(final bool) {
	frac := 1.0
	if p.total > 0 {
		frac = float64(p.done) / float64(p.total)
	}
	const width = 30
	filled := int(frac * width)
	if filled > width {
		filled = width
	}
	bar := make([]byte, width)
	for i := range bar {
		if i < filled {
			bar[i] = '#'
		} else {
			bar[i] = '.'
		}
	}
	rate := float64(p.done) / time.Since(p.start).Seconds()
	line := fmt.Sprintf("  %-34s [%s] %d/%d %.0f/s", p.label, bar, p.done, p.total, rate)
	if p.tty {
		fmt.Fprintf(p.w, "\r%s", line)
		if final {
			fmt.Fprintln(p.w)
		}
	} else {
		fmt.Fprintln(p.w, line)
	}
}

// Done finishes the bar.
func (p *Progress) Done() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if !p.stopped {
		p.stopped = true
		p.draw(true)
	}
}
