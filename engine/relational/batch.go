package relational

import (
	"context"
	"sort"

	"github.com/google/uuid"
	"github.com/jackc/pgx/v5"

	"github.com/edfi-bench/tpr/engine/core"
	"github.com/edfi-bench/tpr/engine/store"
)

// BatchResult is one document's outcome in UpsertBatch.
type BatchResult struct {
	store.WriteResult
	Err error
}

// insertDocumentsSQL is insertDocumentSQL for many documents: the
// RETURNING pairs each new DocumentId with the DocumentUuid generated for
// it, and the identities join back through it.
const insertDocumentsSQL = `WITH d AS (
  INSERT INTO "dms"."Document" ("DocumentUuid", "ProjectName", "ResourceName", "ResourceVersion")
  SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[]) RETURNING "DocumentId", "DocumentUuid"),
l AS (INSERT INTO "dms"."IdentityLock" ("DocumentId") SELECT "DocumentId" FROM d),
ri AS (INSERT INTO "dms"."ReferentialIdentity" ("ReferentialId", "DocumentId", "ProjectName", "ResourceName")
  SELECT x.id, d."DocumentId", x.p, x.r FROM unnest($5::uuid[], $6::uuid[], $7::text[], $8::text[]) AS x(doc, id, p, r)
  JOIN d ON d."DocumentUuid" = x.doc)
SELECT "DocumentUuid", "DocumentId" FROM d`

const insertDescriptorsSQL = `INSERT INTO "dms"."Descriptor" ("DocumentId", "Namespace", "CodeValue", "ShortDescription", "Description", "EffectiveBeginDate", "EffectiveEndDate", "Discriminator", "Uri")
SELECT d, ns, cv, sd, de, eb::date, ee::date, disc, ns || '#' || cv
FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[]) AS x(d, ns, cv, sd, de, eb, ee, disc)`

const insertManyEdgesSQL = `INSERT INTO "dms"."ReferenceEdge" ("ParentDocumentId", "ChildDocumentId", "IsIdentityComponent")
SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::boolean[])`

// UpsertBatch is the bulk-load path: what a loader posting many documents
// would get from a server that accepts them together. The documents that
// are new and whose references all resolve to documents stored before the
// batch are inserted in one transaction with a fixed number of round
// trips, whatever the batch holds — every table's rows of every document
// in one statement (or one COPY), one statement for all of dms.Document,
// IdentityLock and ReferentialIdentity, one for all edges. The others
// (updates, a second document with an identity already in the batch, a
// reference to a document of the same batch, a reference that does not
// resolve) are then posted one by one through Upsert, after the batch has
// committed, in their batch order, so each gets exactly the outcome a
// sequence of POSTs would give it. If the batch transaction fails as a
// whole (say a constraint violated by one document), every document is
// posted one by one, so the failure lands on the one that caused it.
//
// The results are in the documents' order. The HTTP API has no batch
// route (Ed-Fi has none); this is for loaders and the bulk-flatten
// scenario.
func (s *Store) UpsertBatch(ctx context.Context, docs []*core.Document) []BatchResult {
	out := make([]BatchResult, len(docs))
	var rest []int
	err := s.retry(ctx, func() error {
		var err error
		rest, err = s.insertBatch(ctx, docs, out)
		return err
	})
	if err != nil {
		if ctx.Err() != nil {
			for i := range out {
				out[i].Err = ctx.Err()
			}
			return out
		}
		rest = rest[:0]
		for i := range docs {
			rest = append(rest, i)
		}
	}
	for _, i := range rest {
		out[i].WriteResult, out[i].Err = s.Upsert(ctx, docs[i], store.WriteOptions{})
	}
	return out
}

// insertBatch inserts the documents it can in one transaction, fills
// their results, and returns the indexes left for one-by-one posting.
func (s *Store) insertBatch(ctx context.Context, docs []*core.Document, out []BatchResult) (rest []int, err error) {
	var lookup []uuid.UUID
	seen := map[uuid.UUID]bool{}
	add := func(id uuid.UUID) {
		if !seen[id] {
			seen[id] = true
			lookup = append(lookup, id)
		}
	}
	docRefs := make([][]uuid.UUID, len(docs))
	for i, d := range docs {
		docRefs[i] = refIDs(d)
		for _, id := range docRefs[i] {
			add(id)
		}
		add(d.ReferentialID)
		if d.Superclass.Resource != "" {
			add(d.SuperclassReferentialID)
		}
	}

	// Round trip 1 (no transaction yet): resolve every reference and
	// identity of the batch at once.
	rows, err := s.db.Query(ctx, resolveSQL, lookup)
	if err != nil {
		return nil, err
	}
	resolved, err := scanResolved(rows)
	if err != nil {
		return nil, err
	}

	claimed := map[uuid.UUID]bool{}
	var batch []int
	for i, d := range docs {
		_, exists := resolved[d.ReferentialID]
		subclass := d.Superclass.Resource != ""
		if subclass {
			_, super := resolved[d.SuperclassReferentialID]
			exists = exists || super || claimed[d.SuperclassReferentialID]
		}
		if exists || claimed[d.ReferentialID] || unresolved(d, resolved) != nil {
			rest = append(rest, i)
			continue
		}
		claimed[d.ReferentialID] = true
		if subclass {
			claimed[d.SuperclassReferentialID] = true
		}
		batch = append(batch, i)
	}
	if len(batch) == 0 {
		return rest, nil
	}

	var refs []uuid.UUID
	childSet := map[int64]bool{}
	refSeen := map[uuid.UUID]bool{}
	for _, i := range batch {
		for _, id := range docRefs[i] {
			if !refSeen[id] {
				refSeen[id] = true
				refs = append(refs, id)
				childSet[resolved[id]] = true
			}
		}
	}
	children := make([]int64, 0, len(childSet))
	for id := range childSet {
		children = append(children, id)
	}
	sort.Slice(children, func(i, j int) bool { return children[i] < children[j] })

	uuids := make([]uuid.UUID, len(batch))
	projects := make([]string, len(batch))
	names := make([]string, len(batch))
	versions := make([]string, len(batch))
	var riDoc, riID []uuid.UUID
	var riProj, riName []string
	for k, i := range batch {
		d := docs[i]
		uuids[k] = uuid.New()
		projects[k], names[k], versions[k] = d.Resource.Project.ProjectName, d.Resource.Name, d.Resource.Project.Version
		riDoc, riID = append(riDoc, uuids[k]), append(riID, d.ReferentialID)
		riProj, riName = append(riProj, projects[k]), append(riName, names[k])
		if d.Superclass.Resource != "" {
			riDoc, riID = append(riDoc, uuids[k]), append(riID, d.SuperclassReferentialID)
			riProj, riName = append(riProj, d.Superclass.Project), append(riName, d.Superclass.Resource)
		}
	}

	tx, err := s.db.Begin(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.Rollback(ctx)

	// Round trip 2: shared locks on every referenced document, ascending,
	// the re-check of their resolution (00 Decision 2), and the batch's
	// dms.Document, IdentityLock and ReferentialIdentity rows.
	b := &pgx.Batch{}
	if len(children) > 0 {
		b.Queue(lockSharedSQL, children)
		b.Queue(resolveSQL, refs)
	}
	b.Queue(insertDocumentsSQL, uuids, projects, names, versions, riDoc, riID, riProj, riName)
	br := tx.SendBatch(ctx, b)
	if len(children) > 0 {
		if err := recheckLocked(br, refs, resolved); err != nil {
			br.Close()
			return nil, err
		}
	}
	ids := make(map[uuid.UUID]int64, len(batch))
	rows, err = br.Query()
	if err != nil {
		br.Close()
		return nil, err
	}
	for rows.Next() {
		var u uuid.UUID
		var id int64
		if err := rows.Scan(&u, &id); err != nil {
			br.Close()
			return nil, err
		}
		ids[u] = id
	}
	if err := rows.Err(); err != nil {
		br.Close()
		return nil, err
	}
	if err := br.Close(); err != nil {
		return nil, err
	}
	s.addRows(ctx, int64(2*len(batch)+len(riID)))

	// Round trip 3 (plus one per table large enough to go by COPY): the
	// rows of every document, one statement per table; then the edges.
	var order []*tablePlan
	byTable := map[*tablePlan][][]any{}
	var descArgs [7][]*string
	var descIDs []int64
	var edgeParent, edgeChild []int64
	var edgeFlag []bool
	for k, i := range batch {
		d := docs[i]
		docID := ids[uuids[k]]
		if d.Resource.IsDescriptor {
			descIDs = append(descIDs, docID)
			for j, v := range descriptorValues(d) {
				descArgs[j] = append(descArgs[j], v)
			}
			continue
		}
		pl, err := s.plan(d.Resource)
		if err != nil {
			return nil, err
		}
		flat, err := flatten(pl, d, docID, resolved)
		if err != nil {
			return nil, err
		}
		for t, tp := range pl.tables {
			if len(flat.rows[t]) == 0 {
				continue
			}
			if _, ok := byTable[tp]; !ok {
				order = append(order, tp)
			}
			byTable[tp] = append(byTable[tp], flat.rows[t]...)
		}
		childIDs, flags := edgeArrays(flat.edges)
		for range childIDs {
			edgeParent = append(edgeParent, docID)
		}
		edgeChild = append(edgeChild, childIDs...)
		edgeFlag = append(edgeFlag, flags...)
	}
	wq := &writeQueue{}
	if len(descIDs) > 0 {
		wq.exec(insertDescriptorsSQL, descIDs, descArgs[0], descArgs[1], descArgs[2], descArgs[3], descArgs[4], descArgs[5], descArgs[6])
	}
	// Tables appear in the order of each resource's plan (parents before
	// their children), and no table belongs to two resources, so the
	// foreign keys between a batch's rows are satisfied in this order.
	for _, tp := range order {
		wq.insert(tp, byTable[tp])
	}
	if len(edgeParent) > 0 {
		wq.exec(insertManyEdgesSQL, edgeParent, edgeChild, edgeFlag)
	}
	if _, _, err := wq.run(ctx, tx); err != nil {
		return nil, err
	}
	if err := tx.Commit(ctx); err != nil {
		return nil, err
	}
	for k, i := range batch {
		out[i] = BatchResult{WriteResult: store.WriteResult{ID: uuids[k], Created: true, ETag: store.FormatETag(1)}}
	}
	return rest, nil
}
