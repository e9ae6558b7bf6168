package relational

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/big"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5/pgtype"

	"github.com/edfi-bench/tpr/engine/apischema"
	"github.com/edfi-bench/tpr/engine/relmodel"
)

// The read path renders JSON straight from rows, walking a plan compiled
// from the schema so properties come out in schema order; there is no
// intermediate generic tree.

type emitKind uint8

const (
	eScalar emitKind = iota
	eDesc
	eRef
	eObject
	eArray
	eExt
)

type emitProp struct {
	name     string
	kind     emitKind
	col      int
	typ      relmodel.ScalarType
	ref      *relmodel.RefSource
	fieldIdx []int // eRef: for each ref object property (schema order), index into the projection's fields
	fieldNm  []string
	children []*emitProp // eObject
	table    *emitTable  // eArray
	exts     []extEmit   // eExt
	required bool        // eArray
}

type extEmit struct {
	key   string
	table *emitTable
}

type emitTable struct {
	tp    *tablePlan
	props []*emitProp
}

func relKey(rel []string) string { return strings.Join(rel, ".") }

// compileEmit builds the emit plan of the object node whose values live in
// table t at the relative path prefix.
func compileEmit(pl *resourcePlan, node *apischema.Schema, t *relmodel.Table, prefix []string) (*emitTable, error) {
	et := &emitTable{tp: pl.byT[t]}
	props, err := compileProps(pl, node, t, prefix)
	if err != nil {
		return nil, err
	}
	et.props = props
	return et, nil
}

func compileProps(pl *resourcePlan, node *apischema.Schema, t *relmodel.Table, prefix []string) ([]*emitProp, error) {
	cols := map[string]int{}
	for i, c := range t.Columns {
		if len(c.Rel) > 0 {
			cols[relKey(c.Rel)] = i
		}
	}
	children := map[string]*relmodel.Table{}
	for _, c := range t.Children {
		children[relKey(c.Rel)] = c
	}
	var out []*emitProp
	for _, prop := range node.Properties {
		rel := append(append([]string(nil), prefix...), prop.Name)
		key := relKey(rel)
		s := prop.Schema
		switch {
		case prop.Name == "_ext":
			ep := &emitProp{name: "_ext", kind: eExt}
			for _, ext := range s.Properties {
				ct := children[relKey(append(rel, ext.Name))]
				if ct == nil {
					return nil, fmt.Errorf("no extension table for %s.%s in %s", key, ext.Name, t.QualifiedName())
				}
				sub, err := compileEmit(pl, ext.Schema, ct, nil)
				if err != nil {
					return nil, err
				}
				ep.exts = append(ep.exts, extEmit{key: ext.Name, table: sub})
			}
			out = append(out, ep)
		case s.Type == "array":
			ct := children[key]
			if ct == nil {
				return nil, fmt.Errorf("no table for array %s in %s", key, t.QualifiedName())
			}
			sub, err := compileEmit(pl, s.Items, ct, nil)
			if err != nil {
				return nil, err
			}
			out = append(out, &emitProp{name: prop.Name, kind: eArray, table: sub, required: node.IsRequired(prop.Name)})
		default:
			if ci, ok := cols[key]; ok {
				c := t.Columns[ci]
				ep := &emitProp{name: prop.Name, col: ci, typ: c.Type}
				switch c.Kind {
				case relmodel.DescriptorFK:
					ep.kind = eDesc
				case relmodel.DocumentFK:
					ep.kind = eRef
					ep.ref = c.Ref
					proj := pl.projByQName[c.Ref.Target]
					for _, f := range s.Properties {
						idx := -1
						for _, rf := range c.Ref.Fields {
							if rf.Name == f.Name {
								for j, pf := range proj.fields {
									if pf.path == rf.TargetIdentity.Canonical {
										idx = j
									}
								}
							}
						}
						if idx < 0 {
							continue // e.g. "link": not stored, not rendered
						}
						ep.fieldIdx = append(ep.fieldIdx, idx)
						ep.fieldNm = append(ep.fieldNm, f.Name)
					}
				default:
					ep.kind = eScalar
				}
				out = append(out, ep)
				continue
			}
			if s.Type == "object" {
				sub, err := compileProps(pl, s, t, rel)
				if err != nil {
					return nil, err
				}
				out = append(out, &emitProp{name: prop.Name, kind: eObject, children: sub})
				continue
			}
			return nil, fmt.Errorf("property %s of %s maps to no column", key, t.QualifiedName())
		}
	}
	return out, nil
}

// rowNode is one hydrated row with its child rows.
type rowNode struct {
	vals []any
	kids map[*tablePlan][]*rowNode
}

// readContext carries the projections of one page.
type readContext struct {
	pl    *resourcePlan
	ids   map[apischema.QName]map[int64][]any
	projs map[apischema.QName]*projection
	uris  map[int64]string
}

func (rc *readContext) writeObject(b *bytes.Buffer, props []*emitProp, row *rowNode, first *bool) {
	for _, p := range props {
		switch p.kind {
		case eScalar:
			v := row.vals[p.col]
			if v == nil {
				continue
			}
			writeKey(b, p.name, first)
			writeScalar(b, v, p.typ)
		case eDesc:
			v := row.vals[p.col]
			if v == nil {
				continue
			}
			writeKey(b, p.name, first)
			writeJSONString(b, rc.uris[v.(int64)])
		case eRef:
			v := row.vals[p.col]
			if v == nil {
				continue
			}
			vals := rc.ids[p.ref.Target][v.(int64)]
			proj := rc.projs[p.ref.Target]
			writeKey(b, p.name, first)
			b.WriteByte('{')
			for i, fi := range p.fieldIdx {
				if i > 0 {
					b.WriteByte(',')
				}
				writeJSONString(b, p.fieldNm[i])
				b.WriteByte(':')
				if vals == nil {
					b.WriteString("null")
					continue
				}
				f := proj.fields[fi]
				if f.desc {
					writeJSONString(b, vals[fi].(string))
				} else {
					writeScalar(b, vals[fi], f.typ)
				}
			}
			b.WriteByte('}')
		case eObject:
			mark, wasFirst := b.Len(), *first
			writeKey(b, p.name, first)
			b.WriteByte('{')
			inner := true
			rc.writeObject(b, p.children, row, &inner)
			if inner { // nothing written: drop the empty object
				b.Truncate(mark)
				*first = wasFirst
				continue
			}
			b.WriteByte('}')
		case eArray:
			kids := row.kids[p.table.tp]
			if len(kids) == 0 && !p.required {
				continue
			}
			writeKey(b, p.name, first)
			b.WriteByte('[')
			for i, k := range kids {
				if i > 0 {
					b.WriteByte(',')
				}
				b.WriteByte('{')
				f := true
				rc.writeObject(b, p.table.props, k, &f)
				b.WriteByte('}')
			}
			b.WriteByte(']')
		case eExt:
			any := false
			for _, e := range p.exts {
				if len(row.kids[e.table.tp]) > 0 {
					any = true
				}
			}
			if !any {
				continue
			}
			writeKey(b, "_ext", first)
			b.WriteByte('{')
			f := true
			for _, e := range p.exts {
				kids := row.kids[e.table.tp]
				if len(kids) == 0 {
					continue
				}
				writeKey(b, e.key, &f)
				b.WriteByte('{')
				inner := true
				rc.writeObject(b, e.table.props, kids[0], &inner)
				b.WriteByte('}')
			}
			b.WriteByte('}')
		}
	}
}

func writeKey(b *bytes.Buffer, name string, first *bool) {
	if !*first {
		b.WriteByte(',')
	}
	*first = false
	writeJSONString(b, name)
	b.WriteByte(':')
}

func writeJSONString(b *bytes.Buffer, s string) {
	enc, _ := json.Marshal(s)
	b.Write(enc)
}

// writeScalar renders a column value in the form Ed-Fi uses on the wire.
func writeScalar(b *bytes.Buffer, v any, t relmodel.ScalarType) {
	switch x := v.(type) {
	case string:
		writeJSONString(b, x)
	case int32:
		b.WriteString(strconv.FormatInt(int64(x), 10))
	case int64:
		b.WriteString(strconv.FormatInt(x, 10))
	case int16:
		b.WriteString(strconv.FormatInt(int64(x), 10))
	case bool:
		b.WriteString(strconv.FormatBool(x))
	case time.Time:
		if t.Kind == relmodel.Date {
			writeJSONString(b, x.Format("2006-01-02"))
		} else {
			writeJSONString(b, x.UTC().Format("2006-01-02T15:04:05Z"))
		}
	case pgtype.Time:
		writeJSONString(b, formatPGTime(x))
	case pgtype.Numeric:
		b.WriteString(formatNumeric(x))
	default:
		writeJSONString(b, fmt.Sprint(x))
	}
}

// scalarText is the Ed-Fi identity string form of a column value (01 §3.1).
func scalarText(v any, t relmodel.ScalarType) string {
	switch x := v.(type) {
	case string:
		return x
	case int32:
		return strconv.FormatInt(int64(x), 10)
	case int64:
		return strconv.FormatInt(x, 10)
	case bool:
		return strconv.FormatBool(x)
	case time.Time:
		if t.Kind == relmodel.Date {
			return x.Format("2006-01-02")
		}
		return x.UTC().Format("2006-01-02T15:04:05Z")
	case pgtype.Time:
		return formatPGTime(x)
	case pgtype.Numeric:
		return formatNumeric(x)
	}
	return fmt.Sprint(v)
}

func formatPGTime(t pgtype.Time) string {
	us := t.Microseconds
	h := us / 3600e6
	m := us / 60e6 % 60
	s := us / 1e6 % 60
	return fmt.Sprintf("%02d:%02d:%02d", h, m, s)
}

// formatNumeric renders a numeric in canonical fixed point: no exponent,
// trailing fractional zeros and a trailing point removed.
func formatNumeric(n pgtype.Numeric) string {
	if !n.Valid || n.NaN {
		return "null"
	}
	digits := new(big.Int).Abs(n.Int).String()
	neg := n.Int.Sign() < 0
	exp := int(n.Exp)
	var s string
	switch {
	case exp >= 0:
		s = digits + strings.Repeat("0", exp)
	default:
		frac := -exp
		if len(digits) <= frac {
			digits = strings.Repeat("0", frac-len(digits)+1) + digits
		}
		s = digits[:len(digits)-frac] + "." + digits[len(digits)-frac:]
		s = strings.TrimRight(s, "0")
		s = strings.TrimSuffix(s, ".")
	}
	if neg && s != "0" {
		s = "-" + s
	}
	return s
}
