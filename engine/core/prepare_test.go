package core_test

import (
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/edfi-bench/tpr/engine/core"
	"github.com/google/uuid"
)

// prepare runs Prepare and fails the test on any error.
func prepare(t *testing.T, project, endpoint, body string) *core.Document {
	t.Helper()
	doc, err := realCore(t).Prepare(resource(t, project, endpoint), []byte(body))
	if err != nil {
		t.Fatalf("Prepare(%s/%s): %v", project, endpoint, err)
	}
	return doc
}

// reject runs Prepare and returns the client error it must produce.
func reject(t *testing.T, project, endpoint, body string) *core.RequestError {
	t.Helper()
	doc, err := realCore(t).Prepare(resource(t, project, endpoint), []byte(body))
	if err == nil {
		t.Fatalf("Prepare(%s/%s) accepted the body: identity %v", project, endpoint, doc.Identity)
	}
	var re *core.RequestError
	if !errors.As(err, &re) {
		t.Fatalf("Prepare(%s/%s) = %T %v, want *core.RequestError", project, endpoint, err, err)
	}
	return re
}

func id(s string) uuid.UUID { return uuid.MustParse(s) }

// The vectors of 01 §3.1.
const (
	vecSchool255901      = "0420a54c-16df-5fff-8f48-d87d35e71fe7"
	vecEdOrg255901       = "c1204ade-622c-5695-afb9-01534d97999c"
	vecNinthGrade        = "9531a840-f733-5616-8729-6607476329fb"
	vecStudentSchoolAssn = "7152c9d9-3637-5661-884f-6e02a99e0c15"
)

const schoolBody = `{
  "schoolId": 255901,
  "nameOfInstitution": "Grand Bend High School",
  "educationOrganizationCategories": [{"educationOrganizationCategoryDescriptor": "uri://ed-fi.org/EducationOrganizationCategoryDescriptor#School"}],
  "gradeLevels": [
    {"gradeLevelDescriptor": "uri://ed-fi.org/GradeLevelDescriptor#Ninth grade"},
    {"gradeLevelDescriptor": "uri://ed-fi.org/GradeLevelDescriptor#Tenth grade"}
  ],
  "localEducationAgencyReference": {"localEducationAgencyId": 255901}
}`

const ssaBody = `{
  "studentReference": {"studentUniqueId": "604822"},
  "schoolReference": {"schoolId": 255901001},
  "entryDate": "2023-08-21",
  "entryGradeLevelDescriptor": "uri://ed-fi.org/GradeLevelDescriptor#Ninth grade"
}`

// ReferentialID reproduces the four golden vectors of 01 §3.1.
func TestReferentialIDVectors(t *testing.T) {
	tests := []struct {
		project, resource string
		elems             []core.IdentityElement
		name, want        string
	}{
		{"Ed-Fi", "School", []core.IdentityElement{{Path: "$.schoolId", Value: "255901"}},
			"Ed-FiSchool$.schoolId=255901", vecSchool255901},
		{"Ed-Fi", "EducationOrganization", []core.IdentityElement{{Path: "$.educationOrganizationId", Value: "255901"}},
			"Ed-FiEducationOrganization$.educationOrganizationId=255901", vecEdOrg255901},
		{"Ed-Fi", "GradeLevelDescriptor", []core.IdentityElement{{Path: "$.descriptor", Value: "uri://ed-fi.org/gradeleveldescriptor#ninth grade"}},
			"Ed-FiGradeLevelDescriptor$.descriptor=uri://ed-fi.org/gradeleveldescriptor#ninth grade", vecNinthGrade},
		{"Ed-Fi", "StudentSchoolAssociation", []core.IdentityElement{
			{Path: "$.entryDate", Value: "2023-08-21"},
			{Path: "$.schoolReference.schoolId", Value: "255901001"},
			{Path: "$.studentReference.studentUniqueId", Value: "604822"},
		}, "Ed-FiStudentSchoolAssociation$.entryDate=2023-08-21#$.schoolReference.schoolId=255901001#$.studentReference.studentUniqueId=604822", vecStudentSchoolAssn},
	}
	for _, tc := range tests {
		t.Run(tc.resource, func(t *testing.T) {
			if got := core.ReferentialIDName(tc.project, tc.resource, tc.elems); got != tc.name {
				t.Errorf("name = %q, want %q", got, tc.name)
			}
			if got := core.ReferentialID(tc.project, tc.resource, tc.elems); got != id(tc.want) {
				t.Errorf("ReferentialID = %s, want %s", got, tc.want)
			}
		})
	}
}

// Prepare of real-shaped bodies yields the same vectors; spelling variants
// that Core canonicalizes (numeric strings, exponents, slash dates, case and
// surrounding whitespace of descriptor fields) hash identically.
func TestPrepareMatchesVectors(t *testing.T) {
	tests := []struct {
		name, endpoint, body string
		identity             []core.IdentityElement
		want, wantSuper      string
	}{
		{
			name: "School, with its EducationOrganization alias", endpoint: "schools", body: schoolBody,
			identity: []core.IdentityElement{{Path: "$.schoolId", Value: "255901"}},
			want:     vecSchool255901, wantSuper: vecEdOrg255901,
		},
		{
			name: "School with schoolId sent as a string", endpoint: "schools",
			body:     strings.Replace(schoolBody, `"schoolId": 255901`, `"schoolId": "255901"`, 1),
			identity: []core.IdentityElement{{Path: "$.schoolId", Value: "255901"}},
			want:     vecSchool255901, wantSuper: vecEdOrg255901,
		},
		{
			name: "GradeLevelDescriptor", endpoint: "gradeLevelDescriptors",
			body:     `{"namespace": "uri://ed-fi.org/GradeLevelDescriptor", "codeValue": "Ninth grade", "shortDescription": "Ninth grade"}`,
			identity: []core.IdentityElement{{Path: "$.descriptor", Value: "uri://ed-fi.org/gradeleveldescriptor#ninth grade"}},
			want:     vecNinthGrade,
		},
		{
			name: "GradeLevelDescriptor, upper case and a padded codeValue", endpoint: "gradeLevelDescriptors",
			body:     `{"namespace": "URI://ED-FI.ORG/GradeLevelDescriptor", "codeValue": "  NINTH Grade ", "shortDescription": " Ninth grade\t"}`,
			identity: []core.IdentityElement{{Path: "$.descriptor", Value: "uri://ed-fi.org/gradeleveldescriptor#ninth grade"}},
			want:     vecNinthGrade,
		},
		{
			name: "StudentSchoolAssociation", endpoint: "studentSchoolAssociations", body: ssaBody,
			identity: []core.IdentityElement{
				{Path: "$.entryDate", Value: "2023-08-21"},
				{Path: "$.schoolReference.schoolId", Value: "255901001"},
				{Path: "$.studentReference.studentUniqueId", Value: "604822"},
			},
			want: vecStudentSchoolAssn,
		},
		{
			name: "StudentSchoolAssociation, schoolId with an exponent and a slash date", endpoint: "studentSchoolAssociations",
			body: strings.NewReplacer(`"schoolId": 255901001`, `"schoolId": 2.55901001E8`,
				`"entryDate": "2023-08-21"`, `"entryDate": "8/21/2023"`).Replace(ssaBody),
			identity: []core.IdentityElement{
				{Path: "$.entryDate", Value: "2023-08-21"},
				{Path: "$.schoolReference.schoolId", Value: "255901001"},
				{Path: "$.studentReference.studentUniqueId", Value: "604822"},
			},
			want: vecStudentSchoolAssn,
		},
		{
			name: "StudentSchoolAssociation, schoolId as a padded string", endpoint: "studentSchoolAssociations",
			body: strings.Replace(ssaBody, `"schoolId": 255901001`, `"schoolId": " 255901001 "`, 1),
			identity: []core.IdentityElement{
				{Path: "$.entryDate", Value: "2023-08-21"},
				{Path: "$.schoolReference.schoolId", Value: "255901001"},
				{Path: "$.studentReference.studentUniqueId", Value: "604822"},
			},
			want: vecStudentSchoolAssn,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := prepare(t, "ed-fi", tc.endpoint, tc.body)
			if !reflect.DeepEqual(doc.Identity, tc.identity) {
				t.Errorf("Identity = %v, want %v", doc.Identity, tc.identity)
			}
			if doc.ReferentialID != id(tc.want) {
				t.Errorf("ReferentialID = %s, want %s", doc.ReferentialID, tc.want)
			}
			if tc.wantSuper == "" {
				if doc.SuperclassReferentialID != uuid.Nil || doc.SuperclassIdentity != nil {
					t.Errorf("unexpected superclass identity %v", doc.SuperclassIdentity)
				}
				return
			}
			if doc.Superclass.Resource != "EducationOrganization" || doc.SuperclassReferentialID != id(tc.wantSuper) {
				t.Errorf("superclass %v %s, want EducationOrganization %s", doc.Superclass, doc.SuperclassReferentialID, tc.wantSuper)
			}
			if want := []core.IdentityElement{{Path: "$.educationOrganizationId", Value: "255901"}}; !reflect.DeepEqual(doc.SuperclassIdentity, want) {
				t.Errorf("SuperclassIdentity = %v, want %v", doc.SuperclassIdentity, want)
			}
		})
	}
}

// An association subclass keeps its identity elements and changes only the
// resource name of the alias (01 §3.3).
func TestAssociationSubclassAlias(t *testing.T) {
	doc := prepare(t, "ed-fi", "studentSchoolFoodServiceProgramAssociations", `{
	  "beginDate": "2023-08-21",
	  "educationOrganizationReference": {"educationOrganizationId": 255901},
	  "programReference": {"educationOrganizationId": 255901, "programName": "Lunch", "programTypeDescriptor": "uri://ed-fi.org/ProgramTypeDescriptor#Food Service"},
	  "studentReference": {"studentUniqueId": "604822"}
	}`)
	if doc.Superclass.Resource != "GeneralStudentProgramAssociation" {
		t.Fatalf("Superclass = %v", doc.Superclass)
	}
	if !reflect.DeepEqual(doc.SuperclassIdentity, doc.Identity) {
		t.Errorf("SuperclassIdentity %v != Identity %v", doc.SuperclassIdentity, doc.Identity)
	}
	if want := core.ReferentialID("Ed-Fi", "GeneralStudentProgramAssociation", doc.Identity); doc.SuperclassReferentialID != want {
		t.Errorf("SuperclassReferentialID = %s, want %s", doc.SuperclassReferentialID, want)
	}
	// The programTypeDescriptor identity element is a descriptor: lower-cased.
	for _, e := range doc.Identity {
		if e.Path == "$.programReference.programTypeDescriptor" && e.Value != "uri://ed-fi.org/programtypedescriptor#food service" {
			t.Errorf("%s = %q, want it lower-cased", e.Path, e.Value)
		}
	}
}

// A reference's ReferentialId uses the target's project and resource and
// the target-side identity paths, so it equals the target's own id; for an
// abstract target it equals the member's superclass alias.
func TestReferencesResolveToTargetIDs(t *testing.T) {
	ssa := prepare(t, "ed-fi", "studentSchoolAssociations", ssaBody)
	school := prepare(t, "ed-fi", "schools", strings.Replace(schoolBody, "255901,", "255901001,", 1))
	student := prepare(t, "ed-fi", "students", `{"studentUniqueId": "604822", "firstName": "Ana", "lastSurname": "Diaz", "birthDate": "2009-04-01"}`)
	want := map[string]uuid.UUID{"$.schoolReference": school.ReferentialID, "$.studentReference": student.ReferentialID}
	if len(ssa.References) != 2 {
		t.Fatalf("References = %+v", ssa.References)
	}
	for _, r := range ssa.References {
		if r.ReferentialID != want[r.Path] {
			t.Errorf("%s: %s, want %s", r.Path, r.ReferentialID, want[r.Path])
		}
		if !r.InIdentity {
			t.Errorf("%s: InIdentity = false", r.Path)
		}
	}

	seoa := prepare(t, "ed-fi", "studentEducationOrganizationAssociations", `{
	  "educationOrganizationReference": {"educationOrganizationId": 255901},
	  "studentReference": {"studentUniqueId": "604822"}}`)
	edorg := seoa.References[0]
	if edorg.Path != "$.educationOrganizationReference" || edorg.Target.Resource != "EducationOrganization" {
		t.Fatalf("first reference = %+v", edorg)
	}
	if edorg.ReferentialID != id(vecEdOrg255901) {
		t.Errorf("abstract reference id = %s, want the School alias %s", edorg.ReferentialID, vecEdOrg255901)
	}
}

func TestCanonicalNumber(t *testing.T) {
	tests := []struct{ in, want string }{
		{"255901", "255901"},
		{"1.50", "1.5"},
		{"2.0", "2"},
		{"1.5E2", "150"},
		{"1.5e+2", "150"},
		{"15e-1", "1.5"},
		{"1e-3", "0.001"},
		{"+7", "7"},
		{"007", "7"},
		{"-12.340", "-12.34"},
		{".5", "0.5"},
		{"5.", "5"},
		{"0", "0"},
		{"-0.0", "0"},
		{"0e10", "0"},
		{" 42 ", "42"},
		{"100", "100"},
		{"1000e-3", "1"},
		{"123456789012345678901234567.5", "123456789012345678901234567.5"},
		{"79228162514264337593543950335", "79228162514264337593543950335"},
		{"0.0000000000000000000000000001", "0.0000000000000000000000000001"},
	}
	for _, tc := range tests {
		got, err := core.CanonicalNumber(tc.in)
		if err != nil || got != tc.want {
			t.Errorf("CanonicalNumber(%q) = %q, %v; want %q", tc.in, got, err, tc.want)
		}
	}
	bad := []struct {
		in   string
		want error
	}{
		{"", core.ErrNotANumber},
		{"abc", core.ErrNotANumber},
		{"1e", core.ErrNotANumber},
		{"--1", core.ErrNotANumber},
		{"1.2.3", core.ErrNotANumber},
		{"0x10", core.ErrNotANumber},
		{"1e30", core.ErrNumberOutOfRange},
		{"79228162514264337593543950336", core.ErrNumberOutOfRange},
		{"0.00000000000000000000000000001", core.ErrNumberOutOfRange},
		{"1e999999999999", core.ErrNumberOutOfRange},
	}
	for _, tc := range bad {
		if got, err := core.CanonicalNumber(tc.in); !errors.Is(err, tc.want) {
			t.Errorf("CanonicalNumber(%q) = %q, %v; want %v", tc.in, got, err, tc.want)
		}
	}
}

func TestDateTimeNormalization(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2023-09-15T10:30:45Z", "2023-09-15T10:30:45Z"},
		{"2023-09-15T10:30:45.987Z", "2023-09-15T10:30:45Z"},
		{"2023-09-15T10:30:45-05:00", "2023-09-15T15:30:45Z"},
		{"2023-09-15T23:30:45.5+0200", "2023-09-15T21:30:45Z"},
		{"2023-09-15T22:00:00-03:00", "2023-09-16T01:00:00Z"},
		{"2023-09-15t10:30:45z", "2023-09-15T10:30:45Z"},
		{"2023-09-15T10:30:45", "2023-09-15T10:30:45Z"},
		{"2023-09-15 10:30", "2023-09-15T10:30:00Z"},
		{"2023-09-15", "2023-09-15T00:00:00Z"},
		{"9/15/2023 10:30:45 PM", "2023-09-15T22:30:45Z"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			doc := prepare(t, "ed-fi", "studentAssessments", `{
			  "studentAssessmentIdentifier": "SA-1",
			  "assessmentReference": {"assessmentIdentifier": "MATH-9", "namespace": "uri://ed-fi.org/Assessment"},
			  "studentReference": {"studentUniqueId": "604822"},
			  "administrationDate": "`+tc.in+`"}`)
			if got := doc.Body["administrationDate"]; got != tc.want {
				t.Errorf("administrationDate = %v, want %s", got, tc.want)
			}
		})
	}
	if _, ok := core.ParseDateTime("not a date"); ok {
		t.Error("ParseDateTime accepted garbage")
	}
	re := reject(t, "ed-fi", "studentAssessments", `{
	  "studentAssessmentIdentifier": "SA-1",
	  "assessmentReference": {"assessmentIdentifier": "MATH-9", "namespace": "uri://ed-fi.org/Assessment"},
	  "studentReference": {"studentUniqueId": "604822"},
	  "administrationDate": "yesterday"}`)
	want := map[string][]string{"$.administrationDate": {"administrationDate is not a valid date-time."}}
	if !reflect.DeepEqual(re.ValidationErrors, want) {
		t.Errorf("ValidationErrors = %v, want %v", re.ValidationErrors, want)
	}
}

// Descriptor URIs are lower-cased with .NET ToLowerInvariant semantics.
func TestNormalizeURI(t *testing.T) {
	tests := []struct{ in, want string }{
		{"uri://ed-fi.org/GradeLevelDescriptor#Ninth grade", "uri://ed-fi.org/gradeleveldescriptor#ninth grade"},
		{"uri://ed-fi.org/x#already lower", "uri://ed-fi.org/x#already lower"},
		{"uri://ÉCOLE.fr/Niveau#Première ANNÉE", "uri://école.fr/niveau#première année"},
		{"uri://x/Ä#ÖÜ", "uri://x/ä#öü"},
		{"uri://x/#ΣΟΦΙΑ", "uri://x/#σοφια"},           // simple mapping: no final-sigma rule
		{"uri://x/#\u212A", "uri://x/#k"},              // KELVIN SIGN
		{"uri://x/#İSTANBUL", "uri://x/#İstanbul"},     // U+0130 stays, as in .NET's invariant culture
		{"uri://x/#ıi", "uri://x/#ıi"},                 // dotless i is already lower case
		{"uri://x/#ǅ", "uri://x/#ǆ"},                   // title case digraph
		{"uri://x/#ＡＢＣ", "uri://x/#ａｂｃ"},               // full width
		{"uri://x/#\U00010400", "uri://x/#\U00010428"}, // DESERET (outside the BMP)
	}
	for _, tc := range tests {
		if got := core.NormalizeURI(tc.in); got != tc.want {
			t.Errorf("NormalizeURI(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	// And through Prepare: a descriptor-valued identity element
	// (GraduationPlan's graduationPlanTypeDescriptor) and a descriptor
	// reference are lowered the same way.
	doc := prepare(t, "ed-fi", "graduationPlans", `{
	  "educationOrganizationReference": {"educationOrganizationId": 255901},
	  "graduationPlanTypeDescriptor": "uri://ed-fi.org/GraduationPlanTypeDescriptor#RÉCOMPENSE İ",
	  "graduationSchoolYearTypeReference": {"schoolYear": 2024},
	  "totalRequiredCredits": 24}`)
	if got := doc.Identity[1]; got.Value != "uri://ed-fi.org/graduationplantypedescriptor#récompense İ" {
		t.Errorf("identity element %v", got)
	}
	d := doc.Descriptors[0]
	if d.URI != doc.Identity[1].Value || !d.InIdentity ||
		d.ReferentialID != core.ReferentialID("Ed-Fi", "GraduationPlanTypeDescriptor", []core.IdentityElement{{Path: "$.descriptor", Value: d.URI}}) {
		t.Errorf("descriptor %+v", d)
	}
	// The body keeps the URI as sent.
	if doc.Body["graduationPlanTypeDescriptor"] != "uri://ed-fi.org/GraduationPlanTypeDescriptor#RÉCOMPENSE İ" {
		t.Errorf("body descriptor rewritten: %v", doc.Body["graduationPlanTypeDescriptor"])
	}
}

type refWant struct {
	path, wildcard string
	ordinals       []int
	target         string
}

func refsOf(doc *core.Document) []refWant {
	var out []refWant
	for _, r := range doc.References {
		out = append(out, refWant{r.Path, r.WildcardPath, r.Ordinals, r.Target.Resource})
	}
	return out
}

func descsOf(doc *core.Document) []refWant {
	var out []refWant
	for _, r := range doc.Descriptors {
		out = append(out, refWant{r.Path, r.WildcardPath, r.Ordinals, r.Target.Resource})
	}
	return out
}

const sessionBody = `{
  "sessionName": "2023-2024 Fall Semester",
  "schoolReference": {"schoolId": 255901001},
  "schoolYearTypeReference": {"schoolYear": 2024},
  "beginDate": "2023-08-21",
  "endDate": "2023-12-15",
  "termDescriptor": "uri://ed-fi.org/TermDescriptor#Fall Semester",
  "totalInstructionalDays": 82,
  "gradingPeriods": [
    {"gradingPeriodReference": {"gradingPeriodDescriptor": "uri://ed-fi.org/GradingPeriodDescriptor#First Six Weeks", "gradingPeriodName": "GP1", "schoolId": 255901001, "schoolYear": 2024}},
    {"gradingPeriodReference": {"gradingPeriodDescriptor": "uri://ed-fi.org/GradingPeriodDescriptor#Second Six Weeks", "gradingPeriodName": "GP2", "schoolId": 255901001, "schoolYear": 2024}},
    {"gradingPeriodReference": {"gradingPeriodDescriptor": "uri://ed-fi.org/GradingPeriodDescriptor#Third Six Weeks", "gradingPeriodName": "GP3", "schoolId": "255901001", "schoolYear": 2024}}
  ]
}`

// References inside collections carry their concrete path, wildcard path
// and ordinal path (02 §7); their ids equal the target documents' own.
func TestNestedReferencePaths(t *testing.T) {
	doc := prepare(t, "ed-fi", "sessions", sessionBody)
	// Document order: properties in schema order (alphabetical in the
	// ApiSchema files), elements by index.
	want := []refWant{
		{"$.gradingPeriods[0].gradingPeriodReference", "$.gradingPeriods[*].gradingPeriodReference", []int{0}, "GradingPeriod"},
		{"$.gradingPeriods[1].gradingPeriodReference", "$.gradingPeriods[*].gradingPeriodReference", []int{1}, "GradingPeriod"},
		{"$.gradingPeriods[2].gradingPeriodReference", "$.gradingPeriods[*].gradingPeriodReference", []int{2}, "GradingPeriod"},
		{"$.schoolReference", "$.schoolReference", nil, "School"},
		{"$.schoolYearTypeReference", "$.schoolYearTypeReference", nil, "SchoolYearType"},
	}
	if got := refsOf(doc); !reflect.DeepEqual(got, want) {
		t.Errorf("references:\n got %v\nwant %v", got, want)
	}
	gp := prepare(t, "ed-fi", "gradingPeriods", `{
	  "gradingPeriodDescriptor": "uri://ed-fi.org/GradingPeriodDescriptor#Third Six Weeks",
	  "gradingPeriodName": "GP3",
	  "schoolReference": {"schoolId": 255901001},
	  "schoolYearTypeReference": {"schoolYear": 2024},
	  "beginDate": "2023-11-01", "endDate": "2023-12-15", "totalInstructionalDays": 30}`)
	if r := doc.References[2]; r.ReferentialID != gp.ReferentialID {
		t.Errorf("gradingPeriods[2] id %s (identity %v), GradingPeriod's own id %s (identity %v)",
			r.ReferentialID, r.Identity, gp.ReferentialID, gp.Identity)
	}
	// The schoolId sent as a string was coerced in the body the backend
	// flattens, so ordinals and values line up.
	elem := doc.Body["gradingPeriods"].([]any)[2].(map[string]any)["gradingPeriodReference"].(map[string]any)
	if elem["schoolId"] != json.Number("255901001") {
		t.Errorf("coerced schoolId = %#v", elem["schoolId"])
	}
	if got := descsOf(doc); !reflect.DeepEqual(got, []refWant{{"$.termDescriptor", "$.termDescriptor", nil, "TermDescriptor"}}) {
		t.Errorf("descriptors = %v", got)
	}

	plan := prepare(t, "ed-fi", "graduationPlans", `{
	  "educationOrganizationReference": {"educationOrganizationId": 255901},
	  "graduationPlanTypeDescriptor": "uri://ed-fi.org/GraduationPlanTypeDescriptor#Recommended",
	  "graduationSchoolYearTypeReference": {"schoolYear": 2024},
	  "totalRequiredCredits": "24.50",
	  "creditsByCourses": [
	    {"courseSetName": "Math", "credits": 4, "courses": [{"courseReference": {"courseCode": "ALG-1", "educationOrganizationId": 255901}}]},
	    {"courseSetName": "Science", "credits": 3, "courses": [
	      {"courseReference": {"courseCode": "BIO-1", "educationOrganizationId": 255901}},
	      {"courseReference": {"courseCode": "CHEM-1", "educationOrganizationId": 255901}}]}
	  ]}`)
	want = []refWant{
		{"$.creditsByCourses[0].courses[0].courseReference", "$.creditsByCourses[*].courses[*].courseReference", []int{0, 0}, "Course"},
		{"$.creditsByCourses[1].courses[0].courseReference", "$.creditsByCourses[*].courses[*].courseReference", []int{1, 0}, "Course"},
		{"$.creditsByCourses[1].courses[1].courseReference", "$.creditsByCourses[*].courses[*].courseReference", []int{1, 1}, "Course"},
		{"$.educationOrganizationReference", "$.educationOrganizationReference", nil, "EducationOrganization"},
		{"$.graduationSchoolYearTypeReference", "$.graduationSchoolYearTypeReference", nil, "SchoolYearType"},
	}
	if got := refsOf(plan); !reflect.DeepEqual(got, want) {
		t.Errorf("references:\n got %v\nwant %v", got, want)
	}
	chem := plan.References[2]
	wantIdentity := []core.IdentityElement{
		{Path: "$.courseCode", Value: "CHEM-1"},
		{Path: "$.educationOrganizationReference.educationOrganizationId", Value: "255901"},
	}
	if !reflect.DeepEqual(chem.Identity, wantIdentity) || chem.ReferentialID != core.ReferentialID("Ed-Fi", "Course", wantIdentity) {
		t.Errorf("CHEM-1 reference %v %s", chem.Identity, chem.ReferentialID)
	}
	if plan.Body["totalRequiredCredits"] != json.Number("24.5") {
		t.Errorf("totalRequiredCredits = %#v, want the number 24.5", plan.Body["totalRequiredCredits"])
	}
}

// Descriptors deep in collections, and a StudentEducationOrganizationAssociation
// with addresses[*].periods[*]: paths and ordinals index the canonical body.
func TestNestedDescriptorPaths(t *testing.T) {
	doc := prepare(t, "ed-fi", "studentEducationOrganizationAssociations", `{
	  "educationOrganizationReference": {"educationOrganizationId": 255901},
	  "studentReference": {"studentUniqueId": "604822"},
	  "sexDescriptor": "uri://ed-fi.org/SexDescriptor#Female",
	  "addresses": [
	    {"addressTypeDescriptor": "uri://ed-fi.org/AddressTypeDescriptor#Home", "streetNumberName": "1 Elm St", "city": "Austin",
	     "stateAbbreviationDescriptor": "uri://ed-fi.org/StateAbbreviationDescriptor#TX", "postalCode": "78701",
	     "periods": [{"beginDate": "2020-01-01", "endDate": "2021-01-01"}, {"beginDate": "2022-01-01"}]},
	    {"addressTypeDescriptor": "uri://ed-fi.org/AddressTypeDescriptor#Mailing", "streetNumberName": "PO Box 9", "city": "Austin",
	     "stateAbbreviationDescriptor": "uri://ed-fi.org/StateAbbreviationDescriptor#TX", "postalCode": "78702",
	     "localeDescriptor": "uri://ed-fi.org/LocaleDescriptor#City",
	     "periods": [{"beginDate": "2023-01-01"}]}
	  ],
	  "disabilities": [
	    {"disabilityDescriptor": "uri://ed-fi.org/DisabilityDescriptor#Deaf"},
	    {"disabilityDescriptor": "uri://ed-fi.org/DisabilityDescriptor#Blind", "designations": [
	      {"disabilityDesignationDescriptor": "uri://ed-fi.org/DisabilityDesignationDescriptor#Section 504"},
	      {"disabilityDesignationDescriptor": "uri://ed-fi.org/DisabilityDesignationDescriptor#IDEA"}]}
	  ]}`)
	want := []refWant{
		{"$.addresses[0].addressTypeDescriptor", "$.addresses[*].addressTypeDescriptor", []int{0}, "AddressTypeDescriptor"},
		{"$.addresses[0].stateAbbreviationDescriptor", "$.addresses[*].stateAbbreviationDescriptor", []int{0}, "StateAbbreviationDescriptor"},
		{"$.addresses[1].addressTypeDescriptor", "$.addresses[*].addressTypeDescriptor", []int{1}, "AddressTypeDescriptor"},
		{"$.addresses[1].localeDescriptor", "$.addresses[*].localeDescriptor", []int{1}, "LocaleDescriptor"},
		{"$.addresses[1].stateAbbreviationDescriptor", "$.addresses[*].stateAbbreviationDescriptor", []int{1}, "StateAbbreviationDescriptor"},
		{"$.disabilities[0].disabilityDescriptor", "$.disabilities[*].disabilityDescriptor", []int{0}, "DisabilityDescriptor"},
		{"$.disabilities[1].designations[0].disabilityDesignationDescriptor", "$.disabilities[*].designations[*].disabilityDesignationDescriptor", []int{1, 0}, "DisabilityDesignationDescriptor"},
		{"$.disabilities[1].designations[1].disabilityDesignationDescriptor", "$.disabilities[*].designations[*].disabilityDesignationDescriptor", []int{1, 1}, "DisabilityDesignationDescriptor"},
		{"$.disabilities[1].disabilityDescriptor", "$.disabilities[*].disabilityDescriptor", []int{1}, "DisabilityDescriptor"},
		{"$.sexDescriptor", "$.sexDescriptor", nil, "SexDescriptor"},
	}
	if got := descsOf(doc); !reflect.DeepEqual(got, want) {
		t.Errorf("descriptors:\n got %v\nwant %v", got, want)
	}
	// Every concrete path resolves in the body to the URI the reference
	// normalizes.
	for _, d := range doc.Descriptors {
		v := at(t, doc.Body, d.Path)
		if s, _ := v.(string); core.NormalizeURI(s) != d.URI {
			t.Errorf("%s: body has %v, reference has %s", d.Path, v, d.URI)
		}
	}
	if got := at(t, doc.Body, "$.addresses[0].periods[1].beginDate"); got != "2022-01-01" {
		t.Errorf("addresses[0].periods[1].beginDate = %v", got)
	}
	if d := doc.Descriptors[6]; d.URI != "uri://ed-fi.org/disabilitydesignationdescriptor#section 504" ||
		d.ReferentialID != core.ReferentialID("Ed-Fi", "DisabilityDesignationDescriptor", []core.IdentityElement{{Path: "$.descriptor", Value: d.URI}}) {
		t.Errorf("designation descriptor %+v", d)
	}
}

// at follows a concrete path ("$.a[1].b") in a decoded body.
func at(t *testing.T, body map[string]any, path string) any {
	t.Helper()
	var cur any = body
	rest := strings.TrimPrefix(path, "$")
	for rest != "" {
		switch rest[0] {
		case '.':
			end := strings.IndexAny(rest[1:], ".[")
			if end < 0 {
				end = len(rest) - 1
			}
			cur = cur.(map[string]any)[rest[1:1+end]]
			rest = rest[1+end:]
		case '[':
			end := strings.IndexByte(rest, ']')
			var i int
			for _, c := range rest[1:end] {
				i = i*10 + int(c-'0')
			}
			cur = cur.([]any)[i]
			rest = rest[end+1:]
		default:
			t.Fatalf("bad path %s", path)
		}
	}
	return cur
}
