package relational

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"

	"github.com/google/uuid"

	"github.com/edfi-bench/tpr/engine/apischema"
	"github.com/edfi-bench/tpr/engine/core"
	"github.com/edfi-bench/tpr/engine/relmodel"
	"github.com/edfi-bench/tpr/engine/store"
)

// maxDepth bounds collection nesting; Ed-Fi stays far below it.
const maxDepth = 8

// ordKey is a comparable ordinal path (slices cannot be map keys).
type ordKey struct {
	n uint8
	v [maxDepth]int32
}

func makeOrdKey(ords []int) (ordKey, error) {
	var k ordKey
	if len(ords) > maxDepth {
		return k, fmt.Errorf("collections nested deeper than %d", maxDepth)
	}
	k.n = uint8(len(ords))
	for i, o := range ords {
		k.v[i] = int32(o)
	}
	return k, nil
}

type siteKey struct {
	m   *apischema.DocumentPath
	ord ordKey
}

// flatDoc is one document materialized into rows: per table (plan index),
// rows of column values in model order; plus the collapsed reference edges.
type flatDoc struct {
	rows  [][][]any
	edges map[int64]bool
	// children counts rows outside the root (for metrics).
	children int
}

type flattener struct {
	pl    *resourcePlan
	refs  map[siteKey]int64
	descs map[siteKey]int64
	out   *flatDoc
}

// flatten turns a prepared document into rows. resolved maps every
// ReferentialId the document references to its DocumentId (already checked
// complete by the caller).
func flatten(pl *resourcePlan, doc *core.Document, docID int64, resolved map[uuid.UUID]int64) (*flatDoc, error) {
	f := &flattener{pl: pl, refs: map[siteKey]int64{}, descs: map[siteKey]int64{},
		out: &flatDoc{rows: make([][][]any, len(pl.tables)), edges: map[int64]bool{}}}
	for _, r := range doc.References {
		k, err := makeOrdKey(r.Ordinals)
		if err != nil {
			return nil, err
		}
		f.refs[siteKey{r.Mapping, k}] = resolved[r.ReferentialID]
	}
	for _, d := range doc.Descriptors {
		k, err := makeOrdKey(d.Ordinals)
		if err != nil {
			return nil, err
		}
		f.descs[siteKey{d.Mapping, k}] = resolved[d.ReferentialID]
	}
	if err := f.walk(pl.root(), doc.Body, []any{docID}, nil); err != nil {
		return nil, err
	}
	return f.out, nil
}

func lookup(node map[string]any, rel []string) (any, bool) {
	var cur any = node
	for _, step := range rel {
		m, ok := cur.(map[string]any)
		if !ok {
			return nil, false
		}
		cur, ok = m[step]
		if !ok {
			return nil, false
		}
	}
	return cur, cur != nil
}

func (f *flattener) walk(tp *tablePlan, node map[string]any, key []any, ords []int) error {
	t := tp.t
	row := make([]any, len(t.Columns))
	copy(row, key)
	ok, err := makeOrdKey(ords)
	if err != nil {
		return err
	}
	for i := len(key); i < len(t.Columns); i++ {
		c := t.Columns[i]
		v, present := lookup(node, c.Rel)
		if !present {
			continue
		}
		switch c.Kind {
		case relmodel.Scalar:
			switch x := v.(type) {
			case string:
				row[i] = x
			case json.Number:
				if c.Type.Kind == relmodel.Decimal && !decimalFits(x.String(), c.Type.Precision, c.Type.Scale) {
					return decimalError(c, ords, x.String())
				}
				row[i] = x.String()
			case bool:
				row[i] = x
			default:
				return fmt.Errorf("internal: %s: unexpected %T for column %s", c.Source, v, c.Name)
			}
		case relmodel.DocumentFK:
			id, found := f.refs[siteKey{c.Ref.Mapping, ok}]
			if !found || id == 0 {
				return fmt.Errorf("internal: reference at %s (ordinals %v) was not extracted/resolved", c.Source, ords)
			}
			row[i] = id
			f.out.edges[id] = f.out.edges[id] || c.Ref.IsIdentity
		case relmodel.DescriptorFK:
			id, found := f.descs[siteKey{c.Desc.Mapping, ok}]
			if !found || id == 0 {
				return fmt.Errorf("internal: descriptor at %s (ordinals %v) was not extracted/resolved", c.Source, ords)
			}
			row[i] = id
			f.out.edges[id] = f.out.edges[id] || c.Desc.IsIdentity
		}
	}
	f.out.rows[tp.index] = append(f.out.rows[tp.index], row)
	if t.Parent != nil {
		f.out.children++
	}
	for _, ct := range tp.children {
		v, present := lookup(node, ct.t.Rel)
		if !present {
			continue
		}
		if ct.t.IsCollection {
			arr, isArr := v.([]any)
			if !isArr {
				return fmt.Errorf("internal: %s is not an array", ct.t.Scope)
			}
			for i, el := range arr {
				obj, isObj := el.(map[string]any)
				if !isObj {
					return fmt.Errorf("internal: %s[%d] is not an object", ct.t.Scope, i)
				}
				ck := append(append(make([]any, 0, len(key)+1), key...), int32(i))
				if err := f.walk(ct, obj, ck, append(append(make([]int, 0, len(ords)+1), ords...), i)); err != nil {
					return err
				}
			}
			continue
		}
		// Extension scope: a row only when the subtree holds something.
		obj, isObj := v.(map[string]any)
		if !isObj || len(obj) == 0 {
			continue
		}
		if err := f.walk(ct, obj, key, ords); err != nil {
			return err
		}
	}
	return nil
}

// decimalFits reports whether a canonical decimal fits numeric(p, s)
// without rounding: a value the column would silently round is refused
// rather than stored changed.
func decimalFits(v string, p, s int) bool {
	v = strings.TrimPrefix(v, "-")
	intPart, frac, _ := strings.Cut(v, ".")
	intPart = strings.TrimLeft(intPart, "0")
	frac = strings.TrimRight(frac, "0")
	return len(frac) <= s && len(intPart) <= p-s
}

func decimalError(c *relmodel.Column, ords []int, v string) error {
	path := c.Source.Canonical
	for _, o := range ords {
		path = strings.Replace(path, "[*]", fmt.Sprintf("[%d]", o), 1)
	}
	msg := fmt.Sprintf("%s must have at most %d digits, %d of them after the decimal point.", v, c.Type.Precision, c.Type.Scale)
	return store.ValidationFailed(map[string][]string{path: {msg}})
}

// arrays turns one table's rows into the per-column array parameters of its
// unnest() statements.
func arrays(tp *tablePlan, rows [][]any) []any {
	out := make([]any, len(tp.kinds))
	for ci, kind := range tp.kinds {
		switch kind {
		case arrInt64:
			a := make([]*int64, len(rows))
			for ri, r := range rows {
				switch v := r[ci].(type) {
				case int64:
					a[ri] = &v
				}
			}
			out[ci] = a
		case arrInt32:
			a := make([]int32, len(rows))
			for ri, r := range rows {
				a[ri] = r[ci].(int32)
			}
			out[ci] = a
		case arrBool:
			a := make([]*bool, len(rows))
			for ri, r := range rows {
				if v, ok := r[ci].(bool); ok {
					a[ri] = &v
				}
			}
			out[ci] = a
		case arrText:
			a := make([]*string, len(rows))
			for ri, r := range rows {
				switch v := r[ci].(type) {
				case string:
					a[ri] = &v
				case bool:
					s := fmt.Sprint(v)
					a[ri] = &s
				}
			}
			out[ci] = a
		}
	}
	return out
}

// edgeArrays returns the edges sorted by child id.
func edgeArrays(edges map[int64]bool) ([]int64, []bool) {
	ids := make([]int64, 0, len(edges))
	for id := range edges {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	flags := make([]bool, len(ids))
	for i, id := range ids {
		flags[i] = edges[id]
	}
	return ids, flags
}
