package relational_test

import (
	"strings"
	"testing"
)

// A reference to the abstract EducationOrganization resolves through the
// superclass alias of whichever concrete education organization has that
// id — a School, a LocalEducationAgency or a StateEducationAgency — and
// reads back as exactly {"educationOrganizationId": id}.
func TestAbstractReferenceResolvesThroughSubclassAliases(t *testing.T) {
	t.Parallel()
	db := loadCorpusDB(t)
	for _, c := range []struct {
		name     string
		endpoint string
		id       string
		fragment string
		path     []string
	}{
		{"course at a school", "courses", "255901001", `"GEOM-1"`, []string{"educationOrganizationReference"}},
		{"course at a local education agency", "courses", "255901", `"ALG-1"`, []string{"educationOrganizationReference"}},
		{"program at a local education agency", "programs", "255901", "", []string{"educationOrganizationReference"}},
		{"assessment at the state education agency", "assessments", "255", "", []string{"educationOrganizationReference"}},
		{"assessment content standard's mandating organization", "assessments", "255", "", []string{"contentStandard", "mandatingEducationOrganizationReference"}},
		{"SEOA at a local education agency", "studentEducationOrganizationAssociations", "255901", "", []string{"educationOrganizationReference"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			id, _ := db.find(c.endpoint, c.fragment)
			var v any = db.getBody("ed-fi", c.endpoint, id)
			for _, p := range c.path {
				v = v.(map[string]any)[p]
			}
			assertSameJSON(t, strings.Join(c.path, "."), v, decodeJSON(t, []byte(`{"educationOrganizationId": `+c.id+`}`)))
		})
	}

	// A new document may reference the school through the abstract type.
	_, course := db.find("courses", `"GEOM-1"`)
	again := strings.Replace(string(course), `"GEOM-1"`, `"GEOM-2"`, 1)
	w := db.post("ed-fi", "courses", []byte(again))
	assertSameJSON(t, "new course at a school", db.getBody("ed-fi", "courses", w.ID), decodeJSON(t, []byte(again)))
}

// Education organization ids are shared by all concrete subclasses: a
// local education agency (or state education agency) cannot take an id a
// school already has, nor a school an agency's — 409, nothing written.
func TestSubclassIdentityIsSharedAcrossSiblings(t *testing.T) {
	t.Parallel()
	db := loadCorpusDB(t)
	_, lea := db.find("localEducationAgencies", "255901")
	_, school := db.find("schools", "255901044")
	_, sea := db.find("stateEducationAgencies")
	cases := []struct {
		name, endpoint, body string
	}{
		{"LEA with an existing school's id", "localEducationAgencies",
			strings.Replace(string(lea), `"localEducationAgencyId": 255901`, `"localEducationAgencyId": 255901001`, 1)},
		{"school with an existing LEA's id", "schools",
			strings.Replace(string(school), `"schoolId": 255901044`, `"schoolId": 255902`, 1)},
		{"SEA with an existing school's id", "stateEducationAgencies",
			strings.Replace(string(sea), `"stateEducationAgencyId": 255`, `"stateEducationAgencyId": 255901044`, 1)},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			db := *db
			db.t = t
			if c.body == string(lea) || c.body == string(school) || c.body == string(sea) {
				t.Fatal("the corpus document no longer has the id this test replaces")
			}
			before := db.rowCounts()
			err := db.upsertErr("ed-fi", c.endpoint, c.body)
			requireStoreError(t, err, 409)
			if d := countDiff(before, db.rowCounts()); len(d) > 0 {
				t.Errorf("the rejected POST changed row counts:\n  %s", strings.Join(d, "\n  "))
			}
		})
	}
}
