package relmodel

import "testing"

func TestSingular(t *testing.T) {
	cases := map[string]string{
		"addresses": "address", "courses": "course", "uses": "use", "categories": "category",
		"designatedBies": "designatedBy", "diagnoses": "diagnosis", "directlyOwnedBuses": "directlyOwnedBus",
		"programParticipationStatuses": "programParticipationStatus", "appropriateSexes": "appropriateSex",
		"interventionEffectivenesses": "interventionEffectiveness", "possibleResponses": "possibleResponse",
		"gradeLevels": "gradeLevel", "artMedia": "artMedia", "Statuses": "Status",
	}
	for in, want := range cases {
		if got := Singular(in); got != want {
			t.Errorf("Singular(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestShortenIdent(t *testing.T) {
	long := "UX_StudentEducationOrganizationAssociationAddress_AddressTypeDescriptor_DescriptorId_City"
	got := ShortenIdent(long, PostgresIdentLimit)
	if len(got) != PostgresIdentLimit {
		t.Fatalf("len = %d", len(got))
	}
	if ShortenIdent(long, PostgresIdentLimit) != got {
		t.Fatal("not deterministic")
	}
	if ShortenIdent("PK_Session", PostgresIdentLimit) != "PK_Session" {
		t.Fatal("short names must be unchanged")
	}
	if ShortenIdent(long+"X", PostgresIdentLimit) == got {
		t.Fatal("different long names must differ after shortening")
	}
}

func TestSchemaName(t *testing.T) {
	for in, want := range map[string]string{"ed-fi": "edfi", "tpdm": "tpdm", "Sample": "sample"} {
		if got := SchemaName(in); got != want {
			t.Errorf("SchemaName(%q) = %q", in, got)
		}
	}
}
