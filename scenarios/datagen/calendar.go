package datagen

import "time"

// The generated district runs one school year, 2024-2025 (Ed-Fi schoolYear
// 2025): six six-week grading periods, a Fall and a Spring semester
// session, and a calendar of every weekday from the teacher in-service days
// to the last day of school. All of it is fixed (no clock is read).

// SchoolYear is the school year every generated school operates in.
const SchoolYear = 2025

// schoolYearLabel prefixes session and grading period names.
const schoolYearLabel = "2024-2025"

// First and last schoolYearTypes documents (Ed-Fi's default population).
const (
	firstSchoolYear = 1991
	lastSchoolYear  = 2050
)

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func ymd(t time.Time) string { return t.Format(time.DateOnly) }

type termDef struct {
	code       string // TermDescriptor
	begin, end time.Time
	periods    [3]int // indexes into gradingPeriodDefs
}

type gradingPeriodDef struct {
	code       string // GradingPeriodDescriptor
	begin, end time.Time
	days       int // instructional days, from the calendar
}

type calendarDay struct {
	date  time.Time
	event string // CalendarEventDescriptor
}

var (
	terms = [2]termDef{
		{"Fall Semester", day(2024, 8, 19), day(2024, 12, 20), [3]int{0, 1, 2}},
		{"Spring Semester", day(2025, 1, 6), day(2025, 5, 30), [3]int{3, 4, 5}},
	}
	gradingPeriodDefs = [6]gradingPeriodDef{
		{"First Six Weeks", day(2024, 8, 19), day(2024, 9, 27), 0},
		{"Second Six Weeks", day(2024, 9, 30), day(2024, 11, 8), 0},
		{"Third Six Weeks", day(2024, 11, 11), day(2024, 12, 20), 0},
		{"Fourth Six Weeks", day(2025, 1, 6), day(2025, 2, 14), 0},
		{"Fifth Six Weeks", day(2025, 2, 18), day(2025, 3, 28), 0},
		{"Sixth Six Weeks", day(2025, 3, 31), day(2025, 5, 30), 0},
	}
	calendarDays []calendarDay
	termDays     [2]int
)

// Fall is the session that carries course offerings, sections, enrollments
// and grades; Spring is scheduled but not yet staffed.
const fall = 0

func init() {
	holidays := map[string]bool{"2024-09-02": true, "2025-01-20": true, "2025-02-17": true, "2025-04-18": true}
	span := func(a, b time.Time) {
		for d := a; !d.After(b); d = d.AddDate(0, 0, 1) {
			holidays[ymd(d)] = true
		}
	}
	span(day(2024, 11, 25), day(2024, 11, 29)) // Thanksgiving
	span(day(2024, 12, 23), day(2025, 1, 3))   // winter break
	span(day(2025, 3, 17), day(2025, 3, 21))   // spring break
	teacherOnly := day(2024, 8, 16)
	for d := day(2024, 8, 14); !d.After(terms[1].end); d = d.AddDate(0, 0, 1) {
		if wd := d.Weekday(); wd == time.Saturday || wd == time.Sunday {
			continue
		}
		ev := "Instructional day"
		switch {
		case !d.After(teacherOnly):
			ev = "Teacher only day"
		case holidays[ymd(d)]:
			ev = "Holiday"
		}
		calendarDays = append(calendarDays, calendarDay{d, ev})
	}
	for g := range gradingPeriodDefs {
		gp := &gradingPeriodDefs[g]
		gp.days = instructionalDays(gp.begin, gp.end)
	}
	for t := range terms {
		termDays[t] = instructionalDays(terms[t].begin, terms[t].end)
	}
}

func instructionalDays(a, b time.Time) int {
	n := 0
	for _, d := range calendarDays {
		if d.event == "Instructional day" && !d.date.Before(a) && !d.date.After(b) {
			n++
		}
	}
	return n
}

func sessionName(term int) string { return schoolYearLabel + " " + terms[term].code }

func gradingPeriodName(g int) string { return schoolYearLabel + " " + gradingPeriodDefs[g].code }
