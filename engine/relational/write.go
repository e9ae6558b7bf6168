package relational

import (
	"context"
	"errors"
	"fmt"
	"sort"

	"github.com/google/uuid"
	"github.com/jackc/pgx/v5"

	"github.com/edfi-bench/tpr/engine/core"
	"github.com/edfi-bench/tpr/engine/store"
)

const insertDocumentSQL = `WITH d AS (
  INSERT INTO "dms"."Document" ("DocumentUuid", "ProjectName", "ResourceName", "ResourceVersion")
  VALUES ($1, $2, $3, $4) RETURNING "DocumentId"),
l AS (INSERT INTO "dms"."IdentityLock" ("DocumentId") SELECT "DocumentId" FROM d),
ri AS (INSERT INTO "dms"."ReferentialIdentity" ("ReferentialId", "DocumentId", "ProjectName", "ResourceName")
  SELECT x.id, d."DocumentId", x.p, x.r FROM d, unnest($5::uuid[], $6::text[], $7::text[]) AS x(id, p, r))
SELECT "DocumentId" FROM d`

const lockSharedSQL = `SELECT "DocumentId" FROM "dms"."IdentityLock" WHERE "DocumentId" = ANY($1) ORDER BY "DocumentId" FOR SHARE`

const lockOwnSQL = `SELECT "DocumentId" FROM "dms"."IdentityLock" WHERE "DocumentId" = $1 FOR UPDATE`

const readOwnSQL = `SELECT "Etag", "DocumentUuid" FROM "dms"."Document" WHERE "DocumentId" = $1`

const bumpOwnSQL = `UPDATE "dms"."Document" SET "Etag" = "Etag" + 1, "LastModifiedAt" = now() WHERE "DocumentId" = $1 RETURNING "Etag"`

const insertEdgesSQL = `INSERT INTO "dms"."ReferenceEdge" ("ParentDocumentId", "ChildDocumentId", "IsIdentityComponent")
SELECT $1, c, f FROM unnest($2::bigint[], $3::boolean[]) AS s(c, f)`

// syncEdgesSQL makes the parent's edges equal the staged set with zero
// writes when nothing changed. All three data-modifying CTEs see the same
// snapshot, so they cannot interfere with one another.
const syncEdgesSQL = `WITH cur AS (SELECT c, f FROM unnest($2::bigint[], $3::boolean[]) AS s(c, f)),
del AS (DELETE FROM "dms"."ReferenceEdge" e WHERE e."ParentDocumentId" = $1
  AND NOT EXISTS (SELECT 1 FROM cur WHERE cur.c = e."ChildDocumentId") RETURNING 1),
upd AS (UPDATE "dms"."ReferenceEdge" e SET "IsIdentityComponent" = cur.f FROM cur
  WHERE e."ParentDocumentId" = $1 AND e."ChildDocumentId" = cur.c AND e."IsIdentityComponent" <> cur.f RETURNING 1),
ins AS (INSERT INTO "dms"."ReferenceEdge" ("ParentDocumentId", "ChildDocumentId", "IsIdentityComponent")
  SELECT $1, cur.c, cur.f FROM cur WHERE NOT EXISTS (
    SELECT 1 FROM "dms"."ReferenceEdge" e WHERE e."ParentDocumentId" = $1 AND e."ChildDocumentId" = cur.c) RETURNING 1)
SELECT (SELECT count(*) FROM del) + (SELECT count(*) FROM upd) + (SELECT count(*) FROM ins)`

const insertDescriptorSQL = `INSERT INTO "dms"."Descriptor" ("DocumentId", "Namespace", "CodeValue", "ShortDescription", "Description", "EffectiveBeginDate", "EffectiveEndDate", "Discriminator", "Uri")
VALUES ($1, $2::text, $3::text, $4::text, $5::text, $6::date, $7::date, $8::text, $2::text || '#' || $3::text)`

const updateDescriptorSQL = `UPDATE "dms"."Descriptor" SET "Namespace" = $2::text, "CodeValue" = $3::text, "ShortDescription" = $4::text, "Description" = $5::text,
"EffectiveBeginDate" = $6::date, "EffectiveEndDate" = $7::date, "Discriminator" = $8::text, "Uri" = $2::text || '#' || $3::text WHERE "DocumentId" = $1`

// write is Algorithm W (03 §4.2): resolve every reference in one
// statement, then in one READ COMMITTED transaction shared-lock every
// referenced document in ascending order and re-check the resolution,
// update-lock the written document, write rows, edges and (on an identity
// change) cascade. putID is nil for POST.
func (s *Store) write(ctx context.Context, doc *core.Document, putID *uuid.UUID, opts store.WriteOptions) (store.WriteResult, error) {
	var res store.WriteResult
	r := doc.Resource
	pl, err := s.plan(r)
	if err != nil {
		return res, err
	}
	var expect *int64
	if opts.IfMatch != "" {
		v, ok := store.ParseETag(opts.IfMatch)
		if !ok {
			return res, store.PreconditionFailed()
		}
		expect = &v
	}
	refs := refIDs(doc)
	lookupIDs := append(append([]uuid.UUID(nil), refs...), doc.ReferentialID)
	subclass := doc.Superclass.Resource != ""
	if subclass {
		lookupIDs = append(lookupIDs, doc.SuperclassReferentialID)
	}

	// Round trip 1 (no transaction yet): resolve everything at once.
	b := &pgx.Batch{}
	b.Queue(resolveSQL, lookupIDs)
	if putID != nil {
		b.Queue(`SELECT "DocumentId", "DocumentUuid", "ProjectName", "ResourceName", "Etag" FROM "dms"."Document" WHERE "DocumentUuid" = $1`, *putID)
	}
	br := s.db.SendBatch(ctx, b)
	rows, err := br.Query()
	if err != nil {
		br.Close()
		return res, err
	}
	resolved, err := scanResolved(rows)
	if err != nil {
		br.Close()
		return res, err
	}
	var existing *docRow
	if putID != nil {
		var d docRow
		err := br.QueryRow().Scan(&d.id, &d.uuid, &d.project, &d.resource, &d.etag)
		if err == nil {
			existing = &d
		} else if !errors.Is(err, pgx.ErrNoRows) {
			br.Close()
			return res, err
		}
	}
	if err := br.Close(); err != nil {
		return res, err
	}
	if err := unresolved(doc, resolved); err != nil {
		return res, err
	}

	own, hasOwn := resolved[doc.ReferentialID]
	identityChanged := false
	var docID int64
	switch {
	case putID != nil:
		if existing == nil || existing.project != r.Project.ProjectName || existing.resource != r.Name {
			return res, store.NotFound()
		}
		docID = existing.id
		if !hasOwn || own != docID {
			// The identity changed: forbidden outright where the resource
			// does not allow it, a conflict where another document has it.
			if !r.AllowIdentityUpdates {
				return res, store.ImmutableIdentity(r.Name)
			}
			if hasOwn {
				return res, store.IdentityConflict("The identifying values of this " + r.Name + " belong to another existing item.")
			}
			identityChanged = true
		}
	case hasOwn:
		docID = own
	}
	if subclass {
		if owner, ok := resolved[doc.SuperclassReferentialID]; ok && owner != docID {
			return res, store.IdentityConflict(fmt.Sprintf("A %s with the same identity already exists as another %s.",
				doc.Superclass.Resource, doc.Superclass.Resource))
		}
	}

	tx, err := s.db.Begin(ctx)
	if err != nil {
		return res, err
	}
	defer tx.Rollback(ctx)

	// Round trip 2: shared locks on every referenced document, ascending,
	// then the re-check of the resolution (00 Decision 2); the update lock
	// on an existing document and its etag bump.
	children := make([]int64, 0, len(refs))
	for _, id := range refs {
		children = append(children, resolved[id])
	}
	sort.Slice(children, func(i, j int) bool { return children[i] < children[j] })
	b = &pgx.Batch{}
	if len(children) > 0 {
		b.Queue(lockSharedSQL, children)
		b.Queue(resolveSQL, refs)
	}
	if docID != 0 {
		b.Queue(lockOwnSQL, docID)
		b.Queue(readOwnSQL, docID)
	}
	var etag int64 = 1
	var docUUID uuid.UUID
	if b.Len() > 0 {
		br := tx.SendBatch(ctx, b)
		if len(children) > 0 {
			if err := recheckLocked(br, refs, resolved); err != nil {
				br.Close()
				return res, err
			}
		}
		if docID != 0 {
			if _, err := br.Exec(); err != nil {
				br.Close()
				return res, err
			}
			err := br.QueryRow().Scan(&etag, &docUUID)
			if errors.Is(err, pgx.ErrNoRows) {
				br.Close()
				return res, store.NotFound() // deleted concurrently
			}
			if err != nil {
				br.Close()
				return res, err
			}
			if expect != nil && *expect != etag {
				br.Close()
				return res, store.PreconditionFailed()
			}
		}
		if err := br.Close(); err != nil {
			return res, err
		}
	}

	created := docID == 0
	if created {
		if expect != nil {
			return res, store.PreconditionFailed()
		}
		docUUID = uuid.New()
		ids := []uuid.UUID{doc.ReferentialID}
		projs := []string{r.Project.ProjectName}
		names := []string{r.Name}
		if subclass {
			ids = append(ids, doc.SuperclassReferentialID)
			projs = append(projs, doc.Superclass.Project)
			names = append(names, doc.Superclass.Resource)
		}
		if err := tx.QueryRow(ctx, insertDocumentSQL, docUUID, r.Project.ProjectName, r.Name, r.Project.Version, ids, projs, names).Scan(&docID); err != nil {
			return res, err
		}
		s.addRows(ctx, int64(2+len(ids))) // Document, IdentityLock, ReferentialIdentity rows
	}

	// Round trip 3 (plus one read of the stored rows for the diff
	// strategy, and one per table large enough to go by COPY): every row
	// write of the document.
	wq := &writeQueue{}
	bump := !created
	uriChanged := false
	if r.IsDescriptor {
		if !created {
			same, sameURI, err := sameDescriptor(ctx, tx, doc, docID)
			if err != nil {
				return res, err
			}
			uriChanged = !sameURI
			if s.opts.Collections == Diff {
				bump = !same
			}
		}
		if bump || created {
			queueDescriptor(wq, doc, docID, created)
		}
	} else {
		flat, err := flatten(pl, doc, docID, resolved)
		if err != nil {
			return res, err
		}
		switch {
		case created:
			wq.insert(pl.root(), flat.rows[0])
			for i := 1; i < len(pl.tables); i++ {
				wq.insert(pl.tables[i], flat.rows[i])
			}
		case s.opts.Collections == Diff:
			changed, err := s.queueDiff(ctx, tx, wq, pl, docID, flat)
			if err != nil {
				return res, err
			}
			bump = changed || identityChanged
		default:
			for i := len(pl.tables) - 1; i >= 1; i-- {
				wq.exec(pl.tables[i].deleteSQL, docID)
			}
			if pl.root().updateRootSQL != "" {
				wq.exec(pl.root().updateRootSQL, arrays(pl.root(), flat.rows[0])...)
			}
			for i := 1; i < len(pl.tables); i++ {
				wq.insert(pl.tables[i], flat.rows[i])
			}
		}
		childIDs, flags := edgeArrays(flat.edges)
		if created {
			if len(childIDs) > 0 {
				wq.exec(insertEdgesSQL, docID, childIDs, flags)
			}
		} else if bump {
			wq.count(syncEdgesSQL, docID, childIDs, flags)
		}
	}
	if bump {
		wq.etag(bumpOwnSQL, docID)
	}
	newEtag, counted, err := wq.run(ctx, tx)
	if err != nil {
		return res, err
	}
	s.addRows(ctx, counted) // edge rows inserted, updated or deleted by the diff CTE
	if bump {
		etag = newEtag
	}
	if identityChanged {
		if err := s.cascade(ctx, tx, docID); err != nil {
			return res, err
		}
	}
	if uriChanged {
		// A recased URI keeps the descriptor's identity (URIs compare
		// case-insensitively) but changes how every referrer renders, and
		// every document whose identity (rendered in its referrers'
		// reference objects) includes it.
		if _, err := s.cascadeStats(ctx, tx, docID, false); err != nil {
			return res, err
		}
	}
	if err := tx.Commit(ctx); err != nil {
		return res, err
	}
	return store.WriteResult{ID: docUUID, Created: created, ETag: store.FormatETag(etag)}, nil
}

// recheckLocked reads the results of lockSharedSQL and resolveSQL (over
// refs) queued on br, and fails with a write conflict when a referenced
// document was deleted or changed identity between the resolution and the
// lock.
func recheckLocked(br pgx.BatchResults, refs []uuid.UUID, resolved map[uuid.UUID]int64) error {
	if _, err := br.Exec(); err != nil {
		return err
	}
	rows, err := br.Query()
	if err != nil {
		return err
	}
	again, err := scanResolved(rows)
	if err != nil {
		return err
	}
	for _, id := range refs {
		if again[id] != resolved[id] {
			return &store.Error{Status: 409, Type: "urn:ed-fi:api:conflict:write-conflict", Title: "Write Conflict",
				Detail: "A referenced item was changed or deleted by a concurrent request; retry the request."}
		}
	}
	return nil
}

// sameDescriptor compares a descriptor document with its stored row: all
// of it, and its URI (namespace#codeValue as written, case included).
func sameDescriptor(ctx context.Context, tx pgx.Tx, doc *core.Document, docID int64) (same, sameURI bool, err error) {
	var ns, cv, sd string
	var desc, begin, end *string
	err = tx.QueryRow(ctx, `SELECT "Namespace", "CodeValue", "ShortDescription", "Description", "EffectiveBeginDate"::text, "EffectiveEndDate"::text
FROM "dms"."Descriptor" WHERE "DocumentId" = $1`, docID).Scan(&ns, &cv, &sd, &desc, &begin, &end)
	if err != nil {
		return false, false, err
	}
	str := func(k string) *string {
		if v, ok := doc.Body[k].(string); ok {
			return &v
		}
		return nil
	}
	eq := func(a, b *string) bool { return (a == nil && b == nil) || (a != nil && b != nil && *a == *b) }
	sameURI = eq(&ns, str("namespace")) && eq(&cv, str("codeValue"))
	same = sameURI && eq(&sd, str("shortDescription")) &&
		eq(desc, str("description")) && eq(begin, str("effectiveBeginDate")) && eq(end, str("effectiveEndDate"))
	return same, sameURI, nil
}

func queueDescriptor(wq *writeQueue, doc *core.Document, docID int64, created bool) {
	sql := updateDescriptorSQL
	if created {
		sql = insertDescriptorSQL
	}
	args := []any{docID}
	for _, v := range descriptorValues(doc) {
		args = append(args, v)
	}
	wq.exec(sql, args...)
}

// descriptorValues are a descriptor document's dms.Descriptor columns after
// DocumentId, in the order of insertDescriptorSQL's parameters $2…$8:
// namespace, codeValue, shortDescription, description, the effective dates
// (nil when absent) and the project-qualified discriminator.
func descriptorValues(doc *core.Document) [7]*string {
	str := func(k string) *string {
		if v, ok := doc.Body[k].(string); ok {
			return &v
		}
		return nil
	}
	disc := doc.Resource.Project.ProjectName + "." + doc.Resource.Name
	return [7]*string{str("namespace"), str("codeValue"), str("shortDescription"), str("description"),
		str("effectiveBeginDate"), str("effectiveEndDate"), &disc}
}
