// Package relational is the tables-per-resource store on PostgreSQL: compiled
// per-resource plans, the write path (bulk reference resolution, shared
// locks, flattening into root/child/extension rows, edge maintenance) and
// the read path (one statement per table, batched identity projection).
package relational

import (
	"fmt"
	"strings"

	"github.com/edfi-bench/tpr/engine/apischema"
	"github.com/edfi-bench/tpr/engine/dialect"
	"github.com/edfi-bench/tpr/engine/relmodel"
)

// colKind says how a column travels as an unnest() array parameter.
type colKind uint8

const (
	arrInt64 colKind = iota // key, FK: []*int64 / []int64
	arrInt32                // ordinals
	arrBool                 // boolean scalars
	arrText                 // every other scalar, cast in SQL
)

// tablePlan is what the write and read paths need for one table.
type tablePlan struct {
	t     *relmodel.Table
	kinds []colKind
	// insertSQL inserts the rows passed as one array per column.
	insertSQL string
	// updateRootSQL updates the root row from the same arrays (root only).
	updateRootSQL string
	// copySQL loads rows in COPY's text format (large collections).
	copySQL string
	// deleteSQL deletes one document's rows ($1 = root DocumentId).
	deleteSQL string
	// updateByKeySQL / deleteByKeySQL change the rows whose keys are passed
	// as arrays (the diff strategy).
	updateByKeySQL string
	deleteByKeySQL string
	// selectSQL reads the rows of a set of documents ($1 = bigint[]), in
	// key order.
	selectSQL string
	// children are the tables whose Parent is this table, in model order.
	children []*tablePlan
	index    int
}

// resourcePlan is the compiled plan of one resource.
type resourcePlan struct {
	r      *relmodel.Resource
	tables []*tablePlan // model order: parents before children
	byT    map[*relmodel.Table]*tablePlan
	// refTargets: one identity projection per distinct target type.
	projections []*projection
	projByQName map[apischema.QName]*projection
	// descSQL projects descriptor URIs of every descriptor FK column.
	descSQL string
	emit    *emitTable
}

func (pl *resourcePlan) root() *tablePlan { return pl.tables[0] }

var pg = dialect.Postgres{}

func q(name string) string { return pg.Ident(name) }

func buildTablePlan(t *relmodel.Table) *tablePlan {
	tp := &tablePlan{t: t}
	var cols, arrays, selects, sets []string
	for i, c := range t.Columns {
		kind, arrType, cast := columnArray(t, c)
		tp.kinds = append(tp.kinds, kind)
		cols = append(cols, q(c.Name))
		arrays = append(arrays, fmt.Sprintf("$%d::%s[]", i+1, arrType))
		sel := fmt.Sprintf("u.c%d", i)
		if cast != "" {
			sel += "::" + cast
		}
		selects = append(selects, sel)
		if i > 0 {
			sets = append(sets, fmt.Sprintf("%s = %s", q(c.Name), sel))
		}
	}
	var ucols []string
	for i := range t.Columns {
		ucols = append(ucols, fmt.Sprintf("c%d", i))
	}
	table := pg.Table(t.Schema, t.Name)
	tp.insertSQL = fmt.Sprintf("INSERT INTO %s (%s) SELECT %s FROM unnest(%s) AS u(%s)",
		table, strings.Join(cols, ", "), strings.Join(selects, ", "), strings.Join(arrays, ", "), strings.Join(ucols, ", "))
	if t.Parent == nil && len(sets) > 0 {
		tp.updateRootSQL = fmt.Sprintf("UPDATE %s AS t SET %s FROM unnest(%s) AS u(%s) WHERE t.%s = u.c0",
			table, strings.Join(sets, ", "), strings.Join(arrays, ", "), strings.Join(ucols, ", "), q("DocumentId"))
	}
	tp.copySQL = fmt.Sprintf("COPY %s (%s) FROM STDIN", table, strings.Join(cols, ", "))
	tp.deleteSQL = fmt.Sprintf("DELETE FROM %s WHERE %s = $1", table, q(t.Key[0].Name))
	var keyJoin, keyArrays, keyCols []string
	for i, k := range t.Key {
		keyJoin = append(keyJoin, fmt.Sprintf("t.%s = u.c%d", q(k.Name), i))
		_, arrType, _ := columnArray(t, k)
		keyArrays = append(keyArrays, fmt.Sprintf("$%d::%s[]", i+1, arrType))
		keyCols = append(keyCols, fmt.Sprintf("c%d", i))
	}
	var nonKeySets []string
	for i := len(t.Key); i < len(t.Columns); i++ {
		nonKeySets = append(nonKeySets, fmt.Sprintf("%s = %s", q(t.Columns[i].Name), selects[i]))
	}
	if len(nonKeySets) > 0 {
		tp.updateByKeySQL = fmt.Sprintf("UPDATE %s AS t SET %s FROM unnest(%s) AS u(%s) WHERE %s",
			table, strings.Join(nonKeySets, ", "), strings.Join(arrays, ", "), strings.Join(ucols, ", "), strings.Join(keyJoin, " AND "))
	}
	tp.deleteByKeySQL = fmt.Sprintf("DELETE FROM %s AS t USING unnest(%s) AS u(%s) WHERE %s",
		table, strings.Join(keyArrays, ", "), strings.Join(keyCols, ", "), strings.Join(keyJoin, " AND "))
	var keys []string
	for _, k := range t.Key {
		keys = append(keys, q(k.Name))
	}
	tp.selectSQL = fmt.Sprintf("SELECT %s FROM %s WHERE %s = ANY($1) ORDER BY %s",
		strings.Join(cols, ", "), table, q(t.Key[0].Name), strings.Join(keys, ", "))
	return tp
}

// columnArray picks the array type of a column's parameter and the cast
// from it to the column type.
func columnArray(t *relmodel.Table, c *relmodel.Column) (colKind, string, string) {
	switch c.Kind {
	case relmodel.KeyDocumentID, relmodel.DocumentFK, relmodel.DescriptorFK:
		return arrInt64, "bigint", ""
	case relmodel.KeyParent:
		if c == t.Key[0] {
			return arrInt64, "bigint", ""
		}
		return arrInt32, "integer", ""
	case relmodel.KeyOrdinal:
		return arrInt32, "integer", ""
	}
	switch c.Type.Kind {
	case relmodel.Boolean:
		return arrBool, "boolean", ""
	case relmodel.String:
		return arrText, "text", ""
	}
	return arrText, "text", pg.ScalarType(c.Type)
}

func compileResource(m *relmodel.Model, r *relmodel.Resource) (*resourcePlan, error) {
	pl := &resourcePlan{r: r, byT: map[*relmodel.Table]*tablePlan{}, projByQName: map[apischema.QName]*projection{}}
	if r.Root == nil {
		return pl, nil
	}
	for i, t := range r.Tables {
		tp := buildTablePlan(t)
		tp.index = i
		pl.tables = append(pl.tables, tp)
		pl.byT[t] = tp
		if t.Parent != nil {
			parent := pl.byT[t.Parent]
			parent.children = append(parent.children, tp)
		}
	}
	// Identity projections: one per referenced target type, fed by the
	// document ids the page's FK columns hold (computed server-side).
	targets := map[apischema.QName][]*relmodel.RefSource{}
	var order []apischema.QName
	for _, s := range r.Refs {
		if _, ok := targets[s.Target]; !ok {
			order = append(order, s.Target)
		}
		targets[s.Target] = append(targets[s.Target], s)
	}
	for _, tq := range order {
		p, err := newProjection(m, tq)
		if err != nil {
			return nil, fmt.Errorf("%s: reference to %s: %w", r.QName(), tq, err)
		}
		var sources []string
		for _, s := range targets[tq] {
			sources = append(sources, fmt.Sprintf("SELECT %s FROM %s WHERE %s = ANY($1)",
				q(s.Column.Name), pg.Table(s.Table.Schema, s.Table.Name), q(s.Table.Key[0].Name)))
		}
		p.pageSQL = p.sql(strings.Join(sources, " UNION ALL "))
		pl.projections = append(pl.projections, p)
		pl.projByQName[tq] = p
	}
	if len(r.Descs) > 0 {
		var sources []string
		for _, s := range r.Descs {
			sources = append(sources, fmt.Sprintf("SELECT %s FROM %s WHERE %s = ANY($1)",
				q(s.Column.Name), pg.Table(s.Table.Schema, s.Table.Name), q(s.Table.Key[0].Name)))
		}
		pl.descSQL = fmt.Sprintf(`SELECT %s, %s FROM %s WHERE %s IN (%s)`, q("DocumentId"), q("Uri"),
			pg.Table("dms", "Descriptor"), q("DocumentId"), strings.Join(sources, " UNION ALL "))
	}
	em, err := compileEmit(pl, r.API.JSONSchema, r.Root, nil)
	if err != nil {
		return nil, err
	}
	pl.emit = em
	return pl, nil
}
