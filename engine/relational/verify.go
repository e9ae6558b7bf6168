package relational

import (
	"context"
	"fmt"
	"strings"

	"github.com/google/uuid"
	"github.com/jackc/pgx/v5"

	"github.com/edfi-bench/tpr/engine/core"
	"github.com/edfi-bench/tpr/engine/relmodel"
)

// VerifyOptions bound the audit.
type VerifyOptions struct {
	// Sample, when > 0, audits at most that many documents per resource
	// type (the lowest DocumentIds are not favoured: a random sample).
	Sample int
	// MaxReport caps the violations kept in the report (default 100).
	MaxReport int
}

// Violation is one audit finding.
type Violation struct {
	Kind     string // "missing-edge", "extra-edge", "edge-flag", "referential-id"
	Resource string
	Document int64
	Detail   string
}

func (v Violation) String() string {
	return fmt.Sprintf("%s %s document %d: %s", v.Kind, v.Resource, v.Document, v.Detail)
}

// VerifyReport is the audit's outcome.
type VerifyReport struct {
	Documents  int64
	Edges      int64
	Violations int64
	Findings   []Violation
}

// Verify recomputes, from the resource tables, every document's reference
// edges (all FK columns of all its tables, collapsed per child with the
// identity flag OR-ed) and ReferentialIds (primary and superclass alias,
// from the projected identity values) and compares them with dms.ReferenceEdge
// and dms.ReferentialIdentity. It reads one resource type at a time.
func (s *Store) Verify(ctx context.Context, opts VerifyOptions) (*VerifyReport, error) {
	if opts.MaxReport <= 0 {
		opts.MaxReport = 100
	}
	rep := &VerifyReport{}
	add := func(v Violation) {
		rep.Violations++
		if len(rep.Findings) < opts.MaxReport {
			rep.Findings = append(rep.Findings, v)
		}
	}
	for _, r := range s.model.Resources {
		ids, err := s.sampleIDs(ctx, r, opts.Sample)
		if err != nil {
			return nil, err
		}
		if len(ids) == 0 {
			continue
		}
		rep.Documents += int64(len(ids))
		name := r.QName().String()
		if r.Root != nil {
			n, err := s.verifyEdges(ctx, r, ids, name, add)
			if err != nil {
				return nil, err
			}
			rep.Edges += n
		}
		if err := s.verifyIdentities(ctx, r, ids, name, add); err != nil {
			return nil, err
		}
	}
	return rep, nil
}

func (s *Store) sampleIDs(ctx context.Context, r *relmodel.Resource, sample int) ([]int64, error) {
	sql := `SELECT "DocumentId" FROM "dms"."Document" WHERE "ProjectName" = $1 AND "ResourceName" = $2`
	args := []any{r.API.Project.ProjectName, r.API.Name}
	if sample > 0 {
		sql += ` ORDER BY random() LIMIT $3`
		args = append(args, sample)
	}
	rows, err := s.db.Query(ctx, sql, args...)
	if err != nil {
		return nil, err
	}
	return pgx.CollectRows(rows, pgx.RowTo[int64])
}

func (s *Store) verifyEdges(ctx context.Context, r *relmodel.Resource, ids []int64, name string, add func(Violation)) (int64, error) {
	var parts []string
	for _, t := range r.Tables {
		for _, c := range t.Columns {
			if !c.IsFK() {
				continue
			}
			flag := false
			if c.Ref != nil {
				flag = c.Ref.IsIdentity
			} else {
				flag = c.Desc.IsIdentity
			}
			parts = append(parts, fmt.Sprintf(`SELECT %s AS p, %s AS c, %t AS f FROM %s WHERE %s = ANY($1) AND %s IS NOT NULL`,
				q(t.Key[0].Name), q(c.Name), flag, pg.Table(t.Schema, t.Name), q(t.Key[0].Name), q(c.Name)))
		}
	}
	expected := `SELECT NULL::bigint AS p, NULL::bigint AS c, NULL::boolean AS f WHERE false`
	if len(parts) > 0 {
		expected = `SELECT p, c, bool_or(f) AS f FROM (` + strings.Join(parts, " UNION ALL ") + `) x GROUP BY p, c`
	}
	sql := `WITH exp AS (` + expected + `),
act AS (SELECT "ParentDocumentId" AS p, "ChildDocumentId" AS c, "IsIdentityComponent" AS f FROM "dms"."ReferenceEdge" WHERE "ParentDocumentId" = ANY($1))
SELECT coalesce(exp.p, act.p), coalesce(exp.c, act.c), exp.f, act.f, (SELECT count(*) FROM act)
FROM exp FULL JOIN act ON exp.p = act.p AND exp.c = act.c
WHERE exp.p IS NULL OR act.p IS NULL OR exp.f <> act.f
UNION ALL SELECT NULL, NULL, NULL, NULL, (SELECT count(*) FROM act)`
	rows, err := s.db.Query(ctx, sql, ids)
	if err != nil {
		return 0, err
	}
	defer rows.Close()
	var total int64
	for rows.Next() {
		var p, c *int64
		var ef, af *bool
		if err := rows.Scan(&p, &c, &ef, &af, &total); err != nil {
			return 0, err
		}
		switch {
		case p == nil:
		case af == nil:
			add(Violation{"missing-edge", name, *p, fmt.Sprintf("no dms.ReferenceEdge row for child %d (identity=%t)", *c, *ef)})
		case ef == nil:
			add(Violation{"extra-edge", name, *p, fmt.Sprintf("dms.ReferenceEdge row for child %d matches no FK value", *c)})
		default:
			add(Violation{"edge-flag", name, *p, fmt.Sprintf("edge to %d has IsIdentityComponent=%t, want %t", *c, *af, *ef)})
		}
	}
	return total, rows.Err()
}

func (s *Store) verifyIdentities(ctx context.Context, r *relmodel.Resource, ids []int64, name string, add func(Violation)) error {
	want := map[int64][]uuid.UUID{}
	api := r.API
	if r.Root == nil {
		rows, err := s.db.Query(ctx, `SELECT "DocumentId", "Uri" FROM "dms"."Descriptor" WHERE "DocumentId" = ANY($1)`, ids)
		if err != nil {
			return err
		}
		for rows.Next() {
			var id int64
			var uri string
			if err := rows.Scan(&id, &uri); err != nil {
				rows.Close()
				return err
			}
			want[id] = []uuid.UUID{core.ReferentialID(api.Project.ProjectName, api.Name,
				[]core.IdentityElement{{Path: core.DescriptorIdentityPath, Value: core.NormalizeURI(uri)}})}
		}
		if err := rows.Err(); err != nil {
			return err
		}
	} else {
		p, err := s.selfProjection(r.QName())
		if err != nil {
			return err
		}
		rows, err := s.db.Query(ctx, p.byIDsSQL, ids)
		if err != nil {
			return err
		}
		for rows.Next() {
			vals, err := rows.Values()
			if err != nil {
				rows.Close()
				return err
			}
			elems := identityElements(p, vals[1:])
			id := vals[0].(int64)
			want[id] = []uuid.UUID{core.ReferentialID(api.Project.ProjectName, api.Name, elems)}
			if api.IsSubclass {
				sup := api.Superclass()
				alias := elems
				if api.SubclassType == "domainEntity" {
					alias = []core.IdentityElement{{Path: api.SuperclassIdentityJSONPath, Value: elems[0].Value}}
				}
				want[id] = append(want[id], core.ReferentialID(sup.Project, sup.Resource, alias))
			}
		}
		if err := rows.Err(); err != nil {
			return err
		}
	}
	rows, err := s.db.Query(ctx, `SELECT "DocumentId", "ReferentialId" FROM "dms"."ReferentialIdentity" WHERE "DocumentId" = ANY($1)`, ids)
	if err != nil {
		return err
	}
	have := map[int64]map[uuid.UUID]bool{}
	for rows.Next() {
		var id int64
		var rid uuid.UUID
		if err := rows.Scan(&id, &rid); err != nil {
			rows.Close()
			return err
		}
		if have[id] == nil {
			have[id] = map[uuid.UUID]bool{}
		}
		have[id][rid] = true
	}
	if err := rows.Err(); err != nil {
		return err
	}
	for _, id := range ids {
		w := want[id]
		if len(w) == 0 {
			add(Violation{"referential-id", name, id, "identity values could not be projected (missing root row?)"})
			continue
		}
		for _, rid := range w {
			if !have[id][rid] {
				add(Violation{"referential-id", name, id, fmt.Sprintf("recomputed ReferentialId %s is not recorded", rid)})
			}
		}
		if len(have[id]) != len(w) {
			add(Violation{"referential-id", name, id, fmt.Sprintf("%d ReferentialIdentity rows, want %d", len(have[id]), len(w))})
		}
	}
	return nil
}
