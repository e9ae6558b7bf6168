package relational

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"

	"github.com/google/uuid"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/edfi-bench/tpr/engine/apischema"
	"github.com/edfi-bench/tpr/engine/core"
	"github.com/edfi-bench/tpr/engine/dbstats"
	"github.com/edfi-bench/tpr/engine/relmodel"
	"github.com/edfi-bench/tpr/engine/store"
)

// Options configure the store.
type Options struct {
	// Collections is the collection write strategy on update: Replace
	// (delete all child rows, insert all; the design's baseline) or Diff
	// (update changed rows, insert new ordinals, delete removed ones; an
	// unchanged document writes nothing, not even its etag).
	Collections Strategy
	// MaxRetries bounds whole-transaction retries on deadlocks and
	// serialization failures (default 5).
	MaxRetries int
}

// Strategy is a collection write strategy.
type Strategy string

// The two collection strategies (00 Decision 3).
const (
	Replace Strategy = "replace"
	Diff    Strategy = "diff"
)

// Store is the relational store.
type Store struct {
	db    *pgxpool.Pool
	model *relmodel.Model
	opts  Options

	mu    sync.RWMutex
	plans map[*apischema.Resource]*resourcePlan
	// selfProj caches each type's projection of its own identity.
	selfProj map[apischema.QName]*projection
	// identityDepth bounds identity-cascade expansion (levels).
	identityDepth int
}

// New compiles every resource plan eagerly, so schema problems surface at
// start, not on the first request.
func New(db *pgxpool.Pool, m *relmodel.Model, opts Options) (*Store, error) {
	if opts.MaxRetries <= 0 {
		opts.MaxRetries = 5
	}
	switch opts.Collections {
	case "":
		opts.Collections = Replace
	case Replace, Diff:
	default:
		return nil, fmt.Errorf("unknown collection strategy %q (want replace or diff)", opts.Collections)
	}
	depth, err := m.IdentityDepth()
	if err != nil {
		return nil, err
	}
	s := &Store{db: db, model: m, opts: opts, plans: map[*apischema.Resource]*resourcePlan{},
		selfProj: map[apischema.QName]*projection{}, identityDepth: depth}
	for _, r := range m.Resources {
		pl, err := compileResource(m, r)
		if err != nil {
			return nil, err
		}
		s.plans[r.API] = pl
	}
	return s, nil
}

// Name implements store.Store.
func (s *Store) Name() string { return "relational" }

// Close implements store.Store (the pool belongs to the caller).
func (s *Store) Close() {}

// Model returns the relational model.
func (s *Store) Model() *relmodel.Model { return s.model }

func (s *Store) plan(r *apischema.Resource) (*resourcePlan, error) {
	pl := s.plans[r]
	if pl == nil {
		return nil, fmt.Errorf("internal: no plan for %s", r.QName())
	}
	return pl, nil
}

// retry runs fn as one retried transaction (store.Retry).
func (s *Store) retry(ctx context.Context, fn func() error) error {
	return store.Retry(ctx, s.opts.MaxRetries, fn)
}

// Upsert implements store.Store (POST).
func (s *Store) Upsert(ctx context.Context, doc *core.Document, opts store.WriteOptions) (store.WriteResult, error) {
	var res store.WriteResult
	err := s.retry(ctx, func() error {
		var err error
		res, err = s.write(ctx, doc, nil, opts)
		var pe *pgconn.PgError
		// A concurrent insert of the same identity won the race: retry as an
		// update (once is enough: the identity now resolves).
		if errors.As(err, &pe) && pe.Code == "23505" && pe.ConstraintName == "PK_ReferentialIdentity" {
			res, err = s.write(ctx, doc, nil, opts)
		}
		return err
	})
	return res, mapError(err)
}

// Replace implements store.Store (PUT).
func (s *Store) Replace(ctx context.Context, id uuid.UUID, doc *core.Document, opts store.WriteOptions) (store.WriteResult, error) {
	var res store.WriteResult
	err := s.retry(ctx, func() error {
		var err error
		res, err = s.write(ctx, doc, &id, opts)
		return err
	})
	return res, mapError(err)
}

// docRow is a dms.Document lookup result.
type docRow struct {
	id       int64
	uuid     uuid.UUID
	project  string
	resource string
	etag     int64
}

func (s *Store) lookupUUID(ctx context.Context, q interface {
	QueryRow(context.Context, string, ...any) pgx.Row
}, id uuid.UUID) (*docRow, error) {
	var d docRow
	err := q.QueryRow(ctx, `SELECT "DocumentId", "DocumentUuid", "ProjectName", "ResourceName", "Etag" FROM "dms"."Document" WHERE "DocumentUuid" = $1`, id).
		Scan(&d.id, &d.uuid, &d.project, &d.resource, &d.etag)
	if errors.Is(err, pgx.ErrNoRows) {
		return nil, nil
	}
	return &d, err
}

// refIDs lists the distinct ReferentialIds a document references.
func refIDs(doc *core.Document) []uuid.UUID {
	seen := map[uuid.UUID]bool{}
	var out []uuid.UUID
	add := func(id uuid.UUID) {
		if !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	for _, r := range doc.References {
		add(r.ReferentialID)
	}
	for _, d := range doc.Descriptors {
		add(d.ReferentialID)
	}
	return out
}

const resolveSQL = `SELECT "ReferentialId", "DocumentId" FROM "dms"."ReferentialIdentity" WHERE "ReferentialId" = ANY($1)`

func scanResolved(rows pgx.Rows) (map[uuid.UUID]int64, error) {
	out := map[uuid.UUID]int64{}
	for rows.Next() {
		var id uuid.UUID
		var doc int64
		if err := rows.Scan(&id, &doc); err != nil {
			return nil, err
		}
		out[id] = doc
	}
	return out, rows.Err()
}

// unresolved builds the client error for missing references: descriptor
// misses take precedence (400), then document references (409).
func unresolved(doc *core.Document, resolved map[uuid.UUID]int64) error {
	descs := map[string][]string{}
	for _, d := range doc.Descriptors {
		if _, ok := resolved[d.ReferentialID]; !ok {
			descs[d.Path] = append(descs[d.Path], fmt.Sprintf("%s value '%s' does not exist.", d.Target.Resource, d.URI))
		}
	}
	if len(descs) > 0 {
		return store.UnresolvedDescriptors(descs)
	}
	refs := map[string][]string{}
	var names []string
	seen := map[string]bool{}
	for _, r := range doc.References {
		if _, ok := resolved[r.ReferentialID]; !ok {
			refs[r.Path] = append(refs[r.Path], fmt.Sprintf("The referenced %s item does not exist.", r.Target.Resource))
			if !seen[r.Target.Resource] {
				seen[r.Target.Resource] = true
				names = append(names, r.Target.Resource)
			}
		}
	}
	if len(refs) > 0 {
		sort.Strings(names)
		return store.UnresolvedReferences(names, refs)
	}
	return nil
}

// mapError turns database errors that bad input can cause into client
// errors; everything else stays an internal error.
func mapError(err error) error {
	if err == nil {
		return nil
	}
	var se *store.Error
	if errors.As(err, &se) {
		return se
	}
	var pe *pgconn.PgError
	if !errors.As(err, &pe) {
		return err
	}
	switch {
	case pe.Code == "23505":
		if strings.HasPrefix(pe.ConstraintName, "UX_") && !strings.HasSuffix(pe.ConstraintName, "_NaturalKey") {
			return store.BadRequest("The request has duplicate items in a collection that must be unique (" + pe.ConstraintName + ").")
		}
		return store.IdentityConflict("A natural key conflict occurred when attempting to create or update a resource with a duplicate key (" + pe.ConstraintName + ").")
	case pe.Code == "23503":
		// A referenced document vanished between resolution and write.
		return &store.Error{Status: 409, Type: "urn:ed-fi:api:conflict:unresolved-reference", Title: "Unresolved Reference",
			Detail: "A referenced item was deleted concurrently (" + pe.ConstraintName + ")."}
	case strings.HasPrefix(pe.Code, "22"):
		// Data exceptions: out-of-range numbers, over-long values, bad dates.
		return store.BadRequest("A value could not be stored: " + pe.Message + ".")
	}
	return err
}

// addRows reports rows written by statements whose command tag hides them
// (data-modifying CTEs) to the pool's round-trip tracer, if it has one.
func (s *Store) addRows(ctx context.Context, n int64) {
	if t, ok := s.db.Config().ConnConfig.Tracer.(*dbstats.Tracer); ok && n > 0 {
		t.AddRows(ctx, n)
	}
}
