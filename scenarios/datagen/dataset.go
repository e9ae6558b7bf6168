// Package datagen generates valid Ed-Fi Data Standard 5.1 documents for the
// benchmark scenarios: a whole district-to-state dataset in dependency order
// (New, Dataset.Phases) and targeted shapes (LargeCollection for the
// collection-replace scenario, CascadeChain for the identity-cascade
// scenario).
//
// # Determinism
//
// Document i of a kind is a pure function of (seed, kind, i): its random
// choices come from its own PCG stream (math/rand/v2), wrapped in a gofakeit
// Faker for names, streets and cities, and everything another document
// refers to (identities) is derived from indexes alone. Phases are
// index-addressable, so a loader can produce any slice of any phase on any
// worker. No clock is read. Fingerprint hashes the first n documents of every
// phase with FNV-64; the tests pin it for seed 1, and Version is bumped
// whenever generated data changes (06-conventions §3 items 3-4).
//
// # Validity
//
// Every document passes DMS Core validation (engine/core Prepare) against
// the DS 5.1 core ApiSchema, and every document and descriptor reference
// resolves to a document of an earlier phase, so a store that loads the
// phases in order never answers 409. Descriptors live in the namespaces
// uri://ed-fi.org/<Name>Descriptor and the descriptors phase posts every one
// the other documents use.
package datagen

import (
	"hash/fnv"
	"sort"
)

// Version identifies the generated data. Bump it whenever any document
// changes for a given seed and scale.
const Version = "1"

// Ratios of the generated district (see Dataset).
const (
	StudentsPerSchool   = 500 // schools = ceil(students / 500)
	SchoolsPerLEA       = 10  // LEAs = ceil(schools / 10)
	ClassSize           = 25  // sections per class period = ceil(school students / 25)
	ClassPeriods        = 6   // class periods a day = sections per student
	GradedPeriods       = 3   // grading periods of the Fall session = grades per section enrollment
	AssessmentSubjects  = 2   // interim Mathematics and Reading assessment per grade level
	ItemsPerAssessment  = 10  // assessment items per assessment and per student assessment
	AdminStaffPerSchool = 2   // a principal and a counselor besides the teachers
)

// Config parameterises a Dataset.
type Config struct {
	// Seed selects the random content; identities do not depend on it.
	Seed uint64
	// Students is the scale knob (--scale): every other count derives from
	// it. Values below 1 count as 1.
	Students int
}

// Doc is one document to POST.
type Doc struct {
	// Resource is the ed-fi resource endpoint, e.g. "students".
	Resource string
	// Body is the JSON request body.
	Body []byte
}

// Phase is one group of documents that only refer to documents of earlier
// phases (and, within the phase, to none).
type Phase struct {
	// Name is the phase name: the resource endpoint, or "descriptors".
	Name string
	// Resource is the endpoint of every document of the phase, or "" when
	// the phase mixes endpoints (descriptors). Doc.Resource is always set.
	Resource string
	// Count is the number of documents.
	Count int
	// Doc returns document i, 0 <= i < Count. It is a pure function of the
	// Dataset's seed and i, safe for concurrent use.
	Doc func(i int) Doc
}

// Dataset is a generated district-to-state dataset: one state education
// agency, LEAs of ~10 schools, schools of ~500 students, one school year
// (2024-2025) with Fall and Spring sessions of three six-week grading
// periods each. In the Fall session every student takes six sections (one
// per class period) of ~25 students, taught by one teacher per classroom,
// and gets a grade in each for each of the three grading periods; every
// student has a school enrollment, an LEA-level education organization
// association with realistic nested collections, and two interim
// assessments (Mathematics and Reading) of ten items each.
type Dataset struct {
	seed     uint64
	students int
	schools  int
	leas     int

	// prefix sums per school (len schools+1)
	stuStart, secStart, staffStart, roomStart, offStart []int
	// prefix sums of schools per LEA (len leas+1)
	schStart []int

	phases []Phase
}

// New lays out the dataset for cfg. It generates nothing yet: documents are
// produced on demand by the phases.
func New(cfg Config) *Dataset {
	s := max(cfg.Students, 1)
	d := &Dataset{seed: cfg.Seed, students: s}
	d.schools = ceilDiv(s, StudentsPerSchool)
	d.leas = ceilDiv(d.schools, SchoolsPerLEA)
	d.schStart = balanced(d.schools, d.leas)
	d.stuStart = balanced(s, d.schools)
	n := d.schools
	d.secStart = make([]int, n+1)
	d.staffStart = make([]int, n+1)
	d.roomStart = make([]int, n+1)
	d.offStart = make([]int, n+1)
	for k := range n {
		rooms := d.rooms(k)
		d.secStart[k+1] = d.secStart[k] + ClassPeriods*rooms
		d.staffStart[k+1] = d.staffStart[k] + rooms + AdminStaffPerSchool
		d.roomStart[k+1] = d.roomStart[k] + rooms
		d.offStart[k+1] = d.offStart[k] + len(d.band(k).catalog)
	}
	d.phases = []Phase{
		{"descriptors", "", descriptorCount, descriptorDoc},
		d.phase("schoolYearTypes", lastSchoolYear-firstSchoolYear+1, d.schoolYearType),
		d.phase("stateEducationAgencies", 1, d.stateEducationAgency),
		d.phase("localEducationAgencies", d.leas, d.localEducationAgency),
		d.phase("schools", n, d.school),
		d.phase("calendars", n, d.calendar),
		d.phase("calendarDates", n*len(calendarDays), d.calendarDate),
		d.phase("gradingPeriods", n*len(gradingPeriodDefs), d.gradingPeriod),
		d.phase("sessions", n*len(terms), d.session),
		d.phase("classPeriods", n*ClassPeriods, d.classPeriod),
		d.phase("locations", d.roomStart[n], d.location),
		d.phase("courses", d.leas*len(courseCatalog), d.course),
		d.phase("courseOfferings", d.offStart[n], d.courseOffering),
		d.phase("sections", d.secStart[n], d.section),
		d.phase("students", s, d.student),
		d.phase("staffs", d.staffStart[n], d.staff),
		d.phase("staffEducationOrganizationAssignmentAssociations", d.staffStart[n], d.staffAssignment),
		d.phase("staffSectionAssociations", d.secStart[n], d.staffSectionAssociation),
		d.phase("studentSchoolAssociations", s, d.studentSchoolAssociation),
		d.phase("studentEducationOrganizationAssociations", s, d.studentEdOrgAssociation),
		d.phase("studentSectionAssociations", s*ClassPeriods, d.studentSectionAssociation),
		d.phase("grades", s*ClassPeriods*GradedPeriods, d.grade),
		d.phase("assessments", len(assessmentDefs), d.assessment),
		d.phase("assessmentItems", len(assessmentDefs)*ItemsPerAssessment, d.assessmentItem),
		d.phase("studentAssessments", s*AssessmentSubjects, d.studentAssessment),
	}
	return d
}

func (d *Dataset) phase(endpoint string, count int, gen func(i int) obj) Phase {
	return Phase{Name: endpoint, Resource: endpoint, Count: count, Doc: func(i int) Doc {
		if i < 0 || i >= count {
			panic("datagen: " + endpoint + " index out of range")
		}
		return Doc{Resource: endpoint, Body: gen(i).body()}
	}}
}

// Phases returns the phases in dependency order.
func (d *Dataset) Phases() []Phase { return d.phases }

// Phase returns the phase with the given name, or false.
func (d *Dataset) Phase(name string) (Phase, bool) {
	for _, p := range d.phases {
		if p.Name == name {
			return p, true
		}
	}
	return Phase{}, false
}

// Count returns the number of documents of all phases.
func (d *Dataset) Count() int {
	n := 0
	for _, p := range d.phases {
		n += p.Count
	}
	return n
}

// Students returns the number of students.
func (d *Dataset) Students() int { return d.students }

// Schools returns the number of schools.
func (d *Dataset) Schools() int { return d.schools }

// LEAs returns the number of local education agencies.
func (d *Dataset) LEAs() int { return d.leas }

// Fingerprint hashes (FNV-64a) the phase names, endpoints and bodies of the
// first n documents of every phase (fewer when a phase is shorter).
func (d *Dataset) Fingerprint(n int) uint64 {
	h := fnv.New64a()
	for _, p := range d.phases {
		h.Write([]byte(p.Name))
		h.Write([]byte{0})
		for i := range min(n, p.Count) {
			doc := p.Doc(i)
			h.Write([]byte(doc.Resource))
			h.Write([]byte{0})
			h.Write(doc.Body)
			h.Write([]byte{0})
		}
	}
	return h.Sum64()
}

// ---- layout ----------------------------------------------------------------

func ceilDiv(a, b int) int { return (a + b - 1) / b }

// balanced splits total items over n groups as evenly as possible; group k
// holds [start[k], start[k+1]).
func balanced(total, n int) []int {
	start := make([]int, n+1)
	for k := range start {
		start[k] = int(int64(k) * int64(total) / int64(n))
	}
	return start
}

// group finds the group of item i in prefix sums start.
func group(start []int, i int) int {
	return sort.Search(len(start)-1, func(k int) bool { return start[k+1] > i })
}

// schoolStudents returns the number of students of school k.
func (d *Dataset) schoolStudents(k int) int { return d.stuStart[k+1] - d.stuStart[k] }

// rooms is the number of classrooms, teachers and sections per class period
// of school k.
func (d *Dataset) rooms(k int) int { return max(1, ceilDiv(d.schoolStudents(k), ClassSize)) }

// Identifiers. Education organization ids are unique across kinds (the
// EducationOrganization superclass identity) and fit ODS's int.
const seaID = 255950

func leaID(l int) int { return 2559001 + l }

func (d *Dataset) leaOf(k int) int { return group(d.schStart, k) }

func (d *Dataset) schoolID(k int) int {
	l := d.leaOf(k)
	return leaID(l)*100 + (k - d.schStart[l]) + 1
}

func studentUniqueID(i int) string { return itoa(600001 + i) }

func staffUniqueID(g int) string { return itoa(100001 + g) }

// ---- school bands ------------------------------------------------------------

type bandDef struct {
	name     string // "Elementary School": SchoolCategoryDescriptor and name suffix
	grades   []int  // indexes into gradeLevels
	catalog  []int  // indexes into courseCatalog, a multiple of ClassPeriods long
	category string // short label
}

var bands = [3]bandDef{
	{name: "Elementary School", grades: []int{0, 1, 2, 3, 4, 5}, category: "ES"},
	{name: "Middle School", grades: []int{6, 7, 8}, category: "MS"},
	{name: "High School", grades: []int{9, 10, 11, 12}, category: "HS"},
}

// bandPattern gives the band of a school by its position in its LEA: six
// elementary, two middle and two high schools per ten, a high school first
// so that the smallest datasets still cover the richest band.
var bandPattern = [SchoolsPerLEA]int{2, 1, 0, 0, 0, 0, 1, 0, 2, 0}

func (d *Dataset) band(k int) *bandDef {
	return &bands[bandPattern[(k-d.schStart[d.leaOf(k)])%SchoolsPerLEA]]
}

// studentGrade returns the grade level index (into gradeLevels) of student s.
func (d *Dataset) studentGrade(s int) int {
	k := group(d.stuStart, s)
	g := d.band(k).grades
	return g[(s-d.stuStart[k])%len(g)]
}
