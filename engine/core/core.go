// Package core is what DMS Core does to a write request before the backend
// sees it: parse the body, canonicalize it, validate it against the
// resource's jsonSchemaForInsert, and extract the document's identity,
// references and descriptors with their ReferentialIds (01 §3, 02 §2.3, §7,
// Appendix A).
//
// The entry point is (*Core).Prepare. Its result, a *Document, carries the
// canonical body (the exact tree the backend flattens; every concrete path
// and ordinal in the Document indexes into it) and everything extracted from
// it. Client errors come back as *RequestError (400 bad request, 400 data
// validation); anything else is an internal error.
//
// # Parsing
//
// The body is parsed by a small JSON parser of our own: numbers keep their
// text (json.Number, never float64), a property given twice in one object is
// a 400 (DMS's DuplicatePropertiesMiddleware; a map would silently keep one
// value), nesting deeper than MaxDepth is a 400, and syntax errors name the
// line and column.
//
// # Canonicalization
//
// Before validation, in one schema-guided walk, Prepare:
//   - removes the root "id" (returned as Document.ID for the HTTP layer to
//     check against the URL) and the response-only "_etag" and
//     "_lastModifiedDate";
//   - removes "link" objects inside reference objects;
//   - drops properties whose value is null;
//   - drops over-posted properties, i.e. any property the resource's schema
//     does not declare, at any depth, including unknown _ext projects (and
//     an _ext left empty). Over-posting is pruned silently, NOT rejected:
//     that is DMS's behaviour (DocumentValidator.PruneOverpostedData), what
//     Ed-Fi clients expect when they send back a GET response, and what the
//     backend's closed-world model needs. The removed paths are listed in
//     Document.Pruned so the HTTP layer can log or warn;
//   - drops empty arrays and arrays whose elements are all empty objects
//     (after the steps above), so "absent" and "empty" store alike;
//   - coerces values (see Coercion);
//   - trims leading/trailing whitespace from a descriptor document's
//     codeValue and shortDescription.
//
// # Coercion
//
// Coercion follows DMS's coercion middleware. It applies at the paths the
// ApiSchema lists (numericJsonPaths, booleanJsonPaths, dateJsonPaths,
// dateTimeJsonPaths) and at every schema leaf of the matching type or format
// (the DS 5.1 core file has no dateJsonPaths; for the other lists this is
// the same set). Values that do not parse are left for validation to reject.
//   - A numeric string becomes a number when it parses: an integer text that
//     fits int64 (surrounding whitespace and a sign allowed, as
//     long.TryParse), or a decimal text containing '.' (DMS goes through
//     double; we stay exact). "1e3" and "1,5" stay strings.
//   - Every number at a numeric leaf gets the canonical spelling of
//     CanonicalNumber (2.55901001E8 → 255901001, 1.50 → 1.5), so the backend
//     can parse integer columns with strconv.ParseInt.
//   - "true"/"false" in any case and "1"/"0" (also the numbers 1/0) become
//     booleans.
//   - A slash date ("5/1/2009", month first, else day first) becomes
//     "2009-05-01" at date and date-time paths.
//   - A date-time becomes UTC "yyyy-MM-ddTHH:mm:ssZ" (offset applied,
//     fractional seconds dropped, no offset means UTC; see ParseDateTime).
//
// # Validation
//
// The canonical body is validated with santhosh-tekuri/jsonschema/v6 against
// the merged jsonSchemaForInsert, with format assertions on (date,
// date-time, Ed-Fi's offset-less time, int32, int64) and RegexpEngine for
// patterns. Every error is collected, keyed by the concrete JSON path of the
// offending value ("$.addresses[2].city"), with DMS's messages. When the
// schema is satisfied, Core's semantic checks run and are collected the same
// way: equalityConstraints, duplicate references within one array,
// arrayUniquenessConstraints and decimalPropertyValidationInfos ranges.
//
// # Extraction
//
// Identity, references and descriptors follow DMS Core's extractors; see
// Document, DocumentReference and DescriptorReference. "Document order" is a
// pre-order walk of the body in schema property order (the ApiSchema files
// sort properties alphabetically), elements by index.
package core

import (
	"bytes"
	"errors"
	"fmt"
	"sync"

	"github.com/edfi-bench/tpr/engine/apischema"
	"github.com/google/uuid"
	"github.com/santhosh-tekuri/jsonschema/v6"
)

// Core prepares write requests for every resource of one effective schema.
// It is safe for concurrent use. Per-resource state (the compiled JSON
// Schema validator and the canonicalization/extraction plan) is built on
// first use, once; Precompile builds it for every resource up front.
type Core struct {
	eff    *apischema.Effective
	states map[*apischema.Resource]*resourceState

	// mu guards compiler, which is not safe for concurrent use.
	mu       sync.Mutex
	compiler *jsonschema.Compiler
}

type resourceState struct {
	once sync.Once
	plan *plan
	err  error
}

// New returns a Core for the effective schema. It compiles nothing yet.
func New(eff *apischema.Effective) (*Core, error) {
	if eff == nil {
		return nil, errors.New("core: nil effective schema")
	}
	c := &Core{eff: eff, states: map[*apischema.Resource]*resourceState{}}
	for _, r := range eff.Resources() {
		c.states[r] = &resourceState{}
	}
	c.compiler = newCompiler()
	return c, nil
}

func newCompiler() *jsonschema.Compiler {
	jc := jsonschema.NewCompiler()
	jc.DefaultDraft(jsonschema.Draft2020)
	jc.AssertFormat()
	jc.UseRegexpEngine(RegexpEngine)
	jc.RegisterFormat(&jsonschema.Format{Name: "time", Validate: validateEdFiTime})
	jc.RegisterFormat(&jsonschema.Format{Name: "int32", Validate: validateIntFormat(32)})
	jc.RegisterFormat(&jsonschema.Format{Name: "int64", Validate: validateIntFormat(64)})
	return jc
}

// Effective returns the schema the Core was built for.
func (c *Core) Effective() *apischema.Effective { return c.eff }

// Precompile compiles every resource (descriptors and extension-defined
// resources included) and returns the first error, so a server can refuse to
// start on a schema it cannot validate against.
func (c *Core) Precompile() error {
	for _, r := range c.eff.Resources() {
		if _, err := c.plan(r); err != nil {
			return err
		}
	}
	return nil
}

// CompileError names the resource whose schema could not be compiled.
type CompileError struct {
	Resource apischema.QName
	Err      error
}

func (e *CompileError) Error() string {
	return fmt.Sprintf("core: resource %s: %v", e.Resource, e.Err)
}

func (e *CompileError) Unwrap() error { return e.Err }

func (c *Core) plan(r *apischema.Resource) (*plan, error) {
	st := c.states[r]
	if st == nil {
		return nil, fmt.Errorf("core: resource %s (%p) is not a concrete resource of this effective schema", r.QName(), r)
	}
	st.once.Do(func() {
		st.plan, st.err = c.compile(r)
		if st.err != nil {
			st.err = &CompileError{Resource: r.QName(), Err: st.err}
		}
	})
	return st.plan, st.err
}

// Document is a prepared write: the canonical body and everything the
// backend needs from it.
type Document struct {
	Resource *apischema.Resource

	// Body is the canonicalized, coerced, validated body without "id". It
	// is the exact tree the backend flattens: Path and Ordinals of every
	// reference and descriptor below index into it.
	Body map[string]any

	// ID is the body's "id" as sent (JSON text when not a string); HasID
	// tells whether the body had one. Prepare removes it from Body.
	ID    string
	HasID bool

	// Identity is the natural identity in identityJsonPaths order (for a
	// descriptor: one "$.descriptor" element).
	Identity      []IdentityElement
	ReferentialID uuid.UUID

	// Superclass is set for subclasses (isSubclass): the superclass name
	// and identity (renamed for domainEntity subclasses) whose
	// ReferentialId is the document's alias row (01 §3.3).
	Superclass              apischema.QName
	SuperclassIdentity      []IdentityElement
	SuperclassReferentialID uuid.UUID

	// References are all document references, in document order (a
	// pre-order walk of Body following schema property order).
	References []DocumentReference
	// Descriptors are all descriptor references, in document order.
	Descriptors []DescriptorReference

	// Pruned lists the concrete paths of over-posted properties that
	// canonicalization removed (nil when none).
	Pruned []string
}

// DocumentReference is one reference object found in the body.
type DocumentReference struct {
	Mapping *apischema.DocumentPath
	// Target is the referenced resource; it may be abstract
	// (EducationOrganization), in which case ReferentialID equals the
	// concrete member's superclass alias id.
	Target apischema.QName
	// Path is the concrete reference-object path,
	// "$.gradingPeriods[2].gradingPeriodReference".
	Path string
	// WildcardPath is its ApiSchema form,
	// "$.gradingPeriods[*].gradingPeriodReference".
	WildcardPath string
	// Ordinals are the array indices in Path, outer to inner (empty for a
	// reference outside any array).
	Ordinals []int
	// Identity uses the target-side identity paths, in referenceJsonPaths
	// order, with the values from the body.
	Identity      []IdentityElement
	ReferentialID uuid.UUID
	// InIdentity is true when a field of this reference is part of the
	// document's own identity (the FK column is an identity component).
	InIdentity bool
}

// DescriptorReference is one descriptor URI found in the body.
type DescriptorReference struct {
	Mapping      *apischema.DocumentPath
	Target       apischema.QName // the descriptor resource
	Path         string          // "$.addresses[0].addressTypeDescriptor"
	WildcardPath string          // "$.addresses[*].addressTypeDescriptor"
	Ordinals     []int
	// URI is the normalized (lower-cased) URI.
	URI           string
	ReferentialID uuid.UUID
	InIdentity    bool
}

// Prepare parses, canonicalizes, validates and extracts one request body for
// resource r (a POST or PUT body). A client error is a *RequestError; any
// other error is internal (e.g. a resource whose schema does not compile).
func (c *Core) Prepare(r *apischema.Resource, body []byte) (*Document, error) {
	p, err := c.plan(r)
	if err != nil {
		return nil, err
	}
	obj, rerr := parseObject(body)
	if rerr != nil {
		return nil, rerr
	}
	doc := &Document{Resource: r, Body: obj}
	if id, ok := obj["id"]; ok {
		doc.ID, doc.HasID = idText(id), true
		delete(obj, "id")
	}
	p.canonicalize(obj, doc)
	if ve := p.validate(obj); len(ve) > 0 {
		return nil, NewDataValidationError(ve)
	}
	ve := validationErrors{}
	p.extract(doc, ve)
	p.checkEquality(obj, ve)
	p.checkUniqueness(obj, ve)
	p.checkDecimals(obj, ve)
	checkDuplicateReferences(doc, ve)
	if len(ve) > 0 {
		return nil, NewDataValidationError(ve)
	}
	return doc, nil
}

// MsgEmptyBody is DMS's message for a missing body.
const MsgEmptyBody = "A non-empty request body is required."

// MsgDuplicateProperty is DMS's message for a property given twice.
const MsgDuplicateProperty = "An item with the same key has already been added."

func parseObject(body []byte) (map[string]any, *RequestError) {
	if len(bytes.TrimSpace(body)) == 0 {
		return nil, NewBadRequest(MsgEmptyBody)
	}
	v, err := decodeBody(body)
	if err != nil {
		var dup *duplicateError
		if errors.As(err, &dup) {
			return nil, NewDataValidationError(map[string][]string{dup.path: {MsgDuplicateProperty}})
		}
		return nil, NewBadRequest(err.Error())
	}
	obj, ok := v.(map[string]any)
	if !ok {
		return nil, NewDataValidationError(map[string][]string{
			"$": {fmt.Sprintf("The request body must be a JSON object, but was %s.", jsonKindArticle(v))},
		})
	}
	return obj, nil
}

// BodyID returns the "id" property of a JSON object body as sent (JSON text
// when it is not a string) and whether there is one. It returns false for a
// body that is not a JSON object.
func BodyID(body []byte) (string, bool) {
	obj, err := parseObject(body)
	if err != nil {
		return "", false
	}
	id, ok := obj["id"]
	if !ok {
		return "", false
	}
	return idText(id), true
}

func idText(v any) string {
	if s, ok := v.(string); ok {
		return s
	}
	return jsonText(v)
}

func jsonKindArticle(v any) string {
	switch v.(type) {
	case []any:
		return "an array"
	case string:
		return "a string"
	case bool:
		return "a boolean"
	case nil:
		return "null"
	default:
		return "a number"
	}
}
