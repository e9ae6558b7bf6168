package datagen

import "fmt"

// Cascade is the identity-cascade scenario's data: one Session and the
// documents whose identities embed it, the real Ed-Fi chain of depth 5:
//
//	Session -> CourseOffering (sessionReference in its identity)
//	        -> Section (courseOfferingReference)
//	        -> StudentSectionAssociation (sectionReference)
//	        -> Grade (studentSectionAssociationReference, gradingPeriodReference)
//
// Sessions allow identity updates; renaming the Session (Session(round) for
// round >= 1, a new sessionName) changes the identity of every dependent.
// Dependents(round) are the dependents as they read after that rename, for
// checking a cascade's result.
type Cascade struct {
	// Prereqs are the documents to load first, in order: every descriptor,
	// school year 2025, the school, the course, the Fall grading periods and
	// the students.
	Prereqs []Doc
	// Shape is the fan-out at each level.
	Shape CascadeShape

	seed     uint64
	fanout   int
	schoolID int
}

// CascadeShape is the fan-out of a Cascade.
type CascadeShape struct {
	Offerings           int // course offerings of the session
	SectionsPerOffering int
	StudentsPerSection  int // student section associations per section
	GradesPerEnrollment int // grades per student section association (one per grading period)
}

// Dependents returns the number of documents whose identity embeds the
// session: offerings + sections + enrollments + grades.
func (s CascadeShape) Dependents() int {
	sections := s.Offerings * s.SectionsPerOffering
	enrollments := sections * s.StudentsPerSection
	return s.Offerings + sections + enrollments + enrollments*s.GradesPerEnrollment
}

// shapeFor picks the fan-out for about n dependents (at most n, and at
// least 4: one of each level). A full offering is 2 sections of 25 students
// with 3 grades each, 203 documents; larger n take as many offerings as
// needed with classes shrunk to fit, smaller n shrink the class, then the
// number of sections, then the grades.
func shapeFor(n int) CascadeShape {
	const perStudent = 1 + GradedPeriods        // enrollment + grades
	const full = 1 + 2*(1+ClassSize*perStudent) // 203
	switch {
	case n >= full:
		o := ceilDiv(n, full)
		return CascadeShape{o, 2, min(ClassSize, (n/o-3)/(2*perStudent)), GradedPeriods}
	case n >= 3+2*perStudent*(ClassSize/2+1): // two sections beat one class over ClassSize
		return CascadeShape{1, 2, (n - 3) / (2 * perStudent), GradedPeriods}
	case n >= 2+perStudent:
		return CascadeShape{1, 1, (n - 2) / perStudent, GradedPeriods}
	}
	return CascadeShape{1, 1, 1, 1}
}

// CascadeChain returns the chain for seed with about fanout dependent
// documents (see CascadeShape). Chains of different fan-outs share the
// school, course, grading periods and students of their seed and differ in
// the session name, so several can live in one database.
func CascadeChain(seed uint64, fanout int) *Cascade {
	c := &Cascade{
		Shape:    shapeFor(fanout),
		seed:     seed,
		fanout:   max(fanout, 1),
		schoolID: 800_000_000 + int(seed%100_000_000),
	}
	c.Prereqs = append(descriptorDocs(),
		Doc{"schoolYearTypes", obj{
			{"schoolYear", SchoolYear}, {"currentSchoolYear", true}, {"schoolYearDescription", "2024-2025"},
		}.body()},
		Doc{"schools", minimalSchool(c.schoolID, "Cascade Test High School").body()},
		Doc{"courses", obj{
			{"courseCode", cascadeCourse},
			{"educationOrganizationReference", obj{{"educationOrganizationId", c.schoolID}}},
			{"courseTitle", "Cascade Studies"},
			{"numberOfParts", 1},
			{"identificationCodes", arr{obj{
				{"courseIdentificationSystemDescriptor", desc("CourseIdentificationSystem", "LEA course code")},
				{"identificationCode", cascadeCourse},
			}}},
			{"academicSubjects", arr{obj{{"academicSubjectDescriptor", desc("AcademicSubject", "Social Studies")}}}},
		}.body()},
	)
	for _, g := range terms[fall].periods {
		c.Prereqs = append(c.Prereqs, Doc{"gradingPeriods", gradingPeriodDoc(c.schoolID, g).body()})
	}
	for j := range c.Shape.StudentsPerSection {
		t := makeStudentTraits(faker(seed, "cascade-traits", j), 10)
		c.Prereqs = append(c.Prereqs, Doc{"students", studentDoc(faker(seed, "cascade-students", j), c.student(j), t).body()})
	}
	return c
}

const cascadeCourse = "CASCADE-101"

func (c *Cascade) student(j int) string { return fmt.Sprintf("CC%d-%02d", c.seed%1_000_000_000, j) }

// SessionName is the session's name after round renames (round 0: as
// loaded).
func (c *Cascade) SessionName(round int) string {
	name := fmt.Sprintf("%s F%d", sessionName(fall), c.fanout)
	if round > 0 {
		name += fmt.Sprintf(" R%d", round)
	}
	return name
}

// Session is the session document after round renames: Session(0) is
// loaded, Session(1) is the body of the first rename (a PUT to the loaded
// session's id), Session(2) the next, and so on.
func (c *Cascade) Session(round int) Doc {
	return Doc{"sessions", sessionDoc(c.schoolID, fall, c.SessionName(round)).body()}
}

// Renamed is the body of the first rename, Session(1).
func (c *Cascade) Renamed() Doc { return c.Session(1) }

// Dependents returns the documents whose identity embeds the session, as
// they read after round renames, in load order: offerings, sections,
// student section associations, grades.
func (c *Cascade) Dependents(round int) []Doc {
	sh := c.Shape
	session := c.SessionName(round)
	out := make([]Doc, 0, sh.Dependents())
	local := func(o int) string { return fmt.Sprintf("CAS-%04d", o+1) }
	sectionID := func(o, s int) string { return fmt.Sprintf("%s-%d", local(o), s+1) }
	for o := range sh.Offerings {
		out = append(out, Doc{"courseOfferings", obj{
			{"localCourseCode", local(o)},
			{"courseReference", obj{{"courseCode", cascadeCourse}, {"educationOrganizationId", c.schoolID}}},
			{"schoolReference", obj{{"schoolId", c.schoolID}}},
			{"sessionReference", sessionReference(c.schoolID, session)},
			{"localCourseTitle", fmt.Sprintf("Cascade Studies %d", o+1)},
		}.body()})
	}
	for o := range sh.Offerings {
		for s := range sh.SectionsPerOffering {
			out = append(out, Doc{"sections", sectionDoc(c.schoolID, session, local(o), sectionID(o, s), obj{
				{"sectionName", fmt.Sprintf("Cascade Studies %d.%d", o+1, s+1)},
				{"sequenceOfCourse", 1},
			}).body()})
		}
	}
	for o := range sh.Offerings {
		for s := range sh.SectionsPerOffering {
			for j := range sh.StudentsPerSection {
				out = append(out, Doc{"studentSectionAssociations", studentSectionAssociationDoc(c.schoolID, session,
					terms[fall].begin, local(o), sectionID(o, s), c.student(j), obj{
						{"endDate", ymd(terms[fall].end)},
					}).body()})
			}
		}
	}
	n := 0
	for o := range sh.Offerings {
		for s := range sh.SectionsPerOffering {
			for j := range sh.StudentsPerSection {
				for g := range sh.GradesPerEnrollment {
					f := faker(c.seed, "cascade-grades", n)
					n++
					out = append(out, Doc{"grades", gradeDoc(f, c.schoolID, terms[fall].periods[g], session,
						local(o), sectionID(o, s), c.student(j), 0.7).body()})
				}
			}
		}
	}
	return out
}

// Docs returns everything to load, in order: Prereqs, Session(0) and
// Dependents(0).
func (c *Cascade) Docs() []Doc {
	out := append([]Doc(nil), c.Prereqs...)
	out = append(out, c.Session(0))
	return append(out, c.Dependents(0)...)
}
