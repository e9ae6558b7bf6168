package core_test

import (
	"testing"
	"time"

	"github.com/edfi-bench/tpr/engine/core"
)

// The helpers render relational column values back into Core's identity
// strings, so a cascade recompute reproduces the ReferentialIds Prepare
// computed from the request body.
func TestRecomputeFromColumnValues(t *testing.T) {
	// StudentSchoolAssociation: EntryDate (date), School's SchoolId read
	// back from a decimal column with its scale, StudentUniqueId (varchar).
	entryDate := time.Date(2023, 8, 21, 0, 0, 0, 0, time.UTC)
	schoolID, err := core.CanonicalNumber("255901001.00000")
	if err != nil {
		t.Fatal(err)
	}
	got := core.ReferentialID("Ed-Fi", "StudentSchoolAssociation", []core.IdentityElement{
		{Path: "$.entryDate", Value: core.FormatDate(entryDate)},
		{Path: "$.schoolReference.schoolId", Value: schoolID},
		{Path: "$.studentReference.studentUniqueId", Value: "604822"},
	})
	if got != id(vecStudentSchoolAssn) {
		t.Errorf("recomputed %s, want %s", got, vecStudentSchoolAssn)
	}
	// A descriptor: Descriptor.Uri as stored (any case) → NormalizeURI.
	got = core.ReferentialID("Ed-Fi", "GradeLevelDescriptor", []core.IdentityElement{
		{Path: core.DescriptorIdentityPath, Value: core.NormalizeURI("uri://ed-fi.org/GradeLevelDescriptor#Ninth grade")},
	})
	if got != id(vecNinthGrade) {
		t.Errorf("descriptor recomputed %s, want %s", got, vecNinthGrade)
	}
}

func TestFormatters(t *testing.T) {
	est := time.FixedZone("EST", -5*3600)
	tests := []struct{ got, want string }{
		{core.FormatDate(time.Date(2023, 8, 21, 23, 0, 0, 0, est)), "2023-08-21"},
		{core.FormatDateTime(time.Date(2023, 8, 21, 22, 30, 15, 999_000_000, est)), "2023-08-22T03:30:15Z"},
		{core.FormatDateTime(time.Date(2023, 8, 21, 10, 0, 0, 0, time.UTC)), "2023-08-21T10:00:00Z"},
		{core.FormatTime(time.Date(0, 1, 1, 8, 5, 0, 0, time.UTC)), "08:05:00"},
		{core.FormatTime(time.Date(0, 1, 1, 8, 5, 0, 500_000_000, time.UTC)), "08:05:00.5"},
	}
	for _, tc := range tests {
		if tc.got != tc.want {
			t.Errorf("got %q, want %q", tc.got, tc.want)
		}
	}
	for _, p := range []string{"$.descriptor", "$.termDescriptor", "$.programReference.programTypeDescriptor", "$.x[*].fooDescriptor]"} {
		if !core.IsDescriptorIdentityPath(p) {
			t.Errorf("IsDescriptorIdentityPath(%q) = false", p)
		}
	}
	if core.IsDescriptorIdentityPath("$.descriptorName") {
		t.Error("IsDescriptorIdentityPath($.descriptorName) = true")
	}
}
