package relational_test

import (
	"context"
	"strings"
	"testing"

	"github.com/edfi-bench/tpr/engine/enginetest"
	"github.com/edfi-bench/tpr/engine/relational"
)

// The audit finds each kind of corruption it is meant to find.
func TestVerifyDetectsCorruption(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name, sql, kind string
	}{
		{"missing edge", `DELETE FROM dms."ReferenceEdge" WHERE ctid = (SELECT ctid FROM dms."ReferenceEdge" LIMIT 1)`, "missing-edge"},
		{"extra edge", `INSERT INTO dms."ReferenceEdge" ("ParentDocumentId", "ChildDocumentId", "IsIdentityComponent")
			SELECT s."DocumentId", c."DocumentId", false FROM edfi."Section" s, edfi."Course" c LIMIT 1`, "extra-edge"},
		{"wrong identity flag", `UPDATE dms."ReferenceEdge" SET "IsIdentityComponent" = NOT "IsIdentityComponent"
			WHERE ctid = (SELECT ctid FROM dms."ReferenceEdge" LIMIT 1)`, "edge-flag"},
		{"stale referential id", `UPDATE dms."ReferentialIdentity" SET "ReferentialId" = gen_random_uuid()
			WHERE "ResourceName" = 'Section'`, "referential-id"},
		{"identity value changed behind the engine's back", `UPDATE edfi."Section" SET "SectionIdentifier" = 'X' || "SectionIdentifier"`, "referential-id"},
	}
	for _, tc := range cases {
		t.Run(strings.ReplaceAll(tc.name, " ", "_"), func(t *testing.T) {
			t.Parallel()
			env := enginetest.New(t)
			newChain(t, env, 1, 2, 2, 1)
			verifyClean(t, env)
			if _, err := env.Pool.Exec(context.Background(), tc.sql); err != nil {
				t.Fatal(err)
			}
			rep, err := env.Store.Verify(context.Background(), relational.VerifyOptions{})
			if err != nil {
				t.Fatal(err)
			}
			found := false
			for _, f := range rep.Findings {
				if f.Kind == tc.kind {
					found = true
				}
			}
			if !found {
				t.Fatalf("verify did not report %s; findings: %v", tc.kind, rep.Findings)
			}
		})
	}
}
