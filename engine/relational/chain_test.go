package relational_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/google/uuid"

	"github.com/edfi-bench/tpr/engine/enginetest"
	"github.com/edfi-bench/tpr/engine/relational"
	"github.com/edfi-bench/tpr/engine/store"
)

// chain is the real Ed-Fi identity chain a Session rename flows through:
// Session -> CourseOffering -> Section -> StudentSectionAssociation -> Grade.
type chain struct {
	env                                   *enginetest.Env
	session                               uuid.UUID
	offerings, sections, ssas, grades     []uuid.UUID
	offeringBody, sectionBody             []string
	ssaBody, gradeBody                    []string
	offeringsN, sectionsPer, ssasPer, per int
}

func (c *chain) post(t testing.TB, resource, body string) uuid.UUID {
	t.Helper()
	w, err := c.write(resource, body)
	if err != nil {
		t.Fatalf("POST %s: %v\n%s", resource, err, body)
	}
	return w.ID
}

func (c *chain) write(resource, body string) (store.WriteResult, error) {
	r := c.env.Effective.ResourceByEndpoint("ed-fi", resource)
	doc, err := c.env.Core.Prepare(r, []byte(body))
	if err != nil {
		return store.WriteResult{}, err
	}
	return c.env.Store.Upsert(context.Background(), doc, store.WriteOptions{})
}

func descriptor(name, code string) string {
	return fmt.Sprintf(`{"namespace":"uri://ed-fi.org/%s","codeValue":%q,"shortDescription":%q}`, name, code, code)
}

const sessionTmpl = `{"schoolReference":{"schoolId":255901},"schoolYearTypeReference":{"schoolYear":2024},"sessionName":%q,
"beginDate":"2023-08-21","endDate":"2023-12-20","termDescriptor":"uri://ed-fi.org/TermDescriptor#Fall Semester","totalInstructionalDays":80}`

// newChain builds offerings × sectionsPer × ssasPer × gradesPer documents
// under one Session named "Fall".
func newChain(t testing.TB, env *enginetest.Env, offerings, sectionsPer, ssasPer, gradesPer int) *chain {
	t.Helper()
	c := &chain{env: env, offeringsN: offerings, sectionsPer: sectionsPer, ssasPer: ssasPer, per: gradesPer}
	for _, d := range [][2]string{
		{"GradeLevelDescriptor", "Ninth grade"}, {"EducationOrganizationCategoryDescriptor", "School"},
		{"TermDescriptor", "Fall Semester"}, {"CourseIdentificationSystemDescriptor", "State course code"},
		{"GradingPeriodDescriptor", "First Six Weeks"}, {"GradingPeriodDescriptor", "Second Six Weeks"},
		{"GradeTypeDescriptor", "Grading Period"},
	} {
		c.post(t, strings.ToLower(d[0][:1])+d[0][1:]+"s", descriptor(d[0], d[1]))
	}
	c.post(t, "schools", `{"schoolId":255901,"nameOfInstitution":"Grand Bend High School",
"educationOrganizationCategories":[{"educationOrganizationCategoryDescriptor":"uri://ed-fi.org/EducationOrganizationCategoryDescriptor#School"}],
"gradeLevels":[{"gradeLevelDescriptor":"uri://ed-fi.org/GradeLevelDescriptor#Ninth grade"}]}`)
	c.post(t, "schoolYearTypes", `{"schoolYear":2024,"currentSchoolYear":true,"schoolYearDescription":"2023-2024"}`)
	c.session = c.post(t, "sessions", fmt.Sprintf(sessionTmpl, "Fall"))
	c.post(t, "courses", `{"courseCode":"ALG-1","courseTitle":"Algebra I","numberOfParts":1,
"identificationCodes":[{"identificationCode":"ALG-1","courseIdentificationSystemDescriptor":"uri://ed-fi.org/CourseIdentificationSystemDescriptor#State course code"}],
"educationOrganizationReference":{"educationOrganizationId":255901}}`)
	gps := []string{"First Six Weeks", "Second Six Weeks"}
	for _, gp := range gps {
		c.post(t, "gradingPeriods", fmt.Sprintf(`{"schoolReference":{"schoolId":255901},"schoolYearTypeReference":{"schoolYear":2024},
"gradingPeriodDescriptor":"uri://ed-fi.org/GradingPeriodDescriptor#%s","gradingPeriodName":%q,"beginDate":"2023-08-21","endDate":"2023-10-01","totalInstructionalDays":30}`, gp, gp))
	}
	for s := 0; s < ssasPer; s++ {
		c.post(t, "students", fmt.Sprintf(`{"studentUniqueId":"ST%04d","firstName":"F%d","lastSurname":"L","birthDate":"2008-01-01"}`, s, s))
	}
	for o := 0; o < offerings; o++ {
		body := fmt.Sprintf(`{"localCourseCode":"ALG-1-%d","schoolReference":{"schoolId":255901},
"sessionReference":{"schoolId":255901,"schoolYear":2024,"sessionName":"Fall"},"courseReference":{"courseCode":"ALG-1","educationOrganizationId":255901}}`, o)
		c.offerings = append(c.offerings, c.post(t, "courseOfferings", body))
		c.offeringBody = append(c.offeringBody, body)
		for s := 0; s < sectionsPer; s++ {
			sec := fmt.Sprintf("S%d-%d", o, s)
			body := fmt.Sprintf(`{"sectionIdentifier":%q,"courseOfferingReference":{"localCourseCode":"ALG-1-%d","schoolId":255901,"schoolYear":2024,"sessionName":"Fall"}}`, sec, o)
			c.sections = append(c.sections, c.post(t, "sections", body))
			c.sectionBody = append(c.sectionBody, body)
			for a := 0; a < ssasPer; a++ {
				ref := fmt.Sprintf(`"sectionReference":{"localCourseCode":"ALG-1-%d","schoolId":255901,"schoolYear":2024,"sectionIdentifier":%q,"sessionName":"Fall"}`, o, sec)
				body := fmt.Sprintf(`{"studentReference":{"studentUniqueId":"ST%04d"},%s,"beginDate":"2023-08-21"}`, a, ref)
				c.ssas = append(c.ssas, c.post(t, "studentSectionAssociations", body))
				c.ssaBody = append(c.ssaBody, body)
				for g := 0; g < gradesPer; g++ {
					body := fmt.Sprintf(`{"gradeTypeDescriptor":"uri://ed-fi.org/GradeTypeDescriptor#Grading Period",
"studentSectionAssociationReference":{"beginDate":"2023-08-21","localCourseCode":"ALG-1-%d","schoolId":255901,"schoolYear":2024,"sectionIdentifier":%q,"sessionName":"Fall","studentUniqueId":"ST%04d"},
"gradingPeriodReference":{"gradingPeriodDescriptor":"uri://ed-fi.org/GradingPeriodDescriptor#%s","gradingPeriodName":%q,"schoolId":255901,"schoolYear":2024},
"letterGradeEarned":"B"}`, o, sec, a, gps[g%len(gps)], gps[g%len(gps)])
					c.grades = append(c.grades, c.post(t, "grades", body))
					c.gradeBody = append(c.gradeBody, body)
				}
			}
		}
	}
	return c
}

func (c *chain) dependents() int {
	return len(c.offerings) + len(c.sections) + len(c.ssas) + len(c.grades)
}

// rename PUTs the session with a new name.
func (c *chain) rename(ctx context.Context, name string) error {
	r := c.env.Effective.ResourceByEndpoint("ed-fi", "sessions")
	doc, err := c.env.Core.Prepare(r, []byte(fmt.Sprintf(sessionTmpl, name)))
	if err != nil {
		return err
	}
	_, err = c.env.Store.Replace(ctx, c.session, doc, store.WriteOptions{})
	return err
}

func verifyClean(t testing.TB, env *enginetest.Env) {
	t.Helper()
	rep, err := env.Store.Verify(context.Background(), relational.VerifyOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range rep.Findings {
		t.Error(f)
	}
	if rep.Violations != 0 {
		t.Fatalf("verify: %d violations", rep.Violations)
	}
}

func isStatus(err error, status int) bool {
	var se *store.Error
	return errors.As(err, &se) && se.Status == status
}
