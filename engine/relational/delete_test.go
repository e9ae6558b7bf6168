package relational_test

import (
	"context"
	"strings"
	"testing"

	"github.com/google/uuid"

	"github.com/edfi-bench/tpr/engine/store"
)

// A PUT that drops a reference drops its edge: the formerly referenced
// descriptor can then be deleted, which it could not be before.
func TestPutDroppingAReferenceReleasesTheTarget(t *testing.T) {
	t.Parallel()
	db := loadCorpusDB(t)
	ssaID, ssa := db.find("studentSchoolAssociations", `"604823"`)
	graduatedID, _ := db.find("exitWithdrawTypeDescriptors", "Graduated")

	err := db.deleteErr("ed-fi", "exitWithdrawTypeDescriptors", graduatedID, "")
	se := requireStoreError(t, err, 409)
	if !strings.Contains(strings.Join(se.Errors, ","), "StudentSchoolAssociation") {
		t.Errorf("delete conflict %v does not name StudentSchoolAssociation", se)
	}
	db.put("ed-fi", "studentSchoolAssociations", ssaID, mutateJSON(t, ssa, func(m map[string]any) {
		delete(m, "exitWithdrawTypeDescriptor")
		delete(m, "exitWithdrawDate")
	}), store.WriteOptions{})
	if err := db.deleteErr("ed-fi", "exitWithdrawTypeDescriptors", graduatedID, ""); err != nil {
		t.Fatalf("delete of the no longer referenced descriptor: %v", err)
	}
	if _, err := db.env.Store.Get(context.Background(), db.resource("ed-fi", "exitWithdrawTypeDescriptors"), graduatedID); err == nil {
		t.Error("the deleted descriptor still reads back")
	} else {
		requireStoreError(t, err, 404)
	}
}

// Deleting every corpus document in reverse load order succeeds (nothing
// is referenced by the time it is deleted) and leaves every table exactly
// as empty as the freshly provisioned database: a delete removes all the
// rows its writes created, child, extension, edge and identity rows
// included; afterwards the same identities can be created again.
func TestDeletingTheCorpusLeavesNothingBehind(t *testing.T) {
	t.Parallel()
	db := newSpecDB(t)
	empty := db.rowCounts()
	db.loadUpTo("")
	for i := len(db.docs) - 1; i >= 0; i-- {
		d := db.docs[i]
		if err := db.deleteErr(d.Project, d.Resource, db.ids[d.File], ""); err != nil {
			t.Fatalf("%s: DELETE: %v", d.File, err)
		}
		if _, err := db.env.Store.Get(context.Background(), db.resource(d.Project, d.Resource), db.ids[d.File]); err == nil {
			t.Errorf("%s: still readable after DELETE", d.File)
		}
	}
	if d := countDiff(empty, db.rowCounts()); len(d) > 0 {
		t.Errorf("rows left behind after deleting everything:\n  %s", strings.Join(d, "\n  "))
	}

	// The identities are free again: loading the corpus once more creates
	// new documents (new ids, _etag 1) that read back as posted.
	old := db.ids
	db.ids = map[string]uuid.UUID{}
	for _, d := range db.docs {
		w := db.post(d.Project, d.Resource, d.Body)
		if !w.Created || w.ETag != "1" || w.ID == old[d.File] {
			t.Errorf("%s: POST after DELETE = %+v, want a new document", d.File, w)
		}
		db.ids[d.File] = w.ID
		assertSameJSON(t, d.File+" re-created", db.getBody(d.Project, d.Resource, w.ID), decodeJSON(t, d.Body))
	}
	db.audit()
}

// A document may reference the same target from several places (a
// StudentSchoolAssociation's schoolReference and nextYearSchoolReference
// both name the school): that is one reference edge, and it stays while
// any of the places still references the target.
func TestOneEdgePerReferencedDocument(t *testing.T) {
	t.Parallel()
	db := loadCorpusDB(t)
	ssaID, ssa := db.find("studentSchoolAssociations", `"604822"`, "nextYearSchoolReference")
	schoolID, _ := db.find("schools", "255901001")
	var schoolDoc int64
	if err := db.env.Pool.QueryRow(context.Background(), `SELECT "DocumentId" FROM "dms"."Document" WHERE "DocumentUuid" = $1`, schoolID).Scan(&schoolDoc); err != nil {
		t.Fatal(err)
	}
	edgesTo := func() []string {
		var out []string
		for _, e := range db.edgeRows(ssaID) {
			if strings.Contains(e, "/"+itoa(schoolDoc)+"/") {
				out = append(out, e)
			}
		}
		return out
	}
	if e := edgesTo(); len(e) != 1 || !strings.HasSuffix(e[0], "/true") {
		t.Fatalf("edges from the association to the school = %v, want exactly one, flagged as an identity component", e)
	}
	db.put("ed-fi", "studentSchoolAssociations", ssaID, mutateJSON(t, ssa, func(m map[string]any) {
		delete(m, "nextYearSchoolReference")
	}), store.WriteOptions{})
	if e := edgesTo(); len(e) != 1 || !strings.HasSuffix(e[0], "/true") {
		t.Fatalf("after dropping nextYearSchoolReference, edges to the school = %v, want still exactly one identity edge", e)
	}
	db.audit()
}

// A document that references itself (a local education agency recorded as
// its own parent — bad data, but the API accepts it) is not referenced by
// any *other* document, so DELETE removes it, as the ODS and DMS would
// (their self-referencing rows go with the document).
func TestDeleteOfASelfReferencingDocument(t *testing.T) {
	t.Parallel()
	db := newSpecDB(t)
	db.loadUpTo("schools")
	lea := []byte(`{"localEducationAgencyId": 255903, "nameOfInstitution": "Grand Bend Charter",
  "localEducationAgencyCategoryDescriptor": "uri://ed-fi.org/LocalEducationAgencyCategoryDescriptor#Independent",
  "categories": [{"educationOrganizationCategoryDescriptor": "uri://ed-fi.org/EducationOrganizationCategoryDescriptor#Local Education Agency"}]}`)
	before := db.rowCounts()
	w := db.post("ed-fi", "localEducationAgencies", lea)
	own := mutateJSON(t, lea, func(m map[string]any) {
		m["parentLocalEducationAgencyReference"] = map[string]any{"localEducationAgencyId": 255903}
	})
	if u := db.post("ed-fi", "localEducationAgencies", own); u.ID != w.ID {
		t.Fatalf("POST-as-update went to %s, want %s", u.ID, w.ID)
	}
	assertSameJSON(t, "self-parented LEA", db.getBody("ed-fi", "localEducationAgencies", w.ID), decodeJSON(t, own))
	if err := db.deleteErr("ed-fi", "localEducationAgencies", w.ID, ""); err != nil {
		t.Fatalf("DELETE of a document referenced only by itself: %v", err)
	}
	if d := countDiff(before, db.rowCounts()); len(d) > 0 {
		t.Errorf("rows left behind:\n  %s", strings.Join(d, "\n  "))
	}
}
