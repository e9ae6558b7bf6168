package api_test

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/prometheus/client_golang/prometheus/testutil"

	"github.com/edfi-bench/tpr/engine/api"
	"github.com/edfi-bench/tpr/engine/enginetest"
)

func TestMain(m *testing.M) { enginetest.Main(m) }

type client struct {
	t   *testing.T
	srv *httptest.Server
	env *enginetest.Env
}

func newClient(t *testing.T, opts api.Options) *client {
	t.Helper()
	env := enginetest.New(t)
	s := api.New(env.Effective, env.Core, env.Store, opts)
	srv := httptest.NewServer(s.Handler())
	t.Cleanup(srv.Close)
	return &client{t: t, srv: srv, env: env}
}

type response struct {
	status int
	header http.Header
	body   string
}

func (c *client) do(method, path, body string, headers ...string) response {
	c.t.Helper()
	req, err := http.NewRequest(method, c.srv.URL+path, strings.NewReader(body))
	if err != nil {
		c.t.Fatal(err)
	}
	if body != "" {
		req.Header.Set("Content-Type", "application/json")
	}
	for i := 0; i+1 < len(headers); i += 2 {
		req.Header.Set(headers[i], headers[i+1])
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		c.t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return response{status: res.StatusCode, header: res.Header, body: string(b)}
}

// mustPost posts and requires 201 or 200.
func (c *client) mustPost(path, body string) string {
	c.t.Helper()
	r := c.do("POST", path, body)
	if r.status != 201 && r.status != 200 {
		c.t.Fatalf("POST %s = %d %s", path, r.status, r.body)
	}
	return r.header.Get("Location")
}

// rowCount totals the rows of the tables these requests could touch (and
// the etags, which any update bumps), so a test can assert that a rejected
// request wrote nothing.
func (c *client) rowCount() int64 {
	c.t.Helper()
	var n int64
	err := c.env.Pool.QueryRow(context.Background(), `SELECT
		(SELECT count(*) FROM dms."Document") + (SELECT count(*) FROM dms."ReferenceEdge") +
		(SELECT count(*) FROM dms."ReferentialIdentity") + (SELECT count(*) FROM dms."Descriptor") +
		(SELECT count(*) FROM edfi."Student") + (SELECT count(*) FROM edfi."School") +
		(SELECT count(*) FROM edfi."StudentSchoolAssociation") + (SELECT sum("Etag") FROM dms."Document")`).Scan(&n)
	if err != nil {
		c.t.Fatal(err)
	}
	return n
}

const (
	gradeLevel = `{"namespace":"uri://ed-fi.org/GradeLevelDescriptor","codeValue":"Ninth grade","shortDescription":"Ninth grade"}`
	category   = `{"namespace":"uri://ed-fi.org/EducationOrganizationCategoryDescriptor","codeValue":"School","shortDescription":"School"}`
	school     = `{"schoolId":255901,"nameOfInstitution":"Grand Bend High School","educationOrganizationCategories":[{"educationOrganizationCategoryDescriptor":"uri://ed-fi.org/EducationOrganizationCategoryDescriptor#School"}],"gradeLevels":[{"gradeLevelDescriptor":"uri://ed-fi.org/GradeLevelDescriptor#Ninth grade"}]}`
	student    = `{"studentUniqueId":"604822","firstName":"Lisa","lastSurname":"Woods","birthDate":"2008-01-01"}`
	ssa        = `{"studentReference":{"studentUniqueId":"604822"},"schoolReference":{"schoolId":255901},"entryDate":"2023-08-21","entryGradeLevelDescriptor":"uri://ed-fi.org/GradeLevelDescriptor#Ninth grade"}`
)

func (c *client) seed() (schoolLoc, studentLoc, ssaLoc string) {
	c.mustPost("/data/ed-fi/gradeLevelDescriptors", gradeLevel)
	c.mustPost("/data/ed-fi/educationOrganizationCategoryDescriptors", category)
	schoolLoc = c.mustPost("/data/ed-fi/schools", school)
	studentLoc = c.mustPost("/data/ed-fi/students", student)
	ssaLoc = c.mustPost("/data/ed-fi/studentSchoolAssociations", ssa)
	return
}

// The newcomer's session of the README: post a descriptor, a school, a
// student and an enrollment, then read them back.
func TestReadmeSession(t *testing.T) {
	t.Parallel()
	c := newClient(t, api.Options{})
	r := c.do("POST", "/data/ed-fi/gradeLevelDescriptors", gradeLevel)
	if r.status != 201 || r.header.Get("Location") == "" || r.header.Get("ETag") == "" {
		t.Fatalf("POST descriptor = %d, headers %v", r.status, r.header)
	}
	_, studentLoc, ssaLoc := c.seed() // posting the descriptor again is an update
	got := c.do("GET", ssaLoc, "")
	if got.status != 200 {
		t.Fatalf("GET = %d %s", got.status, got.body)
	}
	var doc map[string]any
	if err := json.Unmarshal([]byte(got.body), &doc); err != nil {
		t.Fatal(err)
	}
	if doc["entryDate"] != "2023-08-21" || doc["studentReference"].(map[string]any)["studentUniqueId"] != "604822" {
		t.Errorf("GET returned %s", got.body)
	}
	if got.header.Get("ETag") != `"`+doc["_etag"].(string)+`"` {
		t.Errorf("ETag header %q, _etag %v", got.header.Get("ETag"), doc["_etag"])
	}
	if r := c.do("GET", studentLoc, ""); r.status != 200 || !strings.Contains(r.body, `"firstName":"Lisa"`) {
		t.Errorf("GET student = %d %s", r.status, r.body)
	}
	list := c.do("GET", "/data/ed-fi/studentSchoolAssociations?studentUniqueId=604822&totalCount=true", "")
	if list.status != 200 || list.header.Get("Total-Count") != "1" {
		t.Errorf("GET many = %d, Total-Count %q: %s", list.status, list.header.Get("Total-Count"), list.body)
	}
	// Update through POST: 200, same id, new etag.
	upd := c.do("POST", "/data/ed-fi/studentSchoolAssociations", strings.Replace(ssa, `"entryDate"`, `"exitWithdrawDate":"2024-06-01","entryDate"`, 1))
	if upd.status != 200 || upd.header.Get("Location") != ssaLoc || upd.header.Get("ETag") != `"2"` {
		t.Errorf("POST as update = %d %v", upd.status, upd.header)
	}
	// PUT with the right etag, then delete.
	put := c.do("PUT", ssaLoc, ssa, "If-Match", `"2"`)
	if put.status != 204 {
		t.Errorf("PUT = %d %s", put.status, put.body)
	}
	if del := c.do("DELETE", ssaLoc, ""); del.status != 204 {
		t.Errorf("DELETE = %d %s", del.status, del.body)
	}
	if r := c.do("GET", ssaLoc, ""); r.status != 404 {
		t.Errorf("GET after DELETE = %d", r.status)
	}
}

// Bad input gets a precise problem+json 4xx and writes nothing.
func TestBadInput(t *testing.T) {
	t.Parallel()
	c := newClient(t, api.Options{MaxBodyBytes: 4096})
	schoolLoc, studentLoc, _ := c.seed()
	cases := []struct {
		name, method, path, body string
		headers                  []string
		status                   int
		problemType              string
		mention                  string
	}{
		{"malformed JSON", "POST", "/data/ed-fi/students", `{"studentUniqueId":`, nil, 400, "urn:ed-fi:api:bad-request", ""},
		{"unknown resource", "POST", "/data/ed-fi/widgets", student, nil, 404, "urn:ed-fi:api:not-found", "widgets"},
		{"missing required", "POST", "/data/ed-fi/students", `{"studentUniqueId":"1","firstName":"A"}`, nil, 400,
			"urn:ed-fi:api:bad-request:data-validation-failed", "lastSurname"},
		{"wrong type", "POST", "/data/ed-fi/schools", `{"schoolId":"abc","nameOfInstitution":"X","educationOrganizationCategories":[{"educationOrganizationCategoryDescriptor":"uri://ed-fi.org/EducationOrganizationCategoryDescriptor#School"}],"gradeLevels":[{"gradeLevelDescriptor":"uri://ed-fi.org/GradeLevelDescriptor#Ninth grade"}]}`,
			nil, 400, "urn:ed-fi:api:bad-request:data-validation-failed", "schoolId"},
		{"bad date", "POST", "/data/ed-fi/students", `{"studentUniqueId":"2","firstName":"A","lastSurname":"B","birthDate":"2008-13-45"}`, nil, 400,
			"urn:ed-fi:api:bad-request:data-validation-failed", "birthDate"},
		{"unresolved reference", "POST", "/data/ed-fi/studentSchoolAssociations", strings.Replace(ssa, "604822", "999999", 1), nil, 409,
			"", "$.studentReference"},
		{"unresolved descriptor", "POST", "/data/ed-fi/studentSchoolAssociations", strings.Replace(ssa, "Ninth grade", "Tenth grade", 1), nil, 400,
			"urn:ed-fi:api:bad-request:data-validation-failed", "$.entryGradeLevelDescriptor"},
		{"oversized body", "POST", "/data/ed-fi/students", `{"studentUniqueId":"3","firstName":"` + strings.Repeat("x", 5000) + `"}`, nil, 413,
			"urn:ed-fi:api:payload-too-large", ""},
		{"wrong If-Match", "PUT", studentLoc, student, []string{"If-Match", `"7"`}, 412, "urn:ed-fi:api:optimistic-lock-failed", ""},
		{"identity change where forbidden", "PUT", studentLoc, strings.Replace(student, "604822", "604823", 1), nil, 400,
			"urn:ed-fi:api:bad-request:data-validation-failed:key-change-not-supported", "Student"},
		{"body id differs from URL", "PUT", studentLoc, `{"id":"00000000-0000-0000-0000-000000000001",` + student[1:], nil, 400,
			"urn:ed-fi:api:bad-request:data-validation-failed", "$.id"},
		{"delete of a referenced document", "DELETE", schoolLoc, "", nil, 409, "urn:ed-fi:api:conflict:dependent-item-exists", "StudentSchoolAssociation"},
		{"malformed id", "GET", "/data/ed-fi/students/not-a-uuid", "", nil, 404, "urn:ed-fi:api:not-found", ""},
		{"unknown id", "DELETE", "/data/ed-fi/students/9b2d3f00-0000-4000-8000-000000000000", "", nil, 404, "urn:ed-fi:api:not-found", ""},
		{"bad limit", "GET", "/data/ed-fi/students?limit=501", "", nil, 400, "urn:ed-fi:api:bad-request:data-validation-failed", "limit"},
		{"bad offset", "GET", "/data/ed-fi/students?offset=-1", "", nil, 400, "urn:ed-fi:api:bad-request:data-validation-failed", "offset"},
		{"bad totalCount", "GET", "/data/ed-fi/students?totalCount=maybe", "", nil, 400, "urn:ed-fi:api:bad-request:data-validation-failed", "totalCount"},
		{"unknown query field", "GET", "/data/ed-fi/students?shoeSize=9", "", nil, 400, "urn:ed-fi:api:bad-request:data-validation-failed", "shoeSize"},
		{"query value of the wrong type", "GET", "/data/ed-fi/schools?schoolId=abc", "", nil, 400, "urn:ed-fi:api:bad-request:data-validation-failed", "schoolId"},
		{"forged page token", "GET", "/data/ed-fi/students?pageToken=abc", "", nil, 400, "urn:ed-fi:api:bad-request", "pageToken"},
		{"method not allowed", "PATCH", studentLoc, student, nil, 405, "urn:ed-fi:api:method-not-allowed", ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			before := c.rowCount()
			r := c.do(tc.method, tc.path, tc.body, tc.headers...)
			if r.status != tc.status {
				t.Fatalf("status = %d, want %d: %s", r.status, tc.status, r.body)
			}
			if ct := r.header.Get("Content-Type"); ct != "application/problem+json" {
				t.Errorf("Content-Type = %q", ct)
			}
			var p map[string]any
			if err := json.Unmarshal([]byte(r.body), &p); err != nil {
				t.Fatalf("body is not JSON: %s", r.body)
			}
			if int(p["status"].(float64)) != tc.status || p["title"] == "" || p["detail"] == "" {
				t.Errorf("problem = %s", r.body)
			}
			if tc.problemType != "" && p["type"] != tc.problemType {
				t.Errorf("type = %v, want %s", p["type"], tc.problemType)
			}
			if tc.mention != "" && !strings.Contains(r.body, tc.mention) {
				t.Errorf("problem does not mention %q: %s", tc.mention, r.body)
			}
			if after := c.rowCount(); after != before {
				t.Errorf("rows changed: %d -> %d", before, after)
			}
		})
	}
}

// Metrics follow Prometheus conventions and include what dashboards use.
func TestMetricsLint(t *testing.T) {
	t.Parallel()
	c := newClient(t, api.Options{})
	c.seed()
	s := api.New(c.env.Effective, c.env.Core, c.env.Store, api.Options{})
	srv := httptest.NewServer(s.Handler())
	defer srv.Close()
	http.Get(srv.URL + "/health")
	problems, err := testutil.GatherAndLint(s.Registry())
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range problems {
		t.Errorf("metric %s: %s", p.Metric, p.Text)
	}
	res, err := http.Get(srv.URL + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(res.Body)
	res.Body.Close()
	for _, want := range []string{"engine_http_request_duration_seconds_bucket", "engine_http_requests_in_flight", "engine_db_round_trips_total"} {
		if !strings.Contains(string(b), want) {
			t.Errorf("/metrics lacks %s", want)
		}
	}
}
