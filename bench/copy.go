package bench

import (
	"bytes"
	"context"
	"fmt"
	"sort"
	"time"

	"github.com/edfi-bench/tpr/engine/dialect"
	"github.com/edfi-bench/tpr/engine/relmodel"
)

// CopyStats is the outcome of a raw COPY.
type CopyStats struct {
	Tables  int
	Rows    int64
	Bytes   int64
	Elapsed time.Duration
}

// RawCopy re-loads, with COPY FROM STDIN (binary), every row the engine
// wrote into src — dms core tables and resource tables — into the same
// (empty) tables of dst, in foreign-key order. Only the COPY FROM phase is
// timed: it is the physical limit of loading those rows, the yardstick of
// the bulk-flatten scenario.
func RawCopy(ctx context.Context, m *relmodel.Model, src, dst *DB) (CopyStats, error) {
	var st CopyStats
	tables, err := loadOrder(ctx, m, src)
	if err != nil {
		return st, err
	}
	srcConn, err := src.Pool.Acquire(ctx)
	if err != nil {
		return st, err
	}
	defer srcConn.Release()
	dumps := make([]*bytes.Buffer, len(tables))
	for i, t := range tables {
		var buf bytes.Buffer
		if _, err := srcConn.Conn().PgConn().CopyTo(ctx, &buf, fmt.Sprintf("COPY %s TO STDOUT (FORMAT binary)", t)); err != nil {
			return st, fmt.Errorf("dump %s: %w", t, err)
		}
		dumps[i] = &buf
		st.Bytes += int64(buf.Len())
	}
	dstConn, err := dst.Pool.Acquire(ctx)
	if err != nil {
		return st, err
	}
	defer dstConn.Release()
	start := time.Now()
	if _, err := dstConn.Exec(ctx, "BEGIN"); err != nil {
		return st, err
	}
	for i, t := range tables {
		tag, err := dstConn.Conn().PgConn().CopyFrom(ctx, dumps[i], fmt.Sprintf("COPY %s FROM STDIN (FORMAT binary)", t))
		if err != nil {
			dstConn.Exec(ctx, "ROLLBACK")
			return st, fmt.Errorf("copy into %s: %w", t, err)
		}
		st.Rows += tag.RowsAffected()
	}
	if _, err := dstConn.Exec(ctx, "COMMIT"); err != nil {
		return st, err
	}
	st.Elapsed = time.Since(start)
	st.Tables = len(tables)
	return st, nil
}

// loadOrder lists the non-empty tables of src (quoted names) so that every
// table comes after the tables its foreign keys reference.
func loadOrder(ctx context.Context, m *relmodel.Model, src *DB) ([]string, error) {
	d := dialect.Postgres{}
	type node struct {
		name string
		deps []string
	}
	nodes := map[string]*node{}
	add := func(name string, deps ...string) { nodes[name] = &node{name: name, deps: deps} }
	doc := d.Table("dms", "Document")
	add(doc)
	add(d.Table("dms", "IdentityLock"), doc)
	add(d.Table("dms", "ReferentialIdentity"), doc)
	add(d.Table("dms", "Descriptor"), doc)
	for _, t := range m.Tables() {
		var deps []string
		for _, fk := range t.FKs {
			dep := d.Table(fk.RefSchema, fk.RefTable)
			if dep != d.Table(t.Schema, t.Name) {
				deps = append(deps, dep)
			}
		}
		add(d.Table(t.Schema, t.Name), deps...)
	}
	edge := d.Table("dms", "ReferenceEdge")
	var all []string
	for n := range nodes {
		var nonEmpty bool
		if err := src.Pool.QueryRow(ctx, "SELECT EXISTS (SELECT 1 FROM "+n+")").Scan(&nonEmpty); err != nil {
			return nil, err
		}
		if nonEmpty {
			all = append(all, n)
		}
	}
	sort.Strings(all)
	present := map[string]bool{}
	for _, n := range all {
		present[n] = true
	}
	var order []string
	state := map[string]int{}
	var visit func(n string) error
	visit = func(n string) error {
		switch state[n] {
		case 1:
			return fmt.Errorf("foreign-key cycle through %s", n)
		case 2:
			return nil
		}
		state[n] = 1
		for _, dep := range nodes[n].deps {
			if present[dep] {
				if err := visit(dep); err != nil {
					return err
				}
			}
		}
		state[n] = 2
		order = append(order, n)
		return nil
	}
	for _, n := range all {
		if err := visit(n); err != nil {
			return nil, err
		}
	}
	return append(order, edge), nil
}
