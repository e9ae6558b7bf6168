package relational_test

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/google/uuid"

	"github.com/edfi-bench/tpr/engine/dbstats"
	"github.com/edfi-bench/tpr/engine/relational"
	"github.com/edfi-bench/tpr/engine/store"
)

// The corpus (testdata/corpus) is a set of real-shaped Ed-Fi DS 5.1
// documents with Sample extension data, one per file, named so that loading
// in name order satisfies every reference. These tests hold the store to
// the API's round-trip promise: what a client POSTs is what it GETs back,
// apart from id, _etag and _lastModifiedDate.

// The corpus itself must stay a meaningful fixture.
func TestCorpusShape(t *testing.T) {
	t.Parallel()
	docs := loadCorpus(t)
	resources := map[string]bool{}
	nonDescriptor := map[string]bool{}
	for _, d := range docs {
		resources[d.Project+"/"+d.Resource] = true
		if !strings.HasSuffix(d.Resource, "Descriptors") {
			nonDescriptor[d.Project+"/"+d.Resource] = true
		}
	}
	if len(docs) < 36 || len(nonDescriptor) < 18 {
		t.Errorf("corpus has %d documents over %d non-descriptor resources; want at least 36 over 18", len(docs), len(nonDescriptor))
	}
	for _, want := range []string{
		"ed-fi/stateEducationAgencies", "ed-fi/localEducationAgencies", "ed-fi/schools", "ed-fi/schoolYearTypes",
		"ed-fi/students", "ed-fi/staffs", "ed-fi/sessions", "ed-fi/courses", "ed-fi/courseOfferings", "ed-fi/sections",
		"ed-fi/gradingPeriods", "ed-fi/calendars", "ed-fi/calendarDates", "ed-fi/bellSchedules", "ed-fi/classPeriods",
		"ed-fi/studentSchoolAssociations", "ed-fi/studentSectionAssociations", "ed-fi/grades",
		"ed-fi/studentEducationOrganizationAssociations", "ed-fi/assessments", "ed-fi/assessmentItems", "ed-fi/studentAssessments",
		"ed-fi/contacts", "sample/membershipTypeDescriptors",
	} {
		if !resources[want] {
			t.Errorf("corpus has no %s document", want)
		}
	}
	ext := 0
	for _, d := range docs {
		if strings.Contains(string(d.Body), `"_ext"`) {
			ext++
		}
	}
	if ext < 3 {
		t.Errorf("only %d corpus documents carry _ext data", ext)
	}
}

// Every corpus document, loaded in order into one database, reads back as
// posted right after its POST, and again after the whole corpus is loaded
// (reference objects are rendered from the referenced documents' current
// identities, which by then have been written many times over).
func TestCorpusRoundTrip(t *testing.T) {
	t.Parallel()
	db := newSpecDB(t)
	ids := make([]uuid.UUID, len(db.docs))
	for i, d := range db.docs {
		r := db.resource(d.Project, d.Resource)
		doc, err := db.env.Core.Prepare(r, d.Body)
		if err != nil {
			t.Fatalf("%s: Prepare: %v", d.File, err)
		}
		if len(doc.Pruned) > 0 {
			t.Errorf("%s: Core pruned over-posted properties %v; the corpus must be valid as written", d.File, doc.Pruned)
		}
		res, err := db.env.Store.Upsert(context.Background(), doc, store.WriteOptions{})
		if err != nil {
			t.Fatalf("%s: POST: %v", d.File, err)
		}
		if !res.Created || res.ETag != "1" {
			t.Errorf("%s: POST = created %v etag %q, want a new document with _etag 1", d.File, res.Created, res.ETag)
		}
		ids[i] = res.ID
		it, err := db.env.Store.Get(context.Background(), r, res.ID)
		if err != nil {
			t.Fatalf("%s: GET after POST: %v", d.File, err)
		}
		if it.ID != res.ID || it.ETag != res.ETag {
			t.Errorf("%s: GET id/etag = %s/%s, want %s/%s", d.File, it.ID, it.ETag, res.ID, res.ETag)
		}
		assertSameJSON(t, d.File+" GET after POST", apiBody(t, it), decodeJSON(t, d.Body))
	}
	for i, d := range db.docs {
		assertSameJSON(t, d.File+" GET after loading the corpus", db.getBody(d.Project, d.Resource, ids[i]), decodeJSON(t, d.Body))
	}
	db.audit()
}

// Descriptor URIs are matched case-insensitively on write and rendered on
// read as the descriptor stores them (namespace#codeValue as posted on the
// descriptor), not as the referencing document spelled them.
func TestDescriptorURIsRenderAsStored(t *testing.T) {
	t.Parallel()
	db := newSpecDB(t)
	db.loadUpTo("students")
	_, body := db.find("schools", "255901001")
	recased := strings.NewReplacer(
		"uri://ed-fi.org/GradeLevelDescriptor#Ninth grade", "URI://ED-FI.ORG/gradeleveldescriptor#NINTH GRADE",
		"uri://ed-fi.org/AddressTypeDescriptor#Physical", "uri://ed-fi.org/addresstypedescriptor#physical",
		"uri://ed-fi.org/CTEProgramServiceDescriptor#Career Exploration", "Uri://Ed-Fi.Org/CteProgramServiceDescriptor#CAREER exploration",
	).Replace(string(body))
	if recased == string(body) {
		t.Fatal("the school no longer carries the descriptors this test re-cases")
	}
	schoolID, _ := db.find("schools", "255901001")
	res := db.post("ed-fi", "schools", []byte(recased))
	if res.Created || res.ID != schoolID {
		t.Fatalf("re-posting the school = created %v id %s, want an update of %s", res.Created, res.ID, schoolID)
	}
	assertSameJSON(t, "school posted with re-cased descriptor URIs", db.getBody("ed-fi", "schools", res.ID), decodeJSON(t, body))

	// The descriptors themselves read back exactly as posted.
	for _, d := range db.docs {
		if strings.HasSuffix(d.Resource, "Descriptors") && db.ids[d.File] != uuid.Nil {
			assertSameJSON(t, d.File, db.getBody(d.Project, d.Resource, db.ids[d.File]), decodeJSON(t, d.Body))
		}
	}
}

// Re-POSTing every corpus document unchanged is an update of the same
// document that changes nothing a client can see. With the replace
// strategy it rewrites the rows and bumps _etag by one; with the diff
// strategy it writes no row at all and _etag stays (00 Decision 3) — which
// also proves the diff strategy's comparison of stored and posted values
// sound for every scalar type in the corpus (decimals, dates, date-times,
// times, booleans, integers, strings, descriptors, references).
func TestCorpusUnchangedRepost(t *testing.T) {
	t.Parallel()
	for _, strategy := range collectionStrategies {
		t.Run(string(strategy), func(t *testing.T) {
			t.Parallel()
			db := loadCorpusDBWith(t, strategy)
			var wrote []string
			for _, d := range db.docs {
				id := db.ids[d.File]
				before := db.get(d.Project, d.Resource, id)
				var c dbstats.Counters
				w := db.postCtx(dbstats.WithCounters(context.Background(), &c), d.Project, d.Resource, d.Body)
				if w.Created || w.ID != id {
					t.Errorf("%s: re-POST = %+v, want an update of %s", d.File, w, id)
					continue
				}
				n, _ := strconv.Atoi(before.ETag)
				switch strategy {
				case relational.Diff:
					if rows := c.Snapshot().RowsWritten; rows != 0 || w.ETag != before.ETag {
						wrote = append(wrote, fmt.Sprintf("%s (%d rows, _etag %s -> %s)", d.File, rows, before.ETag, w.ETag))
					}
				default:
					if w.ETag != strconv.Itoa(n+1) {
						t.Errorf("%s: re-POST _etag %s -> %s, want %d", d.File, before.ETag, w.ETag, n+1)
					}
				}
				assertSameJSON(t, d.File+" after unchanged re-POST", db.getBody(d.Project, d.Resource, id), decodeJSON(t, d.Body))
			}
			if len(wrote) > 0 {
				more := ""
				if len(wrote) > 5 {
					more = fmt.Sprintf("\n  … and %d more", len(wrote)-5)
					wrote = wrote[:5]
				}
				t.Errorf("with the diff strategy, unchanged re-POSTs still wrote rows and bumped _etag:\n  %s%s", strings.Join(wrote, "\n  "), more)
			}
			db.audit()
		})
	}
}
