package datagen

import (
	"fmt"
)

// courseDef is one course of an LEA's catalog.
type courseDef struct {
	code, title, subject string
	band                 int
	level                string // CourseLevelCharacteristicDescriptor, "" for none
}

const (
	subjELA     = "English Language Arts"
	subjMath    = "Mathematics"
	subjSci     = "Science"
	subjSS      = "Social Studies"
	subjArts    = "Fine and Performing Arts"
	subjFL      = "Foreign Language and Literature"
	subjPHE     = "Physical, Health, and Safety Education"
	subjCIS     = "Computer and Information Sciences"
	coreSubject = "Core Subject"
)

// courseCatalog is every LEA's course catalog: 12 elementary, 18 middle
// school and 30 high school courses (each band a multiple of ClassPeriods
// long, so a student's six sections are six different courses).
var courseCatalog = []courseDef{
	{"E-ELA", "English Language Arts", subjELA, 0, coreSubject}, {"E-RDG", "Reading", "Reading", 0, coreSubject},
	{"E-MATH", "Mathematics", subjMath, 0, coreSubject}, {"E-SCI", "Science", subjSci, 0, coreSubject},
	{"E-SS", "Social Studies", subjSS, 0, coreSubject}, {"E-WRT", "Writing", "Writing", 0, ""},
	{"E-ART", "Art", subjArts, 0, ""}, {"E-MUS", "Music", subjArts, 0, ""},
	{"E-PE", "Physical Education", subjPHE, 0, ""}, {"E-HLTH", "Health", subjPHE, 0, ""},
	{"E-SPAN", "Spanish", subjFL, 0, ""}, {"E-TECH", "Technology Applications", subjCIS, 0, ""},

	{"M-ELA", "English Language Arts", subjELA, 1, coreSubject}, {"M-RDG", "Reading", "Reading", 1, coreSubject},
	{"M-MATH", "Mathematics", subjMath, 1, coreSubject}, {"M-PALG", "Pre-Algebra", subjMath, 1, coreSubject},
	{"M-ALG1", "Algebra I", subjMath, 1, "Honors"}, {"M-LSCI", "Life Science", subjSci, 1, coreSubject},
	{"M-ESCI", "Earth Science", subjSci, 1, coreSubject}, {"M-PSCI", "Physical Science", subjSci, 1, coreSubject},
	{"M-WCUL", "World Cultures", subjSS, 1, coreSubject}, {"M-USH", "U.S. History", subjSS, 1, coreSubject},
	{"M-GEO", "Geography", subjSS, 1, ""}, {"M-SPA1", "Spanish I", subjFL, 1, ""},
	{"M-FRE1", "French I", subjFL, 1, ""}, {"M-ART", "Art", subjArts, 1, ""},
	{"M-BAND", "Band", subjArts, 1, ""}, {"M-CHOIR", "Choir", subjArts, 1, ""},
	{"M-PE", "Physical Education", subjPHE, 1, ""}, {"M-HLTH", "Health", subjPHE, 1, ""},

	{"H-ENG1", "English I", subjELA, 2, coreSubject}, {"H-ENG2", "English II", subjELA, 2, coreSubject},
	{"H-ENG3", "English III", subjELA, 2, coreSubject}, {"H-ENG4", "English IV", subjELA, 2, coreSubject},
	{"H-ALG1", "Algebra I", subjMath, 2, coreSubject}, {"H-GEOM", "Geometry", subjMath, 2, coreSubject},
	{"H-ALG2", "Algebra II", subjMath, 2, coreSubject}, {"H-PCAL", "Pre-Calculus", subjMath, 2, "Honors"},
	{"H-APCAL", "AP Calculus AB", subjMath, 2, "Advanced Placement"}, {"H-STAT", "Statistics", subjMath, 2, ""},
	{"H-BIO", "Biology", subjSci, 2, coreSubject}, {"H-CHEM", "Chemistry", subjSci, 2, coreSubject},
	{"H-PHYS", "Physics", subjSci, 2, coreSubject}, {"H-ENVS", "Environmental Science", subjSci, 2, ""},
	{"H-WHIS", "World History", subjSS, 2, coreSubject}, {"H-WGEO", "World Geography", subjSS, 2, coreSubject},
	{"H-USH", "U.S. History", subjSS, 2, coreSubject}, {"H-GOV", "U.S. Government", subjSS, 2, coreSubject},
	{"H-ECON", "Economics", subjSS, 2, coreSubject}, {"H-PSY", "Psychology", subjSS, 2, ""},
	{"H-SPA1", "Spanish I", subjFL, 2, ""}, {"H-SPA2", "Spanish II", subjFL, 2, ""},
	{"H-FRE1", "French I", subjFL, 2, ""}, {"H-ART1", "Art I", subjArts, 2, ""},
	{"H-BAND", "Band", subjArts, 2, ""}, {"H-CHOIR", "Choir", subjArts, 2, ""},
	{"H-THEA", "Theatre Arts", subjArts, 2, ""}, {"H-PE", "Physical Education", subjPHE, 2, ""},
	{"H-HLTH", "Health", subjPHE, 2, ""}, {"H-CS1", "Computer Science I", subjCIS, 2, ""},
}

func init() {
	for i, c := range courseCatalog {
		bands[c.band].catalog = append(bands[c.band].catalog, i)
	}
	for _, b := range bands {
		if len(b.catalog)%ClassPeriods != 0 {
			panic("datagen: a band's catalog must be a multiple of ClassPeriods long")
		}
	}
}

func (d *Dataset) course(i int) obj {
	l, c := i/len(courseCatalog), i%len(courseCatalog)
	return courseDoc(faker(d.seed, "courses", i), leaID(l), c)
}

func courseDoc(f fakerT, edOrgID, c int) obj {
	def := courseCatalog[c]
	b := bands[def.band]
	var levels arr
	if def.level != "" {
		levels = arr{obj{{"courseLevelCharacteristicDescriptor", desc("CourseLevelCharacteristic", def.level)}}}
	}
	credits := num("1")
	if def.band != 2 {
		credits = "0"
	}
	return obj{
		{"courseCode", def.code},
		{"educationOrganizationReference", obj{{"educationOrganizationId", edOrgID}}},
		{"courseTitle", def.title},
		{"numberOfParts", 1},
		{"identificationCodes", arr{
			obj{
				{"courseIdentificationSystemDescriptor", desc("CourseIdentificationSystem", "LEA course code")},
				{"identificationCode", def.code},
			},
			obj{
				{"courseIdentificationSystemDescriptor", desc("CourseIdentificationSystem", "State course code")},
				{"identificationCode", fmt.Sprintf("%08d", 3000000+c*1013)},
				{"assigningOrganizationIdentificationCode", itoa(seaID)},
			},
		}},
		{"academicSubjects", arr{obj{{"academicSubjectDescriptor", desc("AcademicSubject", def.subject)}}}},
		{"offeredGradeLevels", gradeLevelArray(b.grades)},
		{"levelCharacteristics", levels},
		{"courseDescription", clip(def.title+": "+f.Sentence(), 1024)},
		{"courseDefinedByDescriptor", desc("CourseDefinedBy", "LEA")},
		{"courseGPAApplicabilityDescriptor", desc("CourseGPAApplicability", cond(def.band == 2, "Applicable", "Not Applicable"))},
		{"highSchoolCourseRequirement", def.band == 2 && def.level == coreSubject},
		{"maximumAvailableCredits", credits},
		{"maximumAvailableCreditTypeDescriptor", desc("CreditType", "Carnegie unit")},
		{"timeRequiredForCompletion", 180 * 50},
	}
}

// offering locates course offering i: school k, catalog course c.
func (d *Dataset) offering(i int) (k, c int) {
	k = group(d.offStart, i)
	return k, d.band(k).catalog[i-d.offStart[k]]
}

func (d *Dataset) courseOffering(i int) obj {
	k, c := d.offering(i)
	return courseOfferingDoc(d.schoolID(k), leaID(d.leaOf(k)), c, c, sessionName(fall))
}

// courseOfferingDoc is an offering of catalog course c at a school, under a
// local course code taken from catalog entry local.
func courseOfferingDoc(schoolID, courseEdOrgID, c, local int, session string) obj {
	def := courseCatalog[c]
	return obj{
		{"localCourseCode", courseCatalog[local].code},
		{"courseReference", obj{{"courseCode", def.code}, {"educationOrganizationId", courseEdOrgID}}},
		{"schoolReference", obj{{"schoolId", schoolID}}},
		{"sessionReference", sessionReference(schoolID, session)},
		{"localCourseTitle", def.title},
		{"instructionalTimePlanned", termDays[fall] * 50},
		{"offeredGradeLevels", gradeLevelArray(bands[def.band].grades)},
	}
}

// sectionSlot describes section q of school k: class period p, room and
// teacher j, catalog course c.
type sectionSlot struct{ p, j, c int }

func (d *Dataset) slot(k, q int) sectionSlot {
	rooms := d.rooms(k)
	p, j := q/rooms, q%rooms
	cat := d.band(k).catalog
	m := len(cat) / ClassPeriods
	return sectionSlot{p, j, cat[p+ClassPeriods*(j%m)]}
}

func sectionIdentifier(s sectionSlot) string {
	return fmt.Sprintf("%s-P%d-%02d", courseCatalog[s.c].code, s.p+1, s.j+1)
}

func sectionReference(schoolID int, session, localCourseCode, sectionID string) obj {
	return obj{
		{"localCourseCode", localCourseCode},
		{"schoolId", schoolID},
		{"schoolYear", SchoolYear},
		{"sectionIdentifier", sectionID},
		{"sessionName", session},
	}
}

func (d *Dataset) sectionAt(i int) (k int, s sectionSlot) {
	k = group(d.secStart, i)
	return k, d.slot(k, i-d.secStart[k])
}

func (d *Dataset) section(i int) obj {
	k, s := d.sectionAt(i)
	f := faker(d.seed, "sections", i)
	id := d.schoolID(k)
	def := courseCatalog[s.c]
	pop := "Regular Students"
	if def.level == "Honors" || def.level == "Advanced Placement" {
		pop = "Honors Students"
	}
	env := "Classroom"
	if def.subject == subjSci && chance(f, 0.5) {
		env = "Laboratory"
	}
	return sectionDoc(id, sessionName(fall), def.code, sectionIdentifier(s), obj{
		{"sectionName", clip(def.title+" "+classPeriodName(s.p), 100)},
		{"sequenceOfCourse", 1},
		{"availableCredits", cond[num](def.band == 2, "0.5", "0")},
		{"availableCreditTypeDescriptor", desc("CreditType", "Carnegie unit")},
		{"educationalEnvironmentDescriptor", desc("EducationalEnvironment", env)},
		{"mediumOfInstructionDescriptor", desc("MediumOfInstruction", "Face-to-face instruction")},
		{"populationServedDescriptor", desc("PopulationServed", pop)},
		{"instructionLanguageDescriptor", desc("Language", "eng")},
		{"locationReference", obj{{"classroomIdentificationCode", roomCode(s.j)}, {"schoolId", id}}},
		{"locationSchoolReference", obj{{"schoolId", id}}},
		{"classPeriods", arr{obj{{"classPeriodReference", obj{{"classPeriodName", classPeriodName(s.p)}, {"schoolId", id}}}}}},
		{"officialAttendancePeriod", s.p == 1},
	})
}

// sectionDoc is a section with its identity followed by the given
// properties.
func sectionDoc(schoolID int, session, localCourseCode, sectionID string, rest obj) obj {
	o := obj{
		{"sectionIdentifier", sectionID},
		{"courseOfferingReference", obj{
			{"localCourseCode", localCourseCode},
			{"schoolId", schoolID},
			{"schoolYear", SchoolYear},
			{"sessionName", session},
		}},
	}
	return append(o, rest...)
}
