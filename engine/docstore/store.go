package docstore

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/google/uuid"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/edfi-bench/tpr/engine/apischema"
	"github.com/edfi-bench/tpr/engine/core"
	"github.com/edfi-bench/tpr/engine/store"
)

// Options configure the store.
type Options struct {
	// MaxRetries bounds whole-transaction retries on deadlocks and
	// serialization failures (default 5), as the relational store does.
	MaxRetries int
	// NoReadLocks drops the FOR NO KEY UPDATE row lock that upstream takes
	// on GET by id (its lookup is shared with DELETE). The default keeps it:
	// a GET then writes a lock (and its WAL record) like upstream's does.
	NoReadLocks bool
	// Core recomputes ReferentialIds during identity cascades; nil builds
	// one for the effective schema (compiled lazily, per resource).
	Core *core.Core
}

// Store is the document store: Ed-Fi documents as JSONB in three generic
// tables (Document, Alias, Reference), the current DMS design, behind the
// same interface as the relational store. See the package documentation.
type Store struct {
	db   *pgxpool.Pool
	eff  *apischema.Effective
	core *core.Core
	opts Options
}

// New creates the document store's schema in the database (idempotently)
// and returns the store.
func New(ctx context.Context, pool *pgxpool.Pool, eff *apischema.Effective) (*Store, error) {
	return NewWithOptions(ctx, pool, eff, Options{})
}

// NewWithOptions is New with options.
func NewWithOptions(ctx context.Context, pool *pgxpool.Pool, eff *apischema.Effective, opts Options) (*Store, error) {
	if eff == nil {
		return nil, errors.New("docstore: nil effective schema")
	}
	if opts.MaxRetries <= 0 {
		opts.MaxRetries = 5
	}
	c := opts.Core
	if c == nil {
		var err error
		if c, err = core.New(eff); err != nil {
			return nil, err
		}
	}
	if err := provision(ctx, pool); err != nil {
		return nil, err
	}
	return &Store{db: pool, eff: eff, core: c, opts: opts}, nil
}

// Name implements store.Store.
func (s *Store) Name() string { return "document" }

// Close implements store.Store (the pool belongs to the caller).
func (s *Store) Close() {}

// partitionKey is upstream's PartitionUtility.PartitionKeyFor: the last
// byte of the uuid modulo 16. (.NET's Guid.ToByteArray keeps the last eight
// bytes in RFC 4122 order, so its last byte is the uuid's last byte.)
func partitionKey(id uuid.UUID) int16 { return int16(id[15] % Partitions) }

// Server-generated members of a stored document.
const (
	memberID           = "id"
	memberETag         = "_etag"
	memberLastModified = "_lastModifiedDate"
)

// contentETag is the _etag of a document body (without id, _etag and
// _lastModifiedDate): upstream's approach (a SHA-256 of the canonical
// document, ResourceEtagFormatter), rendered as a non-negative int64 so that
// store.FormatETag/ParseETag (and the HTTP layer's If-None-Match) work
// unchanged. Identical content gives an identical _etag. canonical is the
// body's canonical JSON (canonicalJSON).
func contentETag(canonical []byte) string {
	sum := sha256.Sum256(canonical)
	return store.FormatETag(int64(binary.BigEndian.Uint64(sum[:8]) &^ (1 << 63)))
}

// canonicalJSON renders a body with sorted keys and exact numbers.
func canonicalJSON(body map[string]any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(body); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(b.Bytes(), []byte{'\n'}), nil
}

// stored is the EdfiDoc column value: the body plus id, _etag and
// _lastModifiedDate, as upstream stores it (a GET returns it as is).
func stored(canonical []byte, id uuid.UUID, etag string, lm time.Time) []byte {
	var b bytes.Buffer
	b.Grow(len(canonical) + 128)
	b.WriteString(`{"id":"`)
	b.WriteString(id.String())
	b.WriteString(`","_etag":"`)
	b.WriteString(etag)
	b.WriteString(`","_lastModifiedDate":"`)
	b.WriteString(formatLastModified(lm))
	b.WriteByte('"')
	if len(canonical) > 2 {
		b.WriteByte(',')
		b.Write(canonical[1:])
	} else {
		b.WriteByte('}')
	}
	return b.Bytes()
}

func formatLastModified(t time.Time) string { return t.UTC().Format("2006-01-02T15:04:05Z") }

// now is the modification time written to LastModifiedAt and
// _lastModifiedDate (timestamp columns hold microseconds).
func now() time.Time { return time.Now().UTC().Truncate(time.Microsecond) }

// decodeDoc parses a stored EdfiDoc keeping numbers exact.
func decodeDoc(b []byte) (map[string]any, error) {
	d := json.NewDecoder(bytes.NewReader(b))
	d.UseNumber()
	var m map[string]any
	if err := d.Decode(&m); err != nil {
		return nil, fmt.Errorf("docstore: stored document is not a JSON object: %w", err)
	}
	return m, nil
}

// stripMeta removes the server-generated members from a decoded document.
func stripMeta(m map[string]any) {
	delete(m, memberID)
	delete(m, memberETag)
	delete(m, memberLastModified)
}

// etagMatches reports whether an If-Match value names the stored _etag.
func etagMatches(ifMatch, etag string) bool {
	v, ok := store.ParseETag(ifMatch)
	return ok && store.FormatETag(v) == etag
}

// refKeys lists a document's distinct ReferentialIds (document references,
// then descriptors) with their partition keys, as upstream's
// DocumentReferenceIdsFrom + DescriptorReferenceIdsFrom + deduplication.
func refKeys(doc *core.Document) ([]uuid.UUID, []int16) {
	seen := make(map[uuid.UUID]bool, len(doc.References)+len(doc.Descriptors))
	ids := make([]uuid.UUID, 0, len(doc.References)+len(doc.Descriptors))
	add := func(id uuid.UUID) {
		if !seen[id] {
			seen[id] = true
			ids = append(ids, id)
		}
	}
	for _, r := range doc.References {
		add(r.ReferentialID)
	}
	for _, d := range doc.Descriptors {
		add(d.ReferentialID)
	}
	pks := make([]int16, len(ids))
	for i, id := range ids {
		pks[i] = partitionKey(id)
	}
	return ids, pks
}

// unresolved builds the client error for unresolved references, with the
// relational store's shapes: descriptor misses are a 400 naming each path,
// otherwise document references are a 409 naming the missing types and
// each reference's path.
func unresolved(doc *core.Document, invalid []uuid.UUID) error {
	bad := make(map[uuid.UUID]bool, len(invalid))
	for _, id := range invalid {
		bad[id] = true
	}
	descs := map[string][]string{}
	for _, d := range doc.Descriptors {
		if bad[d.ReferentialID] {
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
		if bad[r.ReferentialID] {
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

// retry runs fn until it succeeds, fails with a non-transient error, or
// exhausts the budget (then a 503), as the relational store does. Upstream
// returns a write conflict that DMS Core retries.

// retry runs fn as one retried transaction (store.Retry).
func (s *Store) retry(ctx context.Context, fn func() error) error {
	return store.Retry(ctx, s.opts.MaxRetries, fn)
}

func isUniqueViolation(err error) bool {
	var pe *pgconn.PgError
	return errors.As(err, &pe) && pe.Code == "23505"
}

// mapError turns database errors that client input can cause into client
// errors; everything else stays internal.
func mapError(err error) error {
	if err == nil {
		return nil
	}
	var se *store.Error
	if errors.As(err, &se) {
		return se
	}
	var re *core.RequestError
	if errors.As(err, &re) {
		// Only a cascaded document that no longer validates gets here.
		return &store.Error{Status: re.Status, Type: re.Type, Title: re.Title,
			Detail: "The identity change cannot be applied to a referencing document: " + re.Error(), ValidationErrors: re.ValidationErrors}
	}
	var pe *pgconn.PgError
	if !errors.As(err, &pe) {
		return err
	}
	switch {
	case pe.Code == "23505":
		// The only unique keys a client can hit are Alias's ReferentialIds.
		return store.IdentityConflict("A natural key conflict occurred when attempting to create or update a resource with a duplicate key (" + pe.ConstraintName + ").")
	case pe.Code == "23503":
		// A referenced document vanished between validation and write.
		return &store.Error{Status: 409, Type: "urn:ed-fi:api:conflict:unresolved-reference", Title: "Unresolved Reference",
			Detail: "A referenced item was deleted concurrently (" + pe.ConstraintName + ")."}
	case strings.HasPrefix(pe.Code, "22"):
		return store.BadRequest("A value could not be stored: " + pe.Message + ".")
	}
	return err
}
