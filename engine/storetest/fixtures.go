package storetest

import (
	"fmt"
	"strings"
)

// Fixture bodies: small, valid Ed-Fi DS 5.1 documents forming the chain
// School -> Session -> CourseOffering -> Section -> StudentSectionAssociation
// -> Grade (the identity-cascade chain of the benchmark), with what they
// need (descriptors, a school year, a course, a student, a grading period).

// Names used throughout the suite.
const (
	schoolID    = 255901001
	otherSchool = 255901044
	sessionName = "2023-2024 Fall Semester"
	courseCode  = "ALG-1"
	sectionID   = "ALG1-01"
	studentID   = "604822"
	termFall    = "uri://ed-fi.org/TermDescriptor#Fall Semester"
	gradingPer  = "2023-2024 Fall Semester Exam 1"
	gradeNinth  = "uri://ed-fi.org/GradeLevelDescriptor#Ninth grade"
)

type fixture struct {
	endpoint string
	body     string
}

func descriptor(endpoint, namespace, code string) fixture {
	return fixture{endpoint, fmt.Sprintf(`{"namespace":%q,"codeValue":%q,"shortDescription":%q}`, namespace, code, code)}
}

// descriptors are every descriptor the fixtures reference.
var descriptors = []fixture{
	descriptor("gradeLevelDescriptors", "uri://ed-fi.org/GradeLevelDescriptor", "Ninth grade"),
	descriptor("gradeLevelDescriptors", "uri://ed-fi.org/GradeLevelDescriptor", "Tenth grade"),
	descriptor("educationOrganizationCategoryDescriptors", "uri://ed-fi.org/EducationOrganizationCategoryDescriptor", "School"),
	descriptor("educationOrganizationCategoryDescriptors", "uri://ed-fi.org/EducationOrganizationCategoryDescriptor", "Local Education Agency"),
	descriptor("localEducationAgencyCategoryDescriptors", "uri://ed-fi.org/LocalEducationAgencyCategoryDescriptor", "Independent"),
	descriptor("termDescriptors", "uri://ed-fi.org/TermDescriptor", "Fall Semester"),
	descriptor("termDescriptors", "uri://ed-fi.org/TermDescriptor", "Spring Semester"),
	descriptor("gradingPeriodDescriptors", "uri://ed-fi.org/GradingPeriodDescriptor", "First Six Weeks"),
	descriptor("gradeTypeDescriptors", "uri://ed-fi.org/GradeTypeDescriptor", "Grading Period"),
	descriptor("courseIdentificationSystemDescriptors", "uri://ed-fi.org/CourseIdentificationSystemDescriptor", "State course code"),
}

func schoolYear(y int) fixture {
	return fixture{"schoolYearTypes", fmt.Sprintf(`{"schoolYear":%d,"currentSchoolYear":%t,"schoolYearDescription":"%d-%d"}`, y, y == 2024, y-1, y)}
}

func school(id int, name string) fixture {
	return fixture{"schools", fmt.Sprintf(`{"schoolId":%d,"nameOfInstitution":%q,
 "educationOrganizationCategories":[{"educationOrganizationCategoryDescriptor":"uri://ed-fi.org/EducationOrganizationCategoryDescriptor#School"}],
 "gradeLevels":[{"gradeLevelDescriptor":%q}]}`, id, name, gradeNinth)}
}

func lea(id int) fixture {
	return fixture{"localEducationAgencies", fmt.Sprintf(`{"localEducationAgencyId":%d,"nameOfInstitution":"Grand Bend ISD",
 "localEducationAgencyCategoryDescriptor":"uri://ed-fi.org/LocalEducationAgencyCategoryDescriptor#Independent",
 "categories":[{"educationOrganizationCategoryDescriptor":"uri://ed-fi.org/EducationOrganizationCategoryDescriptor#Local Education Agency"}]}`, id)}
}

func session(name, term string, days int) fixture {
	return fixture{"sessions", fmt.Sprintf(`{"sessionName":%q,"schoolReference":{"schoolId":%d},"schoolYearTypeReference":{"schoolYear":2024},
 "beginDate":"2023-08-21","endDate":"2023-12-20","termDescriptor":%q,"totalInstructionalDays":%d}`, name, schoolID, term, days)}
}

func course(code string, edorg int) fixture {
	return fixture{"courses", fmt.Sprintf(`{"courseCode":%q,"courseTitle":"Algebra I","numberOfParts":1,
 "educationOrganizationReference":{"educationOrganizationId":%d},
 "identificationCodes":[{"courseIdentificationSystemDescriptor":"uri://ed-fi.org/CourseIdentificationSystemDescriptor#State course code","identificationCode":"03100500"}]}`, code, edorg)}
}

func courseOffering(code, session string) fixture {
	return fixture{"courseOfferings", fmt.Sprintf(`{"localCourseCode":%q,"localCourseTitle":"Algebra I",
 "courseReference":{"courseCode":%q,"educationOrganizationId":%d},
 "schoolReference":{"schoolId":%d},
 "sessionReference":{"schoolId":%d,"schoolYear":2024,"sessionName":%q},
 "instructionalTimePlanned":3000}`, code, courseCode, schoolID, schoolID, schoolID, session)}
}

func classPeriod(name string) fixture {
	return fixture{"classPeriods", fmt.Sprintf(`{"classPeriodName":%q,"schoolReference":{"schoolId":%d}}`, name, schoolID)}
}

func section(id, code, session string, periods ...string) fixture {
	var cp []string
	for _, p := range periods {
		cp = append(cp, fmt.Sprintf(`{"classPeriodReference":{"classPeriodName":%q,"schoolId":%d}}`, p, schoolID))
	}
	extra := ""
	if len(cp) > 0 {
		extra = `,"classPeriods":[` + strings.Join(cp, ",") + `]`
	}
	return fixture{"sections", fmt.Sprintf(`{"sectionIdentifier":%q,"sectionName":"Algebra I, period 1",
 "courseOfferingReference":{"localCourseCode":%q,"schoolId":%d,"schoolYear":2024,"sessionName":%q},
 "sequenceOfCourse":1%s}`, id, code, schoolID, session, extra)}
}

func student(id, first, last, birth string) fixture {
	return fixture{"students", fmt.Sprintf(`{"studentUniqueId":%q,"birthDate":%q,"firstName":%q,"lastSurname":%q}`, id, birth, first, last)}
}

func ssa(student, section, session string) fixture {
	return fixture{"studentSectionAssociations", fmt.Sprintf(`{"studentReference":{"studentUniqueId":%q},
 "sectionReference":{"localCourseCode":%q,"schoolId":%d,"schoolYear":2024,"sectionIdentifier":%q,"sessionName":%q},
 "beginDate":"2023-08-21","endDate":"2023-12-20","homeroomIndicator":false}`, student, courseCode, schoolID, section, session)}
}

func gradingPeriod() fixture {
	return fixture{"gradingPeriods", fmt.Sprintf(`{"gradingPeriodDescriptor":"uri://ed-fi.org/GradingPeriodDescriptor#First Six Weeks",
 "gradingPeriodName":%q,"schoolReference":{"schoolId":%d},"schoolYearTypeReference":{"schoolYear":2024},
 "beginDate":"2023-08-21","endDate":"2023-10-06","periodSequence":1,"totalInstructionalDays":34}`, gradingPer, schoolID)}
}

func grade(student, section, session, letter string) fixture {
	return fixture{"grades", fmt.Sprintf(`{"gradeTypeDescriptor":"uri://ed-fi.org/GradeTypeDescriptor#Grading Period",
 "gradingPeriodReference":{"gradingPeriodDescriptor":"uri://ed-fi.org/GradingPeriodDescriptor#First Six Weeks","gradingPeriodName":%q,"schoolId":%d,"schoolYear":2024},
 "studentSectionAssociationReference":{"beginDate":"2023-08-21","localCourseCode":%q,"schoolId":%d,"schoolYear":2024,"sectionIdentifier":%q,"sessionName":%q,"studentUniqueId":%q},
 "letterGradeEarned":%q,"numericGradeEarned":88.75}`, gradingPer, schoolID, courseCode, schoolID, section, session, student, letter)}
}

// base is what every scenario builds on: descriptors, the school year, the
// school and its session.
func base() []fixture {
	out := append([]fixture(nil), descriptors...)
	return append(out, schoolYear(2024), school(schoolID, "Grand Bend High School"), session(sessionName, termFall, 81))
}

// chain is base plus the rest of the identity-cascade chain, ending with
// one Grade.
func chain() []fixture {
	return append(base(),
		course(courseCode, schoolID),
		courseOffering(courseCode, sessionName),
		classPeriod("01 - Traditional"),
		classPeriod("02 - Traditional"),
		section(sectionID, courseCode, sessionName, "01 - Traditional", "02 - Traditional"),
		student(studentID, "Lisa", "Woods", "2008-03-14"),
		ssa(studentID, sectionID, sessionName),
		gradingPeriod(),
		grade(studentID, sectionID, sessionName, "B+"),
	)
}
