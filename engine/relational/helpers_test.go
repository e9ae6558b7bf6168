package relational_test

// Shared helpers of the relational store's specification tests: preparing
// and writing documents through the real Core, reading them back, comparing
// JSON semantically with readable diffs, and counting every row in the
// database so a failed write can be shown to have written nothing.

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/google/uuid"

	"github.com/edfi-bench/tpr/engine/apischema"
	"github.com/edfi-bench/tpr/engine/core"
	"github.com/edfi-bench/tpr/engine/enginetest"
	"github.com/edfi-bench/tpr/engine/relational"
	"github.com/edfi-bench/tpr/engine/store"
	"github.com/edfi-bench/tpr/engine/storetest"
)

// specDB is one test's database (a fresh clone of the provisioned
// template) with request helpers that fail the test on unexpected errors,
// and the corpus documents it was loaded with, addressable by resource and
// a distinguishing fragment of their body.
type specDB struct {
	t    testing.TB
	env  *enginetest.Env
	docs []corpusDoc
	ids  map[string]uuid.UUID // corpus file name -> document id
}

// newSpecDB gives the test a fresh, empty database and a store with the
// default collection strategy.
func newSpecDB(t testing.TB) *specDB {
	t.Helper()
	return &specDB{t: t, env: enginetest.New(t), docs: loadCorpus(t), ids: map[string]uuid.UUID{}}
}

// collectionStrategies are the two update strategies of 00 Decision 3;
// tests of updates run under both.
var collectionStrategies = []relational.Strategy{relational.Replace, relational.Diff}

// newSpecDBWith is newSpecDB with a store using the given collection
// strategy.
func newSpecDBWith(t testing.TB, strategy relational.Strategy) *specDB {
	t.Helper()
	db := newSpecDB(t)
	st, err := relational.New(db.env.Pool, db.env.Model, relational.Options{Collections: strategy})
	if err != nil {
		t.Fatal(err)
	}
	db.env.Store = st
	return db
}

// loadCorpusDB gives the test a fresh database holding the whole corpus.
func loadCorpusDB(t testing.TB) *specDB {
	t.Helper()
	db := newSpecDB(t)
	db.loadUpTo("")
	return db
}

// loadCorpusDBWith is loadCorpusDB with the given collection strategy.
func loadCorpusDBWith(t testing.TB, strategy relational.Strategy) *specDB {
	t.Helper()
	db := newSpecDBWith(t, strategy)
	db.loadUpTo("")
	return db
}

// loadUpTo posts, in order, every corpus document that precedes the first
// one of the given resource (that is, all of its dependencies). An empty
// endpoint loads the whole corpus.
func (db *specDB) loadUpTo(endpoint string) {
	db.t.Helper()
	for _, d := range db.docs {
		if endpoint != "" && d.Resource == endpoint {
			return
		}
		db.ids[d.File] = db.post(d.Project, d.Resource, d.Body).ID
	}
}

// find returns the id (if loaded) and body of the first corpus document of
// endpoint whose body contains every fragment.
func (db *specDB) find(endpoint string, contains ...string) (uuid.UUID, []byte) {
	db.t.Helper()
	for _, d := range db.docs {
		if d.Resource != endpoint {
			continue
		}
		ok := true
		for _, s := range contains {
			if !bytes.Contains(d.Body, []byte(s)) {
				ok = false
			}
		}
		if ok {
			return db.ids[d.File], d.Body
		}
	}
	db.t.Fatalf("no corpus document of %s containing %q", endpoint, contains)
	return uuid.Nil, nil
}

// resource looks a resource up by its URL segments.
func (db *specDB) resource(project, endpoint string) *apischema.Resource {
	db.t.Helper()
	r := db.env.Effective.ResourceByEndpoint(project, endpoint)
	if r == nil {
		db.t.Fatalf("no resource %s/%s in the effective schema", project, endpoint)
	}
	return r
}

// prepare runs Core on a body and fails the test on any error.
func (db *specDB) prepare(project, endpoint string, body []byte) *core.Document {
	db.t.Helper()
	doc, err := db.env.Core.Prepare(db.resource(project, endpoint), body)
	if err != nil {
		db.t.Fatalf("Prepare %s/%s: %v\nbody: %s", project, endpoint, err, body)
	}
	return doc
}

// post is POST: Prepare then Upsert.
func (db *specDB) post(project, endpoint string, body []byte) store.WriteResult {
	db.t.Helper()
	return db.postCtx(context.Background(), project, endpoint, body)
}

func (db *specDB) postCtx(ctx context.Context, project, endpoint string, body []byte) store.WriteResult {
	db.t.Helper()
	doc := db.prepare(project, endpoint, body)
	res, err := db.env.Store.Upsert(ctx, doc, store.WriteOptions{})
	if err != nil {
		db.t.Fatalf("POST %s/%s: %v\nbody: %s", project, endpoint, err, body)
	}
	return res
}

// put is PUT by id: Prepare then Replace.
func (db *specDB) put(project, endpoint string, id uuid.UUID, body []byte, opts store.WriteOptions) store.WriteResult {
	db.t.Helper()
	return db.putCtx(context.Background(), project, endpoint, id, body, opts)
}

func (db *specDB) putCtx(ctx context.Context, project, endpoint string, id uuid.UUID, body []byte, opts store.WriteOptions) store.WriteResult {
	db.t.Helper()
	doc := db.prepare(project, endpoint, body)
	res, err := db.env.Store.Replace(ctx, id, doc, opts)
	if err != nil {
		db.t.Fatalf("PUT %s/%s/%s: %v\nbody: %s", project, endpoint, id, err, body)
	}
	return res
}

// get is GET by id.
func (db *specDB) get(project, endpoint string, id uuid.UUID) *store.Item {
	db.t.Helper()
	return db.getCtx(context.Background(), project, endpoint, id)
}

func (db *specDB) getCtx(ctx context.Context, project, endpoint string, id uuid.UUID) *store.Item {
	db.t.Helper()
	it, err := db.env.Store.Get(ctx, db.resource(project, endpoint), id)
	if err != nil {
		db.t.Fatalf("GET %s/%s/%s: %v", project, endpoint, id, err)
	}
	return it
}

// getBody is GET by id, decoded, without id, _etag and _lastModifiedDate.
func (db *specDB) getBody(project, endpoint string, id uuid.UUID) map[string]any {
	db.t.Helper()
	return apiBody(db.t, db.get(project, endpoint, id))
}

// The *Err variants run a request the way the HTTP layer will (Prepare,
// whose client errors are *core.RequestError, then the store) and return
// its error.

func (db *specDB) upsertErr(project, endpoint, body string) error {
	doc, err := db.env.Core.Prepare(db.resource(project, endpoint), []byte(body))
	if err != nil {
		return err
	}
	_, err = db.env.Store.Upsert(context.Background(), doc, store.WriteOptions{})
	return err
}

func (db *specDB) replaceErr(project, endpoint string, id uuid.UUID, body, ifMatch string) error {
	doc, err := db.env.Core.Prepare(db.resource(project, endpoint), []byte(body))
	if err != nil {
		return err
	}
	_, err = db.env.Store.Replace(context.Background(), id, doc, store.WriteOptions{IfMatch: ifMatch})
	return err
}

func (db *specDB) deleteErr(project, endpoint string, id uuid.UUID, ifMatch string) error {
	return db.env.Store.Delete(context.Background(), db.resource(project, endpoint), id, store.WriteOptions{IfMatch: ifMatch})
}

// decode parses JSON keeping numbers exact (json.Number).
func decodeJSON(t testing.TB, b []byte) any {
	t.Helper()
	d := json.NewDecoder(bytes.NewReader(b))
	d.UseNumber()
	var v any
	if err := d.Decode(&v); err != nil {
		t.Fatalf("invalid JSON: %v\n%s", err, b)
	}
	return v
}

// apiBody is a GET body without the server-generated id, _etag and
// _lastModifiedDate, after checking that they are present and well formed.
func apiBody(t testing.TB, it *store.Item) map[string]any {
	t.Helper()
	m, ok := decodeJSON(t, it.JSON).(map[string]any)
	if !ok {
		t.Fatalf("GET body is not an object: %s", it.JSON)
	}
	if id, _ := m["id"].(string); id != it.ID.String() {
		t.Errorf("body id = %v, want %s", m["id"], it.ID)
	}
	if etag, _ := m["_etag"].(string); etag != it.ETag || etag == "" {
		t.Errorf("body _etag = %v, want %q", m["_etag"], it.ETag)
	}
	if lm, _ := m["_lastModifiedDate"].(string); !strings.HasSuffix(lm, "Z") || len(lm) != len("2006-01-02T15:04:05Z") {
		t.Errorf("body _lastModifiedDate = %v, want a UTC date-time with whole seconds", m["_lastModifiedDate"])
	}
	delete(m, "id")
	delete(m, "_etag")
	delete(m, "_lastModifiedDate")
	return m
}

// jsonDiff is the conformance suite's JSON comparison: one line per
// difference, each naming its JSON path; numbers compare numerically, object
// key order is irrelevant, array order is significant.
var jsonDiff = storetest.JSONDiff

// assertSameJSON fails the test with one line per difference.
func assertSameJSON(t testing.TB, what string, got, want any) {
	t.Helper()
	if d := jsonDiff(got, want); len(d) > 0 {
		t.Errorf("%s differs from what was posted (%d differences):\n  %s", what, len(d), strings.Join(d, "\n  "))
	}
}

// storeError asserts err is a *store.Error with the given status.
func requireStoreError(t testing.TB, err error, status int) *store.Error {
	t.Helper()
	var se *store.Error
	if !errors.As(err, &se) {
		t.Fatalf("error = %T %v, want a *store.Error with status %d", err, err, status)
	}
	if se.Status != status {
		t.Fatalf("status = %d (%v), want %d", se.Status, se, status)
	}
	return se
}

// rowCounts counts the rows of every base table in every non-system schema
// of the test's database, in one statement: a write that fails must leave
// every count unchanged.
func (db *specDB) rowCounts() map[string]int64 {
	t := db.t
	t.Helper()
	const sql = `SELECT table_schema || '.' || table_name,
  (xpath('/row/c/text()', query_to_xml(format('SELECT count(*) AS c FROM %I.%I', table_schema, table_name), false, true, '')))[1]::text::bigint
FROM information_schema.tables
WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')`
	rows, err := db.env.Pool.Query(context.Background(), sql)
	if err != nil {
		t.Fatalf("counting rows: %v", err)
	}
	defer rows.Close()
	out := map[string]int64{}
	for rows.Next() {
		var name string
		var n int64
		if err := rows.Scan(&name, &n); err != nil {
			t.Fatal(err)
		}
		out[name] = n
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	if len(out) < 100 {
		t.Fatalf("counted only %d tables; is the schema provisioned?", len(out))
	}
	return out
}

// countDiff lists the tables whose row counts differ.
func countDiff(before, after map[string]int64) []string {
	var out []string
	for k, a := range after {
		if b := before[k]; a != b {
			out = append(out, fmt.Sprintf("%s: %d -> %d rows", k, b, a))
		}
	}
	for k, b := range before {
		if _, ok := after[k]; !ok {
			out = append(out, fmt.Sprintf("%s: %d rows, table gone", k, b))
		}
	}
	sort.Strings(out)
	return out
}

// corpusDoc is one file of testdata/corpus.
type corpusDoc struct {
	File string
	// Project is the project endpoint ("ed-fi" when absent, "sample" for
	// the Sample extension's own resources).
	Project  string          `json:"project"`
	Resource string          `json:"resource"`
	Body     json.RawMessage `json:"body"`
}

// loadCorpus reads testdata/corpus in file-name order, which is dependency
// order.
func loadCorpus(t testing.TB) []corpusDoc {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", "corpus", "*.json"))
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(files)
	var out []corpusDoc
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var d corpusDoc
		dec := json.NewDecoder(bytes.NewReader(b))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&d); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		d.File = filepath.Base(f)
		if d.Project == "" {
			d.Project = "ed-fi"
		}
		if d.Resource == "" || len(d.Body) == 0 {
			t.Fatalf("%s: want {\"resource\": ..., \"body\": {...}}", f)
		}
		out = append(out, d)
	}
	return out
}

// mutateJSON decodes a JSON object, lets f change it and encodes it again.
func mutateJSON(t testing.TB, body []byte, f func(m map[string]any)) []byte {
	t.Helper()
	m, ok := decodeJSON(t, body).(map[string]any)
	if !ok {
		t.Fatalf("not an object: %s", body)
	}
	f(m)
	b, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// audit runs the store's consistency audit (reference edges and
// ReferentialIds recomputed from the resource tables) and fails the test on
// any finding.
func (db *specDB) audit() {
	db.t.Helper()
	rep, err := db.env.Store.Verify(context.Background(), relational.VerifyOptions{})
	if err != nil {
		db.t.Fatalf("audit: %v", err)
	}
	for _, f := range rep.Findings {
		db.t.Errorf("audit: %s", f)
	}
	if rep.Violations != 0 {
		db.t.Errorf("audit: %d violations over %d documents", rep.Violations, rep.Documents)
	}
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }
