// Package api is the Ed-Fi resource API over HTTP: the routes under
// /data/{project}/{resource}, application/problem+json errors, /health,
// /metrics and (behind a flag) /debug/pprof.
package api

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/pprof"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/google/uuid"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/edfi-bench/tpr/engine/apischema"
	"github.com/edfi-bench/tpr/engine/core"
	"github.com/edfi-bench/tpr/engine/store"
)

// Options configure the server.
type Options struct {
	// MaxBodyBytes bounds request bodies (413 beyond); default 1 MiB.
	MaxBodyBytes int64
	// Pprof mounts /debug/pprof.
	Pprof bool
	// Logger receives internal errors; default slog.Default().
	Logger *slog.Logger
	// Registry receives the server's metrics; nil = a private registry.
	Registry *prometheus.Registry
	// Health, if set, reports database health for /health.
	Health func(context.Context) error
}

// Default limits of GET many (Ed-Fi's).
const (
	DefaultLimit = 25
	MaxLimit     = 500
)

// Server serves the API for one effective schema and one store.
type Server struct {
	eff     *apischema.Effective
	core    *core.Core
	store   store.Store
	opts    Options
	metrics *Metrics
	reg     *prometheus.Registry
	mux     *http.ServeMux
}

// New builds the server and its routes.
func New(eff *apischema.Effective, c *core.Core, st store.Store, opts Options) *Server {
	if opts.MaxBodyBytes <= 0 {
		opts.MaxBodyBytes = 1 << 20
	}
	if opts.Logger == nil {
		opts.Logger = slog.Default()
	}
	reg := opts.Registry
	if reg == nil {
		reg = prometheus.NewRegistry()
	}
	s := &Server{eff: eff, core: c, store: st, opts: opts, reg: reg, metrics: NewMetrics(reg), mux: http.NewServeMux()}
	s.route("GET /health", "/health", s.health)
	s.mux.Handle("GET /metrics", promhttp.HandlerFor(reg, promhttp.HandlerOpts{Registry: reg}))
	s.route("GET /{$}", "/", s.discovery)
	s.route("GET /data/{project}/{resource}", "/data/{project}/{resource}", s.getMany)
	s.route("POST /data/{project}/{resource}", "/data/{project}/{resource}", s.post)
	s.route("GET /data/{project}/{resource}/{id}", "/data/{project}/{resource}/{id}", s.getByID)
	s.route("PUT /data/{project}/{resource}/{id}", "/data/{project}/{resource}/{id}", s.put)
	s.route("DELETE /data/{project}/{resource}/{id}", "/data/{project}/{resource}/{id}", s.delete)
	s.route("/data/{project}/{resource}", "/data/{project}/{resource}", s.methodNotAllowed)
	s.route("/data/{project}/{resource}/{id}", "/data/{project}/{resource}/{id}", s.methodNotAllowed)
	s.route("/", "other", s.notFound)
	if opts.Pprof {
		s.mux.HandleFunc("/debug/pprof/", pprof.Index)
		s.mux.HandleFunc("/debug/pprof/cmdline", pprof.Cmdline)
		s.mux.HandleFunc("/debug/pprof/profile", pprof.Profile)
		s.mux.HandleFunc("/debug/pprof/symbol", pprof.Symbol)
		s.mux.HandleFunc("/debug/pprof/trace", pprof.Trace)
	}
	return s
}

// Registry is where the server's metrics live (the caller may add its own).
func (s *Server) Registry() *prometheus.Registry { return s.reg }

// Metrics returns the server's metrics.
func (s *Server) Metrics() *Metrics { return s.metrics }

// Handler is the root handler.
func (s *Server) Handler() http.Handler { return s.mux }

// route mounts h, instrumented under a fixed route label.
func (s *Server) route(pattern, label string, h func(http.ResponseWriter, *http.Request)) {
	s.mux.Handle(pattern, s.metrics.instrument(label, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if p := recover(); p != nil {
				s.opts.Logger.Error("panic serving request", "method", r.Method, "path", r.URL.Path, "panic", p)
				s.problem(w, &store.Error{Status: 500, Type: "urn:ed-fi:api:internal-server-error", Title: "Internal Server Error",
					Detail: "An unexpected error occurred on the server."})
			}
		}()
		h(w, r)
	})))
}

func (s *Server) health(w http.ResponseWriter, r *http.Request) {
	status, code := "ok", http.StatusOK
	if s.opts.Health != nil {
		ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
		defer cancel()
		if err := s.opts.Health(ctx); err != nil {
			status, code = "database unavailable: "+err.Error(), http.StatusServiceUnavailable
		}
	}
	writeJSON(w, code, map[string]string{"status": status, "store": s.store.Name()})
}

func (s *Server) discovery(w http.ResponseWriter, r *http.Request) {
	var projects []map[string]any
	for _, p := range s.eff.Projects {
		projects = append(projects, map[string]any{"projectName": p.ProjectName, "projectEndpointName": p.EndpointName,
			"projectVersion": p.Version, "isExtensionProject": p.IsExtension})
	}
	writeJSON(w, http.StatusOK, map[string]any{"applicationName": "edfi-tpr engine", "store": s.store.Name(),
		"effectiveSchemaHash": s.eff.Hash, "dataModels": projects, "urls": map[string]string{"dataManagementApi": "/data"}})
}

func (s *Server) resource(w http.ResponseWriter, r *http.Request) *apischema.Resource {
	res := s.eff.ResourceByEndpoint(r.PathValue("project"), r.PathValue("resource"))
	if res == nil {
		s.problem(w, &store.Error{Status: 404, Type: "urn:ed-fi:api:not-found", Title: "Not Found",
			Detail: fmt.Sprintf("The resource /%s/%s does not exist.", r.PathValue("project"), r.PathValue("resource"))})
	}
	return res
}

func (s *Server) id(w http.ResponseWriter, r *http.Request) (uuid.UUID, bool) {
	id, err := uuid.Parse(r.PathValue("id"))
	if err != nil || strings.Count(r.PathValue("id"), "-") != 4 {
		s.problem(w, &store.Error{Status: 404, Type: "urn:ed-fi:api:not-found", Title: "Not Found",
			Detail: "The id '" + r.PathValue("id") + "' is not a valid resource identifier."})
		return uuid.Nil, false
	}
	return id, true
}

// body reads the request body within the size limit.
func (s *Server) body(w http.ResponseWriter, r *http.Request) ([]byte, bool) {
	if r.ContentLength > s.opts.MaxBodyBytes {
		s.problem(w, tooLarge(s.opts.MaxBodyBytes))
		return nil, false
	}
	data, err := io.ReadAll(http.MaxBytesReader(w, r.Body, s.opts.MaxBodyBytes))
	if err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			s.problem(w, tooLarge(s.opts.MaxBodyBytes))
			return nil, false
		}
		s.problem(w, store.BadRequest("The request body could not be read: "+err.Error()))
		return nil, false
	}
	if ct := r.Header.Get("Content-Type"); ct != "" && !strings.Contains(strings.ToLower(ct), "json") {
		s.problem(w, &store.Error{Status: 415, Type: "urn:ed-fi:api:unsupported-media-type", Title: "Unsupported Media Type",
			Detail: "The request body must be application/json."})
		return nil, false
	}
	return data, true
}

func tooLarge(limit int64) *store.Error {
	return &store.Error{Status: 413, Type: "urn:ed-fi:api:payload-too-large", Title: "Payload Too Large",
		Detail: fmt.Sprintf("The request body exceeds the limit of %d bytes.", limit)}
}

func (s *Server) location(r *http.Request, id uuid.UUID) string {
	return fmt.Sprintf("/data/%s/%s/%s", r.PathValue("project"), r.PathValue("resource"), id)
}

func (s *Server) post(w http.ResponseWriter, r *http.Request) {
	res := s.resource(w, r)
	if res == nil {
		return
	}
	data, ok := s.body(w, r)
	if !ok {
		return
	}
	doc, err := s.core.Prepare(res, data)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if doc.HasID {
		s.problem(w, store.BadRequest("Resource identifiers cannot be assigned by the client. The 'id' property should not be included in the request body."))
		return
	}
	out, err := s.store.Upsert(r.Context(), doc, store.WriteOptions{IfMatch: r.Header.Get("If-Match")})
	if err != nil {
		s.fail(w, r, err)
		return
	}
	w.Header().Set("Location", s.location(r, out.ID))
	w.Header().Set("ETag", quote(out.ETag))
	if out.Created {
		w.WriteHeader(http.StatusCreated)
	} else {
		w.WriteHeader(http.StatusOK)
	}
}

func (s *Server) put(w http.ResponseWriter, r *http.Request) {
	res := s.resource(w, r)
	if res == nil {
		return
	}
	id, ok := s.id(w, r)
	if !ok {
		return
	}
	data, ok := s.body(w, r)
	if !ok {
		return
	}
	doc, err := s.core.Prepare(res, data)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if doc.HasID {
		bid, err := uuid.Parse(doc.ID)
		if err != nil || bid != id {
			s.problem(w, &store.Error{Status: 400, Type: "urn:ed-fi:api:bad-request:data-validation-failed", Title: "Data Validation Failed",
				Detail: "The request data was constructed incorrectly.", ValidationErrors: map[string][]string{
					"$.id": {"Request body id must match the id in the url."}}})
			return
		}
	}
	out, err := s.store.Replace(r.Context(), id, doc, store.WriteOptions{IfMatch: r.Header.Get("If-Match")})
	if err != nil {
		s.fail(w, r, err)
		return
	}
	w.Header().Set("Location", s.location(r, out.ID))
	w.Header().Set("ETag", quote(out.ETag))
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) getByID(w http.ResponseWriter, r *http.Request) {
	res := s.resource(w, r)
	if res == nil {
		return
	}
	id, ok := s.id(w, r)
	if !ok {
		return
	}
	item, err := s.store.Get(r.Context(), res, id)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if inm := r.Header.Get("If-None-Match"); inm != "" {
		if v, ok := store.ParseETag(inm); ok && store.FormatETag(v) == item.ETag {
			w.Header().Set("ETag", quote(item.ETag))
			w.WriteHeader(http.StatusNotModified)
			return
		}
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("ETag", quote(item.ETag))
	w.Header().Set("Last-Modified", item.LastModified.UTC().Format(http.TimeFormat))
	w.WriteHeader(http.StatusOK)
	w.Write(item.JSON)
}

func (s *Server) delete(w http.ResponseWriter, r *http.Request) {
	res := s.resource(w, r)
	if res == nil {
		return
	}
	id, ok := s.id(w, r)
	if !ok {
		return
	}
	if err := s.store.Delete(r.Context(), res, id, store.WriteOptions{IfMatch: r.Header.Get("If-Match")}); err != nil {
		s.fail(w, r, err)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// reserved query parameters of GET many; everything else is a filter.
var reserved = map[string]bool{"offset": true, "limit": true, "totalcount": true, "pagetoken": true}

func (s *Server) getMany(w http.ResponseWriter, r *http.Request) {
	res := s.resource(w, r)
	if res == nil {
		return
	}
	q, perr := parseQuery(r.URL.Query())
	if perr != nil {
		s.problem(w, perr)
		return
	}
	page, err := s.store.Query(r.Context(), res, q)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if page.TotalCount != nil {
		w.Header().Set("Total-Count", strconv.FormatInt(*page.TotalCount, 10))
	}
	if page.NextToken != "" {
		next := url.Values{}
		for k, v := range r.URL.Query() {
			if !reserved[strings.ToLower(k)] {
				next[k] = v
			}
		}
		next.Set("limit", strconv.Itoa(q.Limit))
		next.Set("pageToken", page.NextToken)
		w.Header().Set("Link", fmt.Sprintf(`<%s?%s>; rel="next"`, r.URL.Path, next.Encode()))
	}
	var b bytes.Buffer
	b.WriteByte('[')
	for i, it := range page.Items {
		if i > 0 {
			b.WriteByte(',')
		}
		b.Write(it.JSON)
	}
	b.WriteByte(']')
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(http.StatusOK)
	w.Write(b.Bytes())
}

// parseQuery validates paging parameters the way Ed-Fi does: limit 0..500
// (default 25), offset >= 0, totalCount a boolean. pageToken (our keyset
// extension) excludes offset. keyset=true starts a keyset walk.
func parseQuery(v url.Values) (store.Query, *store.Error) {
	q := store.Query{Limit: DefaultLimit}
	bad := map[string][]string{}
	for key, vals := range v {
		val := vals[len(vals)-1]
		switch strings.ToLower(key) {
		case "offset":
			n, err := strconv.Atoi(val)
			if err != nil || n < 0 {
				bad["offset"] = append(bad["offset"], "Offset must be a numeric value greater than or equal to 0.")
				continue
			}
			q.Offset = n
		case "limit":
			n, err := strconv.Atoi(val)
			if err != nil || n < 0 || n > MaxLimit {
				bad["limit"] = append(bad["limit"], fmt.Sprintf("Limit must be omitted or set to a numeric value between 0 and %d.", MaxLimit))
				continue
			}
			q.Limit = n
		case "totalcount":
			b, err := strconv.ParseBool(val)
			if err != nil {
				bad["totalCount"] = append(bad["totalCount"], "TotalCount must be a boolean value.")
				continue
			}
			q.TotalCount = b
		case "pagetoken":
			q.PageToken = val
		case "keyset":
			b, err := strconv.ParseBool(val)
			if err != nil {
				bad["keyset"] = append(bad["keyset"], "keyset must be a boolean value.")
				continue
			}
			q.Keyset = b
		default:
			if len(vals) > 1 {
				bad[key] = append(bad[key], "A query parameter may be given only once.")
				continue
			}
			q.Filters = append(q.Filters, store.Filter{Term: key, Value: val})
		}
	}
	if q.PageToken != "" && q.Offset != 0 {
		bad["offset"] = append(bad["offset"], "offset cannot be combined with pageToken.")
	}
	if len(bad) > 0 {
		return q, &store.Error{Status: 400, Type: "urn:ed-fi:api:bad-request:data-validation-failed", Title: "Data Validation Failed",
			Detail: "The request could not be processed. See 'validationErrors' for details.", ValidationErrors: bad}
	}
	sortFilters(q.Filters)
	return q, nil
}

func sortFilters(fs []store.Filter) {
	for i := 1; i < len(fs); i++ {
		for j := i; j > 0 && fs[j].Term < fs[j-1].Term; j-- {
			fs[j], fs[j-1] = fs[j-1], fs[j]
		}
	}
}

func (s *Server) methodNotAllowed(w http.ResponseWriter, r *http.Request) {
	s.problem(w, &store.Error{Status: 405, Type: "urn:ed-fi:api:method-not-allowed", Title: "Method Not Allowed",
		Detail: "The method " + r.Method + " is not allowed on " + r.URL.Path + "."})
}

func (s *Server) notFound(w http.ResponseWriter, r *http.Request) {
	s.problem(w, &store.Error{Status: 404, Type: "urn:ed-fi:api:not-found", Title: "Not Found",
		Detail: "Nothing is served at " + r.URL.Path + "; resources live under /data/{project}/{resource}."})
}

// fail renders an error: client errors as their problem, anything else as
// a logged 500 that reveals nothing.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, err error) {
	var se *store.Error
	if errors.As(err, &se) {
		s.problem(w, se)
		return
	}
	var re *core.RequestError
	if errors.As(err, &re) {
		s.problem(w, &store.Error{Status: re.Status, Type: re.Type, Title: re.Title, Detail: re.Detail,
			ValidationErrors: re.ValidationErrors, Errors: re.Errors})
		return
	}
	if errors.Is(err, context.Canceled) {
		return // the client went away
	}
	s.opts.Logger.Error("request failed", "method", r.Method, "path", r.URL.Path, "error", err)
	s.problem(w, &store.Error{Status: 500, Type: "urn:ed-fi:api:internal-server-error", Title: "Internal Server Error",
		Detail: "An unexpected error occurred on the server."})
}

// problem writes application/problem+json (RFC 9457 plus Ed-Fi's members).
func (s *Server) problem(w http.ResponseWriter, e *store.Error) {
	body := map[string]any{
		"type": e.Type, "title": e.Title, "status": e.Status, "detail": e.Detail,
		"correlationId":    correlationID(),
		"validationErrors": orEmptyMap(e.ValidationErrors),
		"errors":           orEmptySlice(e.Errors),
	}
	w.Header().Set("Content-Type", "application/problem+json")
	w.WriteHeader(e.Status)
	json.NewEncoder(w).Encode(body)
}

func orEmptyMap(m map[string][]string) map[string][]string {
	if m == nil {
		return map[string][]string{}
	}
	return m
}

func orEmptySlice(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func correlationID() string {
	var b [8]byte
	rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

func quote(etag string) string { return `"` + etag + `"` }

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(code)
	json.NewEncoder(w).Encode(v)
}
