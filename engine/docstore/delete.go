package docstore

import (
	"context"
	"errors"

	"github.com/google/uuid"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"github.com/edfi-bench/tpr/engine/apischema"
	"github.com/edfi-bench/tpr/engine/store"
)

const deleteSQL = `DELETE FROM ` + Schema + `.document WHERE documentpartitionkey = $1 AND documentuuid = $2`

// referencingTypesSQL is FindReferencingResourceNamesByDocumentUuid.
const referencingTypesSQL = `SELECT DISTINCT d.resourcename
FROM ` + Schema + `.reference r
JOIN ` + Schema + `.document t ON t.id = r.referenceddocumentid AND t.documentpartitionkey = r.referenceddocumentpartitionkey
JOIN ` + Schema + `.document d ON d.id = r.parentdocumentid AND d.documentpartitionkey = r.parentdocumentpartitionkey
WHERE t.documentuuid = $1 AND t.documentpartitionkey = $2
ORDER BY d.resourcename`

// Delete implements store.Store as DeleteDocumentById: in one transaction,
// a savepoint, the row-locked lookup with the If-Match check, then the
// DELETE; Alias and Reference rows go with the document through ON DELETE
// CASCADE, and a document that is still referenced fails on the RESTRICT
// foreign key from Reference to Alias, after which the transaction rolls
// back to the savepoint and reads the referencing resource types for the
// 409.
func (s *Store) Delete(ctx context.Context, r *apischema.Resource, id uuid.UUID, opts store.WriteOptions) error {
	return mapError(s.retry(ctx, func() error { return s.delete(ctx, r, id, opts) }))
}

func (s *Store) delete(ctx context.Context, r *apischema.Resource, id uuid.UUID, opts store.WriteOptions) error {
	pk := partitionKey(id)
	tx, err := s.db.Begin(ctx)
	if err != nil {
		return err
	}
	defer tx.Rollback(ctx)
	if _, err := tx.Exec(ctx, "SAVEPOINT before_delete"); err != nil {
		return err
	}
	var etag *string
	err = tx.QueryRow(ctx, getSQL+" FOR NO KEY UPDATE", pk, id, r.Name, r.Project.ProjectName).Scan(nil, &etag, nil)
	if errors.Is(err, pgx.ErrNoRows) {
		return store.NotFound()
	}
	if err != nil {
		return err
	}
	if opts.IfMatch != "" && (etag == nil || !etagMatches(opts.IfMatch, *etag)) {
		return store.PreconditionFailed()
	}
	tag, err := tx.Exec(ctx, deleteSQL, pk, id)
	var pe *pgconn.PgError
	if errors.As(err, &pe) && (pe.Code == "23503" || pe.Code == "23001") {
		if _, err := tx.Exec(ctx, "ROLLBACK TO SAVEPOINT before_delete"); err != nil {
			return err
		}
		rows, err := tx.Query(ctx, referencingTypesSQL, id, pk)
		if err != nil {
			return err
		}
		names, err := pgx.CollectRows(rows, pgx.RowTo[string])
		if err != nil {
			return err
		}
		return store.ReferencedConflict(names)
	}
	if err != nil {
		return err
	}
	if tag.RowsAffected() != 1 {
		return store.NotFound()
	}
	return tx.Commit(ctx)
}
