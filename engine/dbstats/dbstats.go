// Package dbstats counts what crosses the database seam: round trips (a
// statement, a pipelined batch or a COPY each count once) and rows written.
// Tests assert on these counters and the benchmarks report them; they are
// deterministic where latency is not.
package dbstats

import (
	"context"
	"sync/atomic"

	"github.com/jackc/pgx/v5"
)

// Counters are cumulative and safe for concurrent use.
type Counters struct {
	RoundTrips  atomic.Int64
	Statements  atomic.Int64
	RowsWritten atomic.Int64
}

// Snapshot is a point-in-time copy.
type Snapshot struct {
	RoundTrips  int64
	Statements  int64
	RowsWritten int64
}

// Snapshot copies the counters.
func (c *Counters) Snapshot() Snapshot {
	return Snapshot{RoundTrips: c.RoundTrips.Load(), Statements: c.Statements.Load(), RowsWritten: c.RowsWritten.Load()}
}

// Sub is s - o.
func (s Snapshot) Sub(o Snapshot) Snapshot {
	return Snapshot{RoundTrips: s.RoundTrips - o.RoundTrips, Statements: s.Statements - o.Statements, RowsWritten: s.RowsWritten - o.RowsWritten}
}

type ctxKey struct{}

// WithCounters attaches request-scoped counters to a context: the tracer
// adds to them as well as to its global counters, so a test can count one
// request's round trips while other requests run.
func WithCounters(ctx context.Context, c *Counters) context.Context {
	return context.WithValue(ctx, ctxKey{}, c)
}

func fromCtx(ctx context.Context) *Counters {
	c, _ := ctx.Value(ctxKey{}).(*Counters)
	return c
}

// Tracer implements pgx's query, batch and copy tracers.
type Tracer struct {
	Global Counters
	// OnRoundTrip, if set, is called once per round trip (metrics hook).
	OnRoundTrip func()
}

func (t *Tracer) add(ctx context.Context, rt, stmts, rows int64) {
	for _, c := range []*Counters{&t.Global, fromCtx(ctx)} {
		if c == nil {
			continue
		}
		c.RoundTrips.Add(rt)
		c.Statements.Add(stmts)
		c.RowsWritten.Add(rows)
	}
	if rt > 0 && t.OnRoundTrip != nil {
		t.OnRoundTrip()
	}
}

func written(tag interface {
	RowsAffected() int64
	Insert() bool
	Update() bool
	Delete() bool
}) int64 {
	if tag.Insert() || tag.Update() || tag.Delete() {
		return tag.RowsAffected()
	}
	return 0
}

// AddCopy counts a COPY sent on the underlying connection, below the
// tracer's reach: one round trip, one statement, its rows.
func (t *Tracer) AddCopy(ctx context.Context, rows int64) {
	t.add(ctx, 1, 1, rows)
}

// AddRows counts rows a statement wrote that its command tag does not show
// (data-modifying CTEs report the tag of their final SELECT).
func (t *Tracer) AddRows(ctx context.Context, n int64) {
	t.add(ctx, 0, 0, n)
}

// TraceQueryStart implements pgx.QueryTracer.
func (t *Tracer) TraceQueryStart(ctx context.Context, _ *pgx.Conn, _ pgx.TraceQueryStartData) context.Context {
	t.add(ctx, 1, 1, 0)
	return ctx
}

// TraceQueryEnd implements pgx.QueryTracer.
func (t *Tracer) TraceQueryEnd(ctx context.Context, _ *pgx.Conn, d pgx.TraceQueryEndData) {
	if d.Err == nil {
		t.add(ctx, 0, 0, written(d.CommandTag))
	}
}

// TraceBatchStart implements pgx.BatchTracer: a batch is one round trip.
func (t *Tracer) TraceBatchStart(ctx context.Context, _ *pgx.Conn, _ pgx.TraceBatchStartData) context.Context {
	t.add(ctx, 1, 0, 0)
	return ctx
}

// TraceBatchQuery implements pgx.BatchTracer.
func (t *Tracer) TraceBatchQuery(ctx context.Context, _ *pgx.Conn, d pgx.TraceBatchQueryData) {
	rows := int64(0)
	if d.Err == nil {
		rows = written(d.CommandTag)
	}
	t.add(ctx, 0, 1, rows)
}

// TraceBatchEnd implements pgx.BatchTracer.
func (t *Tracer) TraceBatchEnd(context.Context, *pgx.Conn, pgx.TraceBatchEndData) {}

// TraceCopyFromStart implements pgx.CopyFromTracer.
func (t *Tracer) TraceCopyFromStart(ctx context.Context, _ *pgx.Conn, _ pgx.TraceCopyFromStartData) context.Context {
	t.add(ctx, 1, 1, 0)
	return ctx
}

// TraceCopyFromEnd implements pgx.CopyFromTracer.
func (t *Tracer) TraceCopyFromEnd(ctx context.Context, _ *pgx.Conn, d pgx.TraceCopyFromEndData) {
	if d.Err == nil {
		t.add(ctx, 0, 0, d.CommandTag.RowsAffected())
	}
}
