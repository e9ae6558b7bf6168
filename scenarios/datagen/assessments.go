package datagen

import (
	"fmt"
	"strings"
)

// AssessmentNamespace is the namespace of the generated assessments.
const AssessmentNamespace = "uri://ed-fi.org/Assessment/Interim"

type assessmentDef struct {
	subject, short string // AcademicSubjectDescriptor code, identifier part
	grade          int    // index into gradeLevels
}

// assessmentDefs: one interim (beginning-of-year benchmark) assessment per
// subject and grade level; subject-major, so the assessment of subject j and
// grade g is assessmentDefs[j*len(gradeLevels)+g].
var assessmentDefs = func() []assessmentDef {
	var out []assessmentDef
	for _, s := range [AssessmentSubjects][2]string{{"Mathematics", "MATH"}, {"Reading", "RDG"}} {
		for g := range gradeLevels {
			out = append(out, assessmentDef{s[0], s[1], g})
		}
	}
	return out
}()

// titleCase upper-cases the first letter of every word (ASCII).
func titleCase(s string) string {
	w := strings.Fields(s)
	for i, x := range w {
		w[i] = strings.ToUpper(x[:1]) + x[1:]
	}
	return strings.Join(w, " ")
}

func gradeShort(g int) string {
	if g == 0 {
		return "GK"
	}
	return fmt.Sprintf("G%02d", g)
}

func (a assessmentDef) identifier() string { return "INTERIM-" + a.short + "-" + gradeShort(a.grade) }

func (a assessmentDef) reference() obj {
	return obj{{"assessmentIdentifier", a.identifier()}, {"namespace", AssessmentNamespace}}
}

func itemCode(a assessmentDef, q int) string { return fmt.Sprintf("%s-Q%02d", a.identifier(), q+1) }

// Scale scores run from 100 to 300; performance levels cut at 170/220/260.
var performanceCuts = []struct {
	level    string
	min, max int
}{{"Below Basic", 100, 169}, {"Basic", 170, 219}, {"Proficient", 220, 259}, {"Advanced", 260, 300}}

func scaleLevel(score int) string {
	for _, c := range performanceCuts {
		if score <= c.max {
			return c.level
		}
	}
	return "Advanced"
}

func (d *Dataset) assessment(i int) obj {
	a := assessmentDefs[i]
	f := faker(d.seed, "assessments", i)
	levels := make(arr, len(performanceCuts))
	for j, c := range performanceCuts {
		levels[j] = obj{
			{"assessmentReportingMethodDescriptor", desc("AssessmentReportingMethod", "Scale score")},
			{"performanceLevelDescriptor", desc("PerformanceLevel", c.level)},
			{"minimumScore", itoa(c.min)},
			{"maximumScore", itoa(c.max)},
			{"resultDatatypeTypeDescriptor", desc("ResultDatatypeType", "Integer")},
		}
	}
	return obj{
		{"assessmentIdentifier", a.identifier()},
		{"namespace", AssessmentNamespace},
		{"assessmentTitle", fmt.Sprintf("Interim %s %s", a.subject, titleCase(gradeLevels[a.grade]))},
		{"assessmentCategoryDescriptor", desc("AssessmentCategory", "Benchmark test")},
		{"assessmentFamily", "Interim " + a.subject},
		{"assessmentVersion", SchoolYear},
		{"adaptiveAssessment", a.subject == "Mathematics"},
		{"maxRawScore", num(itoa(ItemsPerAssessment))},
		{"academicSubjects", arr{obj{{"academicSubjectDescriptor", desc("AcademicSubject", a.subject)}}}},
		{"assessedGradeLevels", arr{obj{{"gradeLevelDescriptor", desc("GradeLevel", gradeLevels[a.grade])}}}},
		{"educationOrganizationReference", obj{{"educationOrganizationId", seaID}}},
		{"identificationCodes", arr{obj{
			{"assessmentIdentificationSystemDescriptor", desc("AssessmentIdentificationSystem", "Test Contractor")},
			{"identificationCode", fmt.Sprintf("%s-%04d", a.short, 1000+f.IntN(9000))},
			{"assigningOrganizationIdentificationCode", "Interim Assessment Co."},
		}}},
		{"languages", arr{obj{{"languageDescriptor", desc("Language", "eng")}}, obj{{"languageDescriptor", desc("Language", "spa")}}}},
		{"performanceLevels", levels},
		{"scores", arr{
			obj{
				{"assessmentReportingMethodDescriptor", desc("AssessmentReportingMethod", "Scale score")},
				{"minimumScore", "100"}, {"maximumScore", "300"},
				{"resultDatatypeTypeDescriptor", desc("ResultDatatypeType", "Integer")},
			},
			obj{
				{"assessmentReportingMethodDescriptor", desc("AssessmentReportingMethod", "Raw score")},
				{"minimumScore", "0"}, {"maximumScore", itoa(ItemsPerAssessment)},
				{"resultDatatypeTypeDescriptor", desc("ResultDatatypeType", "Integer")},
			},
			obj{
				{"assessmentReportingMethodDescriptor", desc("AssessmentReportingMethod", "Percentile")},
				{"minimumScore", "1"}, {"maximumScore", "99"},
				{"resultDatatypeTypeDescriptor", desc("ResultDatatypeType", "Percentile")},
			},
		}},
		{"periods", arr{obj{
			{"assessmentPeriodDescriptor", desc("AssessmentPeriod", "Beginning of Year")},
			{"beginDate", "2024-09-03"},
			{"endDate", "2024-09-27"},
		}}},
		{"platformTypes", arr{obj{{"platformTypeDescriptor", desc("PlatformType", "Computer")}}}},
		{"contentStandard", obj{
			{"title", clip("Texas Essential Knowledge and Skills: "+a.subject, 75)},
			{"publicationYear", 2017},
		}},
		{"revisionDate", "2024-06-15"},
	}
}

func (d *Dataset) assessmentItem(i int) obj {
	a, q := assessmentDefs[i/ItemsPerAssessment], i%ItemsPerAssessment
	f := faker(d.seed, "assessmentItems", i)
	category := "Multiple Choice"
	switch {
	case q == ItemsPerAssessment-1:
		category = "Extended Response"
	case q >= ItemsPerAssessment-3:
		category = "Short Answer"
	}
	var responses arr
	if category == "Multiple Choice" {
		correct := f.IntN(4)
		for r := range 4 {
			responses = append(responses, obj{
				{"responseValue", string(rune('A' + r))},
				{"correctResponse", r == correct},
				{"responseDescription", clip(f.Sentence(), 1024)},
			})
		}
	}
	return obj{
		{"identificationCode", itemCode(a, q)},
		{"assessmentReference", a.reference()},
		{"assessmentItemCategoryDescriptor", desc("AssessmentItemCategory", category)},
		{"assessmentItemURI", fmt.Sprintf("https://items.example.org/%s/%02d", a.identifier(), q+1)},
		{"itemText", clip(f.Question(), 1024)},
		{"maxRawScore", num("1")},
		{"expectedTimeAssessed", decimal(float64(1+f.IntN(8)) / 2)},
		{"nomenclature", fmt.Sprintf("Item %d", q+1)},
		{"possibleResponses", responses},
	}
}

func (d *Dataset) studentAssessment(z int) obj {
	s, j := z/AssessmentSubjects, z%AssessmentSubjects
	g := d.studentGrade(s)
	a := assessmentDefs[j*len(gradeLevels)+g]
	k, _ := d.studentSchool(s)
	f := faker(d.seed, "studentAssessments", z)
	t := d.studentTraits(s)
	id := studentUniqueID(s)
	items := make(arr, ItemsPerAssessment)
	raw := 0
	for q := range items {
		ok := f.Float64() < 0.25+0.7*t.ability
		if ok {
			raw++
		}
		items[q] = obj{
			{"assessmentItemReference", obj{
				{"assessmentIdentifier", a.identifier()},
				{"identificationCode", itemCode(a, q)},
				{"namespace", AssessmentNamespace},
			}},
			{"assessmentItemResultDescriptor", desc("AssessmentItemResult", cond(ok, "Correct", "Incorrect"))},
			{"assessmentResponse", cond(q < ItemsPerAssessment-3, string(rune('A'+f.IntN(4))), "See response")},
			{"rawScoreResult", num(cond(ok, "1", "0"))},
			{"itemNumber", q + 1},
			{"timeAssessed", decimal(float64(1+f.IntN(12)) / 4)},
		}
	}
	scale := min(300, max(100, 100+int(200*t.ability)+f.IntRange(-20, 20)))
	pct := min(99, max(1, (scale-100)/2+f.IntRange(-3, 3)))
	start := day(2024, 9, 3).AddDate(0, 0, f.IntN(24))
	hh, mm := 8+f.IntN(6), 5*f.IntN(12)
	begin := fmt.Sprintf("%sT%02d:%02d:00Z", ymd(start), hh, mm)
	end := fmt.Sprintf("%sT%02d:%02d:00Z", ymd(start), hh+1, mm)
	return obj{
		{"studentAssessmentIdentifier", fmt.Sprintf("%s-%s-BOY-%d", id, a.short, SchoolYear)},
		{"assessmentReference", a.reference()},
		{"studentReference", obj{{"studentUniqueId", id}}},
		{"administrationDate", begin},
		{"administrationEndDate", end},
		{"administrationEnvironmentDescriptor", desc("AdministrationEnvironment", "Classroom")},
		{"administrationLanguageDescriptor", desc("Language", cond(t.homeLanguage == "spa" && chance(f, 0.3), "spa", "eng"))},
		{"platformTypeDescriptor", desc("PlatformType", "Computer")},
		{"whenAssessedGradeLevelDescriptor", desc("GradeLevel", gradeLevels[g])},
		{"schoolYearTypeReference", obj{{"schoolYear", SchoolYear}}},
		{"reportedSchoolReference", obj{{"schoolId", d.schoolID(k)}}},
		{"period", obj{{"assessmentPeriodDescriptor", desc("AssessmentPeriod", "Beginning of Year")}}},
		{"scoreResults", arr{
			obj{
				{"assessmentReportingMethodDescriptor", desc("AssessmentReportingMethod", "Scale score")},
				{"result", itoa(scale)},
				{"resultDatatypeTypeDescriptor", desc("ResultDatatypeType", "Integer")},
			},
			obj{
				{"assessmentReportingMethodDescriptor", desc("AssessmentReportingMethod", "Raw score")},
				{"result", itoa(raw)},
				{"resultDatatypeTypeDescriptor", desc("ResultDatatypeType", "Integer")},
			},
			obj{
				{"assessmentReportingMethodDescriptor", desc("AssessmentReportingMethod", "Percentile")},
				{"result", itoa(pct)},
				{"resultDatatypeTypeDescriptor", desc("ResultDatatypeType", "Percentile")},
			},
		}},
		{"performanceLevels", arr{obj{
			{"assessmentReportingMethodDescriptor", desc("AssessmentReportingMethod", "Scale score")},
			{"performanceLevelDescriptor", desc("PerformanceLevel", scaleLevel(scale))},
		}}},
		{"items", items},
	}
}
