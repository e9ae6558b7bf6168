package relational_test

import (
	"context"
	"errors"
	"sort"
	"strings"
	"testing"

	"github.com/google/uuid"

	"github.com/edfi-bench/tpr/engine/core"
	"github.com/edfi-bench/tpr/engine/store"
)

// clientErr describes the client error a bad request must produce.
type clientErr struct {
	status int
	// core: the error comes from Core's validation (a *core.RequestError),
	// not from the store (a *store.Error).
	core bool
	// typ is the problem type, when it matters.
	typ string
	// paths are the JSON paths the error must key its validationErrors by
	// (exactly these).
	paths []string
	// mentions are strings the error's details must contain (resource
	// names of a delete conflict, ...).
	mentions []string
}

func checkClientError(t *testing.T, err error, w clientErr) {
	t.Helper()
	if err == nil {
		t.Fatalf("the request succeeded; want a %d", w.status)
	}
	var status int
	var typ, text string
	var paths map[string][]string
	var re *core.RequestError
	var se *store.Error
	switch {
	case errors.As(err, &re):
		if !w.core {
			t.Errorf("Core rejected the request (%v); want the store to", re)
		}
		status, typ, paths, text = re.Status, re.Type, re.ValidationErrors, re.Error()+" "+strings.Join(re.Errors, " ")
	case errors.As(err, &se):
		if w.core {
			t.Errorf("the store rejected the request (%v); want Core to", se)
		}
		status, typ, paths, text = se.Status, se.Type, se.ValidationErrors, se.Error()+" "+strings.Join(se.Errors, " ")
	default:
		t.Fatalf("error %T %v is neither a *core.RequestError nor a *store.Error: the HTTP layer would answer 500", err, err)
	}
	if status != w.status {
		t.Errorf("status %d (%v), want %d", status, err, w.status)
	}
	if w.typ != "" && typ != w.typ {
		t.Errorf("type %q, want %q", typ, w.typ)
	}
	if w.paths != nil {
		var got []string
		for p := range paths {
			got = append(got, p)
		}
		sort.Strings(got)
		wantPaths := append([]string(nil), w.paths...)
		sort.Strings(wantPaths)
		if strings.Join(got, " ") != strings.Join(wantPaths, " ") {
			t.Errorf("validation error paths %q, want %q (error: %v)", got, wantPaths, err)
		}
	}
	for _, m := range w.mentions {
		if !strings.Contains(text, m) {
			t.Errorf("error %q does not mention %q", text, m)
		}
	}
}

// Every kind of bad request fails with the right client error, naming the
// offending JSON paths, and leaves the database exactly as it was: the row
// count of every table in the database is unchanged, and a document the
// request targeted reads back byte for byte as before.
func TestBadInputIsRejectedAndWritesNothing(t *testing.T) {
	t.Parallel()
	db := loadCorpusDB(t)
	env := db.env

	studentID, student := db.find("students", `"604822"`)
	otherStudentID, _ := db.find("students", `"604823"`)
	schoolID, school := db.find("schools", `255901001`)
	_, ssa := db.find("studentSchoolAssociations", `"604822"`)
	_, bell := db.find("bellSchedules")
	classPeriodID, classPeriod := db.find("classPeriods", `"01 - Traditional"`)
	_, course := db.find("courses", `"ALG-1"`)
	_, seoa := db.find("studentEducationOrganizationAssociations")
	_, section := db.find("sections")
	staffID, staff := db.find("staffs")
	sessionID, session := db.find("sessions")
	studentAssessmentID, _ := db.find("studentAssessments")
	ninthGradeID, _ := db.find("gradeLevelDescriptors", `"Ninth grade"`)

	set := func(body []byte, f func(m map[string]any)) string { return string(mutateJSON(t, body, f)) }
	elem := func(m map[string]any, k string, i int) map[string]any {
		return m[k].([]any)[i].(map[string]any)
	}

	tests := []struct {
		name string
		// target, when set, must read back unchanged.
		target *struct {
			endpoint string
			id       uuid.UUID
		}
		do   func() error
		want clientErr
	}{
		// --- not JSON, or not a JSON object
		{name: "malformed JSON", do: func() error { return db.upsertErr("ed-fi", "students", `{"studentUniqueId": "1", "firstName": `) },
			want: clientErr{status: 400, core: true, typ: core.TypeBadRequest}},
		{name: "empty body", do: func() error { return db.upsertErr("ed-fi", "students", ` `) },
			want: clientErr{status: 400, core: true, typ: core.TypeBadRequest}},
		{name: "body is an array", do: func() error { return db.upsertErr("ed-fi", "students", `[{"studentUniqueId": "1"}]`) },
			want: clientErr{status: 400, core: true, typ: core.TypeDataValidationFailed, paths: []string{"$"}}},

		// --- schema violations
		{name: "missing required property", do: func() error {
			return db.upsertErr("ed-fi", "students", set(student, func(m map[string]any) { delete(m, "firstName") }))
		}, want: clientErr{status: 400, core: true, typ: core.TypeDataValidationFailed, paths: []string{"$.firstName"}}},
		{name: "missing required property in a collection element", do: func() error {
			return db.upsertErr("ed-fi", "schools", set(school, func(m map[string]any) { delete(elem(m, "addresses", 1), "city") }))
		}, want: clientErr{status: 400, core: true, paths: []string{"$.addresses[1].city"}}},
		{name: "wrong type: integer identity as a non-numeric string", do: func() error {
			return db.upsertErr("ed-fi", "schools", set(school, func(m map[string]any) { m["schoolId"] = "two-five-five" }))
		}, want: clientErr{status: 400, core: true, paths: []string{"$.schoolId"}}},
		{name: "wrong type: boolean as an object", do: func() error {
			return db.upsertErr("ed-fi", "students", set(student, func(m map[string]any) { m["multipleBirthStatus"] = map[string]any{"yes": true} }))
		}, want: clientErr{status: 400, core: true, paths: []string{"$.multipleBirthStatus"}}},
		{name: "wrong type: collection as an object", do: func() error {
			return db.upsertErr("ed-fi", "schools", set(school, func(m map[string]any) { m["gradeLevels"] = elem(m, "gradeLevels", 0) }))
		}, want: clientErr{status: 400, core: true, paths: []string{"$.gradeLevels"}}},
		{name: "over-long string", do: func() error {
			return db.upsertErr("ed-fi", "students", set(student, func(m map[string]any) { m["firstName"] = strings.Repeat("x", 76) }))
		}, want: clientErr{status: 400, core: true, paths: []string{"$.firstName"}}},
		{name: "over-long string in a nested collection element", do: func() error {
			return db.upsertErr("ed-fi", "schools", set(school, func(m map[string]any) { elem(m, "addresses", 1)["city"] = strings.Repeat("y", 31) }))
		}, want: clientErr{status: 400, core: true, paths: []string{"$.addresses[1].city"}}},
		{name: "over-long string in an extension", do: func() error {
			return db.upsertErr("ed-fi", "students", set(student, func(m map[string]any) {
				elem(m["_ext"].(map[string]any)["sample"].(map[string]any), "pets", 0)["petName"] = strings.Repeat("z", 21)
			}))
		}, want: clientErr{status: 400, core: true, paths: []string{"$._ext.sample.pets[0].petName"}}},
		{name: "bad date", do: func() error {
			return db.upsertErr("ed-fi", "students", set(student, func(m map[string]any) { m["birthDate"] = "2008-02-30" }))
		}, want: clientErr{status: 400, core: true, paths: []string{"$.birthDate"}}},
		{name: "bad date two collections deep", do: func() error {
			return db.upsertErr("ed-fi", "schools", set(school, func(m map[string]any) {
				elem(elem(m, "addresses", 0), "periods", 1)["beginDate"] = "2020-13-01"
			}))
		}, want: clientErr{status: 400, core: true, paths: []string{"$.addresses[0].periods[1].beginDate"}}},
		{name: "bad time", do: func() error {
			return db.upsertErr("ed-fi", "classPeriods", set(classPeriod, func(m map[string]any) { elem(m, "meetingTimes", 0)["startTime"] = "25:00:00" }))
		}, want: clientErr{status: 400, core: true, paths: []string{"$.meetingTimes[0].startTime"}}},
		{name: "equality constraint violated", do: func() error {
			return db.upsertErr("ed-fi", "sections", set(section, func(m map[string]any) {
				elem(m, "classPeriods", 1)["classPeriodReference"].(map[string]any)["schoolId"] = 255901044
			}))
		}, want: clientErr{status: 400, core: true}},

		// --- values the schema allows but the columns cannot hold
		{name: "integer beyond the int32 column", do: func() error {
			return db.upsertErr("ed-fi", "sessions", set(session, func(m map[string]any) { m["totalInstructionalDays"] = 3000000000 }))
		}, target: &struct {
			endpoint string
			id       uuid.UUID
		}{"sessions", sessionID}, want: clientErr{status: 400}},
		{name: "decimal beyond the column's precision", do: func() error {
			return db.upsertErr("ed-fi", "staffs", set(staff, func(m map[string]any) { m["yearsOfPriorProfessionalExperience"] = 1e20 }))
		}, target: &struct {
			endpoint string
			id       uuid.UUID
		}{"staffs", staffID}, want: clientErr{status: 400}},

		{name: "string with a NUL character (PostgreSQL text cannot hold it)", do: func() error {
			return db.upsertErr("ed-fi", "staffs", set(staff, func(m map[string]any) { m["middleName"] = "a\u0000b" }))
		}, target: &struct {
			endpoint string
			id       uuid.UUID
		}{"staffs", staffID}, want: clientErr{status: 400}},

		// --- references that do not resolve
		{name: "unresolved document reference", do: func() error {
			return db.upsertErr("ed-fi", "studentSchoolAssociations", set(ssa, func(m map[string]any) {
				m["schoolReference"] = map[string]any{"schoolId": 999}
				m["calendarReference"].(map[string]any)["schoolId"] = 999
			}))
		}, want: clientErr{status: 409, typ: "urn:ed-fi:api:conflict:unresolved-reference",
			paths: []string{"$.schoolReference", "$.calendarReference"}, mentions: []string{"School", "Calendar"}}},
		{name: "unresolved reference inside a collection", do: func() error {
			return db.upsertErr("ed-fi", "bellSchedules", set(bell, func(m map[string]any) {
				elem(m, "classPeriods", 1)["classPeriodReference"].(map[string]any)["classPeriodName"] = "07 - Missing"
			}))
		}, want: clientErr{status: 409, paths: []string{"$.classPeriods[1].classPeriodReference"}, mentions: []string{"ClassPeriod"}}},
		{name: "unresolved reference to an abstract resource", do: func() error {
			return db.upsertErr("ed-fi", "courses", set(course, func(m map[string]any) {
				m["educationOrganizationReference"] = map[string]any{"educationOrganizationId": 999}
			}))
		}, want: clientErr{status: 409, paths: []string{"$.educationOrganizationReference"}, mentions: []string{"EducationOrganization"}}},
		{name: "schoolReference naming a local education agency", do: func() error {
			return db.upsertErr("ed-fi", "studentSchoolAssociations", set(ssa, func(m map[string]any) {
				m["schoolReference"] = map[string]any{"schoolId": 255901}
				delete(m, "calendarReference")
			}))
		}, want: clientErr{status: 409, paths: []string{"$.schoolReference"}}},
		{name: "unresolved reference in an extension", do: func() error {
			return db.upsertErr("ed-fi", "studentEducationOrganizationAssociations", set(seoa, func(m map[string]any) {
				m["_ext"].(map[string]any)["sample"].(map[string]any)["favoriteProgramReference"].(map[string]any)["programName"] = "Nope"
			}))
		}, want: clientErr{status: 409, paths: []string{"$._ext.sample.favoriteProgramReference"}, mentions: []string{"Program"}}},
		{name: "unresolved descriptor", do: func() error {
			return db.upsertErr("ed-fi", "studentSchoolAssociations", set(ssa, func(m map[string]any) {
				m["entryGradeLevelDescriptor"] = "uri://ed-fi.org/GradeLevelDescriptor#Thirteenth grade"
			}))
		}, want: clientErr{status: 400, typ: "urn:ed-fi:api:bad-request:data-validation-failed", paths: []string{"$.entryGradeLevelDescriptor"}}},
		{name: "descriptor URI of another descriptor type", do: func() error {
			return db.upsertErr("ed-fi", "studentSchoolAssociations", set(ssa, func(m map[string]any) {
				m["entryGradeLevelDescriptor"] = "uri://ed-fi.org/AddressTypeDescriptor#Home"
			}))
		}, want: clientErr{status: 400, paths: []string{"$.entryGradeLevelDescriptor"}}},
		{name: "unresolved descriptor two collections deep", do: func() error {
			return db.upsertErr("ed-fi", "studentEducationOrganizationAssociations", set(seoa, func(m map[string]any) {
				m["languages"].([]any)[1].(map[string]any)["uses"] = []any{map[string]any{"languageUseDescriptor": "uri://ed-fi.org/LanguageUseDescriptor#Dream language"}}
			}))
		}, want: clientErr{status: 400, paths: []string{"$.languages[1].uses[0].languageUseDescriptor"}}},
		{name: "unresolved descriptor in an extension collection", do: func() error {
			return db.upsertErr("ed-fi", "students", set(student, func(m map[string]any) {
				elem(m["_ext"].(map[string]any)["sample"].(map[string]any), "favoriteBooks", 0)["favoriteBookCategoryDescriptor"] = "uri://sample.ed-fi.org/FavoriteBookCategoryDescriptor#Poetry"
			}))
		}, want: clientErr{status: 400, paths: []string{"$._ext.sample.favoriteBooks[0].favoriteBookCategoryDescriptor"}}},
		{name: "unresolved descriptor and unresolved reference: the descriptor wins", do: func() error {
			return db.upsertErr("ed-fi", "studentSchoolAssociations", set(ssa, func(m map[string]any) {
				m["studentReference"] = map[string]any{"studentUniqueId": "nobody"}
				m["entryTypeDescriptor"] = "uri://ed-fi.org/EntryTypeDescriptor#Teleported"
			}))
		}, want: clientErr{status: 400, paths: []string{"$.entryTypeDescriptor"}}},

		// --- PUT
		{name: "PUT changing the identity of a resource that forbids it", do: func() error {
			return db.replaceErr("ed-fi", "students", studentID, set(student, func(m map[string]any) { m["studentUniqueId"] = "604999" }), "")
		}, target: &struct {
			endpoint string
			id       uuid.UUID
		}{"students", studentID},
			want: clientErr{status: 400, typ: "urn:ed-fi:api:bad-request:data-validation-failed:key-change-not-supported"}},
		{name: "PUT changing a forbidden identity to another document's identity", do: func() error {
			return db.replaceErr("ed-fi", "students", otherStudentID, set(student, func(m map[string]any) { delete(m, "_ext") }), "")
		}, target: &struct {
			endpoint string
			id       uuid.UUID
		}{"students", otherStudentID},
			want: clientErr{status: 400, typ: "urn:ed-fi:api:bad-request:data-validation-failed:key-change-not-supported"}},
		{name: "PUT changing an allowed identity to another document's identity", do: func() error {
			return db.replaceErr("ed-fi", "classPeriods", classPeriodID, set(classPeriod, func(m map[string]any) { m["classPeriodName"] = "02 - Traditional" }), "")
		}, target: &struct {
			endpoint string
			id       uuid.UUID
		}{"classPeriods", classPeriodID}, want: clientErr{status: 409}},
		{name: "PUT with a stale If-Match", do: func() error {
			return db.replaceErr("ed-fi", "students", studentID, set(student, func(m map[string]any) { m["firstName"] = "Lise" }), `"7"`)
		}, target: &struct {
			endpoint string
			id       uuid.UUID
		}{"students", studentID}, want: clientErr{status: 412}},
		{name: "PUT with an unparsable If-Match", do: func() error {
			return db.replaceErr("ed-fi", "students", studentID, set(student, func(m map[string]any) { m["firstName"] = "Lise" }), `W/"abc"`)
		}, target: &struct {
			endpoint string
			id       uuid.UUID
		}{"students", studentID}, want: clientErr{status: 412}},
		{name: "PUT of an unknown id", do: func() error {
			return db.replaceErr("ed-fi", "students", uuid.New(), string(student), "")
		}, want: clientErr{status: 404}},
		{name: "PUT of another resource's id", do: func() error {
			return db.replaceErr("ed-fi", "students", schoolID, string(student), "")
		}, target: &struct {
			endpoint string
			id       uuid.UUID
		}{"schools", schoolID}, want: clientErr{status: 404}},

		// --- DELETE
		{name: "DELETE of a referenced document", do: func() error { return db.deleteErr("ed-fi", "schools", schoolID, "") },
			target: &struct {
				endpoint string
				id       uuid.UUID
			}{"schools", schoolID},
			want: clientErr{status: 409, typ: "urn:ed-fi:api:conflict:dependent-item-exists",
				mentions: []string{"StudentSchoolAssociation", "Session", "Course", "ClassPeriod", "Calendar", "BellSchedule"}}},
		{name: "DELETE of a referenced descriptor", do: func() error { return db.deleteErr("ed-fi", "gradeLevelDescriptors", ninthGradeID, "") },
			target: &struct {
				endpoint string
				id       uuid.UUID
			}{"gradeLevelDescriptors", ninthGradeID},
			want: clientErr{status: 409, mentions: []string{"School", "StudentSchoolAssociation", "Calendar", "Assessment"}}},
		{name: "DELETE of a document referenced only from an extension", do: func() error {
			id, _ := db.find("educationContents")
			return db.deleteErr("ed-fi", "educationContents", id, "")
		}, want: clientErr{status: 409, mentions: []string{"Contact"}}},
		{name: "DELETE with a stale If-Match", do: func() error { return db.deleteErr("ed-fi", "studentAssessments", studentAssessmentID, "2") },
			target: &struct {
				endpoint string
				id       uuid.UUID
			}{"studentAssessments", studentAssessmentID}, want: clientErr{status: 412}},
		{name: "DELETE of an unknown id", do: func() error { return db.deleteErr("ed-fi", "students", uuid.New(), "") },
			want: clientErr{status: 404}},
		{name: "DELETE of another resource's id", do: func() error { return db.deleteErr("ed-fi", "students", studentAssessmentID, "") },
			target: &struct {
				endpoint string
				id       uuid.UUID
			}{"studentAssessments", studentAssessmentID}, want: clientErr{status: 404}},

		// --- duplicates
		{name: "duplicate element of a collection with a uniqueness constraint (Sample staff pets)", do: func() error {
			return db.upsertErr("ed-fi", "staffs", set(staff, func(m map[string]any) {
				s := m["_ext"].(map[string]any)["sample"].(map[string]any)
				s["pets"] = append(s["pets"].([]any), map[string]any{"petName": "Rover"})
			}))
		}, want: clientErr{status: 400, core: true, paths: []string{"$._ext.sample.pets"}}},
		{name: "duplicate nested element under a uniqueness constraint (SEOA address periods)", do: func() error {
			return db.upsertErr("ed-fi", "studentEducationOrganizationAssociations", set(seoa, func(m map[string]any) {
				a := elem(m, "addresses", 0)
				a["periods"] = append(a["periods"].([]any), map[string]any{"beginDate": "2023-01-01", "endDate": "2023-06-30"})
			}))
		}, want: clientErr{status: 400, core: true, paths: []string{"$.addresses[0].periods"}}},
		{name: "duplicate reference in a collection", do: func() error {
			return db.upsertErr("ed-fi", "bellSchedules", set(bell, func(m map[string]any) {
				m["classPeriods"] = append(m["classPeriods"].([]any), m["classPeriods"].([]any)[0])
			}))
		}, want: clientErr{status: 400, core: true, paths: []string{"$.classPeriods"}}},
		{name: "duplicate element past Core reaches the database's unique constraint", do: func() error {
			// The store's own defence: a document whose Body repeats a
			// uniquely keyed element (as a Core bug would let through).
			doc := db.prepare("ed-fi", "staffs", staff)
			s := doc.Body["_ext"].(map[string]any)["sample"].(map[string]any)
			s["pets"] = append(s["pets"].([]any), map[string]any{"petName": "Rover"})
			_, err := env.Store.Upsert(context.Background(), doc, store.WriteOptions{})
			return err
		}, target: &struct {
			endpoint string
			id       uuid.UUID
		}{"staffs", staffID}, want: clientErr{status: 400}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			before := db.rowCounts()
			var targetBefore []byte
			if tc.target != nil {
				targetBefore = db.get("ed-fi", tc.target.endpoint, tc.target.id).JSON
			}
			checkClientError(t, tc.do(), tc.want)
			if d := countDiff(before, db.rowCounts()); len(d) > 0 {
				t.Errorf("the failed request changed row counts:\n  %s", strings.Join(d, "\n  "))
			}
			if tc.target != nil {
				if after := db.get("ed-fi", tc.target.endpoint, tc.target.id).JSON; string(after) != string(targetBefore) {
					t.Errorf("the failed request changed the target document:\nbefore: %s\nafter:  %s", targetBefore, after)
				}
			}
		})
	}
	db.audit()
}
