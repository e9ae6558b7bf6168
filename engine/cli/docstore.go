package cli

import (
	"context"

	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/edfi-bench/tpr/engine/apischema"
	"github.com/edfi-bench/tpr/engine/docstore"
	"github.com/edfi-bench/tpr/engine/relmodel"
	"github.com/edfi-bench/tpr/engine/store"
)

// --store document: the three-table JSONB baseline (engine/docstore). It
// creates its own schema ("dmsdoc") and needs no relational model.
func init() {
	RegisterStore("document", func(ctx context.Context, pool *pgxpool.Pool, eff *apischema.Effective, _ *relmodel.Model) (store.Store, error) {
		return docstore.New(ctx, pool, eff)
	})
}
