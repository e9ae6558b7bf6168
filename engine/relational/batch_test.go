package relational_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"testing"

	"github.com/edfi-bench/tpr/engine/core"
	"github.com/edfi-bench/tpr/engine/dbstats"
	"github.com/edfi-bench/tpr/engine/relational"
	"github.com/edfi-bench/tpr/engine/store"
)

// Loading the corpus through UpsertBatch, ten documents at a time in
// corpus order, gives every document exactly what posting them one by one
// gives: created, _etag 1, and a GET equal to the body — including the
// documents that reference a document of their own batch (posted after the
// batch commits), a repeated document (an update of the first) and a
// document whose reference resolves nowhere (a 409 that writes nothing).
func TestUpsertBatchGivesWhatSequentialPostsGive(t *testing.T) {
	t.Parallel()
	db := newSpecDB(t)
	ctx := context.Background()
	docs := make([]*core.Document, len(db.docs))
	for i, d := range db.docs {
		docs[i] = db.prepare(d.Project, d.Resource, d.Body)
	}
	// A student school association for a student nobody posted.
	_, ssa := db.find("studentSchoolAssociations")
	var orphan map[string]any
	if err := json.Unmarshal(ssa, &orphan); err != nil {
		t.Fatal(err)
	}
	orphan["studentReference"] = map[string]any{"studentUniqueId": "no-such-student"}
	orphanBody, _ := json.Marshal(orphan)
	orphanDoc := db.prepare("ed-fi", "studentSchoolAssociations", orphanBody)

	// The last batch ends with a repeat of the first document (an update)
	// and the orphan (unresolved).
	var results []relational.BatchResult
	const size = 10
	for start := 0; start < len(docs); start += size {
		chunk := docs[start:min(start+size, len(docs))]
		if start+size >= len(docs) {
			chunk = append(chunk, docs[0], orphanDoc)
		}
		results = append(results, db.env.Store.UpsertBatch(ctx, chunk)...)
	}
	if len(results) != len(docs)+2 {
		t.Fatalf("%d results for %d documents", len(results), len(docs)+2)
	}
	for i, d := range db.docs {
		r := results[i]
		if r.Err != nil {
			t.Fatalf("%s: %v", d.File, r.Err)
		}
		if !r.Created || r.ETag != "1" {
			t.Errorf("%s: created %v etag %q, want a new document with _etag 1", d.File, r.Created, r.ETag)
		}
		db.ids[d.File] = r.ID
	}
	for _, d := range db.docs {
		assertSameJSON(t, d.File+" GET after the batched load", db.getBody(d.Project, d.Resource, db.ids[d.File]), decodeJSON(t, d.Body))
	}
	repeat := results[len(docs)]
	if repeat.Err != nil || repeat.Created || repeat.ID != db.ids[db.docs[0].File] || repeat.ETag != "2" {
		t.Errorf("the repeated first document = %+v (err %v), want an update of %s to _etag 2", repeat.WriteResult, repeat.Err, db.ids[db.docs[0].File])
	}
	var se *store.Error
	if o := results[len(docs)+1]; !errors.As(o.Err, &se) || se.Status != 409 {
		t.Errorf("the document with an unresolved reference = %+v, %v; want a 409", o.WriteResult, o.Err)
	}
	var n int
	if err := db.env.Pool.QueryRow(ctx, `SELECT count(*) FROM "dms"."Document"`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	if n != len(db.docs) {
		t.Errorf("%d documents stored, want %d", n, len(db.docs))
	}
	db.audit()
}

// A batch of new documents costs the same round trips and statements
// whatever it holds: every table's rows of all of its documents go in one
// statement.
func TestUpsertBatchRoundTripsDoNotDependOnBatchSize(t *testing.T) {
	t.Parallel()
	db := newSpecDB(t)
	db.loadUpTo("students")
	_, body := db.find("students")
	var student map[string]any
	if err := json.Unmarshal(body, &student); err != nil {
		t.Fatal(err)
	}
	batch := func(prefix string, n int) []*core.Document {
		var out []*core.Document
		for i := 0; i < n; i++ {
			student["studentUniqueId"] = fmt.Sprintf("%s-%04d", prefix, i)
			b, _ := json.Marshal(student)
			out = append(out, db.prepare("ed-fi", "students", b))
			out = append(out, db.prepare("ed-fi", "languageDescriptors", []byte(fmt.Sprintf(
				`{"namespace": "uri://ed-fi.org/LanguageDescriptor", "codeValue": "%s-%04d", "shortDescription": "Language %d"}`, prefix, i, i))))
		}
		return out
	}
	var snaps []dbstats.Snapshot
	for _, n := range []int{1, 10, 200} {
		var c dbstats.Counters
		res := db.env.Store.UpsertBatch(dbstats.WithCounters(context.Background(), &c), batch(fmt.Sprint("b", n), n))
		for i, r := range res {
			if r.Err != nil || !r.Created {
				t.Fatalf("batch of %d, document %d: created %v, %v", n, i, r.Created, r.Err)
			}
		}
		s := c.Snapshot()
		t.Logf("batch of %3d students and %3d descriptors: %d round trips, %d statements, %d rows written", n, n, s.RoundTrips, s.Statements, s.RowsWritten)
		snaps = append(snaps, s)
	}
	for i := 1; i < len(snaps); i++ {
		if snaps[i].RoundTrips != snaps[0].RoundTrips || snaps[i].Statements != snaps[0].Statements {
			t.Errorf("round trips/statements %d/%d for the larger batch, %d/%d for one document of each", snaps[i].RoundTrips, snaps[i].Statements, snaps[0].RoundTrips, snaps[0].Statements)
		}
	}
	if snaps[0].RoundTrips == 0 {
		t.Error("no round trips counted; is the tracer attached?")
	}
	db.audit()
}
