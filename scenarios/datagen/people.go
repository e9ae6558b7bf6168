package datagen

import (
	"fmt"
	"strings"
	"time"
)

// ---- students ------------------------------------------------------------------

// studentTraits are the facts about student s that several documents repeat
// (student, enrollment, education organization association, grades,
// assessments). They come from their own stream, so each document can
// recompute them.
type studentTraits struct {
	first, middle, last string
	female              bool
	birth               time.Time
	hispanic            bool
	races               []int // indexes into the Race codes
	homeLanguage        string
	ability             float64 // 0..1, drives grades and scores
	econ                bool
}

func (d *Dataset) studentTraits(s int) studentTraits {
	return makeStudentTraits(faker(d.seed, "student-traits", s), d.studentGrade(s))
}

func makeStudentTraits(f fakerT, grade int) studentTraits {
	t := studentTraits{
		female: f.Bool(),
		first:  clip(f.FirstName(), 75),
		last:   clip(f.LastName(), 75),
	}
	if chance(f, 0.7) {
		t.middle = clip(f.MiddleName(), 75)
	}
	// Age 5 on September 1, 2024 in kindergarten, one more per grade.
	t.birth = day(2018-grade, 9, 2).AddDate(0, 0, f.IntN(365))
	t.hispanic = chance(f, 0.28)
	r := []int{4, 4, 4, 2, 2, 1, 0, 3}[f.IntN(8)]
	t.races = []int{r}
	if chance(f, 0.08) {
		t.races = append(t.races, (r+1+f.IntN(4))%5)
	}
	t.homeLanguage = "eng"
	switch x := f.Float64(); {
	case t.hispanic && x < 0.45, x < 0.03:
		t.homeLanguage = "spa"
	case x < 0.05:
		t.homeLanguage = pick(f, []string{"vie", "ara", "chi", "fre"})
	}
	t.ability = (f.Float64() + f.Float64()) / 2
	t.econ = chance(f, 0.5)
	return t
}

func (t studentTraits) sex() string { return cond(t.female, "Female", "Male") }

func (d *Dataset) student(s int) obj {
	return studentDoc(faker(d.seed, "students", s), studentUniqueID(s), d.studentTraits(s))
}

func studentDoc(f fakerT, id string, t studentTraits) obj {
	country, state := "US", homeState
	switch x := f.Float64(); {
	case x < 0.06:
		country = "MX"
	case x < 0.2:
		state = pick(f, stateAbbreviations)
	}
	var birthState, dateEnteredUS any
	citizenship := "US Citizen"
	if country == "US" {
		birthState = desc("StateAbbreviation", state)
	} else {
		citizenship = "Permanent resident"
		dateEnteredUS = ymd(t.birth.AddDate(2+f.IntN(4), 0, f.IntN(365)))
	}
	var otherNames arr
	if chance(f, 0.05) {
		otherNames = arr{obj{
			{"otherNameTypeDescriptor", desc("OtherNameType", "Nickname")},
			{"firstName", clip(f.FirstName(), 75)},
			{"lastSurname", t.last},
		}}
	}
	return obj{
		{"studentUniqueId", id},
		{"firstName", t.first},
		{"middleName", cond[any](t.middle != "", t.middle, nil)},
		{"lastSurname", t.last},
		{"generationCodeSuffix", cond[any](!t.female && chance(f, 0.02), "Jr", nil)},
		{"birthDate", ymd(t.birth)},
		{"birthCity", clip(f.City(), 30)},
		{"birthStateAbbreviationDescriptor", birthState},
		{"birthCountryDescriptor", desc("Country", country)},
		{"birthSexDescriptor", desc("Sex", t.sex())},
		{"citizenshipStatusDescriptor", desc("CitizenshipStatus", citizenship)},
		{"dateEnteredUS", dateEnteredUS},
		{"multipleBirthStatus", chance(f, 0.03)},
		{"otherNames", otherNames},
	}
}

// studentSchool returns the school and the position in it of student s.
func (d *Dataset) studentSchool(s int) (k, l int) {
	k = group(d.stuStart, s)
	return k, s - d.stuStart[k]
}

func (d *Dataset) studentSchoolAssociation(s int) obj {
	f := faker(d.seed, "studentSchoolAssociations", s)
	k, _ := d.studentSchool(s)
	id := d.schoolID(k)
	g := d.studentGrade(s)
	entry, entryType := terms[fall].begin, "Next year school"
	if chance(f, 0.08) {
		// A later instructional day of the first two grading periods.
		c := f.IntN(60)
		for calendarDays[c].event != "Instructional day" {
			c++
		}
		entry, entryType = calendarDays[c].date, "Transfer"
	}
	return obj{
		{"entryDate", ymd(entry)},
		{"schoolReference", obj{{"schoolId", id}}},
		{"studentReference", obj{{"studentUniqueId", studentUniqueID(s)}}},
		{"entryGradeLevelDescriptor", desc("GradeLevel", gradeLevels[g])},
		{"entryTypeDescriptor", desc("EntryType", entryType)},
		{"schoolYearTypeReference", obj{{"schoolYear", SchoolYear}}},
		{"calendarReference", calendarReference(id)},
		{"classOfSchoolYearTypeReference", obj{{"schoolYear", SchoolYear + 12 - g}}},
		{"primarySchool", true},
		{"repeatGradeIndicator", chance(f, 0.02)},
		{"fullTimeEquivalency", num("1")},
	}
}

func emailLocal(first, last string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(first + "." + last) {
		if r >= 'a' && r <= 'z' || r == '.' {
			b.WriteRune(r)
		}
	}
	return clip(b.String(), 60)
}

func period(begin time.Time, end any) obj {
	return obj{{"beginDate", ymd(begin)}, {"endDate", end}}
}

func (d *Dataset) studentEdOrgAssociation(s int) obj {
	f := faker(d.seed, "studentEducationOrganizationAssociations", s)
	k, _ := d.studentSchool(s)
	l := d.leaOf(k)
	return seoaDoc(f, leaID(l), studentUniqueID(s), d.studentTraits(s), d.studentGrade(s), d.lea(l))
}

// seoaDoc is a StudentEducationOrganizationAssociation with the nested
// collections districts report: addresses with periods, telephones, e-mail,
// languages with uses, races, characteristics with periods, identification
// codes, and for some students disabilities, indicators and a cohort year.
func seoaDoc(f fakerT, edOrgID int, id string, t studentTraits, grade int, lea leaTraits) obj {
	moved := terms[fall].begin.AddDate(-1-f.IntN(6), f.IntN(12), 0)
	addresses := arr{address(f, "Home", lea.city, lea.county, arr{period(moved, nil)})}
	if chance(f, 0.3) {
		addresses = append(addresses, address(f, "Mailing", lea.city, lea.county, arr{period(moved, nil)}))
	}
	if chance(f, 0.1) {
		prev := moved.AddDate(-2, 0, 0)
		addresses = append(addresses, address(f, "Temporary", "", "", arr{period(prev, ymd(moved.AddDate(0, 0, -1)))}))
	}
	telephones := arr{obj{
		{"telephoneNumberTypeDescriptor", desc("TelephoneNumberType", "Home")},
		{"telephoneNumber", phone(f)},
		{"orderOfPriority", 1},
		{"textMessageCapabilityIndicator", false},
	}}
	if chance(f, 0.6) {
		telephones = append(telephones, obj{
			{"telephoneNumberTypeDescriptor", desc("TelephoneNumberType", "Mobile")},
			{"telephoneNumber", phone(f)},
			{"orderOfPriority", 2},
			{"textMessageCapabilityIndicator", true},
		})
	}
	emails := arr{obj{
		{"electronicMailTypeDescriptor", desc("ElectronicMailType", "Organization")},
		{"electronicMailAddress", emailLocal(t.first, t.last) + id + "@students.example.org"},
		{"primaryEmailAddressIndicator", grade >= 6},
	}}
	if grade >= 6 && chance(f, 0.5) {
		emails = append(emails, obj{
			{"electronicMailTypeDescriptor", desc("ElectronicMailType", "Home/Personal")},
			{"electronicMailAddress", clip(f.Email(), 128)},
			{"primaryEmailAddressIndicator", false},
		})
	}
	uses := arr{
		obj{{"languageUseDescriptor", desc("LanguageUse", "Home language")}},
		obj{{"languageUseDescriptor", desc("LanguageUse", "Native language")}},
	}
	languages := arr{obj{{"languageDescriptor", desc("Language", t.homeLanguage)}, {"uses", uses}}}
	var lep any
	if t.homeLanguage != "eng" {
		languages = append(languages, obj{
			{"languageDescriptor", desc("Language", "eng")},
			{"uses", arr{obj{{"languageUseDescriptor", desc("LanguageUse", "Dominant language")}}}},
		})
		lep = desc("LimitedEnglishProficiency", cond(chance(f, 0.6), "Limited", "Limited Monitored 1"))
	} else {
		lep = desc("LimitedEnglishProficiency", "NotLimited")
	}
	races := make(arr, len(t.races))
	for i, r := range t.races {
		races[i] = obj{{"raceDescriptor", descAt("Race", r)}}
	}
	var chars arr
	if t.econ {
		chars = append(chars, obj{
			{"studentCharacteristicDescriptor", desc("StudentCharacteristic", "Economic Disadvantaged")},
			{"designatedBy", "Free and reduced lunch"},
			{"periods", arr{period(terms[fall].begin, nil)}},
		})
	}
	for _, c := range []string{"Homeless", "Immigrant", "Migrant", "Parent in Military"} {
		if chance(f, 0.02) {
			chars = append(chars, obj{
				{"studentCharacteristicDescriptor", desc("StudentCharacteristic", c)},
				{"periods", arr{period(moved, nil)}},
			})
		}
	}
	var disabilities arr
	if chance(f, 0.13) {
		disabilities = arr{obj{
			{"disabilityDescriptor", descPick(f, "Disability")},
			{"disabilityDeterminationSourceTypeDescriptor", descPick(f, "DisabilityDeterminationSourceType")},
			{"orderOfDisability", 1},
			{"designations", arr{obj{{"disabilityDesignationDescriptor", descPick(f, "DisabilityDesignation")}}}},
		}}
	}
	var indicators arr
	if chance(f, 0.08) {
		indicators = arr{obj{
			{"indicatorName", "Gifted/Talented"},
			{"indicator", "Yes"},
			{"indicatorGroup", "Gifted and Talented"},
			{"designatedBy", "District"},
			{"periods", arr{period(moved, nil)}},
		}}
	}
	var cohorts arr
	if grade >= 9 {
		cohorts = arr{obj{
			{"cohortYearTypeDescriptor", desc("CohortYearType", "Ninth grade")},
			{"schoolYearTypeReference", obj{{"schoolYear", SchoolYear - (grade - 9)}}},
			{"termDescriptor", desc("Term", "Fall Semester")},
		}}
	}
	return obj{
		{"educationOrganizationReference", obj{{"educationOrganizationId", edOrgID}}},
		{"studentReference", obj{{"studentUniqueId", id}}},
		{"sexDescriptor", desc("Sex", t.sex())},
		{"hispanicLatinoEthnicity", t.hispanic},
		{"limitedEnglishProficiencyDescriptor", lep},
		{"loginId", clip(emailLocal(t.first, t.last)+id, 60)},
		{"addresses", addresses},
		{"telephones", telephones},
		{"electronicMails", emails},
		{"languages", languages},
		{"races", races},
		{"studentCharacteristics", chars},
		{"studentIdentificationCodes", arr{
			obj{
				{"studentIdentificationSystemDescriptor", desc("StudentIdentificationSystem", "District")},
				{"assigningOrganizationIdentificationCode", itoa(edOrgID)},
				{"identificationCode", id},
			},
			obj{
				{"studentIdentificationSystemDescriptor", desc("StudentIdentificationSystem", "State")},
				{"assigningOrganizationIdentificationCode", itoa(seaID)},
				{"identificationCode", fmt.Sprintf("S%09d", f.IntN(1_000_000_000))},
			},
		}},
		{"disabilities", disabilities},
		{"studentIndicators", indicators},
		{"cohortYears", cohorts},
	}
}

// ---- staff ---------------------------------------------------------------------

// staffRole gives the school of staff member g and its role: a teacher of
// room j (j >= 0), or an administrator (-1 principal, -2 counselor).
func (d *Dataset) staffRole(g int) (k, j int) {
	k = group(d.staffStart, g)
	local := d.staffStart[k]
	j = g - local
	if rooms := d.rooms(k); j >= rooms {
		j = rooms - 1 - j
	}
	return k, j
}

func roleClassification(j int) string {
	switch j {
	case -1:
		return "Principal"
	case -2:
		return "Counselor"
	}
	return "Teacher"
}

// staffTraits are the facts about staff member g that its staff document and
// its assignment share.
type staffTraits struct {
	birth      time.Time
	experience int // years of prior teaching experience
	hired      time.Time
}

func (d *Dataset) staffTraits(g int) staffTraits {
	f := faker(d.seed, "staff-traits", g)
	t := staffTraits{experience: f.IntN(30)}
	age := 23 + t.experience + f.IntN(10)
	t.birth = day(2024-age, 1, 1).AddDate(0, 0, f.IntN(365))
	t.hired = day(2024-f.IntN(t.experience+1), 8, 1).AddDate(0, 0, f.IntN(20))
	return t
}

func (d *Dataset) staff(g int) obj {
	f := faker(d.seed, "staffs", g)
	k, j := d.staffRole(g)
	st := d.staffTraits(g)
	female := chance(f, 0.75)
	first, last := clip(f.FirstName(), 75), clip(f.LastName(), 75)
	prefix := cond(female, pick(f, []string{"Ms", "Mrs", "Dr"}), pick(f, []string{"Mr", "Dr"}))
	id := staffUniqueID(g)
	race := []int{4, 4, 4, 2, 1, 0, 3}[f.IntN(7)]
	years := st.experience
	education := "Bachelor's"
	if x := f.Float64(); x < 0.45 || j < 0 {
		education = cond(x < 0.05, "Doctorate", "Master's")
	}
	return obj{
		{"staffUniqueId", id},
		{"personalTitlePrefix", prefix},
		{"firstName", first},
		{"middleName", cond[any](chance(f, 0.6), clip(f.MiddleName(), 75), nil)},
		{"lastSurname", last},
		{"sexDescriptor", desc("Sex", cond(female, "Female", "Male"))},
		{"birthDate", ymd(st.birth)},
		{"hispanicLatinoEthnicity", chance(f, 0.25)},
		{"races", arr{obj{{"raceDescriptor", descAt("Race", race)}}}},
		{"electronicMails", arr{obj{
			{"electronicMailTypeDescriptor", desc("ElectronicMailType", "Work")},
			{"electronicMailAddress", emailLocal(first, last) + id + "@staff.example.org"},
			{"primaryEmailAddressIndicator", true},
		}}},
		{"telephones", arr{obj{
			{"telephoneNumberTypeDescriptor", desc("TelephoneNumberType", "Work")},
			{"telephoneNumber", phone(f)},
			{"orderOfPriority", 1},
		}}},
		{"identificationCodes", arr{obj{
			{"staffIdentificationSystemDescriptor", desc("StaffIdentificationSystem", "District")},
			{"identificationCode", id},
			{"assigningOrganizationIdentificationCode", itoa(leaID(d.leaOf(k)))},
		}}},
		{"highestCompletedLevelOfEducationDescriptor", desc("LevelOfEducation", education)},
		{"highlyQualifiedTeacher", j >= 0 && chance(f, 0.9)},
		{"yearsOfPriorProfessionalExperience", decimal(float64(years) + float64(f.IntN(2))/2)},
		{"yearsOfPriorTeachingExperience", decimal(float64(years))},
		{"loginId", clip(emailLocal(first, last), 60)},
	}
}

func (d *Dataset) staffAssignment(g int) obj {
	k, j := d.staffRole(g)
	title := roleClassification(j)
	if j >= 0 {
		title = courseCatalog[d.slot(k, j).c].title + " Teacher"
	}
	return obj{
		{"beginDate", ymd(d.staffTraits(g).hired)},
		{"educationOrganizationReference", obj{{"educationOrganizationId", d.schoolID(k)}}},
		{"staffClassificationDescriptor", desc("StaffClassification", roleClassification(j))},
		{"staffReference", obj{{"staffUniqueId", staffUniqueID(g)}}},
		{"positionTitle", clip(title, 100)},
		{"fullTimeEquivalency", num("1")},
		{"orderOfAssignment", 1},
	}
}

func (d *Dataset) staffSectionAssociation(i int) obj {
	k, s := d.sectionAt(i)
	id := d.schoolID(k)
	return obj{
		{"beginDate", ymd(terms[fall].begin)},
		{"sectionReference", sectionReference(id, sessionName(fall), courseCatalog[s.c].code, sectionIdentifier(s))},
		{"staffReference", obj{{"staffUniqueId", staffUniqueID(d.staffStart[k] + s.j)}}},
		{"endDate", ymd(terms[fall].end)},
		{"classroomPositionDescriptor", desc("ClassroomPosition", "Teacher of Record")},
		{"percentageContribution", num("100")},
	}
}

// ---- enrollments and grades -------------------------------------------------------

// enrollment returns student s's section in class period p: school k and
// section slot. Students of a school are spread round-robin over the rooms of
// each period, shifted by one room per period, so sections hold ~ClassSize
// students and classmates change from period to period.
func (d *Dataset) enrollment(s, p int) (k int, sl sectionSlot) {
	k, l := d.studentSchool(s)
	rooms := d.rooms(k)
	return k, d.slot(k, p*rooms+(l+p)%rooms)
}

func studentSectionAssociationDoc(schoolID int, session string, beginDate time.Time, local, sectionID, student string, rest obj) obj {
	o := obj{
		{"beginDate", ymd(beginDate)},
		{"sectionReference", sectionReference(schoolID, session, local, sectionID)},
		{"studentReference", obj{{"studentUniqueId", student}}},
	}
	return append(o, rest...)
}

func (d *Dataset) studentSectionAssociation(x int) obj {
	s, p := x/ClassPeriods, x%ClassPeriods
	k, sl := d.enrollment(s, p)
	return studentSectionAssociationDoc(d.schoolID(k), sessionName(fall), terms[fall].begin,
		courseCatalog[sl.c].code, sectionIdentifier(sl), studentUniqueID(s), obj{
			{"endDate", ymd(terms[fall].end)},
			{"homeroomIndicator", p == 0},
			{"teacherStudentDataLinkExclusion", false},
		})
}

func letterGrade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	case score >= 70:
		return "C"
	case score >= 65:
		return "D"
	}
	return "F"
}

func performance(score int) string {
	switch {
	case score >= 90:
		return "Advanced"
	case score >= 75:
		return "Proficient"
	case score >= 65:
		return "Basic"
	}
	return "Below Basic"
}

// gradeDoc is a grading-period grade for a student section association.
func gradeDoc(f fakerT, schoolID, g int, session, local, sectionID, student string, ability float64) obj {
	score := min(100, max(40, int(58+40*ability)+f.IntRange(-8, 8)))
	return obj{
		{"gradeTypeDescriptor", desc("GradeType", "Grading Period")},
		{"gradingPeriodReference", gradingPeriodReference(schoolID, g)},
		{"studentSectionAssociationReference", obj{
			{"beginDate", ymd(terms[fall].begin)},
			{"localCourseCode", local},
			{"schoolId", schoolID},
			{"schoolYear", SchoolYear},
			{"sectionIdentifier", sectionID},
			{"sessionName", session},
			{"studentUniqueId", student},
		}},
		{"letterGradeEarned", letterGrade(score)},
		{"numericGradeEarned", decimal(float64(score) + float64(f.IntN(4))/4)},
		{"performanceBaseConversionDescriptor", desc("PerformanceBaseConversion", performance(score))},
		{"currentGradeIndicator", g == GradedPeriods-1},
		{"currentGradeAsOfDate", ymd(gradingPeriodDefs[g].end)},
	}
}

func (d *Dataset) grade(y int) obj {
	x, g := y/GradedPeriods, y%GradedPeriods
	s, p := x/ClassPeriods, x%ClassPeriods
	k, sl := d.enrollment(s, p)
	f := faker(d.seed, "grades", y)
	return gradeDoc(f, d.schoolID(k), terms[fall].periods[g], sessionName(fall),
		courseCatalog[sl.c].code, sectionIdentifier(sl), studentUniqueID(s), d.studentTraits(s).ability)
}
