package relational_test

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/uuid"

	"github.com/edfi-bench/tpr/engine/dbstats"
	"github.com/edfi-bench/tpr/engine/enginetest"
	"github.com/edfi-bench/tpr/engine/store"
)

func etags(t testing.TB, env *enginetest.Env, ids []uuid.UUID) map[uuid.UUID]int64 {
	t.Helper()
	rows, err := env.Pool.Query(context.Background(), `SELECT "DocumentUuid", "Etag" FROM dms."Document" WHERE "DocumentUuid" = ANY($1)`, ids)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	out := map[uuid.UUID]int64{}
	for rows.Next() {
		var id uuid.UUID
		var e int64
		if err := rows.Scan(&id, &e); err != nil {
			t.Fatal(err)
		}
		out[id] = e
	}
	return out
}

// A Session rename flows through CourseOffering -> Section ->
// StudentSectionAssociation -> Grade: every dependent reads with the new
// name and a new _etag, upserts by the new natural keys find the same
// documents, upserts by the old keys no longer resolve, and the audit is
// clean.
func TestSessionRenameCascadesThroughTheChain(t *testing.T) {
	t.Parallel()
	env := enginetest.New(t)
	c := newChain(t, env, 5, 4, 25, 2)
	if c.dependents() < 1000 {
		t.Fatalf("only %d dependents", c.dependents())
	}
	var all []uuid.UUID
	all = append(append(append(append(all, c.offerings...), c.sections...), c.ssas...), c.grades...)
	before := etags(t, env, all)

	var counters dbstats.Counters
	ctx := dbstats.WithCounters(context.Background(), &counters)
	start := time.Now()
	if err := c.rename(ctx, "Spring"); err != nil {
		t.Fatal(err)
	}
	elapsed := time.Since(start)
	snap := counters.Snapshot()
	t.Logf("rename over %d dependents: %v, %d round trips, %d statements, %d rows written",
		c.dependents(), elapsed, snap.RoundTrips, snap.Statements, snap.RowsWritten)

	after := etags(t, env, all)
	for _, id := range all {
		if after[id] <= before[id] {
			t.Fatalf("document %s: _etag %d -> %d, want a bump", id, before[id], after[id])
		}
	}
	check := func(resource string, ids []uuid.UUID) {
		r := env.Effective.ResourceByEndpoint("ed-fi", resource)
		for _, id := range ids {
			it, err := env.Store.Get(context.Background(), r, id)
			if err != nil {
				t.Fatal(err)
			}
			s := string(it.JSON)
			if !strings.Contains(s, `"sessionName":"Spring"`) || strings.Contains(s, `"Fall"`) {
				t.Fatalf("%s %s after the rename: %s", resource, id, s)
			}
		}
	}
	check("courseOfferings", c.offerings)
	check("sections", c.sections)
	check("studentSectionAssociations", c.ssas)
	check("grades", c.grades)

	// Upserts by the new natural keys are updates of the same documents.
	renamed := func(body string) string {
		return strings.ReplaceAll(body, `"sessionName":"Fall"`, `"sessionName":"Spring"`)
	}
	for _, set := range []struct {
		resource string
		ids      []uuid.UUID
		bodies   []string
	}{{"courseOfferings", c.offerings, c.offeringBody}, {"sections", c.sections, c.sectionBody},
		{"studentSectionAssociations", c.ssas, c.ssaBody}, {"grades", c.grades, c.gradeBody}} {
		for i, body := range set.bodies {
			w, err := c.write(set.resource, renamed(body))
			if err != nil {
				t.Fatalf("%s upsert by new key: %v", set.resource, err)
			}
			if w.Created || w.ID != set.ids[i] {
				t.Fatalf("%s upsert by the new key created %v (id %s, want %s)", set.resource, w.Created, w.ID, set.ids[i])
			}
			// By the old key: the referenced identity no longer exists.
			if i%25 == 0 {
				if _, err := c.write(set.resource, body); !isStatus(err, 409) {
					t.Fatalf("%s upsert by the old key: err = %v, want 409", set.resource, err)
				}
			}
		}
	}
	verifyClean(t, env)
}

// The concurrency scenarios of 03 §14: each runs a rename against a
// competing write and ends with a clean audit. Run with -count=20.
func TestCascadeConcurrency(t *testing.T) {
	t.Parallel()
	scenarios := []struct {
		name string
		run  func(t *testing.T, c *chain) error
	}{
		{"RenameVsNewReferrer", func(t *testing.T, c *chain) error {
			// A new offering referencing the session by its old name either
			// lands before the rename (and is cascaded) or fails to resolve.
			body := `{"localCourseCode":"NEW-1","schoolReference":{"schoolId":255901},
"sessionReference":{"schoolId":255901,"schoolYear":2024,"sessionName":"Fall"},"courseReference":{"courseCode":"ALG-1","educationOrganizationId":255901}}`
			var werr error
			var w store.WriteResult
			renameErr := concurrently(func() error { return c.rename(context.Background(), "Spring") },
				func() error { w, werr = c.write("courseOfferings", body); return nil })
			if renameErr != nil {
				return renameErr
			}
			if werr != nil && !isStatus(werr, 409) {
				return fmt.Errorf("new referrer: %v", werr)
			}
			if werr == nil {
				it, err := c.env.Store.Get(context.Background(), c.env.Effective.ResourceByEndpoint("ed-fi", "courseOfferings"), w.ID)
				if err != nil {
					return err
				}
				if !strings.Contains(string(it.JSON), `"sessionName":"Spring"`) {
					return fmt.Errorf("new referrer was not cascaded: %s", it.JSON)
				}
			}
			return nil
		}},
		{"TwoRenamesInOneClosure", func(t *testing.T, c *chain) error {
			sec := strings.Replace(c.sectionBody[0], `"sectionIdentifier":"S0-0"`, `"sectionIdentifier":"S0-0-renamed"`, 1)
			r := c.env.Effective.ResourceByEndpoint("ed-fi", "sections")
			return concurrentErr(func() error { return c.rename(context.Background(), "Spring") },
				func() error {
					// The section body names the session as it was when read;
					// after the session rename it no longer resolves (409) —
					// or it runs first and is then cascaded.
					doc, err := c.env.Core.Prepare(r, []byte(sec))
					if err != nil {
						return err
					}
					_, err = c.env.Store.Replace(context.Background(), c.sections[0], doc, store.WriteOptions{})
					if isStatus(err, 409) {
						return nil
					}
					return err
				})
		}},
		{"RenameVsDeleteOfReferrer", func(t *testing.T, c *chain) error {
			r := c.env.Effective.ResourceByEndpoint("ed-fi", "grades")
			return concurrentErr(func() error { return c.rename(context.Background(), "Spring") },
				func() error { return c.env.Store.Delete(context.Background(), r, c.grades[0], store.WriteOptions{}) })
		}},
		{"RenameVsUpdateOfReferrer", func(t *testing.T, c *chain) error {
			body := strings.Replace(c.sectionBody[1], `"sectionIdentifier"`, `"sequenceOfCourse":2,"sectionIdentifier"`, 1)
			return concurrentErr(func() error { return c.rename(context.Background(), "Spring") },
				func() error {
					_, err := c.write("sections", body)
					if isStatus(err, 409) { // ran after the rename: the old name no longer resolves
						return nil
					}
					return err
				})
		}},
		{"RenameVsHotSharedTarget", func(t *testing.T, c *chain) error {
			// Many writers hold shared locks on the same session while it
			// is renamed.
			fns := []func() error{func() error { return c.rename(context.Background(), "Spring") }}
			for i := range c.offeringBody {
				body := strings.Replace(c.offeringBody[i], `"localCourseCode"`, `"instructionalTimePlanned":60,"localCourseCode"`, 1)
				for k := 0; k < 3; k++ {
					fns = append(fns, func() error {
						_, err := c.write("courseOfferings", body)
						if isStatus(err, 409) {
							return nil
						}
						return err
					})
				}
			}
			return concurrentErr(fns...)
		}},
	}
	for _, sc := range scenarios {
		t.Run(sc.name, func(t *testing.T) {
			t.Parallel()
			env := enginetest.New(t)
			c := newChain(t, env, 2, 2, 3, 1)
			if err := sc.run(t, c); err != nil {
				t.Fatal(err)
			}
			verifyClean(t, env)
			// Whatever the interleaving, the session ends renamed.
			it, err := env.Store.Get(context.Background(), env.Effective.ResourceByEndpoint("ed-fi", "sessions"), c.session)
			if err != nil {
				t.Fatal(err)
			}
			var s struct {
				SessionName string `json:"sessionName"`
			}
			json.Unmarshal(it.JSON, &s)
			if s.SessionName != "Spring" {
				t.Fatalf("session name %q", s.SessionName)
			}
		})
	}
}

// concurrently runs fns at once and returns the first one's error.
func concurrently(fns ...func() error) error {
	errs := runAll(fns)
	return errs[0]
}

// concurrentErr runs fns at once and returns the first error of any.
func concurrentErr(fns ...func() error) error {
	for _, err := range runAll(fns) {
		if err != nil {
			return err
		}
	}
	return nil
}

func runAll(fns []func() error) []error {
	errs := make([]error, len(fns))
	var wg sync.WaitGroup
	start := make(chan struct{})
	for i, fn := range fns {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			errs[i] = fn()
		}()
	}
	close(start)
	wg.Wait()
	return errs
}
