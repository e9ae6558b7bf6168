package relational_test

import (
	"context"
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

	// More fractional digits than the column keeps.
	for _, v := range []string{"1.123456789", "-0.000001", "0.333333333333333333"} {
		body := lea("300002", `"innovativeDollarsSpent": `+v)
		doc := db.prepare("ed-fi", "localEducationAgencies", []byte(body))
		res, err := db.env.Store.Upsert(context.Background(), doc, store.WriteOptions{})
		if err != nil {
			requireStoreError(t, err, 400)
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
