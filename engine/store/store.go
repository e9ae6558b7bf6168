// Package store is the seam between the HTTP API and storage: the relational
// store (tables per resource) and the baseline document store implement it,
// and one conformance suite (storetest) runs against both.
package store

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/google/uuid"

	"github.com/edfi-bench/tpr/engine/apischema"
	"github.com/edfi-bench/tpr/engine/core"
)

// Store persists Ed-Fi documents. Every write is one transaction.
type Store interface {
	// Upsert is POST: insert, or update the document with the same natural
	// identity.
	Upsert(ctx context.Context, doc *core.Document, opts WriteOptions) (WriteResult, error)
	// Replace is PUT by id. doc's identity may differ from the stored one
	// only where the resource allows identity updates.
	Replace(ctx context.Context, id uuid.UUID, doc *core.Document, opts WriteOptions) (WriteResult, error)
	// Get returns one document as API JSON.
	Get(ctx context.Context, r *apischema.Resource, id uuid.UUID) (*Item, error)
	// Delete removes a document; a referenced document is a Conflict.
	Delete(ctx context.Context, r *apischema.Resource, id uuid.UUID, opts WriteOptions) error
	// Query is GET many.
	Query(ctx context.Context, r *apischema.Resource, q Query) (*Page, error)
	// Name is "relational" or "document".
	Name() string
	Close()
}

// WriteOptions are per-request write settings.
type WriteOptions struct {
	// IfMatch, when non-empty, is the ETag the client expects.
	IfMatch string
}

// WriteResult describes a successful write.
type WriteResult struct {
	ID      uuid.UUID
	Created bool
	ETag    string
}

// Item is a stored document rendered as API JSON (with id, _etag,
// _lastModifiedDate).
type Item struct {
	ID           uuid.UUID
	ETag         string
	LastModified time.Time
	JSON         []byte
}

// Query is a GET-many request, already validated by the HTTP layer.
type Query struct {
	// Filters: query term (as in queryFieldMapping) -> raw value.
	Filters []Filter
	Offset  int
	Limit   int
	// TotalCount asks for the total number of matches.
	TotalCount bool
	// PageToken, when set, continues a keyset walk (our extension).
	PageToken string
	// Keyset asks for a next-page token even on the first page.
	Keyset bool
}

// Filter is one query-string filter.
type Filter struct {
	Term  string
	Value string
}

// Page is one page of results.
type Page struct {
	Items      []*Item
	TotalCount *int64
	// NextToken continues a keyset walk; empty on the last page or when the
	// store does not support keyset paging.
	NextToken string
}

// FormatETag renders a representation version as the _etag value.
func FormatETag(v int64) string { return strconv.FormatInt(v, 10) }

// ParseETag accepts an ETag with or without quotes (and a weak prefix).
func ParseETag(s string) (int64, bool) {
	s = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(s), "W/"))
	s = strings.Trim(s, `"`)
	v, err := strconv.ParseInt(s, 10, 64)
	return v, err == nil
}

// Error is a client-visible failure rendered as application/problem+json.
type Error struct {
	Status int
	Type   string
	Title  string
	Detail string
	// ValidationErrors: JSON path -> messages (400s).
	ValidationErrors map[string][]string
	// Errors: free-form details (e.g. the referencing resource types of a
	// delete conflict).
	Errors []string
}

func (e *Error) Error() string {
	if e.Detail != "" {
		return fmt.Sprintf("%d %s: %s", e.Status, e.Title, e.Detail)
	}
	return fmt.Sprintf("%d %s", e.Status, e.Title)
}

// NotFound is a 404.
func NotFound() *Error {
	return &Error{Status: 404, Type: "urn:ed-fi:api:not-found", Title: "Not Found",
		Detail: "Resource to update was not found"}
}

// PreconditionFailed is a 412.
func PreconditionFailed() *Error {
	return &Error{Status: 412, Type: "urn:ed-fi:api:optimistic-lock-failed", Title: "Optimistic Lock Failed",
		Detail: "The item has been modified by another user. Please GET the resource again and retry."}
}

// UnresolvedReferences is the 409 of a write whose document references do
// not exist. paths: JSON path -> message.
func UnresolvedReferences(resources []string, paths map[string][]string) *Error {
	return &Error{Status: 409, Type: "urn:ed-fi:api:conflict:unresolved-reference", Title: "Unresolved Reference",
		Detail:           "The referenced " + strings.Join(resources, ", ") + " item(s) do not exist.",
		ValidationErrors: paths}
}

// UnresolvedDescriptors is the 400 of a write naming unknown descriptors.
func UnresolvedDescriptors(paths map[string][]string) *Error { return ValidationFailed(paths) }

// ValidationFailed is a 400 with messages keyed by JSON path.
func ValidationFailed(paths map[string][]string) *Error {
	return &Error{Status: 400, Type: "urn:ed-fi:api:bad-request:data-validation-failed", Title: "Data Validation Failed",
		Detail: "Data validation failed. See 'validationErrors' for details.", ValidationErrors: paths}
}

// ReferencedConflict is the 409 of a delete of a referenced document.
func ReferencedConflict(resources []string) *Error {
	return &Error{Status: 409, Type: "urn:ed-fi:api:conflict:dependent-item-exists", Title: "Dependent Item Exists",
		Detail: "The requested action cannot be performed because this item is referenced by existing " +
			strings.Join(resources, ", ") + " item(s).", Errors: resources}
}

// IdentityConflict is the 409 of a write whose natural identity belongs to
// another document.
func IdentityConflict(detail string) *Error {
	return &Error{Status: 409, Type: "urn:ed-fi:api:conflict:identity-conflict", Title: "Identity Conflict", Detail: detail}
}

// ImmutableIdentity is the 400 of a PUT changing an identity that the
// resource does not allow to change.
func ImmutableIdentity(resource string) *Error {
	return &Error{Status: 400, Type: "urn:ed-fi:api:bad-request:data-validation-failed:key-change-not-supported",
		Title: "Key Change Not Supported", Detail: "Identifying values for the " + resource +
			" resource cannot be changed. Delete and recreate the resource item instead."}
}

// BadRequest is a generic 400.
func BadRequest(detail string) *Error {
	return &Error{Status: 400, Type: "urn:ed-fi:api:bad-request", Title: "Bad Request", Detail: detail}
}

// Unavailable is the 503 after exhausted retries of a transient failure.
func Unavailable(detail string) *Error {
	return &Error{Status: 503, Type: "urn:ed-fi:api:service-unavailable", Title: "Service Unavailable", Detail: detail}
}
