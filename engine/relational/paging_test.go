package relational_test

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"strings"
	"sync"
	"testing"

	"github.com/edfi-bench/tpr/engine/dbstats"
	"github.com/edfi-bench/tpr/engine/enginetest"
	"github.com/edfi-bench/tpr/engine/store"
)

var surnames = []string{"Woods", "Diaz", "Nguyen", "Okafor", "Smith"}

func postStudent(t testing.TB, env *enginetest.Env, i int, surname string) {
	t.Helper()
	r := env.Effective.ResourceByEndpoint("ed-fi", "students")
	body := fmt.Sprintf(`{"studentUniqueId":"S%05d","firstName":"F%d","lastSurname":%q,"birthDate":"2010-%02d-%02d"}`,
		i, i, surname, i%12+1, i%28+1)
	doc, err := env.Core.Prepare(r, []byte(body))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := env.Store.Upsert(context.Background(), doc, store.WriteOptions{}); err != nil {
		t.Fatal(err)
	}
}

func ids(t testing.TB, items []*store.Item) []string {
	t.Helper()
	out := make([]string, len(items))
	for i, it := range items {
		var d struct {
			StudentUniqueID string `json:"studentUniqueId"`
		}
		if err := json.Unmarshal(it.JSON, &d); err != nil {
			t.Fatal(err)
		}
		out[i] = d.StudentUniqueID
	}
	return out
}

func walkOffset(t testing.TB, env *enginetest.Env, filters []store.Filter, limit int) []string {
	r := env.Effective.ResourceByEndpoint("ed-fi", "students")
	var all []string
	for offset := 0; ; offset += limit {
		p, err := env.Store.Query(context.Background(), r, store.Query{Filters: filters, Offset: offset, Limit: limit})
		if err != nil {
			t.Fatal(err)
		}
		all = append(all, ids(t, p.Items)...)
		if len(p.Items) < limit {
			return all
		}
	}
}

func walkKeyset(t testing.TB, env *enginetest.Env, filters []store.Filter, limit int, between func()) []string {
	r := env.Effective.ResourceByEndpoint("ed-fi", "students")
	var all []string
	q := store.Query{Filters: filters, Limit: limit, Keyset: true}
	for {
		p, err := env.Store.Query(context.Background(), r, q)
		if err != nil {
			t.Fatal(err)
		}
		all = append(all, ids(t, p.Items)...)
		if p.NextToken == "" {
			return all
		}
		if between != nil {
			between()
		}
		q.PageToken = p.NextToken
	}
}

// Property: for random data and random filters, walking every page by
// offset and by keyset yields exactly the unpaged listing, in order.
func TestPagingWalksEqualTheUnpagedListing(t *testing.T) {
	t.Parallel()
	env := enginetest.New(t)
	rng := rand.New(rand.NewPCG(1, 2))
	const n = 180
	for i := 0; i < n; i++ {
		postStudent(t, env, i, surnames[rng.IntN(len(surnames))])
	}
	r := env.Effective.ResourceByEndpoint("ed-fi", "students")
	for trial := 0; trial < 25; trial++ {
		var filters []store.Filter
		switch rng.IntN(3) {
		case 1:
			filters = []store.Filter{{Term: "lastSurname", Value: surnames[rng.IntN(len(surnames))]}}
		case 2:
			filters = []store.Filter{{Term: "LASTSURNAME", Value: surnames[rng.IntN(len(surnames))]},
				{Term: "birthDate", Value: fmt.Sprintf("2010-%02d-%02d", rng.IntN(12)+1, rng.IntN(28)+1)}}
		}
		limit := 1 + rng.IntN(40)
		full, err := env.Store.Query(context.Background(), r, store.Query{Filters: filters, Limit: 500, TotalCount: true})
		if err != nil {
			t.Fatal(err)
		}
		want := ids(t, full.Items)
		if int64(len(want)) != *full.TotalCount {
			t.Fatalf("totalCount %d, listing %d", *full.TotalCount, len(want))
		}
		if got := walkOffset(t, env, filters, limit); strings.Join(got, ",") != strings.Join(want, ",") {
			t.Fatalf("filters %v limit %d: offset walk\n got %v\nwant %v", filters, limit, got, want)
		}
		if got := walkKeyset(t, env, filters, limit, nil); strings.Join(got, ",") != strings.Join(want, ",") {
			t.Fatalf("filters %v limit %d: keyset walk\n got %v\nwant %v", filters, limit, got, want)
		}
	}
}

// Under concurrent inserts a keyset walk returns no document twice and
// skips none that existed before it began.
func TestKeysetWalkUnderConcurrentInserts(t *testing.T) {
	t.Parallel()
	env := enginetest.New(t)
	for i := 0; i < 120; i++ {
		postStudent(t, env, i, "Woods")
	}
	before := walkOffset(t, env, nil, 500)
	var wg sync.WaitGroup
	next := 1000
	got := walkKeyset(t, env, nil, 7, func() {
		// Between pages, insert a burst from several goroutines.
		for w := 0; w < 4; w++ {
			wg.Add(1)
			i := next
			next++
			go func() {
				defer wg.Done()
				postStudent(t, env, i, "Diaz")
			}()
		}
		wg.Wait()
	})
	seen := map[string]bool{}
	for _, id := range got {
		if seen[id] {
			t.Fatalf("document %s returned twice", id)
		}
		seen[id] = true
	}
	for _, id := range before {
		if !seen[id] {
			t.Fatalf("document %s existed before the walk but was skipped", id)
		}
	}
}

// A page costs the same number of round trips whatever its size.
func TestRoundTripsPerPageDoNotDependOnPageSize(t *testing.T) {
	t.Parallel()
	env := enginetest.New(t)
	for i := 0; i < 520; i++ {
		postStudent(t, env, i, surnames[i%len(surnames)])
	}
	r := env.Effective.ResourceByEndpoint("ed-fi", "students")
	counts := map[int]int64{}
	for _, limit := range []int{1, 25, 500} {
		for _, keyset := range []bool{false, true} {
			var c dbstats.Counters
			ctx := dbstats.WithCounters(context.Background(), &c)
			p, err := env.Store.Query(ctx, r, store.Query{Limit: limit, Offset: 3, TotalCount: true, Keyset: keyset})
			if err != nil {
				t.Fatal(err)
			}
			if len(p.Items) != limit {
				t.Fatalf("limit %d: %d items", limit, len(p.Items))
			}
			rt := c.Snapshot().RoundTrips
			t.Logf("page size %d (keyset %t): %d round trips", limit, keyset, rt)
			if prev, ok := counts[0]; ok && prev != rt {
				t.Errorf("page size %d: %d round trips, page size 1: %d", limit, rt, prev)
			}
			counts[0] = rt
		}
	}
}

// The statement behind a deep keyset page is an index range scan on the
// root table's primary key, not a scan that skips rows.
func TestDeepKeysetPageIsAnIndexRangeScan(t *testing.T) {
	t.Parallel()
	env := enginetest.New(t)
	ctx := context.Background()
	// 50,000 students written straight into the tables: the plan, not the
	// write path, is under test here.
	_, err := env.Pool.Exec(ctx, `
WITH d AS (
  INSERT INTO dms."Document" ("DocumentUuid", "ProjectName", "ResourceName", "ResourceVersion")
  SELECT gen_random_uuid(), 'Ed-Fi', 'Student', '5.1.0' FROM generate_series(1, 50000)
  RETURNING "DocumentId")
INSERT INTO edfi."Student" ("DocumentId", "StudentUniqueId", "FirstName", "LastSurname", "BirthDate")
SELECT "DocumentId", 'S' || "DocumentId", 'F', 'L', DATE '2010-01-01' FROM d`)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := env.Pool.Exec(ctx, `ANALYZE edfi."Student"`); err != nil {
		t.Fatal(err)
	}
	r := env.Effective.ResourceByEndpoint("ed-fi", "students")
	// A token for the 49,000th document.
	var last int64
	if err := env.Pool.QueryRow(ctx, `SELECT "DocumentId" FROM edfi."Student" ORDER BY 1 OFFSET 49000 LIMIT 1`).Scan(&last); err != nil {
		t.Fatal(err)
	}
	first, err := env.Store.Query(ctx, r, store.Query{Limit: 25, Keyset: true})
	if err != nil || first.NextToken == "" {
		t.Fatalf("first page: %v", err)
	}
	token := relationalTokenAfter(t, first.NextToken, last)
	plan, err := env.Store.ExplainPage(ctx, r, store.Query{Limit: 25, PageToken: token})
	if err != nil {
		t.Fatal(err)
	}
	t.Log(plan)
	if !strings.Contains(plan, `Index`) || !strings.Contains(plan, `PK_Student`) || !strings.Contains(plan, `"DocumentId" >`) {
		t.Errorf("deep keyset page is not an index range scan on PK_Student:\n%s", plan)
	}
	if strings.Contains(plan, "Seq Scan") {
		t.Errorf("deep keyset page scans the table:\n%s", plan)
	}
}

// relationalTokenAfter rewrites a keyset token to continue after another
// DocumentId, keeping its filter hash (white-box: the token is opaque to
// clients).
func relationalTokenAfter(t *testing.T, token string, after int64) string {
	t.Helper()
	raw, err := base64.RawURLEncoding.DecodeString(token)
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(raw, &m); err != nil {
		t.Fatal(err)
	}
	m["a"] = after
	b, _ := json.Marshal(m)
	return base64.RawURLEncoding.EncodeToString(b)
}
