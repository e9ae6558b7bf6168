package relational

import (
	"context"
	"fmt"
	"sort"

	"github.com/google/uuid"
	"github.com/jackc/pgx/v5"

	"github.com/edfi-bench/tpr/engine/apischema"
	"github.com/edfi-bench/tpr/engine/core"
)

// Algorithm C (03 §5): the seed's rows already carry its new identity. Lock
// the identity closure level by level over identity edges (ascending within
// a level, lock before reading the next level), recompute the
// ReferentialIds of every closure member from relational storage, then bump
// the representation version of the closure and of its one-hop referrers,
// read with a fresh statement after every closure lock is held. Referencing
// rows are never rewritten: they keep pointing at the same DocumentIds.

const expandSQL = `SELECT DISTINCT "ParentDocumentId" FROM "dms"."ReferenceEdge"
WHERE "ChildDocumentId" = ANY($1) AND "IsIdentityComponent"`

const lockUpdateSQL = `SELECT "DocumentId" FROM "dms"."IdentityLock" WHERE "DocumentId" = ANY($1) ORDER BY "DocumentId" FOR UPDATE`

const closureTypesSQL = `SELECT "DocumentId", "ProjectName", "ResourceName" FROM "dms"."Document" WHERE "DocumentId" = ANY($1)`

const deleteIdentitySQL = `DELETE FROM "dms"."ReferentialIdentity" WHERE "DocumentId" = ANY($1)`

const insertIdentitySQL = `INSERT INTO "dms"."ReferentialIdentity" ("ReferentialId", "DocumentId", "ProjectName", "ResourceName")
SELECT * FROM unnest($1::uuid[], $2::bigint[], $3::text[], $4::text[])`

// bumpSQL bumps every cache target once; the seed was bumped by the write.
const bumpSQL = `UPDATE "dms"."Document" SET "Etag" = "Etag" + 1, "LastModifiedAt" = now()
WHERE "DocumentId" IN (SELECT unnest($1::bigint[])
                       UNION SELECT "ParentDocumentId" FROM "dms"."ReferenceEdge" WHERE "ChildDocumentId" = ANY($1))
  AND "DocumentId" <> $2`

// CascadeStats describes the last cascade (tests and benchmarks read it).
type CascadeStats struct {
	Levels     int
	Closure    int
	Bumped     int64
	Recomputed int
}

func (s *Store) cascade(ctx context.Context, tx pgx.Tx, seed int64) error {
	_, err := s.cascadeStats(ctx, tx, seed, true)
	return err
}

// cascadeStats runs Algorithm C from seed. recompute is false when the
// seed's rendering changed but not its identity (a descriptor URI recased):
// the closure's representations change, their ReferentialIds do not.
func (s *Store) cascadeStats(ctx context.Context, tx pgx.Tx, seed int64, recompute bool) (CascadeStats, error) {
	var st CascadeStats
	closure := map[int64]bool{seed: true}
	level := []int64{seed}
	// The seed is already update-locked. Each further level: read the
	// parents of the (locked) current level, lock the new ones.
	maxLevels := s.identityDepth + 1
	for len(level) > 0 {
		st.Levels++
		if st.Levels > maxLevels+1 {
			return st, fmt.Errorf("identity cascade exceeded the type-level depth bound (%d levels)", maxLevels)
		}
		rows, err := tx.Query(ctx, expandSQL, level)
		if err != nil {
			return st, err
		}
		parents, err := pgx.CollectRows(rows, pgx.RowTo[int64])
		if err != nil {
			return st, err
		}
		var next []int64
		for _, p := range parents {
			if !closure[p] {
				closure[p] = true
				next = append(next, p)
			}
		}
		if len(next) == 0 {
			break
		}
		sort.Slice(next, func(i, j int) bool { return next[i] < next[j] })
		if _, err := tx.Exec(ctx, lockUpdateSQL, next); err != nil {
			return st, err
		}
		level = next
	}
	ids := make([]int64, 0, len(closure))
	for id := range closure {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	st.Closure = len(ids)

	if recompute {
		if err := s.recomputeIdentities(ctx, tx, ids); err != nil {
			return st, err
		}
		st.Recomputed = len(ids)
	}
	tag, err := tx.Exec(ctx, bumpSQL, ids, seed)
	if err != nil {
		return st, err
	}
	st.Bumped = tag.RowsAffected()
	return st, nil
}

// recomputeIdentities rewrites the ReferentialIdentity rows of the given
// documents from their relational identity values: one projection per
// resource type, one replacement statement. A collision with another
// document's identity violates the primary key and fails the transaction.
func (s *Store) recomputeIdentities(ctx context.Context, tx pgx.Tx, ids []int64) error {
	rows, err := tx.Query(ctx, closureTypesSQL, ids)
	if err != nil {
		return err
	}
	byType := map[apischema.QName][]int64{}
	for rows.Next() {
		var id int64
		var q apischema.QName
		if err := rows.Scan(&id, &q.Project, &q.Resource); err != nil {
			rows.Close()
			return err
		}
		byType[q] = append(byType[q], id)
	}
	if err := rows.Err(); err != nil {
		return err
	}
	types := make([]apischema.QName, 0, len(byType))
	for q := range byType {
		types = append(types, q)
	}
	sort.Slice(types, func(i, j int) bool { return types[i].String() < types[j].String() })

	b := &pgx.Batch{}
	for _, q := range types {
		p, err := s.selfProjection(q)
		if err != nil {
			return err
		}
		b.Queue(p.byIDsSQL, byType[q])
	}
	br := tx.SendBatch(ctx, b)
	var refIDs []uuid.UUID
	var docIDs []int64
	var projs, names []string
	for _, q := range types {
		p, _ := s.selfProjection(q)
		r := s.model.Resource(q)
		rows, err := br.Query()
		if err != nil {
			br.Close()
			return err
		}
		for rows.Next() {
			vals, err := rows.Values()
			if err != nil {
				rows.Close()
				br.Close()
				return err
			}
			id := vals[0].(int64)
			elems := identityElements(p, vals[1:])
			refIDs = append(refIDs, core.ReferentialID(q.Project, q.Resource, elems))
			docIDs, projs, names = append(docIDs, id), append(projs, q.Project), append(names, q.Resource)
			if r.API.IsSubclass {
				sup := r.API.Superclass()
				alias := elems
				if r.API.SubclassType == "domainEntity" {
					alias = []core.IdentityElement{{Path: r.API.SuperclassIdentityJSONPath, Value: elems[0].Value}}
				}
				refIDs = append(refIDs, core.ReferentialID(sup.Project, sup.Resource, alias))
				docIDs, projs, names = append(docIDs, id), append(projs, sup.Project), append(names, sup.Resource)
			}
		}
		if err := rows.Err(); err != nil {
			br.Close()
			return err
		}
	}
	if err := br.Close(); err != nil {
		return err
	}
	b = &pgx.Batch{}
	b.Queue(deleteIdentitySQL, ids)
	b.Queue(insertIdentitySQL, refIDs, docIDs, projs, names)
	return tx.SendBatch(ctx, b).Close()
}

// identityElements renders projected values in Core's string forms.
func identityElements(p *projection, vals []any) []core.IdentityElement {
	out := make([]core.IdentityElement, len(p.fields))
	for i, f := range p.fields {
		var v string
		if f.desc {
			v = core.NormalizeURI(vals[i].(string))
		} else {
			v = scalarText(vals[i], f.typ)
		}
		out[i] = core.IdentityElement{Path: f.path, Value: v}
	}
	return out
}

// selfProjection projects a resource type's own identity.
func (s *Store) selfProjection(q apischema.QName) (*projection, error) {
	s.mu.RLock()
	p := s.selfProj[q]
	s.mu.RUnlock()
	if p != nil {
		return p, nil
	}
	r := s.model.Resource(q)
	if r == nil || r.Root == nil {
		return nil, fmt.Errorf("internal: no identity projection for %s", q)
	}
	p, err := newProjection(s.model, q)
	if err != nil {
		return nil, err
	}
	s.mu.Lock()
	s.selfProj[q] = p
	s.mu.Unlock()
	return p, nil
}
