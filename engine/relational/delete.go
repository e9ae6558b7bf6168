package relational

import (
	"context"
	"errors"

	"github.com/google/uuid"
	"github.com/jackc/pgx/v5"

	"github.com/edfi-bench/tpr/engine/apischema"
	"github.com/edfi-bench/tpr/engine/store"
)

// referrersSQL ignores a document's reference to itself (an LEA may name
// itself as its parent): deleting it removes both ends.
const referrersSQL = `SELECT DISTINCT d."ResourceName" FROM "dms"."ReferenceEdge" e
JOIN "dms"."Document" d ON d."DocumentId" = e."ParentDocumentId"
WHERE e."ChildDocumentId" = $1 AND e."ParentDocumentId" <> $1 ORDER BY 1`

// Delete implements store.Store. The update lock on the document waits for
// every in-flight writer that references it (they hold shared locks), so
// the referrer check that follows sees their edges; writers arriving later
// wait on the lock and then fail their re-check.
func (s *Store) Delete(ctx context.Context, r *apischema.Resource, id uuid.UUID, opts store.WriteOptions) error {
	var expect *int64
	if opts.IfMatch != "" {
		v, ok := store.ParseETag(opts.IfMatch)
		if !ok {
			return store.PreconditionFailed()
		}
		expect = &v
	}
	return mapError(s.retry(ctx, func() error {
		d, err := s.lookupUUID(ctx, s.db, id)
		if err != nil {
			return err
		}
		if d == nil || d.project != r.Project.ProjectName || d.resource != r.Name {
			return store.NotFound()
		}
		tx, err := s.db.Begin(ctx)
		if err != nil {
			return err
		}
		defer tx.Rollback(ctx)
		b := &pgx.Batch{}
		b.Queue(lockOwnSQL, d.id)
		b.Queue(`SELECT "Etag" FROM "dms"."Document" WHERE "DocumentId" = $1`, d.id)
		b.Queue(referrersSQL, d.id)
		br := tx.SendBatch(ctx, b)
		if _, err := br.Exec(); err != nil {
			br.Close()
			return err
		}
		var etag int64
		if err := br.QueryRow().Scan(&etag); err != nil {
			br.Close()
			if errors.Is(err, pgx.ErrNoRows) {
				return store.NotFound()
			}
			return err
		}
		rows, err := br.Query()
		if err != nil {
			br.Close()
			return err
		}
		referrers, err := pgx.CollectRows(rows, pgx.RowTo[string])
		br.Close()
		if err != nil {
			return err
		}
		if expect != nil && *expect != etag {
			return store.PreconditionFailed()
		}
		if len(referrers) > 0 {
			return store.ReferencedConflict(referrers)
		}
		if _, err := tx.Exec(ctx, `DELETE FROM "dms"."Document" WHERE "DocumentId" = $1`, d.id); err != nil {
			return err
		}
		return tx.Commit(ctx)
	}))
}
