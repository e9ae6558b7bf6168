package datagen

import (
	"fmt"
	"strings"

	"github.com/brianvoe/gofakeit/v7"
)

// Namespace is the namespace prefix of every generated descriptor:
// uri://ed-fi.org/<Name>Descriptor.
const Namespace = "uri://ed-fi.org/"

// descriptorType is one descriptor resource and the code values the
// generators use. The descriptors phase posts every one of them, and the
// generators only ever address descriptors through this table (desc, descAt,
// descPick), so every URI they write resolves.
type descriptorType struct {
	name  string // without the "Descriptor" suffix: "GradeLevel"
	codes []string
}

var descriptorTypes = []descriptorType{
	{"AcademicSubject", []string{"English Language Arts", "Mathematics", "Science", "Social Studies",
		"Fine and Performing Arts", "Foreign Language and Literature", "Physical, Health, and Safety Education",
		"Computer and Information Sciences", "Career and Technical Education", "Reading", "Writing"}},
	{"AddressType", []string{"Home", "Mailing", "Physical", "Temporary"}},
	{"AdministrationEnvironment", []string{"Classroom", "Testing Center"}},
	{"AdministrativeFundingControl", []string{"Public School"}},
	{"AssessmentCategory", []string{"Benchmark test", "State summative assessment 3-8 general"}},
	{"AssessmentIdentificationSystem", []string{"Test Contractor", "State"}},
	{"AssessmentItemCategory", []string{"Multiple Choice", "Short Answer", "Extended Response"}},
	{"AssessmentItemResult", []string{"Correct", "Incorrect", "Partial"}},
	{"AssessmentPeriod", []string{"Beginning of Year", "Middle of Year", "End of Year"}},
	{"AssessmentReportingMethod", []string{"Scale score", "Percentile", "Raw score", "Proficiency level"}},
	{"CalendarEvent", []string{"Instructional day", "Holiday", "Teacher only day"}},
	{"CalendarType", []string{"School"}},
	{"CharterStatus", []string{"Not a Charter School"}},
	{"CitizenshipStatus", []string{"US Citizen", "Permanent resident"}},
	{"ClassroomPosition", []string{"Teacher of Record", "Assistant Teacher", "Support Teacher"}},
	{"CohortYearType", []string{"Ninth grade"}},
	{"Country", []string{"US", "MX", "CA"}},
	{"CourseDefinedBy", []string{"LEA", "SEA"}},
	{"CourseGPAApplicability", []string{"Applicable", "Not Applicable"}},
	{"CourseIdentificationSystem", []string{"LEA course code", "State course code"}},
	{"CourseLevelCharacteristic", []string{"Core Subject", "Honors", "Advanced Placement"}},
	{"CreditType", []string{"Carnegie unit", "Semester hour"}},
	{"Disability", []string{"Autism", "Specific Learning Disability", "Speech or Language Impairment",
		"Other Health Impairment", "Emotional Disturbance", "Intellectual Disability"}},
	{"DisabilityDesignation", []string{"Individuals with Disabilities Education Act (IDEA)", "Section 504"}},
	{"DisabilityDeterminationSourceType", []string{"By health care provider", "By assessment", "By observation"}},
	{"EducationOrganizationCategory", []string{"State Education Agency", "Local Education Agency", "School"}},
	{"EducationOrganizationIdentificationSystem", []string{"NCES", "SEA", "LEA"}},
	{"EducationalEnvironment", []string{"Classroom", "Laboratory"}},
	{"ElectronicMailType", []string{"Home/Personal", "Work", "Organization"}},
	{"EntryType", []string{"Next year school", "Transfer", "Original entry into a United States school"}},
	{"GradeLevel", gradeLevels},
	{"GradeType", []string{"Grading Period", "Semester", "Final", "Exam"}},
	{"GradingPeriod", []string{"First Six Weeks", "Second Six Weeks", "Third Six Weeks",
		"Fourth Six Weeks", "Fifth Six Weeks", "Sixth Six Weeks"}},
	{"InstitutionTelephoneNumberType", []string{"Main", "Fax", "Administrative"}},
	{"Language", []string{"eng", "spa", "vie", "ara", "chi", "fre"}},
	{"LanguageUse", []string{"Home language", "Native language", "Dominant language", "Spoken Correspondence"}},
	{"LevelOfEducation", []string{"Bachelor's", "Master's", "Doctorate"}},
	{"LimitedEnglishProficiency", []string{"Limited", "NotLimited", "Limited Monitored 1"}},
	{"LocalEducationAgencyCategory", []string{"Independent"}},
	{"Locale", []string{"City", "Suburb", "Town", "Rural"}},
	{"MediumOfInstruction", []string{"Face-to-face instruction", "Virtual/On-line Distance learning"}},
	{"OperationalStatus", []string{"Active"}},
	{"OtherNameType", []string{"Nickname", "Alias"}},
	{"PerformanceBaseConversion", []string{"Advanced", "Proficient", "Basic", "Below Basic"}},
	{"PerformanceLevel", []string{"Advanced", "Proficient", "Basic", "Below Basic"}},
	{"PlatformType", []string{"Computer", "Paper"}},
	{"PopulationServed", []string{"Regular Students", "Honors Students"}},
	{"Race", []string{"American Indian or Alaska Native", "Asian", "Black or African American",
		"Native Hawaiian or Pacific Islander", "White"}},
	{"ResultDatatypeType", []string{"Integer", "Decimal", "Level", "Percentile"}},
	{"SchoolCategory", []string{"Elementary School", "Middle School", "High School"}},
	{"SchoolType", []string{"Regular"}},
	{"Sex", []string{"Female", "Male"}},
	{"StaffClassification", []string{"Teacher", "Principal", "Counselor"}},
	{"StaffIdentificationSystem", []string{"District", "State"}},
	{"StateAbbreviation", stateAbbreviations},
	{"StudentCharacteristic", []string{"Economic Disadvantaged", "Homeless", "Immigrant", "Migrant", "Parent in Military"}},
	{"StudentIdentificationSystem", []string{"District", "State"}},
	{"TelephoneNumberType", []string{"Home", "Mobile", "Work", "Emergency 1"}},
	{"Term", []string{"Fall Semester", "Spring Semester"}},
	{"TitleIPartASchoolDesignation", []string{"Title I Schoolwide School", "Not a Title I School"}},
}

var gradeLevels = []string{"Kindergarten", "First grade", "Second grade", "Third grade", "Fourth grade",
	"Fifth grade", "Sixth grade", "Seventh grade", "Eighth grade", "Ninth grade", "Tenth grade",
	"Eleventh grade", "Twelfth grade"}

var stateAbbreviations = []string{"AK", "AL", "AR", "AZ", "CA", "CO", "CT", "DC", "DE", "FL", "GA", "HI",
	"IA", "ID", "IL", "IN", "KS", "KY", "LA", "MA", "MD", "ME", "MI", "MN", "MO", "MS", "MT", "NC", "ND",
	"NE", "NH", "NJ", "NM", "NV", "NY", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VA",
	"VT", "WA", "WI", "WV", "WY"}

// descriptorShort gives a shortDescription where it is not the code value.
var descriptorShort = map[string]string{
	"Language#eng": "English", "Language#spa": "Spanish", "Language#vie": "Vietnamese",
	"Language#ara": "Arabic", "Language#chi": "Chinese", "Language#fre": "French",
	"Country#US": "United States of America", "Country#MX": "Mexico", "Country#CA": "Canada",
}

// homeState is the state every generated education organization is in.
const homeState = "TX"

var (
	descriptorCodes = map[string][]string{}
	// descriptorURIs[type][code] is the URI of a generated descriptor.
	descriptorURIs = map[string]map[string]string{}
	// descriptorIndex[k] is the first descriptors-phase index of type k.
	descriptorIndex []int
	descriptorCount int
)

func init() {
	for _, t := range descriptorTypes {
		descriptorIndex = append(descriptorIndex, descriptorCount)
		descriptorCount += len(t.codes)
		descriptorCodes[t.name] = t.codes
		uris := map[string]string{}
		for _, c := range t.codes {
			uris[c] = Namespace + t.name + "Descriptor#" + c
		}
		descriptorURIs[t.name] = uris
	}
	descriptorIndex = append(descriptorIndex, descriptorCount)
}

// desc returns the URI of a descriptor in the table; it panics on one that
// is not, which the tests would catch at once.
func desc(name, code string) string {
	uri, ok := descriptorURIs[name][code]
	if !ok {
		panic(fmt.Sprintf("datagen: descriptor %sDescriptor#%s is not generated", name, code))
	}
	return uri
}

// descAt returns the i-th code of a descriptor type (modulo its size).
func descAt(name string, i int) string {
	codes := descriptorCodes[name]
	if codes == nil {
		panic("datagen: unknown descriptor type " + name)
	}
	return descriptorURIs[name][codes[i%len(codes)]]
}

// descPick returns a random code of a descriptor type.
func descPick(f *gofakeit.Faker, name string) string {
	return descAt(name, f.IntN(len(descriptorCodes[name])))
}

// descriptorEndpoint is the resource endpoint of a descriptor type:
// "GradeLevel" -> "gradeLevelDescriptors".
func descriptorEndpoint(name string) string {
	return strings.ToLower(name[:1]) + name[1:] + "Descriptors"
}

// descriptorDoc is document i of the descriptors phase.
func descriptorDoc(i int) Doc {
	k := 0
	for descriptorIndex[k+1] <= i {
		k++
	}
	t := descriptorTypes[k]
	code := t.codes[i-descriptorIndex[k]]
	short := descriptorShort[t.name+"#"+code]
	if short == "" {
		short = code
	}
	return Doc{Resource: descriptorEndpoint(t.name), Body: obj{
		{"codeValue", code},
		{"shortDescription", clip(short, 75)},
		{"description", short},
		{"namespace", Namespace + t.name + "Descriptor"},
	}.body()}
}

// descriptorDocs returns every descriptor document, in phase order.
func descriptorDocs() []Doc {
	out := make([]Doc, descriptorCount)
	for i := range out {
		out[i] = descriptorDoc(i)
	}
	return out
}
