package relational

import (
	"fmt"
	"strings"

	"github.com/edfi-bench/tpr/engine/apischema"
	"github.com/edfi-bench/tpr/engine/relmodel"
)

// projection reads the current identity values of documents of one target
// type (concrete, or abstract through its union view), following
// reference-bearing identities through joins. One statement serves any
// number of documents: reads use it to render reference objects, the
// identity cascade to recompute ReferentialIds.
type projection struct {
	target apischema.QName
	fields []projField // target identityJsonPaths order
	from   string      // FROM clause with joins; t0 is the target
	exprs  []string
	// pageSQL is the projection of the ids a page's FK columns hold.
	pageSQL string
	// byIDsSQL projects an explicit id set ($1 = bigint[]).
	byIDsSQL string
	// resource/abstract name hashed into ReferentialIds.
	project, resource string
}

type projField struct {
	path string // target-side identity path
	typ  relmodel.ScalarType
	desc bool // value is a descriptor URI
}

func (p *projection) sql(idSource string) string {
	return fmt.Sprintf("SELECT t0.%s, %s FROM %s WHERE t0.%s IN (%s)", q("DocumentId"),
		strings.Join(p.exprs, ", "), p.from, q("DocumentId"), idSource)
}

type projBuilder struct {
	m     *relmodel.Model
	joins []string
	n     int
	seen  map[string]string
}

func newProjection(m *relmodel.Model, target apischema.QName) (*projection, error) {
	b := &projBuilder{m: m, seen: map[string]string{}}
	p := &projection{target: target, project: target.Project, resource: target.Resource}
	var paths []apischema.Path
	var from string
	if r := m.Resource(target); r != nil {
		if r.Root == nil {
			return nil, fmt.Errorf("target %s is a descriptor", target)
		}
		from = pg.Table(r.Root.Schema, r.Root.Name) + " t0"
		for _, part := range r.Identity {
			paths = append(paths, part.Path)
		}
	} else if v := m.View(target); v != nil {
		from = pg.Table(v.Schema, v.Name) + " t0"
		paths = v.Abstract.IdentityJSONPaths
	} else {
		return nil, fmt.Errorf("unknown target %s", target)
	}
	for _, path := range paths {
		expr, f, err := b.resolve(target, "t0", path)
		if err != nil {
			return nil, err
		}
		f.path = path.Canonical
		p.fields = append(p.fields, f)
		p.exprs = append(p.exprs, expr)
	}
	p.from = from
	if len(b.joins) > 0 {
		p.from += " " + strings.Join(b.joins, " ")
	}
	p.byIDsSQL = p.sql("SELECT unnest($1::bigint[])")
	return p, nil
}

func (b *projBuilder) join(parentAlias, fkCol, table string) string {
	key := parentAlias + "." + fkCol + ">" + table
	if a, ok := b.seen[key]; ok {
		return a
	}
	b.n++
	a := fmt.Sprintf("t%d", b.n)
	b.joins = append(b.joins, fmt.Sprintf("JOIN %s %s ON %s.%s = %s.%s", table, a, a, q("DocumentId"), parentAlias, q(fkCol)))
	b.seen[key] = a
	return a
}

func (b *projBuilder) targetTable(q apischema.QName) (string, error) {
	if r := b.m.Resource(q); r != nil && r.Root != nil {
		return pg.Table(r.Root.Schema, r.Root.Name), nil
	}
	if v := b.m.View(q); v != nil {
		return pg.Table(v.Schema, v.Name), nil
	}
	return "", fmt.Errorf("unknown identity target %s", q)
}

// resolve returns the SQL expression of an identity path of src, read
// through alias.
func (b *projBuilder) resolve(src apischema.QName, alias string, path apischema.Path) (string, projField, error) {
	if r := b.m.Resource(src); r != nil {
		for _, part := range r.Identity {
			if part.Path.Canonical != path.Canonical {
				continue
			}
			if part.Ref == nil {
				if part.Column.Kind == relmodel.DescriptorFK {
					a := b.join(alias, part.Column.Name, pg.Table("dms", "Descriptor"))
					return a + "." + q("Uri"), projField{desc: true}, nil
				}
				return alias + "." + q(part.Column.Name), projField{typ: part.Column.Type}, nil
			}
			table, err := b.targetTable(part.Ref.Target)
			if err != nil {
				return "", projField{}, err
			}
			a := b.join(alias, part.Column.Name, table)
			return b.resolve(part.Ref.Target, a, part.Field.TargetIdentity)
		}
		return "", projField{}, fmt.Errorf("%s has no identity path %s", src, path)
	}
	v := b.m.View(src)
	if v == nil {
		return "", projField{}, fmt.Errorf("unknown identity source %s", src)
	}
	for ci, vc := range v.Columns {
		for _, p := range vc.Paths {
			if p.Canonical != path.Canonical {
				continue
			}
			if !vc.IsFK {
				return alias + "." + q(vc.Name), projField{typ: vc.Type}, nil
			}
			ref := v.Branches[0].Columns[ci].Ref
			for _, f := range ref.Fields {
				if f.Name == path.Last() {
					table, err := b.targetTable(vc.Target)
					if err != nil {
						return "", projField{}, err
					}
					a := b.join(alias, vc.Name, table)
					return b.resolve(vc.Target, a, f.TargetIdentity)
				}
			}
			return "", projField{}, fmt.Errorf("view %s: no reference field for %s", v.Name, path)
		}
	}
	return "", projField{}, fmt.Errorf("view %s has no identity path %s", v.Name, path)
}
