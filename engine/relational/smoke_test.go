package relational_test

import (
	"context"
	"testing"

	"github.com/edfi-bench/tpr/engine/enginetest"
	"github.com/edfi-bench/tpr/engine/store"
)

func TestMain(m *testing.M) { enginetest.Main(m) }

func TestSmokePostGet(t *testing.T) {
	t.Parallel()
	env := enginetest.New(t)
	ctx := context.Background()
	r := env.Effective.ResourceByEndpoint("ed-fi", "gradeLevelDescriptors")
	doc, err := env.Core.Prepare(r, []byte(`{"namespace":"uri://ed-fi.org/GradeLevelDescriptor","codeValue":"Ninth grade","shortDescription":"Ninth grade"}`))
	if err != nil {
		t.Fatal(err)
	}
	w, err := env.Store.Upsert(ctx, doc, store.WriteOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !w.Created {
		t.Fatal("want created")
	}
	if _, err := env.Store.Get(ctx, r, w.ID); err != nil {
		t.Fatal(err)
	}
}
