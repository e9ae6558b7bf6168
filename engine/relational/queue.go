package relational

import (
	"bytes"
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/jackc/pgx/v5"

	"github.com/edfi-bench/tpr/engine/dbstats"
)

// copyThreshold is the row count from which a table's rows go by COPY
// rather than by one unnest() INSERT: both are one statement whatever the
// row count, but past a few thousand rows COPY's text stream is cheaper
// for the server than unnesting parameter arrays. Each COPY costs a round
// trip of its own, so small tables stay in the pipelined batch.
const copyThreshold = 1000

type stepKind uint8

const (
	stepExec  stepKind = iota
	stepCount          // returns one bigint: rows written that no command tag shows
	stepEtag           // returns the new etag
	stepCopy
)

type step struct {
	kind stepKind
	sql  string
	args []any
	tp   *tablePlan
	rows [][]any
}

// writeQueue collects a write's statements in order and sends them with
// as few round trips as possible: consecutive statements share one
// pipelined batch; a COPY flushes the batch before it.
type writeQueue struct {
	steps []step
}

func (q *writeQueue) exec(sql string, args ...any) {
	q.steps = append(q.steps, step{kind: stepExec, sql: sql, args: args})
}

func (q *writeQueue) count(sql string, args ...any) {
	q.steps = append(q.steps, step{kind: stepCount, sql: sql, args: args})
}

func (q *writeQueue) etag(sql string, args ...any) {
	q.steps = append(q.steps, step{kind: stepEtag, sql: sql, args: args})
}

// insert adds one table's rows, by unnest() INSERT or by COPY.
func (q *writeQueue) insert(tp *tablePlan, rows [][]any) {
	if len(rows) == 0 {
		return
	}
	if len(rows) >= copyThreshold {
		q.steps = append(q.steps, step{kind: stepCopy, tp: tp, rows: rows})
		return
	}
	q.exec(tp.insertSQL, arrays(tp, rows)...)
}

func (q *writeQueue) len() int { return len(q.steps) }

// run sends the queue in the transaction. It returns the etag of an etag
// step (0 if none) and the rows counted by count steps. COPYs go through
// the low-level connection, which the pool's tracer does not see: they are
// reported to it here.
func (q *writeQueue) run(ctx context.Context, tx pgx.Tx) (etag, counted int64, err error) {
	tracer, _ := tx.Conn().Config().Tracer.(*dbstats.Tracer)
	for i := 0; i < len(q.steps); {
		if q.steps[i].kind == stepCopy {
			s := q.steps[i]
			tag, err := tx.Conn().PgConn().CopyFrom(ctx, copyText(s.tp, s.rows), s.tp.copySQL)
			if err != nil {
				return 0, 0, err
			}
			if tracer != nil {
				tracer.AddCopy(ctx, tag.RowsAffected())
			}
			i++
			continue
		}
		j := i
		b := &pgx.Batch{}
		for j < len(q.steps) && q.steps[j].kind != stepCopy {
			b.Queue(q.steps[j].sql, q.steps[j].args...)
			j++
		}
		br := tx.SendBatch(ctx, b)
		for k := i; k < j; k++ {
			switch q.steps[k].kind {
			case stepCount:
				var n int64
				err = br.QueryRow().Scan(&n)
				counted += n
			case stepEtag:
				err = br.QueryRow().Scan(&etag)
			default:
				_, err = br.Exec()
			}
			if err != nil {
				br.Close()
				return 0, 0, err
			}
		}
		if err := br.Close(); err != nil {
			return 0, 0, err
		}
		i = j
	}
	return etag, counted, nil
}

// copyText renders rows in COPY's text format.
func copyText(tp *tablePlan, rows [][]any) *bytes.Buffer {
	var b bytes.Buffer
	for _, r := range rows {
		for ci, v := range r {
			if ci > 0 {
				b.WriteByte('\t')
			}
			switch x := v.(type) {
			case nil:
				b.WriteString(`\N`)
			case int64:
				b.WriteString(strconv.FormatInt(x, 10))
			case int32:
				b.WriteString(strconv.FormatInt(int64(x), 10))
			case bool:
				if x {
					b.WriteString("t")
				} else {
					b.WriteString("f")
				}
			case string:
				b.WriteString(copyEscaper.Replace(x))
			default:
				b.WriteString(copyEscaper.Replace(fmt.Sprint(x)))
			}
		}
		b.WriteByte('\n')
	}
	return &b
}

var copyEscaper = strings.NewReplacer(`\`, `\\`, "\t", `\t`, "\n", `\n`, "\r", `\r`)
