package datagen

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/brianvoe/gofakeit/v7"
)

func itoa(i int) string { return strconv.Itoa(i) }

// ---- shared shapes -------------------------------------------------------------

func phone(f *gofakeit.Faker) string {
	p := f.Phone() // ten digits
	return "(" + p[:3] + ") " + p[3:6] + "-" + p[6:]
}

// decimal writes x in its shortest form; use it for exact binary fractions.
func decimal(x float64) num { return num(strconv.FormatFloat(x, 'f', -1, 64)) }

// coordinate returns a latitude/longitude pair inside the home state.
func coordinate(f *gofakeit.Faker) (string, string) {
	lat := f.Float64Range(26.0, 36.4)
	lon := f.Float64Range(-106.5, -93.6)
	return strconv.FormatFloat(lat, 'f', 6, 64), strconv.FormatFloat(lon, 'f', 6, 64)
}

func county(f *gofakeit.Faker) string { return clip(f.LastName()+" County", 30) }

// address is an Ed-Fi Address in the home state. city and countyName may be
// "" for random ones; periods may be nil.
func address(f *gofakeit.Faker, addressType, city, countyName string, periods arr) obj {
	if city == "" {
		city = f.City()
	}
	if countyName == "" {
		countyName = county(f)
	}
	lat, lon := coordinate(f)
	var apt any
	if chance(f, 0.2) {
		apt = "Apt " + itoa(f.IntRange(1, 40)) + string(rune('A'+f.IntN(4)))
	}
	return obj{
		{"addressTypeDescriptor", desc("AddressType", addressType)},
		{"streetNumberName", clip(f.Street(), 150)},
		{"apartmentRoomSuiteNumber", apt},
		{"city", clip(city, 30)},
		{"stateAbbreviationDescriptor", desc("StateAbbreviation", homeState)},
		{"postalCode", f.Zip()},
		{"nameOfCounty", countyName},
		{"countyFIPSCode", fmt.Sprintf("48%03d", f.IntRange(1, 507))},
		{"latitude", lat},
		{"longitude", lon},
		{"localeDescriptor", descPick(f, "Locale")},
		{"periods", periods},
	}
}

func webSite(name string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(name) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			b.WriteRune(r)
		}
	}
	return "https://www." + clip(b.String(), 40) + ".example.org"
}

func initials(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		b.WriteByte(w[0])
	}
	return strings.ToUpper(b.String())
}

// ---- school years and education organizations -----------------------------------

func (d *Dataset) schoolYearType(i int) obj {
	y := firstSchoolYear + i
	return obj{
		{"schoolYear", y},
		{"currentSchoolYear", y == SchoolYear},
		{"schoolYearDescription", fmt.Sprintf("%d-%d", y-1, y)},
	}
}

func (d *Dataset) stateEducationAgency(int) obj {
	f := faker(d.seed, "stateEducationAgencies", 0)
	return obj{
		{"stateEducationAgencyId", seaID},
		{"nameOfInstitution", "Texas Education Agency"},
		{"shortNameOfInstitution", "TEA"},
		{"categories", arr{obj{{"educationOrganizationCategoryDescriptor", desc("EducationOrganizationCategory", "State Education Agency")}}}},
		{"addresses", arr{address(f, "Physical", "Austin", "Travis County", nil)}},
		{"institutionTelephones", arr{obj{
			{"institutionTelephoneNumberTypeDescriptor", desc("InstitutionTelephoneNumberType", "Main")},
			{"telephoneNumber", phone(f)},
		}}},
		{"identificationCodes", arr{obj{
			{"educationOrganizationIdentificationSystemDescriptor", desc("EducationOrganizationIdentificationSystem", "SEA")},
			{"identificationCode", itoa(seaID)},
		}}},
		{"operationalStatusDescriptor", desc("OperationalStatus", "Active")},
		{"webSite", "https://tea.example.gov"},
	}
}

// leaTraits are the LEA facts its schools repeat (city, county).
type leaTraits struct{ name, city, county string }

func (d *Dataset) lea(l int) leaTraits {
	f := faker(d.seed, "lea-traits", l)
	city := clip(f.City(), 30)
	return leaTraits{
		name:   clip(city+" Independent School District", 75),
		city:   city,
		county: county(f),
	}
}

func (d *Dataset) localEducationAgency(l int) obj {
	f := faker(d.seed, "localEducationAgencies", l)
	t := d.lea(l)
	return obj{
		{"localEducationAgencyId", leaID(l)},
		{"nameOfInstitution", t.name},
		{"shortNameOfInstitution", clip(initials(t.city)+"ISD", 75)},
		{"categories", arr{obj{{"educationOrganizationCategoryDescriptor", desc("EducationOrganizationCategory", "Local Education Agency")}}}},
		{"localEducationAgencyCategoryDescriptor", desc("LocalEducationAgencyCategory", "Independent")},
		{"stateEducationAgencyReference", obj{{"stateEducationAgencyId", seaID}}},
		{"addresses", arr{
			address(f, "Physical", t.city, t.county, nil),
			address(f, "Mailing", t.city, t.county, nil),
		}},
		{"institutionTelephones", arr{
			obj{{"institutionTelephoneNumberTypeDescriptor", desc("InstitutionTelephoneNumberType", "Main")}, {"telephoneNumber", phone(f)}},
			obj{{"institutionTelephoneNumberTypeDescriptor", desc("InstitutionTelephoneNumberType", "Fax")}, {"telephoneNumber", phone(f)}},
		}},
		{"identificationCodes", arr{obj{
			{"educationOrganizationIdentificationSystemDescriptor", desc("EducationOrganizationIdentificationSystem", "NCES")},
			{"identificationCode", fmt.Sprintf("48%05d", l)},
		}}},
		{"operationalStatusDescriptor", desc("OperationalStatus", "Active")},
		{"charterStatusDescriptor", desc("CharterStatus", "Not a Charter School")},
		{"webSite", webSite(t.name)},
	}
}

func gradeLevelArray(grades []int) arr {
	out := make(arr, len(grades))
	for i, g := range grades {
		out[i] = obj{{"gradeLevelDescriptor", desc("GradeLevel", gradeLevels[g])}}
	}
	return out
}

func (d *Dataset) schoolName(k int) string {
	f := faker(d.seed, "school-name", k)
	return clip(f.LastName()+" "+d.band(k).name, 75)
}

func (d *Dataset) school(k int) obj {
	f := faker(d.seed, "schools", k)
	l := d.leaOf(k)
	t := d.lea(l)
	b := d.band(k)
	name := d.schoolName(k)
	title := "Not a Title I School"
	if chance(f, 0.6) {
		title = "Title I Schoolwide School"
	}
	return obj{
		{"schoolId", d.schoolID(k)},
		{"nameOfInstitution", name},
		{"shortNameOfInstitution", clip(initials(name), 75)},
		{"educationOrganizationCategories", arr{obj{{"educationOrganizationCategoryDescriptor", desc("EducationOrganizationCategory", "School")}}}},
		{"schoolCategories", arr{obj{{"schoolCategoryDescriptor", desc("SchoolCategory", b.name)}}}},
		{"gradeLevels", gradeLevelArray(b.grades)},
		{"localEducationAgencyReference", obj{{"localEducationAgencyId", leaID(l)}}},
		{"addresses", arr{address(f, "Physical", t.city, t.county, nil)}},
		{"institutionTelephones", arr{
			obj{{"institutionTelephoneNumberTypeDescriptor", desc("InstitutionTelephoneNumberType", "Main")}, {"telephoneNumber", phone(f)}},
			obj{{"institutionTelephoneNumberTypeDescriptor", desc("InstitutionTelephoneNumberType", "Administrative")}, {"telephoneNumber", phone(f)}},
		}},
		{"identificationCodes", arr{
			obj{
				{"educationOrganizationIdentificationSystemDescriptor", desc("EducationOrganizationIdentificationSystem", "NCES")},
				{"identificationCode", fmt.Sprintf("48%05d%05d", l, k)},
			},
			obj{
				{"educationOrganizationIdentificationSystemDescriptor", desc("EducationOrganizationIdentificationSystem", "SEA")},
				{"identificationCode", itoa(d.schoolID(k))},
			},
		}},
		{"schoolTypeDescriptor", desc("SchoolType", "Regular")},
		{"administrativeFundingControlDescriptor", desc("AdministrativeFundingControl", "Public School")},
		{"charterStatusDescriptor", desc("CharterStatus", "Not a Charter School")},
		{"titleIPartASchoolDesignationDescriptor", desc("TitleIPartASchoolDesignation", title)},
		{"operationalStatusDescriptor", desc("OperationalStatus", "Active")},
		{"webSite", webSite(name + " " + t.city)},
	}
}

// ---- calendars, grading periods, sessions, class periods, rooms ------------------

const calendarCode = schoolYearLabel + " Regular"

func (d *Dataset) calendar(k int) obj {
	return obj{
		{"calendarCode", calendarCode},
		{"schoolReference", obj{{"schoolId", d.schoolID(k)}}},
		{"schoolYearTypeReference", obj{{"schoolYear", SchoolYear}}},
		{"calendarTypeDescriptor", desc("CalendarType", "School")},
		{"gradeLevels", gradeLevelArray(d.band(k).grades)},
	}
}

func calendarReference(schoolID int) obj {
	return obj{{"calendarCode", calendarCode}, {"schoolId", schoolID}, {"schoolYear", SchoolYear}}
}

func (d *Dataset) calendarDate(i int) obj {
	k, c := i/len(calendarDays), i%len(calendarDays)
	cd := calendarDays[c]
	return obj{
		{"calendarReference", calendarReference(d.schoolID(k))},
		{"date", ymd(cd.date)},
		{"calendarEvents", arr{obj{{"calendarEventDescriptor", desc("CalendarEvent", cd.event)}}}},
	}
}

func gradingPeriodReference(schoolID, g int) obj {
	return obj{
		{"gradingPeriodDescriptor", desc("GradingPeriod", gradingPeriodDefs[g].code)},
		{"gradingPeriodName", gradingPeriodName(g)},
		{"schoolId", schoolID},
		{"schoolYear", SchoolYear},
	}
}

func gradingPeriodDoc(schoolID, g int) obj {
	gp := gradingPeriodDefs[g]
	return obj{
		{"gradingPeriodDescriptor", desc("GradingPeriod", gp.code)},
		{"gradingPeriodName", gradingPeriodName(g)},
		{"schoolReference", obj{{"schoolId", schoolID}}},
		{"schoolYearTypeReference", obj{{"schoolYear", SchoolYear}}},
		{"beginDate", ymd(gp.begin)},
		{"endDate", ymd(gp.end)},
		{"periodSequence", g + 1},
		{"totalInstructionalDays", gp.days},
	}
}

func (d *Dataset) gradingPeriod(i int) obj {
	n := len(gradingPeriodDefs)
	return gradingPeriodDoc(d.schoolID(i/n), i%n)
}

// sessionDoc is a session of term t (its grading periods included) under the
// given name.
func sessionDoc(schoolID, t int, name string) obj {
	term := terms[t]
	gps := make(arr, len(term.periods))
	for i, g := range term.periods {
		gps[i] = obj{{"gradingPeriodReference", gradingPeriodReference(schoolID, g)}}
	}
	return obj{
		{"sessionName", name},
		{"schoolReference", obj{{"schoolId", schoolID}}},
		{"schoolYearTypeReference", obj{{"schoolYear", SchoolYear}}},
		{"termDescriptor", desc("Term", term.code)},
		{"beginDate", ymd(term.begin)},
		{"endDate", ymd(term.end)},
		{"totalInstructionalDays", termDays[t]},
		{"gradingPeriods", gps},
	}
}

func (d *Dataset) session(i int) obj {
	n := len(terms)
	return sessionDoc(d.schoolID(i/n), i%n, sessionName(i%n))
}

func sessionReference(schoolID int, name string) obj {
	return obj{{"schoolId", schoolID}, {"schoolYear", SchoolYear}, {"sessionName", name}}
}

func classPeriodName(p int) string { return "Period " + itoa(p+1) }

func (d *Dataset) classPeriod(i int) obj {
	k, p := i/ClassPeriods, i%ClassPeriods
	start := 8*60 + p*55 // 50-minute periods, 5 minutes passing
	hm := func(m int) string { return fmt.Sprintf("%02d:%02d:00", m/60, m%60) }
	return obj{
		{"classPeriodName", classPeriodName(p)},
		{"schoolReference", obj{{"schoolId", d.schoolID(k)}}},
		{"meetingTimes", arr{obj{{"startTime", hm(start)}, {"endTime", hm(start + 50)}}}},
		{"officialAttendancePeriod", p == 1},
	}
}

func roomCode(j int) string { return fmt.Sprintf("%d%02d", 1+j/20, 1+j%20) }

func (d *Dataset) location(i int) obj {
	k := group(d.roomStart, i)
	j := i - d.roomStart[k]
	f := faker(d.seed, "locations", i)
	return obj{
		{"classroomIdentificationCode", roomCode(j)},
		{"schoolReference", obj{{"schoolId", d.schoolID(k)}}},
		{"maximumNumberOfSeats", 28 + f.IntN(8)},
		{"optimalNumberOfSeats", ClassSize},
	}
}
