package relational_test

import (
	"context"
	"strconv"
	"strings"
	"testing"

	"github.com/google/uuid"

	"github.com/edfi-bench/tpr/engine/store"
)

// PUT replaces the whole document: reordered collection elements come back
// in the new order, removed elements, removed nested elements, removed
// optional scalars, references and extension data are gone, and the new
// values show up — at every level of nesting, with either collection
// strategy.
func TestPutReordersAndRemovesCollectionElements(t *testing.T) {
	t.Parallel()
	for _, strategy := range collectionStrategies {
		t.Run(string(strategy), func(t *testing.T) {
			t.Parallel()
			putReordersAndRemoves(t, loadCorpusDBWith(t, strategy))
		})
	}
}

func putReordersAndRemoves(t *testing.T, db *specDB) {
	id, body := db.find("studentEducationOrganizationAssociations")

	updated := mutateJSON(t, body, func(m map[string]any) {
		// addresses: swap the two; drop the first period of the (formerly
		// first) address and its extension terms; add a new address.
		a := m["addresses"].([]any)
		home := a[0].(map[string]any)
		home["periods"] = home["periods"].([]any)[1:]
		ext := home["_ext"].(map[string]any)["sample"].(map[string]any)
		delete(ext, "terms")
		m["addresses"] = []any{a[1], home, map[string]any{
			"addressTypeDescriptor": "uri://ed-fi.org/AddressTypeDescriptor#Physical", "city": "Austin", "postalCode": "78702",
			"stateAbbreviationDescriptor": "uri://ed-fi.org/StateAbbreviationDescriptor#TX", "streetNumberName": "9 Congress Ave"}}
		// languages: reverse; races: keep only the second.
		l := m["languages"].([]any)
		m["languages"] = []any{l[1], l[0]}
		m["races"] = m["races"].([]any)[1:]
		// remove a whole collection, an optional scalar and the root
		// extension (with its reference).
		delete(m, "disabilities")
		delete(m, "loginId")
		delete(m, "_ext")
		// change a nested scalar.
		m["telephones"].([]any)[1].(map[string]any)["telephoneNumber"] = "(512) 555-0999"
	})
	res := db.put("ed-fi", "studentEducationOrganizationAssociations", id, updated, store.WriteOptions{})
	if res.ID != id || res.Created {
		t.Fatalf("PUT = %+v, want an update of %s", res, id)
	}
	got := db.getBody("ed-fi", "studentEducationOrganizationAssociations", id)
	assertSameJSON(t, "SEOA after PUT", got, decodeJSON(t, updated))

	// And back: the original document round-trips again after the edits.
	db.put("ed-fi", "studentEducationOrganizationAssociations", id, body, store.WriteOptions{})
	assertSameJSON(t, "SEOA after restoring PUT", db.getBody("ed-fi", "studentEducationOrganizationAssociations", id), decodeJSON(t, body))

	// The same holds for POST-as-update of the Sample-extended student.
	studentID, student := db.find("students", `"604822"`)
	reordered := mutateJSON(t, student, func(m map[string]any) {
		s := m["_ext"].(map[string]any)["sample"].(map[string]any)
		p := s["pets"].([]any)
		s["pets"] = []any{p[1], p[0]}
		b := s["favoriteBooks"].([]any)[0].(map[string]any)
		b["artMedia"] = b["artMedia"].([]any)[1:]
		delete(s, "aquaticPets")
		delete(m, "otherNames")
	})
	if w := db.post("ed-fi", "students", reordered); w.Created || w.ID != studentID {
		t.Fatalf("POST of an existing identity = %+v, want an update of %s", w, studentID)
	}
	assertSameJSON(t, "student after POST-as-update", db.getBody("ed-fi", "students", studentID), decodeJSON(t, reordered))
	db.audit()
}

// edgeRows returns the reference edges of a document with their row
// versions (xmin): a rewritten row gets a new xmin even when its values are
// unchanged.
func (db *specDB) edgeRows(id uuid.UUID) []string {
	db.t.Helper()
	rows, err := db.env.Pool.Query(context.Background(), `SELECT e.xmin::text, e."ChildDocumentId", e."IsIdentityComponent"
FROM "dms"."ReferenceEdge" e JOIN "dms"."Document" d ON d."DocumentId" = e."ParentDocumentId"
WHERE d."DocumentUuid" = $1 ORDER BY e."ChildDocumentId"`, id)
	if err != nil {
		db.t.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var xmin string
		var child int64
		var identity bool
		if err := rows.Scan(&xmin, &child, &identity); err != nil {
			db.t.Fatal(err)
		}
		out = append(out, xmin+"/"+strconv.FormatInt(child, 10)+"/"+strconv.FormatBool(identity))
	}
	if err := rows.Err(); err != nil {
		db.t.Fatal(err)
	}
	return out
}

// An unchanged PUT or POST rewrites none of the document's reference
// edges (the edge diff makes zero writes), yet every update bumps _etag by
// exactly one; a PUT with a matching If-Match succeeds.
func TestUnchangedUpdateKeepsEdgesAndBumpsEtag(t *testing.T) {
	t.Parallel()
	db := loadCorpusDB(t)
	for _, c := range []struct{ endpoint, fragment string }{
		{"studentEducationOrganizationAssociations", ""},
		{"sections", ""},
		{"studentAssessments", ""},
		{"contacts", ""},
		{"schools", "255901001"},
	} {
		t.Run(c.endpoint, func(t *testing.T) {
			db := *db
			db.t = t
			id, body := db.find(c.endpoint, c.fragment)
			edges := db.edgeRows(id)
			if len(edges) == 0 {
				t.Fatal("the document has no reference edges to watch")
			}
			etag := db.get("ed-fi", c.endpoint, id).ETag
			next := func() string {
				n, err := strconv.Atoi(etag)
				if err != nil {
					t.Fatalf("_etag %q is not a number", etag)
				}
				return strconv.Itoa(n + 1)
			}

			w := db.put("ed-fi", c.endpoint, id, body, store.WriteOptions{})
			if w.ETag != next() {
				t.Errorf("unchanged PUT: _etag %s -> %s, want %s", etag, w.ETag, next())
			}
			etag = w.ETag
			w = db.post("ed-fi", c.endpoint, body)
			if w.Created || w.ID != id || w.ETag != next() {
				t.Errorf("unchanged POST = %+v, want an update of %s with _etag %s", w, id, next())
			}
			etag = w.ETag
			w = db.put("ed-fi", c.endpoint, id, body, store.WriteOptions{IfMatch: `"` + etag + `"`})
			if w.ETag != next() {
				t.Errorf("PUT with If-Match: _etag %s -> %s, want %s", etag, w.ETag, next())
			}
			if got := db.get("ed-fi", c.endpoint, id).ETag; got != w.ETag {
				t.Errorf("GET _etag %s, want %s", got, w.ETag)
			}
			if after := db.edgeRows(id); strings.Join(after, " ") != strings.Join(edges, " ") {
				t.Errorf("unchanged updates rewrote reference edges:\nbefore: %v\nafter:  %v", edges, after)
			}
			assertSameJSON(t, "after unchanged updates", db.getBody("ed-fi", c.endpoint, id), decodeJSON(t, body))
		})
	}
}

// Renaming a ClassPeriod (its identity may change) shows the new name in
// every document that references it, bumps their _etag, and re-keys the
// class period: its old identity no longer resolves, its new one does —
// with either collection strategy.
func TestIdentityUpdateShowsInReferencingDocuments(t *testing.T) {
	t.Parallel()
	for _, strategy := range collectionStrategies {
		t.Run(string(strategy), func(t *testing.T) {
			t.Parallel()
			identityUpdateShows(t, loadCorpusDBWith(t, strategy))
		})
	}
}

func identityUpdateShows(t *testing.T, db *specDB) {
	cpID, cp := db.find("classPeriods", `"01 - Traditional"`)
	sectionID, section := db.find("sections")
	bellID, bell := db.find("bellSchedules")
	sectionEtag := db.get("ed-fi", "sections", sectionID).ETag
	bellEtag := db.get("ed-fi", "bellSchedules", bellID).ETag

	renamed := mutateJSON(t, cp, func(m map[string]any) { m["classPeriodName"] = "01 - Block" })
	if w := db.put("ed-fi", "classPeriods", cpID, renamed, store.WriteOptions{}); w.ID != cpID {
		t.Fatalf("PUT changed the id: %s", w.ID)
	}
	assertSameJSON(t, "renamed class period", db.getBody("ed-fi", "classPeriods", cpID), decodeJSON(t, renamed))
	rename := func(b []byte) any {
		return decodeJSON(t, []byte(strings.ReplaceAll(string(b), `"01 - Traditional"`, `"01 - Block"`)))
	}
	assertSameJSON(t, "section after the rename", db.getBody("ed-fi", "sections", sectionID), rename(section))
	assertSameJSON(t, "bell schedule after the rename", db.getBody("ed-fi", "bellSchedules", bellID), rename(bell))
	if got := db.get("ed-fi", "sections", sectionID).ETag; got == sectionEtag {
		t.Errorf("section _etag stayed %s though its representation changed", got)
	}
	if got := db.get("ed-fi", "bellSchedules", bellID).ETag; got == bellEtag {
		t.Errorf("bell schedule _etag stayed %s though its representation changed", got)
	}

	// The old name is gone: posting the bell schedule as it was fails.
	err := db.upsertErr("ed-fi", "bellSchedules", string(bell))
	if se := requireStoreError(t, err, 409); se.ValidationErrors["$.classPeriods[0].classPeriodReference"] == nil {
		t.Errorf("409 %v does not name $.classPeriods[0].classPeriodReference", se.ValidationErrors)
	}
	// The new name resolves, and POSTing the class period with it is an
	// update of the same document.
	if w := db.post("ed-fi", "classPeriods", renamed); w.Created || w.ID != cpID {
		t.Errorf("POST of the renamed class period = %+v, want an update of %s", w, cpID)
	}
	db.audit()
}

// Renaming a Session cascades through the real Ed-Fi identity chain
// Session -> CourseOffering -> Section -> StudentSectionAssociation ->
// Grade: every member reads back with the new session name, and every
// member's ReferentialId is recomputed (POSTing any of them with the new
// values is an update of the same document, the old values no longer
// resolve).
func TestSessionRenameCascadesThroughTheIdentityChain(t *testing.T) {
	t.Parallel()
	db := loadCorpusDB(t)
	const oldName, newName = `"2023-2024 Fall Semester"`, `"2023-2024 Fall Term"`
	sessionID, session := db.find("sessions")
	before := db.rowCounts()

	db.put("ed-fi", "sessions", sessionID, []byte(strings.ReplaceAll(string(session), oldName, newName)), store.WriteOptions{})

	if d := countDiff(before, db.rowCounts()); len(d) > 0 {
		t.Errorf("an identity update changed row counts (it must re-key in place):\n  %s", strings.Join(d, "\n  "))
	}
	// Queries on referenced identity values see the new name only.
	for name, want := range map[string]int{"2023-2024 Fall Term": 1, "2023-2024 Fall Semester": 0} {
		page, err := db.env.Store.Query(context.Background(), db.resource("ed-fi", "grades"),
			store.Query{Filters: []store.Filter{{Term: "sessionName", Value: name}}, Limit: 10})
		if err != nil {
			t.Fatal(err)
		}
		if len(page.Items) != want {
			t.Errorf("GET grades?sessionName=%s: %d items, want %d", name, len(page.Items), want)
		}
	}
	for _, endpoint := range []string{"sessions", "courseOfferings", "sections", "studentSectionAssociations", "grades"} {
		id, body := db.find(endpoint)
		want := []byte(strings.ReplaceAll(string(body), oldName, newName))
		assertSameJSON(t, endpoint+" after the session rename", db.getBody("ed-fi", endpoint, id), decodeJSON(t, want))
		if w := db.post("ed-fi", endpoint, want); w.Created || w.ID != id {
			t.Errorf("%s: POST with the new session name = %+v, want an update of %s", endpoint, w, id)
		}
		if endpoint != "sessions" {
			if err := db.upsertErr("ed-fi", endpoint, string(body)); err == nil {
				t.Errorf("%s: POST with the old session name succeeded; the old identity should no longer resolve", endpoint)
			} else if _, ok := err.(*store.Error); !ok {
				t.Errorf("%s: POST with the old session name: %T %v, want a *store.Error", endpoint, err, err)
			}
		}
	}
	db.audit()
}

// A descriptor's non-identifying values can be changed by PUT and POST;
// its URI (namespace and codeValue) cannot be changed by PUT; documents
// referencing it are unaffected.
func TestDescriptorUpdates(t *testing.T) {
	t.Parallel()
	db := loadCorpusDB(t)
	id, ninth := db.find("gradeLevelDescriptors", `"Ninth grade"`)
	schoolID, school := db.find("schools", "255901001")

	edited := mutateJSON(t, ninth, func(m map[string]any) {
		m["shortDescription"] = "Grade 9"
		m["description"] = "The ninth year of schooling"
		delete(m, "effectiveEndDate")
	})
	if w := db.put("ed-fi", "gradeLevelDescriptors", id, edited, store.WriteOptions{}); w.ETag != "2" {
		t.Errorf("PUT _etag = %s, want 2", w.ETag)
	}
	assertSameJSON(t, "descriptor after PUT", db.getBody("ed-fi", "gradeLevelDescriptors", id), decodeJSON(t, edited))

	if w := db.post("ed-fi", "gradeLevelDescriptors", ninth); w.Created || w.ID != id || w.ETag != "3" {
		t.Errorf("POST of the original = %+v, want an update of %s to _etag 3", w, id)
	}
	assertSameJSON(t, "descriptor after POST", db.getBody("ed-fi", "gradeLevelDescriptors", id), decodeJSON(t, ninth))

	renamed := mutateJSON(t, ninth, func(m map[string]any) { m["codeValue"] = "Grade Nine" })
	err := db.replaceErr("ed-fi", "gradeLevelDescriptors", id, string(renamed), "")
	if se := requireStoreError(t, err, 400); se.Type != "urn:ed-fi:api:bad-request:data-validation-failed:key-change-not-supported" {
		t.Errorf("renaming a descriptor by PUT: type %q, want key-change-not-supported", se.Type)
	}
	assertSameJSON(t, "school referencing the descriptor", db.getBody("ed-fi", "schools", schoolID), decodeJSON(t, school))
	db.audit()
}

// Swapping two elements of a collection whose elements must be unique (the
// Sample extension's student pets, unique by petName) is a valid PUT: at
// no point does the document hold a duplicate. It must succeed with either
// collection strategy.
func TestPutSwappingUniquelyKeyedElements(t *testing.T) {
	t.Parallel()
	for _, strategy := range collectionStrategies {
		t.Run(string(strategy), func(t *testing.T) {
			t.Parallel()
			db := newSpecDBWith(t, strategy)
			db.loadUpTo("staffs")
			id, student := db.find("students", `"604822"`)
			swapped := mutateJSON(t, student, func(m map[string]any) {
				s := m["_ext"].(map[string]any)["sample"].(map[string]any)
				p := s["pets"].([]any)
				s["pets"] = []any{p[1], p[0]}
			})
			err := db.replaceErr("ed-fi", "students", id, string(swapped), "")
			if err != nil {
				t.Fatalf("PUT swapping pets[0] and pets[1]: %v", err)
			}
			assertSameJSON(t, "student after the swap", db.getBody("ed-fi", "students", id), decodeJSON(t, swapped))
		})
	}
}

// snapshot reads every loaded corpus document.
func (db *specDB) snapshot() map[string]*store.Item {
	db.t.Helper()
	out := map[string]*store.Item{}
	for _, d := range db.docs {
		if id, ok := db.ids[d.File]; ok {
			out[d.File] = db.get(d.Project, d.Resource, id)
		}
	}
	return out
}

// A document's _etag changes whenever its representation does (02 §6.9),
// however the change comes about — or clients and caches keyed by _etag
// serve stale data. Each step below changes documents other than the one
// written: a descriptor re-POSTed with its codeValue in another casing (the
// URI matches case-insensitively, so it is an update of the same
// descriptor, and referrers render the new casing — also two hops away,
// through the identity of a referenced document), and identity updates
// that cascade.
func TestEtagChangesWheneverTheRepresentationDoes(t *testing.T) {
	t.Parallel()
	db := loadCorpusDB(t)
	recase := func(endpoint, code, to string) func() {
		return func() {
			id, body := db.find(endpoint, `"`+code+`"`)
			w := db.post("ed-fi", endpoint, []byte(strings.Replace(string(body), `"`+code+`"`, `"`+to+`"`, 1)))
			if w.Created || w.ID != id {
				t.Fatalf("re-POST of the re-cased %s = %+v, want an update of %s", endpoint, w, id)
			}
		}
	}
	steps := []struct {
		name string
		do   func()
	}{
		{"grade level descriptor re-cased (referenced directly)", recase("gradeLevelDescriptors", "Ninth grade", "NINTH GRADE")},
		{"grading period descriptor re-cased (part of the identity of a grading period that grades and sessions reference)",
			recase("gradingPeriodDescriptors", "First Six Weeks", "first six weeks")},
		{"class period renamed", func() {
			id, body := db.find("classPeriods", `"01 - Traditional"`)
			db.put("ed-fi", "classPeriods", id, []byte(strings.Replace(string(body), `"01 - Traditional"`, `"01 - Block"`, 1)), store.WriteOptions{})
		}},
		{"session renamed", func() {
			id, body := db.find("sessions")
			db.put("ed-fi", "sessions", id, []byte(strings.ReplaceAll(string(body), `"2023-2024 Fall Semester"`, `"2023-2024 Fall Term"`)), store.WriteOptions{})
		}},
	}
	for _, step := range steps {
		before := db.snapshot()
		step.do()
		after := db.snapshot()
		changed := 0
		for file, a := range after {
			b := before[file]
			d := jsonDiff(apiBody(t, a), apiBody(t, b))
			if len(d) == 0 {
				continue
			}
			changed++
			if a.ETag == b.ETag {
				t.Errorf("%s: %s changed but kept _etag %s:\n  %s", step.name, file, a.ETag, strings.Join(d, "\n  "))
			}
		}
		if changed < 2 {
			t.Errorf("%s: only %d documents changed; the step no longer exercises propagation", step.name, changed)
		}
	}
}
