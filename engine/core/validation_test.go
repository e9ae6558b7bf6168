package core_test

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"github.com/edfi-bench/tpr/engine/apischema"
	"github.com/edfi-bench/tpr/engine/core"
)

const schoolAddress = `{"addressTypeDescriptor": "uri://ed-fi.org/AddressTypeDescriptor#Physical", "streetNumberName": "1 Main St",
  "city": "Austin", "stateAbbreviationDescriptor": "uri://ed-fi.org/StateAbbreviationDescriptor#TX", "postalCode": "78701"}`

// Every schema violation is reported at once, keyed by the concrete path of
// the offending value, with DMS's messages.
func TestValidationErrors(t *testing.T) {
	tests := []struct {
		name, endpoint, body string
		want                 map[string][]string
	}{
		{
			name: "missing required properties", endpoint: "studentSchoolAssociations",
			body: `{"entryDate": "2023-08-21"}`,
			want: map[string][]string{
				"$.studentReference":          {"studentReference is required."},
				"$.schoolReference":           {"schoolReference is required."},
				"$.entryGradeLevelDescriptor": {"entryGradeLevelDescriptor is required."},
			},
		},
		{
			name: "missing field of a reference", endpoint: "studentSchoolAssociations",
			body: `{"studentReference": {}, "schoolReference": {"schoolId": 1}, "entryDate": "2023-08-21",
			        "entryGradeLevelDescriptor": "uri://ed-fi.org/GradeLevelDescriptor#Ninth grade"}`,
			want: map[string][]string{"$.studentReference.studentUniqueId": {"studentUniqueId is required."}},
		},
		{
			name: "null is absent, so a null required property is missing", endpoint: "studentSchoolAssociations",
			body: `{"studentReference": {"studentUniqueId": null}, "schoolReference": {"schoolId": 1}, "entryDate": "2023-08-21",
			        "entryGradeLevelDescriptor": null}`,
			want: map[string][]string{
				"$.studentReference.studentUniqueId": {"studentUniqueId is required."},
				"$.entryGradeLevelDescriptor":        {"entryGradeLevelDescriptor is required."},
			},
		},
		{
			name: "wrong types", endpoint: "studentSchoolAssociations",
			body: `{"studentReference": {"studentUniqueId": 604822}, "schoolReference": {"schoolId": "abc"}, "entryDate": "2023-08-21",
			        "entryGradeLevelDescriptor": "uri://ed-fi.org/GradeLevelDescriptor#Ninth grade", "primarySchool": "yes",
			        "alternativeGraduationPlans": {"x": 1}}`,
			want: map[string][]string{
				"$.studentReference.studentUniqueId": {`studentUniqueId Value is "integer" but should be "string"`},
				"$.schoolReference.schoolId":         {`schoolId Value is "string" but should be "integer"`},
				"$.primarySchool":                    {`primarySchool Value is "string" but should be "boolean"`},
				"$.alternativeGraduationPlans":       {`alternativeGraduationPlans Value is "object" but should be "array"`},
			},
		},
		{
			name: "maxLength, minLength, bad date and leading whitespace, in a collection", endpoint: "schools",
			body: strings.Replace(schoolBody, `"schoolId": 255901,`, `"schoolId": 255901, "addresses": [`+schoolAddress+`, `+schoolAddress+`,
			  {"addressTypeDescriptor": "uri://ed-fi.org/AddressTypeDescriptor#Mailing", "streetNumberName": "  2 Main St",
			   "city": "A city name that is much too long", "stateAbbreviationDescriptor": "uri://ed-fi.org/StateAbbreviationDescriptor#TX",
			   "postalCode": "", "periods": [{"beginDate": "2023-02-30"}, {"beginDate": "2023-01-01", "endDate": "01-31-2023"}]}],`, 1),
			want: map[string][]string{
				"$.addresses[2].city":                 {"city Value should be at most 30 characters"},
				"$.addresses[2].streetNumberName":     {"streetNumberName cannot contain leading or trailing spaces."},
				"$.addresses[2].postalCode":           {"postalCode is required and should not be left empty."},
				"$.addresses[2].periods[0].beginDate": {"beginDate is not a valid date."},
				"$.addresses[2].periods[1].endDate":   {"endDate is not a valid date."},
			},
		},
		{
			name: "all-whitespace identification code, minimum and maximum", endpoint: "schools",
			body: strings.Replace(schoolBody, `"schoolId": 255901,`, `"schoolId": 255901,
			  "identificationCodes": [{"educationOrganizationIdentificationSystemDescriptor": "uri://ed-fi.org/X#Y", "identificationCode": "   "}],
			  "charterApprovalSchoolYearTypeReference": {"schoolYear": 1800},`, 1),
			want: map[string][]string{
				"$.identificationCodes[0].identificationCode":         {"identificationCode cannot contain leading or trailing spaces."},
				"$.charterApprovalSchoolYearTypeReference.schoolYear": {"schoolYear Value should be at least 1900"},
			},
		},
		{
			name: "time format and descriptor codeValue", endpoint: "classPeriods",
			body: `{"classPeriodName": "P1", "schoolReference": {"schoolId": 255901001},
			        "meetingTimes": [{"startTime": "08:00:00", "endTime": "8am"}, {"startTime": "25:00:00", "endTime": "09:15:00.5"}]}`,
			want: map[string][]string{
				"$.meetingTimes[0].endTime":   {"endTime is not a valid time."},
				"$.meetingTimes[1].startTime": {"startTime is not a valid time."},
			},
		},
		{
			name: "descriptor document", endpoint: "gradeLevelDescriptors",
			body: `{"namespace": " uri://ed-fi.org/GradeLevelDescriptor", "codeValue": "` + strings.Repeat("x", 51) + `"}`,
			want: map[string][]string{
				"$.namespace":        {"namespace cannot contain leading or trailing spaces."},
				"$.codeValue":        {"codeValue Value should be at most 50 characters"},
				"$.shortDescription": {"shortDescription is required."},
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			re := reject(t, "ed-fi", tc.endpoint, tc.body)
			if re.Status != 400 || re.Type != core.TypeDataValidationFailed || re.Title != "Data Validation Failed" {
				t.Errorf("problem = %d %s %s", re.Status, re.Type, re.Title)
			}
			if !reflect.DeepEqual(re.ValidationErrors, tc.want) {
				t.Errorf("ValidationErrors:\n got %v\nwant %v", re.ValidationErrors, tc.want)
			}
		})
	}
}

// Bodies that are not JSON objects never reach validation.
func TestUnusableBodies(t *testing.T) {
	tests := []struct {
		name, body string
		status     int
		typ        string
		errors     []string
		validation map[string][]string
	}{
		{"empty", "  \n", 400, core.TypeBadRequest, []string{"A non-empty request body is required."}, map[string][]string{}},
		{"truncated", `{"schoolId": 255901`, 400, core.TypeBadRequest,
			[]string{"Invalid JSON at line 1, column 20: unexpected end of input, expected ',' or '}'."}, map[string][]string{}},
		{"trailing comma", "{\n  \"schoolId\": 255901,\n}", 400, core.TypeBadRequest,
			[]string{`Invalid JSON at line 3, column 1: unexpected '}', expected a property name in double quotes.`}, map[string][]string{}},
		{"single quotes", `{'schoolId': 1}`, 400, core.TypeBadRequest,
			[]string{`Invalid JSON at line 1, column 2: unexpected '\'', expected a property name in double quotes.`}, map[string][]string{}},
		{"two values", `{} {}`, 400, core.TypeBadRequest,
			[]string{`Invalid JSON at line 1, column 4: unexpected '{' after the end of the JSON value.`}, map[string][]string{}},
		{"bad number", `{"schoolId": 01}`, 400, core.TypeBadRequest,
			[]string{`Invalid JSON at line 1, column 15: unexpected '1', expected ',' or '}' after property "schoolId".`}, map[string][]string{}},
		{"array instead of object", `[{"schoolId": 255901}]`, 400, core.TypeDataValidationFailed, []string{},
			map[string][]string{"$": {"The request body must be a JSON object, but was an array."}}},
		{"string instead of object", `"school"`, 400, core.TypeDataValidationFailed, []string{},
			map[string][]string{"$": {"The request body must be a JSON object, but was a string."}}},
		{"duplicate property", `{"schoolId": 1, "addresses": [{"city": "a", "city": "b"}]}`, 400, core.TypeDataValidationFailed, []string{},
			map[string][]string{"$.addresses[0].city": {"An item with the same key has already been added."}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			re := reject(t, "ed-fi", "schools", tc.body)
			if re.Status != tc.status || re.Type != tc.typ {
				t.Errorf("problem = %d %s, want %d %s", re.Status, re.Type, tc.status, tc.typ)
			}
			if !reflect.DeepEqual(re.Errors, tc.errors) || !reflect.DeepEqual(re.ValidationErrors, tc.validation) {
				t.Errorf("errors = %q %v\nwant %q %v", re.Errors, re.ValidationErrors, tc.errors, tc.validation)
			}
		})
	}
	// The problem document renders with Ed-Fi's member names.
	re := reject(t, "ed-fi", "schools", `[]`)
	b, _ := json.Marshal(re)
	want := `{"status":400,"type":"urn:ed-fi:api:bad-request:data-validation-failed","title":"Data Validation Failed",` +
		`"detail":"Data validation failed. See 'validationErrors' for details.",` +
		`"validationErrors":{"$":["The request body must be a JSON object, but was an array."]},"errors":[]}`
	if string(b) != want {
		t.Errorf("problem JSON\n got %s\nwant %s", b, want)
	}
}

// Canonicalization: what the backend receives.
func TestCanonicalization(t *testing.T) {
	doc := prepare(t, "ed-fi", "studentSchoolAssociations", `{
	  "id": "3f2b0c1e-0000-4000-8000-000000000001",
	  "_etag": "5250168731208835753",
	  "_lastModifiedDate": "2024-01-01T00:00:00Z",
	  "studentReference": {"studentUniqueId": "604822", "link": {"rel": "Student", "href": "/ed-fi/students/abc"}},
	  "schoolReference": {"schoolId": "255901001", "nickname": "GBHS"},
	  "entryDate": "8/21/2023",
	  "entryGradeLevelDescriptor": "uri://ed-fi.org/GradeLevelDescriptor#Ninth grade",
	  "exitWithdrawDate": null,
	  "primarySchool": "TRUE",
	  "repeatGradeIndicator": "0",
	  "schoolChoice": 1,
	  "termCompletionIndicator": false,
	  "fullTimeEquivalency": "0.50",
	  "educationPlans": [],
	  "alternativeGraduationPlans": [{}, {}],
	  "favoriteColor": "blue",
	  "_ext": {"nosuchproject": {"x": 1}}
	}`)
	want := `{
	  "studentReference": {"studentUniqueId": "604822"},
	  "schoolReference": {"schoolId": 255901001},
	  "entryDate": "2023-08-21",
	  "entryGradeLevelDescriptor": "uri://ed-fi.org/GradeLevelDescriptor#Ninth grade",
	  "primarySchool": true,
	  "repeatGradeIndicator": false,
	  "schoolChoice": true,
	  "termCompletionIndicator": false,
	  "fullTimeEquivalency": 0.5
	}`
	var wantBody map[string]any
	dec := json.NewDecoder(strings.NewReader(want))
	dec.UseNumber()
	if err := dec.Decode(&wantBody); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(doc.Body, wantBody) {
		got, _ := json.Marshal(doc.Body)
		t.Errorf("Body:\n got %s\nwant %s", got, want)
	}
	if !doc.HasID || doc.ID != "3f2b0c1e-0000-4000-8000-000000000001" {
		t.Errorf("ID = %q, %v", doc.ID, doc.HasID)
	}
	// Over-posting is pruned silently (DMS behaviour) and reported here;
	// _etag, _lastModifiedDate, id and link are expected, not over-posted.
	if want := []string{"$._ext.nosuchproject", "$.favoriteColor", "$.schoolReference.nickname"}; !reflect.DeepEqual(doc.Pruned, want) {
		t.Errorf("Pruned = %v, want %v", doc.Pruned, want)
	}
	if doc.ReferentialID != id(vecStudentSchoolAssn) {
		t.Errorf("ReferentialID = %s", doc.ReferentialID)
	}
	// Numbers never pass through float64.
	if _, ok := doc.Body["schoolReference"].(map[string]any)["schoolId"].(json.Number); !ok {
		t.Errorf("schoolId is %T", doc.Body["schoolReference"].(map[string]any)["schoolId"])
	}

	// Numbers keep their value and get the canonical spelling, so the
	// backend can parse integer columns without floats.
	exp := prepare(t, "ed-fi", "studentSchoolAssociations", strings.Replace(ssaBody, "255901001", "2.55901001E8", 1))
	if got := exp.Body["schoolReference"].(map[string]any)["schoolId"]; got != json.Number("255901001") {
		t.Errorf("schoolId = %#v, want 255901001", got)
	}

	// A known _ext project is kept, an unknown property inside it pruned.
	contact := prepare(t, "ed-fi", "contacts", `{"contactUniqueId": "C1", "firstName": "Ann", "lastSurname": "Lee",
	  "_ext": {"sample": {"isSportsFan": "true", "favoriteBookTitles": [{"favoriteBookTitle": "Dune"}],
	    "teacherConference": {"dayOfWeek": "Monday", "startTime": "08:00:00", "endTime": "09:00:00"}, "color": "red"}}}`)
	sample := contact.Body["_ext"].(map[string]any)["sample"].(map[string]any)
	if sample["isSportsFan"] != true || sample["color"] != nil || len(sample) != 3 {
		t.Errorf("_ext.sample = %v", sample)
	}
	if want := []string{"$._ext.sample.color"}; !reflect.DeepEqual(contact.Pruned, want) {
		t.Errorf("Pruned = %v, want %v", contact.Pruned, want)
	}
}

// Strings at numeric and boolean paths are coerced only when they parse;
// otherwise validation reports the type.
func TestCoercionLimits(t *testing.T) {
	re := reject(t, "ed-fi", "studentSchoolAssociations", `{
	  "studentReference": {"studentUniqueId": "604822"},
	  "schoolReference": {"schoolId": "1e3"},
	  "entryDate": "2023-08-21",
	  "entryGradeLevelDescriptor": "uri://ed-fi.org/GradeLevelDescriptor#Ninth grade",
	  "primarySchool": "yes",
	  "fullTimeEquivalency": "1,5"}`)
	want := map[string][]string{
		"$.schoolReference.schoolId": {`schoolId Value is "string" but should be "integer"`},
		"$.primarySchool":            {`primarySchool Value is "string" but should be "boolean"`},
		"$.fullTimeEquivalency":      {`fullTimeEquivalency Value is "string" but should be "number"`},
	}
	if !reflect.DeepEqual(re.ValidationErrors, want) {
		t.Errorf("ValidationErrors:\n got %v\nwant %v", re.ValidationErrors, want)
	}
}

const contactBody = `{"contactUniqueId": "C1", "firstName": "Ann", "lastSurname": "Lee",
  "_ext": {"sample": {"isSportsFan": true, "favoriteBookTitles": [{"favoriteBookTitle": "Dune"}],
    "teacherConference": {"dayOfWeek": "Monday", "startTime": "08:00:00", "endTime": "09:00:00"}}}}`

// Core's semantic checks after schema validation.
func TestSemanticChecks(t *testing.T) {
	tests := []struct {
		name, project, endpoint, body string
		want                          map[string][]string
	}{
		{
			name: "equality constraint", project: "ed-fi", endpoint: "studentSchoolAssociations",
			body: strings.Replace(ssaBody, `"entryDate"`, `"calendarReference": {"calendarCode": "C", "schoolId": 1, "schoolYear": 2024}, "entryDate"`, 1),
			want: map[string][]string{
				"$.calendarReference.schoolId": {"All values supplied for 'schoolId' must match. Review all references (including those higher up in the resource's data) and align the following conflicting values: '1', '255901001'"},
				"$.schoolReference.schoolId":   {"All values supplied for 'schoolId' must match. Review all references (including those higher up in the resource's data) and align the following conflicting values: '1', '255901001'"},
			},
		},
		{
			name: "duplicate reference in a collection", project: "ed-fi", endpoint: "sessions",
			// The third grading period repeats the first.
			body: strings.NewReplacer(`"gradingPeriodName": "GP3"`, `"gradingPeriodName": "GP1"`,
				"#Third Six Weeks", "#First Six Weeks").Replace(sessionBody),
			want: map[string][]string{
				"$.gradingPeriods": {"The 3rd item of the gradingPeriods has the same identifying values as another item earlier in the list."},
			},
		},
		{
			name: "decimalPropertyValidationInfos", project: "ed-fi", endpoint: "contacts",
			body: strings.Replace(contactBody, `"isSportsFan": true`, `"isSportsFan": true, "coffeeSpend": 1e30,
			  "ceilingHeights": [{"ceilingHeight": 9999.9}, {"ceilingHeight": 10000}, {"ceilingHeight": -10000.5}]`, 1),
			want: map[string][]string{
				"$._ext.sample.coffeeSpend":                     {"Value is not a valid decimal."},
				"$._ext.sample.ceilingHeights[1].ceilingHeight": {"_ext.sample.ceilingHeights[*].ceilingHeight must be between -9999.9 and 9999.9."},
				"$._ext.sample.ceilingHeights[2].ceilingHeight": {"_ext.sample.ceilingHeights[*].ceilingHeight must be between -9999.9 and 9999.9."},
			},
		},
		{
			name: "int32 format", project: "ed-fi", endpoint: "contacts",
			body: strings.Replace(contactBody, `"isSportsFan": true`, `"isSportsFan": true, "luckyNumber": 2147483648, "duration": 2147483647`, 1),
			want: map[string][]string{"$._ext.sample.luckyNumber": {"luckyNumber is not a valid int32."}},
		},
		{
			name: "arrayUniquenessConstraints of an extension", project: "ed-fi", endpoint: "staffs",
			body: `{"staffUniqueId": "S1", "firstName": "Ann", "lastSurname": "Lee",
			        "_ext": {"sample": {"pets": [{"petName": "Rex"}, {"petName": "Tom"}, {"petName": "Rex", "isFixed": true}]}}}`,
			want: map[string][]string{
				"$._ext.sample.pets": {"The 3rd item of the pets has the same identifying values as another item earlier in the list."},
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			re := reject(t, tc.project, tc.endpoint, tc.body)
			if !reflect.DeepEqual(re.ValidationErrors, tc.want) {
				t.Errorf("ValidationErrors:\n got %v\nwant %v", re.ValidationErrors, tc.want)
			}
		})
	}
}

func TestBodyID(t *testing.T) {
	tests := []struct {
		body string
		id   string
		ok   bool
	}{
		{`{"id": "abc", "schoolId": 1}`, "abc", true},
		{`{"id": 12}`, "12", true},
		{`{"schoolId": 1}`, "", false},
		{`[{"id": "abc"}]`, "", false},
		{`{"id": "abc"`, "", false},
	}
	for _, tc := range tests {
		if id, ok := core.BodyID([]byte(tc.body)); id != tc.id || ok != tc.ok {
			t.Errorf("BodyID(%s) = %q, %v; want %q, %v", tc.body, id, ok, tc.id, tc.ok)
		}
	}
}

func TestErrorConstructors(t *testing.T) {
	d := core.NewDescriptorNotFoundError([]core.DescriptorReference{{
		Target: apischema.QName{Project: "Ed-Fi", Resource: "GradeLevelDescriptor"},
		Path:   "$.gradeLevels[1].gradeLevelDescriptor", URI: "uri://ed-fi.org/gradeleveldescriptor#tenth grade",
	}})
	want := map[string][]string{"$.gradeLevels[1].gradeLevelDescriptor": {"GradeLevelDescriptor value 'uri://ed-fi.org/gradeleveldescriptor#tenth grade' does not exist."}}
	if d.Status != 400 || d.Type != core.TypeDataValidationFailed || !reflect.DeepEqual(d.ValidationErrors, want) {
		t.Errorf("descriptor error %+v", d)
	}
	r := core.NewUnresolvedReferenceError([]apischema.QName{{Project: "Ed-Fi", Resource: "School"}, {Project: "Ed-Fi", Resource: "Student"}, {Project: "Ed-Fi", Resource: "School"}})
	if r.Status != 409 || r.Type != "urn:ed-fi:api:data-conflict:unresolved-reference" || r.Detail != "The referenced School, Student item(s) do not exist." {
		t.Errorf("reference error %+v", r)
	}
}
