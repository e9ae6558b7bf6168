package relational_test

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/edfi-bench/tpr/engine/dbstats"
	"github.com/edfi-bench/tpr/engine/store"
)

// seoaWithCollections is a StudentEducationOrganizationAssociation whose
// addresses, languages and telephones collections have n elements each;
// every address carries a nested period and every language a nested use,
// and every language element names its own descriptor (so reference
// resolution also sees n distinct descriptors).
func seoaWithCollections(studentUniqueID string, n int) []byte {
	return seoaVariant(studentUniqueID, n, "")
}

// seoaVariant is seoaWithCollections with every element's values changed
// by a non-empty variant.
func seoaVariant(studentUniqueID string, n int, variant string) []byte {
	var addresses, languages, telephones []any
	for i := 0; i < n; i++ {
		addresses = append(addresses, map[string]any{
			"addressTypeDescriptor":       "uri://ed-fi.org/AddressTypeDescriptor#Home",
			"city":                        fmt.Sprintf("Grand Bend %03d%s", i, variant),
			"postalCode":                  "78701",
			"stateAbbreviationDescriptor": "uri://ed-fi.org/StateAbbreviationDescriptor#TX",
			"streetNumberName":            fmt.Sprintf("%d Elm St", 100+i),
			"periods":                     []any{map[string]any{"beginDate": "2023-01-01"}},
		})
		languages = append(languages, map[string]any{
			"languageDescriptor": fmt.Sprintf("uri://ed-fi.org/LanguageDescriptor#lang-%03d", i),
			"uses":               []any{map[string]any{"languageUseDescriptor": "uri://ed-fi.org/LanguageUseDescriptor#Home language"}},
		})
		telephones = append(telephones, map[string]any{
			"telephoneNumber":               fmt.Sprintf("(512) 555-%04d%s", i, variant),
			"telephoneNumberTypeDescriptor": "uri://ed-fi.org/TelephoneNumberTypeDescriptor#Home",
			"orderOfPriority":               i + 1,
		})
	}
	b, err := json.Marshal(map[string]any{
		"studentReference":               map[string]any{"studentUniqueId": studentUniqueID},
		"educationOrganizationReference": map[string]any{"educationOrganizationId": 255901},
		"addresses":                      addresses,
		"languages":                      languages,
		"telephones":                     telephones,
	})
	if err != nil {
		panic(err)
	}
	return b
}

// The number of database round trips of a write and of a read depends on
// the resource's shape, never on how many elements its collections hold:
// three collections of 100 elements (each with a nested collection) cost
// exactly what one element each costs, for POST (insert), GET, POST
// (update), PUT with and without If-Match, and a PUT changing every
// element — with either collection strategy.
func TestRoundTripsDoNotDependOnCollectionSize(t *testing.T) {
	t.Parallel()
	for _, strategy := range collectionStrategies {
		t.Run(string(strategy), func(t *testing.T) {
			t.Parallel()
			roundTripsDoNotDependOnCollectionSize(t, newSpecDBWith(t, strategy))
		})
	}
}

func roundTripsDoNotDependOnCollectionSize(t *testing.T, db *specDB) {
	const resource = "studentEducationOrganizationAssociations"
	db.loadUpTo(resource)
	for i := 0; i < 100; i++ {
		db.post("ed-fi", "languageDescriptors", []byte(fmt.Sprintf(
			`{"namespace": "uri://ed-fi.org/LanguageDescriptor", "codeValue": "lang-%03d", "shortDescription": "Language %d"}`, i, i)))
	}
	type doc struct {
		n    int
		body []byte
		id   store.WriteResult
	}
	small := &doc{n: 1, body: seoaWithCollections("604822", 1)}
	large := &doc{n: 100, body: seoaWithCollections("604823", 100)}

	ops := []struct {
		name string
		run  func(ctx context.Context, d *doc)
	}{
		{"POST (insert)", func(ctx context.Context, d *doc) {
			if d.id = db.postCtx(ctx, "ed-fi", resource, d.body); !d.id.Created {
				t.Fatal("want an insert")
			}
		}},
		{"GET", func(ctx context.Context, d *doc) { db.getCtx(ctx, "ed-fi", resource, d.id.ID) }},
		{"POST (update, unchanged)", func(ctx context.Context, d *doc) {
			if db.postCtx(ctx, "ed-fi", resource, d.body).Created {
				t.Fatal("want an update")
			}
		}},
		{"PUT (unchanged)", func(ctx context.Context, d *doc) {
			db.putCtx(ctx, "ed-fi", resource, d.id.ID, d.body, store.WriteOptions{})
		}},
		{"PUT (If-Match, unchanged)", func(ctx context.Context, d *doc) {
			etag := db.get("ed-fi", resource, d.id.ID).ETag // not counted: no counters on this context
			db.putCtx(ctx, "ed-fi", resource, d.id.ID, d.body, store.WriteOptions{IfMatch: etag})
		}},
		{"PUT (every element changed)", func(ctx context.Context, d *doc) {
			d.body = seoaVariant(string(d.body[strings.Index(string(d.body), "6048"):][:6]), d.n, "x")
			db.putCtx(ctx, "ed-fi", resource, d.id.ID, d.body, store.WriteOptions{})
		}},
		{"GET (after the change)", func(ctx context.Context, d *doc) { db.getCtx(ctx, "ed-fi", resource, d.id.ID) }},
	}
	for _, o := range ops {
		var cs, cl dbstats.Counters
		o.run(dbstats.WithCounters(context.Background(), &cs), small)
		o.run(dbstats.WithCounters(context.Background(), &cl), large)
		s, l := cs.Snapshot(), cl.Snapshot()
		t.Logf("%-28s 1 element: %d round trips, %2d statements, %4d rows written | 100 elements: %d round trips, %2d statements, %4d rows written",
			o.name, s.RoundTrips, s.Statements, s.RowsWritten, l.RoundTrips, l.Statements, l.RowsWritten)
		if s.RoundTrips != l.RoundTrips {
			t.Errorf("%s: %d round trips with 1 element per collection, %d with 100", o.name, s.RoundTrips, l.RoundTrips)
		}
		if s.Statements != l.Statements {
			t.Errorf("%s: %d statements with 1 element per collection, %d with 100", o.name, s.Statements, l.Statements)
		}
		if s.RoundTrips == 0 {
			t.Errorf("%s: no round trips counted; is the tracer attached?", o.name)
		}
	}
	// And the large document survives the trips intact, in order.
	assertSameJSON(t, "the 3x100-element document", db.getBody("ed-fi", resource, large.id.ID), decodeJSON(t, large.body))
	db.audit()
}
