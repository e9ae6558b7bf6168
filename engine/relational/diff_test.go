package relational_test

import (
	"context"
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/google/uuid"

	"github.com/edfi-bench/tpr/engine/dbstats"
	"github.com/edfi-bench/tpr/engine/enginetest"
	"github.com/edfi-bench/tpr/engine/relational"
	"github.com/edfi-bench/tpr/engine/store"
)

func schoolBody(addresses []string, grades ...string) string {
	var as, gs []string
	for i, city := range addresses {
		as = append(as, fmt.Sprintf(`{"addressTypeDescriptor":"uri://ed-fi.org/AddressTypeDescriptor#Physical","city":%q,"postalCode":"7%04d",
"stateAbbreviationDescriptor":"uri://ed-fi.org/StateAbbreviationDescriptor#TX","streetNumberName":"%d Main St",
"periods":[{"beginDate":"2020-01-0%d"}]}`, city, i, i, i%9+1))
	}
	for _, g := range grades {
		gs = append(gs, fmt.Sprintf(`{"gradeLevelDescriptor":"uri://ed-fi.org/GradeLevelDescriptor#%s"}`, g))
	}
	return fmt.Sprintf(`{"schoolId":255901,"nameOfInstitution":"Grand Bend High School",
"educationOrganizationCategories":[{"educationOrganizationCategoryDescriptor":"uri://ed-fi.org/EducationOrganizationCategoryDescriptor#School"}],
"addresses":[%s],"gradeLevels":[%s]}`, strings.Join(as, ","), strings.Join(gs, ","))
}

func withStrategy(t *testing.T, strategy relational.Strategy) *enginetest.Env {
	env := enginetest.New(t)
	st, err := relational.New(env.Pool, env.Model, relational.Options{Collections: strategy})
	if err != nil {
		t.Fatal(err)
	}
	env.Store = st
	c := &chain{env: env}
	for _, d := range [][2]string{{"GradeLevelDescriptor", "Ninth grade"}, {"GradeLevelDescriptor", "Tenth grade"},
		{"GradeLevelDescriptor", "Eleventh grade"}, {"EducationOrganizationCategoryDescriptor", "School"},
		{"AddressTypeDescriptor", "Physical"}, {"StateAbbreviationDescriptor", "TX"}} {
		c.post(t, strings.ToLower(d[0][:1])+d[0][1:]+"s", descriptor(d[0], d[1]))
	}
	return env
}

// The diff strategy produces exactly the documents replace does, through
// reorderings, removals, additions and value changes at two levels.
func TestDiffStrategyMatchesReplace(t *testing.T) {
	t.Parallel()
	steps := []string{
		schoolBody([]string{"Austin", "Dallas", "Houston"}, "Ninth grade", "Tenth grade"),
		schoolBody([]string{"Dallas", "Austin", "Houston"}, "Tenth grade", "Ninth grade"),
		schoolBody([]string{"Dallas"}, "Eleventh grade"),
		schoolBody([]string{"Dallas", "El Paso", "Waco", "Plano"}, "Ninth grade", "Tenth grade", "Eleventh grade"),
		schoolBody([]string{"Dallas", "El Paso", "Waco", "Plano"}, "Ninth grade", "Tenth grade", "Eleventh grade"),
		schoolBody(nil, "Ninth grade"),
	}
	render := func(strategy relational.Strategy) []map[string]any {
		env := withStrategy(t, strategy)
		r := env.Effective.ResourceByEndpoint("ed-fi", "schools")
		var out []map[string]any
		var id uuid.UUID
		for i, body := range steps {
			doc, err := env.Core.Prepare(r, []byte(body))
			if err != nil {
				t.Fatal(err)
			}
			if i == 0 {
				w, err := env.Store.Upsert(context.Background(), doc, store.WriteOptions{})
				if err != nil {
					t.Fatal(err)
				}
				id = w.ID
			} else if _, err := env.Store.Replace(context.Background(), id, doc, store.WriteOptions{}); err != nil {
				t.Fatalf("%s step %d: %v", strategy, i, err)
			}
			it, err := env.Store.Get(context.Background(), r, id)
			if err != nil {
				t.Fatal(err)
			}
			var m map[string]any
			json.Unmarshal(it.JSON, &m)
			delete(m, "id")
			delete(m, "_etag")
			delete(m, "_lastModifiedDate")
			out = append(out, m)
		}
		verifyClean(t, env)
		return out
	}
	replace, diff := render(relational.Replace), render(relational.Diff)
	for i := range steps {
		if !reflect.DeepEqual(replace[i], diff[i]) {
			t.Fatalf("step %d differs:\nreplace %v\ndiff    %v", i, replace[i], diff[i])
		}
	}
}

// With the diff strategy an unchanged PUT writes no row at all (not even
// the etag), and a one-element change writes only that element's rows.
func TestDiffStrategyWritesOnlyWhatChanged(t *testing.T) {
	t.Parallel()
	env := withStrategy(t, relational.Diff)
	r := env.Effective.ResourceByEndpoint("ed-fi", "schools")
	cities := []string{"Austin", "Dallas", "Houston", "Waco"}
	doc, _ := env.Core.Prepare(r, []byte(schoolBody(cities, "Ninth grade")))
	w, err := env.Store.Upsert(context.Background(), doc, store.WriteOptions{})
	if err != nil {
		t.Fatal(err)
	}
	put := func(body string) (dbstats.Snapshot, string) {
		var c dbstats.Counters
		ctx := dbstats.WithCounters(context.Background(), &c)
		doc, err := env.Core.Prepare(r, []byte(body))
		if err != nil {
			t.Fatal(err)
		}
		res, err := env.Store.Replace(ctx, w.ID, doc, store.WriteOptions{})
		if err != nil {
			t.Fatal(err)
		}
		return c.Snapshot(), res.ETag
	}
	snap, etag := put(schoolBody(cities, "Ninth grade"))
	if snap.RowsWritten != 0 || etag != w.ETag {
		t.Fatalf("unchanged PUT wrote %d rows, etag %s -> %s", snap.RowsWritten, w.ETag, etag)
	}
	changed := append([]string(nil), cities...)
	changed[2] = "Round Rock"
	snap, etag = put(schoolBody(changed, "Ninth grade"))
	// One address row updated plus the etag bump.
	if snap.RowsWritten != 2 || etag == w.ETag {
		t.Fatalf("one-element change wrote %d rows (want 2), etag %s", snap.RowsWritten, etag)
	}
}

// Collections past the COPY threshold load by COPY and read back the same,
// under both strategies, with special characters intact.
func TestLargeCollectionsGoByCopy(t *testing.T) {
	t.Parallel()
	for _, strategy := range []relational.Strategy{relational.Replace, relational.Diff} {
		t.Run(string(strategy), func(t *testing.T) {
			t.Parallel()
			env := withStrategy(t, strategy)
			r := env.Effective.ResourceByEndpoint("ed-fi", "schools")
			cities := make([]string, 1500)
			for i := range cities {
				cities[i] = fmt.Sprintf("Town\t%d \\ \"Ö\"", i)
			}
			var id uuid.UUID
			for step, body := range []string{schoolBody(cities, "Ninth grade"), schoolBody(append(cities[1:], "Last"), "Tenth grade")} {
				doc, err := env.Core.Prepare(r, []byte(body))
				if err != nil {
					t.Fatal(err)
				}
				if step == 0 {
					w, err := env.Store.Upsert(context.Background(), doc, store.WriteOptions{})
					if err != nil {
						t.Fatal(err)
					}
					id = w.ID
				} else if _, err := env.Store.Replace(context.Background(), id, doc, store.WriteOptions{}); err != nil {
					t.Fatal(err)
				}
				it, err := env.Store.Get(context.Background(), r, id)
				if err != nil {
					t.Fatal(err)
				}
				var got, want map[string]any
				json.Unmarshal(it.JSON, &got)
				json.Unmarshal([]byte(body), &want)
				if !reflect.DeepEqual(got["addresses"], want["addresses"]) {
					t.Fatalf("step %d: addresses differ after the write", step)
				}
			}
			verifyClean(t, env)
		})
	}
}

// A COPY is counted like any statement: one round trip, its rows.
func TestCopyIsCounted(t *testing.T) {
	t.Parallel()
	env := withStrategy(t, relational.Replace)
	r := env.Effective.ResourceByEndpoint("ed-fi", "schools")
	cities := make([]string, 1200)
	for i := range cities {
		cities[i] = fmt.Sprint("Town ", i)
	}
	doc, err := env.Core.Prepare(r, []byte(schoolBody(cities, "Ninth grade")))
	if err != nil {
		t.Fatal(err)
	}
	var c dbstats.Counters
	if _, err := env.Store.Upsert(dbstats.WithCounters(context.Background(), &c), doc, store.WriteOptions{}); err != nil {
		t.Fatal(err)
	}
	// Document, IdentityLock, ReferentialIdentity, School, 1 category,
	// 1 grade level, 1,200 addresses, 1,200 periods, 3 edges... at least
	// the two COPYed tables' rows.
	if got := c.Snapshot(); got.RowsWritten < 2400 {
		t.Fatalf("rows written %d: the COPYed rows are not counted", got.RowsWritten)
	}
}
