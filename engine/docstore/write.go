package docstore

import (
	"context"
	"errors"

	"github.com/google/uuid"
	"github.com/jackc/pgx/v5"

	"github.com/edfi-bench/tpr/engine/core"
	"github.com/edfi-bench/tpr/engine/store"
)

// The write path's statements, one round trip each, in upstream's order
// (Operation/UpsertDocument.cs, UpdateDocumentById.cs, SqlAction.cs).

// findByReferentialIDSQL is FindDocumentByReferentialId: is this identity
// stored (POST: insert or update; PUT: the row to update, read again after
// the alias update)? Locks the document and alias rows.
const findByReferentialIDSQL = `SELECT d.id, d.documentpartitionkey, d.documentuuid, d.edfidoc, coalesce(d.edfidoc->>'_etag', '')
FROM ` + Schema + `.document d
JOIN ` + Schema + `.alias a ON a.documentid = d.id AND a.documentpartitionkey = d.documentpartitionkey
WHERE a.referentialpartitionkey = $1 AND a.referentialid = $2
FOR NO KEY UPDATE`

// findInvalidSQL is FindInvalidReferences, the pre-flight check that trims
// doomed requests before any write (InsertReferences checks again).
const findInvalidSQL = `SELECT ids.id
FROM unnest($1::uuid[], $2::smallint[]) AS ids(id, pk)
LEFT JOIN ` + Schema + `.alias a ON a.referentialpartitionkey = ids.pk AND a.referentialid = ids.id
WHERE a.id IS NULL`

// insertDocumentSQL is InsertDocumentAndAlias: the document and its alias
// in one statement.
const insertDocumentSQL = `WITH d AS (
  INSERT INTO ` + Schema + `.document (documentpartitionkey, documentuuid, resourcename, resourceversion, isdescriptor, projectname, edfidoc, lastmodifiedat)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
  RETURNING id)
INSERT INTO ` + Schema + `.alias (referentialpartitionkey, referentialid, documentid, documentpartitionkey)
SELECT $9, $10, d.id, $1 FROM d
RETURNING documentid`

// insertAliasSQL adds a subclass document's superclass alias. It always
// follows the document's own alias, so its Id is the larger one (the
// identity update below relies on that order).
const insertAliasSQL = `INSERT INTO ` + Schema + `.alias (referentialpartitionkey, referentialid, documentid, documentpartitionkey)
VALUES ($1, $2, $3, $4)`

// insertReferencesSQL calls the reference upsert function.
const insertReferencesSQL = `SELECT success, invalid_ids FROM ` + Schema + `.insertreferences($1, $2, $3, $4, $5)`

// updateDocumentSQL is UpdateDocumentEdfiDoc.
const updateDocumentSQL = `UPDATE ` + Schema + `.document SET edfidoc = $1, lastmodifiedat = $2
WHERE documentpartitionkey = $3 AND documentuuid = $4`

// validateUpdateSQL is UpdateDocumentValidation: does the document exist
// (with its type), and does it already own the request's ReferentialId?
const validateUpdateSQL = `SELECT d.id, d.projectname, d.resourcename, a.referentialid IS NOT NULL
FROM ` + Schema + `.document d
LEFT JOIN ` + Schema + `.alias a ON a.documentid = d.id AND a.documentpartitionkey = d.documentpartitionkey
  AND a.referentialid = $1 AND a.referentialpartitionkey = $2
WHERE d.documentuuid = $3 AND d.documentpartitionkey = $4
FOR NO KEY UPDATE OF d`

// updateAliasesSQL is UpdateAliasReferentialIdByDocumentUuid, for documents
// with one or two aliases: the document's aliases in Id order (its own
// identity first, then its superclass identity) take the given ids. The
// FK from Reference follows with ON UPDATE CASCADE.
const updateAliasesSQL = `WITH cur AS (
  SELECT a.referentialpartitionkey AS pk, a.id, row_number() OVER (ORDER BY a.id) AS n
  FROM ` + Schema + `.alias a WHERE a.documentpartitionkey = $1 AND a.documentid = $2),
v AS (SELECT * FROM unnest($3::uuid[], $4::smallint[]) WITH ORDINALITY AS v(rid, rpk, n))
UPDATE ` + Schema + `.alias a SET referentialid = v.rid, referentialpartitionkey = v.rpk
FROM cur JOIN v USING (n)
WHERE a.referentialpartitionkey = cur.pk AND a.id = cur.id AND a.referentialid <> v.rid`

type existingDoc struct {
	id   int64
	pk   int16
	uuid uuid.UUID
	raw  []byte // the stored document (read whole, as upstream does)
	etag string
}

func scanExisting(row pgx.Row) (*existingDoc, error) {
	var d existingDoc
	if err := row.Scan(&d.id, &d.pk, &d.uuid, &d.raw, &d.etag); err != nil {
		if errors.Is(err, pgx.ErrNoRows) {
			return nil, nil
		}
		return nil, err
	}
	return &d, nil
}

// aliasKeys are the document's alias ids in insertion order: its own
// identity, then its superclass identity.
func aliasKeys(doc *core.Document) ([]uuid.UUID, []int16) {
	ids := []uuid.UUID{doc.ReferentialID}
	if doc.Superclass.Resource != "" {
		ids = append(ids, doc.SuperclassReferentialID)
	}
	pks := make([]int16, len(ids))
	for i, id := range ids {
		pks[i] = partitionKey(id)
	}
	return ids, pks
}

// Upsert implements store.Store (POST): UpsertDocument.Upsert.
func (s *Store) Upsert(ctx context.Context, doc *core.Document, opts store.WriteOptions) (store.WriteResult, error) {
	var res store.WriteResult
	canonical, err := canonicalJSON(doc.Body)
	if err != nil {
		return res, err
	}
	etag := contentETag(canonical)
	err = s.retry(ctx, func() error {
		var err error
		res, err = s.upsert(ctx, doc, canonical, etag, opts)
		// A concurrent insert of the same identity won the race: the second
		// attempt finds it and updates it.
		if isUniqueViolation(err) {
			res, err = s.upsert(ctx, doc, canonical, etag, opts)
		}
		return err
	})
	return res, mapError(err)
}

func (s *Store) upsert(ctx context.Context, doc *core.Document, canonical []byte, etag string, opts store.WriteOptions) (store.WriteResult, error) {
	var res store.WriteResult
	r := doc.Resource
	tx, err := s.db.Begin(ctx)
	if err != nil {
		return res, err
	}
	defer tx.Rollback(ctx)

	existing, err := scanExisting(tx.QueryRow(ctx, findByReferentialIDSQL, partitionKey(doc.ReferentialID), doc.ReferentialID))
	if err != nil {
		return res, err
	}
	refIDs, refPKs := refKeys(doc)
	if existing == nil {
		// Insert.
		if opts.IfMatch != "" {
			return res, store.PreconditionFailed()
		}
		if len(refIDs) > 0 {
			if err := s.preflight(ctx, tx, doc, refIDs, refPKs); err != nil {
				return res, err
			}
		}
		id := uuid.New()
		pk := partitionKey(id)
		lm := now()
		var docID int64
		if err := tx.QueryRow(ctx, insertDocumentSQL, pk, id, r.Name, r.Project.Version, r.IsDescriptor, r.Project.ProjectName,
			stored(canonical, id, etag, lm), lm, partitionKey(doc.ReferentialID), doc.ReferentialID).Scan(&docID); err != nil {
			return res, err
		}
		if doc.Superclass.Resource != "" {
			if _, err := tx.Exec(ctx, insertAliasSQL, partitionKey(doc.SuperclassReferentialID), doc.SuperclassReferentialID, docID, pk); err != nil {
				return res, err
			}
		}
		if len(refIDs) > 0 {
			if err := s.insertReferences(ctx, tx, doc, docID, pk, refIDs, refPKs, true); err != nil {
				return res, err
			}
		}
		if err := tx.Commit(ctx); err != nil {
			return res, err
		}
		return store.WriteResult{ID: id, Created: true, ETag: etag}, nil
	}

	// Update of the document with this identity.
	if opts.IfMatch != "" && !etagMatches(opts.IfMatch, existing.etag) {
		return res, store.PreconditionFailed()
	}
	if existing.etag == etag {
		// Same content, same _etag: upstream writes nothing.
		return store.WriteResult{ID: existing.uuid, ETag: etag}, tx.Commit(ctx)
	}
	if len(refIDs) > 0 {
		if err := s.preflight(ctx, tx, doc, refIDs, refPKs); err != nil {
			return res, err
		}
	}
	lm := now()
	if _, err := tx.Exec(ctx, updateDocumentSQL, stored(canonical, existing.uuid, etag, lm), lm, existing.pk, existing.uuid); err != nil {
		return res, err
	}
	// Always: it also removes references the document no longer has.
	if err := s.insertReferences(ctx, tx, doc, existing.id, existing.pk, refIDs, refPKs, false); err != nil {
		return res, err
	}
	if err := tx.Commit(ctx); err != nil {
		return res, err
	}
	return store.WriteResult{ID: existing.uuid, ETag: etag}, nil
}

// preflight is the FindInvalidReferences round trip.
func (s *Store) preflight(ctx context.Context, tx pgx.Tx, doc *core.Document, ids []uuid.UUID, pks []int16) error {
	rows, err := tx.Query(ctx, findInvalidSQL, ids, pks)
	if err != nil {
		return err
	}
	invalid, err := pgx.CollectRows(rows, pgx.RowTo[uuid.UUID])
	if err != nil {
		return err
	}
	if len(invalid) > 0 {
		return unresolved(doc, invalid)
	}
	return nil
}

// insertReferences is the InsertReferences round trip.
func (s *Store) insertReferences(ctx context.Context, tx pgx.Tx, doc *core.Document, docID int64, pk int16, ids []uuid.UUID, pks []int16, pure bool) error {
	if ids == nil {
		ids, pks = []uuid.UUID{}, []int16{}
	}
	var ok bool
	var invalid []uuid.UUID
	if err := tx.QueryRow(ctx, insertReferencesSQL, docID, pk, ids, pks, pure).Scan(&ok, &invalid); err != nil {
		return err
	}
	if !ok {
		return unresolved(doc, invalid)
	}
	return nil
}

// Replace implements store.Store (PUT): UpdateDocumentById.UpdateById,
// with its identity-update cascade.
func (s *Store) Replace(ctx context.Context, id uuid.UUID, doc *core.Document, opts store.WriteOptions) (store.WriteResult, error) {
	var res store.WriteResult
	canonical, err := canonicalJSON(doc.Body)
	if err != nil {
		return res, err
	}
	etag := contentETag(canonical)
	err = s.retry(ctx, func() error {
		var err error
		res, err = s.replace(ctx, id, doc, canonical, etag, opts)
		return err
	})
	return res, mapError(err)
}

func (s *Store) replace(ctx context.Context, id uuid.UUID, doc *core.Document, canonical []byte, etag string, opts store.WriteOptions) (store.WriteResult, error) {
	var res store.WriteResult
	r := doc.Resource
	pk := partitionKey(id)
	tx, err := s.db.Begin(ctx)
	if err != nil {
		return res, err
	}
	defer tx.Rollback(ctx)

	var docID int64
	var project, resource string
	var sameIdentity bool
	err = tx.QueryRow(ctx, validateUpdateSQL, doc.ReferentialID, partitionKey(doc.ReferentialID), id, pk).Scan(&docID, &project, &resource, &sameIdentity)
	if errors.Is(err, pgx.ErrNoRows) {
		return res, store.NotFound()
	}
	if err != nil {
		return res, err
	}
	if project != r.Project.ProjectName || resource != r.Name {
		return res, store.NotFound()
	}
	if !sameIdentity {
		if !r.AllowIdentityUpdates {
			return res, store.ImmutableIdentity(r.Name)
		}
		ids, pks := aliasKeys(doc)
		if _, err := tx.Exec(ctx, updateAliasesSQL, pk, docID, ids, pks); err != nil {
			return res, err
		}
	}

	// Read the document (through its now current alias) for the etag
	// checks and, on an identity change, the cascade's old values.
	existing, err := scanExisting(tx.QueryRow(ctx, findByReferentialIDSQL, partitionKey(doc.ReferentialID), doc.ReferentialID))
	if err != nil {
		return res, err
	}
	if existing == nil || existing.id != docID {
		return res, store.NotFound()
	}
	if opts.IfMatch != "" && !etagMatches(opts.IfMatch, existing.etag) {
		return res, store.PreconditionFailed()
	}
	if existing.etag == etag {
		return store.WriteResult{ID: id, ETag: etag}, tx.Commit(ctx)
	}
	refIDs, refPKs := refKeys(doc)
	if len(refIDs) > 0 {
		if err := s.preflight(ctx, tx, doc, refIDs, refPKs); err != nil {
			return res, err
		}
	}
	lm := now()
	tag, err := tx.Exec(ctx, updateDocumentSQL, stored(canonical, id, etag, lm), lm, pk, id)
	if err != nil {
		return res, err
	}
	if tag.RowsAffected() != 1 {
		return res, store.NotFound()
	}
	if err := s.insertReferences(ctx, tx, doc, docID, pk, refIDs, refPKs, false); err != nil {
		return res, err
	}
	if !sameIdentity {
		old, err := decodeDoc(existing.raw)
		if err != nil {
			return res, err
		}
		stripMeta(old)
		c := &cascade{s: s, tx: tx, lm: lm}
		if err := c.run(ctx, &changed{res: r, id: docID, pk: pk, old: old, new: doc.Body}); err != nil {
			return res, err
		}
	}
	if err := tx.Commit(ctx); err != nil {
		return res, err
	}
	return store.WriteResult{ID: id, ETag: etag}, nil
}
