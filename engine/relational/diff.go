package relational

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"

	"github.com/edfi-bench/tpr/engine/relmodel"
)

// queueDiff is the diff collection strategy: read the document's stored
// rows (one pipelined batch), compare them with the new rows by key, and
// queue only the deletes (deepest tables first), updates and inserts
// (parents first) that differ. It reports whether anything changes.
// Ordinal keys are positional, so inserting an element near the front of
// an array rewrites every later row: the price of having no stable element
// keys (02 §6.6).
func (s *Store) queueDiff(ctx context.Context, tx pgx.Tx, wq *writeQueue, pl *resourcePlan, docID int64, flat *flatDoc) (bool, error) {
	rb := &pgx.Batch{}
	for _, tp := range pl.tables {
		rb.Queue(tp.selectSQL, []int64{docID})
	}
	br := tx.SendBatch(ctx, rb)
	stored := make([]map[string][]any, len(pl.tables))
	for i := range pl.tables {
		rows, err := br.Query()
		if err != nil {
			br.Close()
			return false, err
		}
		stored[i] = map[string][]any{}
		nkey := len(pl.tables[i].t.Key)
		for rows.Next() {
			vals, err := rows.Values()
			if err != nil {
				rows.Close()
				br.Close()
				return false, err
			}
			stored[i][keyString(vals[:nkey])] = vals
		}
		if err := rows.Err(); err != nil {
			br.Close()
			return false, err
		}
	}
	if err := br.Close(); err != nil {
		return false, err
	}

	changed := false
	inserts := make([][][]any, len(pl.tables))
	updates := make([][][]any, len(pl.tables))
	deletes := make([][][]any, len(pl.tables))
	for i, tp := range pl.tables {
		nkey := len(tp.t.Key)
		seen := map[string]bool{}
		for _, row := range flat.rows[i] {
			k := keyString(row[:nkey])
			seen[k] = true
			old, ok := stored[i][k]
			switch {
			case !ok:
				inserts[i] = append(inserts[i], row)
			case !sameRow(tp.t, old, row):
				updates[i] = append(updates[i], row)
			}
		}
		for k, old := range stored[i] {
			if !seen[k] {
				deletes[i] = append(deletes[i], old[:nkey])
			}
		}
		sortRows(deletes[i])
		if len(inserts[i])+len(updates[i])+len(deletes[i]) > 0 {
			changed = true
		}
	}
	for i := len(pl.tables) - 1; i >= 0; i-- {
		if len(deletes[i]) > 0 {
			wq.exec(pl.tables[i].deleteByKeySQL, keyArrays(pl.tables[i], deletes[i])...)
		}
	}
	for i, tp := range pl.tables {
		if len(updates[i]) > 0 && tp.updateByKeySQL != "" {
			wq.exec(tp.updateByKeySQL, arrays(tp, updates[i])...)
		}
		wq.insert(tp, inserts[i])
	}
	return changed, nil
}

// sameRow compares a stored row (driver values) with a new one (flattened
// values) in Ed-Fi's canonical string forms.
func sameRow(t *relmodel.Table, old, row []any) bool {
	for i, c := range t.Columns {
		o, n := old[i], row[i]
		if (o == nil) != (n == nil) {
			return false
		}
		if o == nil {
			continue
		}
		switch c.Kind {
		case relmodel.Scalar:
			if scalarText(o, c.Type) != canonicalNew(n, c.Type) {
				return false
			}
		default:
			if !sameInt(o, n) {
				return false
			}
		}
	}
	return true
}

// sameInt compares key and FK values (int64 or int32 on either side).
func sameInt(a, b any) bool {
	toInt := func(v any) (int64, bool) {
		switch x := v.(type) {
		case int64:
			return x, true
		case int32:
			return int64(x), true
		}
		return 0, false
	}
	x, ok1 := toInt(a)
	y, ok2 := toInt(b)
	if ok1 && ok2 {
		return x == y
	}
	return fmt.Sprint(a) == fmt.Sprint(b)
}

// canonicalNew renders a flattened scalar the way scalarText renders the
// stored one. Core has already canonicalised numbers, dates and date-times,
// so only decimals stored with a larger scale need trimming.
func canonicalNew(v any, t relmodel.ScalarType) string {
	switch x := v.(type) {
	case bool:
		if x {
			return "true"
		}
		return "false"
	case string:
		if t.Kind == relmodel.Decimal {
			return trimDecimal(x)
		}
		return x
	}
	return fmt.Sprint(v)
}

func trimDecimal(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] == '.' {
			j := len(s)
			for j > i+1 && s[j-1] == '0' {
				j--
			}
			if j == i+1 {
				j = i
			}
			return s[:j]
		}
	}
	return s
}

// keyArrays builds the key-column arrays of deleteByKeySQL.
func keyArrays(tp *tablePlan, keys [][]any) []any {
	out := make([]any, len(tp.t.Key))
	for ci := range tp.t.Key {
		switch tp.kinds[ci] {
		case arrInt64:
			a := make([]int64, len(keys))
			for ri, k := range keys {
				a[ri] = k[ci].(int64)
			}
			out[ci] = a
		default:
			a := make([]int32, len(keys))
			for ri, k := range keys {
				a[ri] = k[ci].(int32)
			}
			out[ci] = a
		}
	}
	return out
}

// sortRows orders keys so statements are deterministic.
func sortRows(rows [][]any) {
	for i := 1; i < len(rows); i++ {
		for j := i; j > 0 && keyString(rows[j]) < keyString(rows[j-1]); j-- {
			rows[j], rows[j-1] = rows[j-1], rows[j]
		}
	}
}
