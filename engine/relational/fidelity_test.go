package relational_test

import (
	"context"
	"strconv"
	"strings"
	"testing"

	"github.com/edfi-bench/tpr/engine/store"
)

// What a client stores is what it reads back, or the write is refused: the
// store never silently alters a value. DS 5.1 metadata carries no decimal
// precision, so number properties get the default column type (02 §6;
// 00 Decision 7); a number that type cannot hold exactly must be rejected
// with a 400 naming its path, not rounded.
func TestNumbersAreStoredExactlyOrRefused(t *testing.T) {
	t.Parallel()
	db := newSpecDB(t)
	db.loadUpTo("localEducationAgencies")
	lea := func(id, funds string) string {
		return `{"localEducationAgencyId": ` + id + `, "nameOfInstitution": "Fidelity ISD",
  "localEducationAgencyCategoryDescriptor": "uri://ed-fi.org/LocalEducationAgencyCategoryDescriptor#Independent",
  "categories": [{"educationOrganizationCategoryDescriptor": "uri://ed-fi.org/EducationOrganizationCategoryDescriptor#Local Education Agency"}],
  "federalFunds": [{"fiscalYear": 2024, ` + funds + `}]}`
	}
	// Values the default column type holds: they round-trip exactly.
	exact := lea("300001", `"innovativeDollarsSpent": 99999999999999.99999, "schoolImprovementAllocation": -0.00001,
  "innovativeProgramsFundsReceived": 1E+3, "schoolImprovementReservedFundsPercentage": -12.5000, "stateAssessmentAdministrationFunding": 0`)
	w := db.post("ed-fi", "localEducationAgencies", []byte(exact))
	assertSameJSON(t, "decimals within the column's range", db.getBody("ed-fi", "localEducationAgencies", w.ID), decodeJSON(t, []byte(exact)))

	// Spellings Core canonicalizes to values the column holds exactly.
	for i, v := range []string{"1.50000000", "1.0e-5", "12345678901234.123450", "-0.0000100"} {
		body := lea(strconv.Itoa(300010+i), `"innovativeDollarsSpent": `+v)
		w := db.post("ed-fi", "localEducationAgencies", []byte(body))
		assertSameJSON(t, "innovativeDollarsSpent "+v, db.getBody("ed-fi", "localEducationAgencies", w.ID), decodeJSON(t, []byte(body)))
	}

	// More fractional or integral digits than the column keeps: refused,
	// naming the path, or stored exactly — never changed.
	for _, v := range []string{"1.123456789", "-0.000001", "0.333333333333333333", "1.5e-7", "1e20", "-123456789012345.5"} {
		body := lea("300002", `"innovativeDollarsSpent": `+v)
		doc := db.prepare("ed-fi", "localEducationAgencies", []byte(body))
		res, err := db.env.Store.Upsert(context.Background(), doc, store.WriteOptions{})
		if err != nil {
			se := requireStoreError(t, err, 400)
			if se.ValidationErrors["$.federalFunds[0].innovativeDollarsSpent"] == nil {
				t.Errorf("innovativeDollarsSpent %s: the 400 does not name $.federalFunds[0].innovativeDollarsSpent: %v %v", v, se, se.ValidationErrors)
			}
			continue
		}
		if d := jsonDiff(db.getBody("ed-fi", "localEducationAgencies", res.ID), decodeJSON(t, []byte(body))); len(d) > 0 {
			t.Errorf("innovativeDollarsSpent %s was accepted but silently changed: %s", v, strings.Join(d, "; "))
		}
		if err := db.deleteErr("ed-fi", "localEducationAgencies", res.ID, ""); err != nil {
			t.Fatal(err)
		}
	}
}
