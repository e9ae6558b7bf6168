package core

import (
	"fmt"
	"sort"
	"strings"

	"github.com/edfi-bench/tpr/engine/apischema"
)

// Problem types, as Ed-Fi's API (DMS FailureResponse) spells them.
const (
	TypeBadRequest           = "urn:ed-fi:api:bad-request"
	TypeDataValidationFailed = "urn:ed-fi:api:bad-request:data-validation-failed"
	TypeUnresolvedReference  = "urn:ed-fi:api:data-conflict:unresolved-reference"
)

// Problem details texts used with the types above.
const (
	DetailBadRequest     = "The request could not be processed. See 'errors' for details."
	DetailDataValidation = "Data validation failed. See 'validationErrors' for details."
)

// RequestError is a client error the HTTP layer renders as
// application/problem+json (RFC 9457 with Ed-Fi's extra members). The JSON
// tags give the Ed-Fi member names; the HTTP layer adds correlationId.
//
// Status 400 with TypeBadRequest: the body is not usable at all (empty, not
// JSON); Errors says why. Status 400 with TypeDataValidationFailed: the body
// is JSON but not a valid document; ValidationErrors maps JSON paths
// ("$.addresses[2].city", "$" for the body as a whole) to messages.
type RequestError struct {
	Status           int                 `json:"status"`
	Type             string              `json:"type"`
	Title            string              `json:"title"`
	Detail           string              `json:"detail"`
	ValidationErrors map[string][]string `json:"validationErrors"`
	Errors           []string            `json:"errors"`
}

func (e *RequestError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%d %s", e.Status, e.Title)
	for _, s := range e.Errors {
		b.WriteString("; ")
		b.WriteString(s)
	}
	keys := make([]string, 0, len(e.ValidationErrors))
	for k := range e.ValidationErrors {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		for _, m := range e.ValidationErrors[k] {
			fmt.Fprintf(&b, "; %s: %s", k, m)
		}
	}
	return b.String()
}

// NewBadRequest is a 400 urn:ed-fi:api:bad-request with the given errors.
func NewBadRequest(errors ...string) *RequestError {
	return &RequestError{
		Status: 400, Type: TypeBadRequest, Title: "Bad Request", Detail: DetailBadRequest,
		ValidationErrors: map[string][]string{}, Errors: append([]string{}, errors...),
	}
}

// NewDataValidationError is a 400 urn:ed-fi:api:bad-request:data-validation-failed.
func NewDataValidationError(validationErrors map[string][]string) *RequestError {
	if validationErrors == nil {
		validationErrors = map[string][]string{}
	}
	return &RequestError{
		Status: 400, Type: TypeDataValidationFailed, Title: "Data Validation Failed", Detail: DetailDataValidation,
		ValidationErrors: validationErrors, Errors: []string{},
	}
}

// NewDescriptorNotFoundError is the 400 the write path returns when
// descriptor references do not resolve (02 §6.3: descriptor failures take
// precedence over document references), keyed by each descriptor's concrete
// path: "GradeLevelDescriptor value 'uri://…#tenth grade' does not exist.".
func NewDescriptorNotFoundError(missing []DescriptorReference) *RequestError {
	ve := map[string][]string{}
	for _, d := range missing {
		msg := fmt.Sprintf("%s value '%s' does not exist.", d.Target.Resource, d.URI)
		if !contains(ve[d.Path], msg) {
			ve[d.Path] = append(ve[d.Path], msg)
		}
	}
	return NewDataValidationError(ve)
}

// NewUnresolvedReferenceError is the 409 the write path returns when
// document references do not resolve: "The referenced School, Student
// item(s) do not exist." (distinct resource names, first-seen order).
func NewUnresolvedReferenceError(targets []apischema.QName) *RequestError {
	var names []string
	for _, t := range targets {
		if !contains(names, t.Resource) {
			names = append(names, t.Resource)
		}
	}
	return &RequestError{
		Status: 409, Type: TypeUnresolvedReference, Title: "Unresolved Reference",
		Detail:           fmt.Sprintf("The referenced %s item(s) do not exist.", strings.Join(names, ", ")),
		ValidationErrors: map[string][]string{}, Errors: []string{},
	}
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// validationErrors accumulates messages per path, keeping first-seen order
// and dropping exact repeats.
type validationErrors map[string][]string

func (v validationErrors) add(path, msg string) {
	if !contains(v[path], msg) {
		v[path] = append(v[path], msg)
	}
}
