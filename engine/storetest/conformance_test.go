package storetest_test

import (
	"testing"

	"github.com/edfi-bench/tpr/engine/docstore/docstoretest"
	"github.com/edfi-bench/tpr/engine/enginetest"
	"github.com/edfi-bench/tpr/engine/relational"
	"github.com/edfi-bench/tpr/engine/storetest"
)

func TestMain(m *testing.M) { enginetest.Main(m) }

// TestRelational runs the suite against the relational store.
func TestRelational(t *testing.T) {
	storetest.Run(t, func(t *testing.T) storetest.Env {
		env := enginetest.New(t)
		return storetest.Env{Store: env.Store, Core: env.Core, Effective: env.Effective,
			Traits: storetest.Traits{
				KeysetPaging:                     true,
				DescriptorURIsAsStored:           true,
				CaseInsensitiveDescriptorQueries: true,
			}}
	})
}

// TestRelationalDiff runs the suite against the relational store with the
// diff collection strategy.
func TestRelationalDiff(t *testing.T) {
	storetest.Run(t, func(t *testing.T) storetest.Env {
		env := enginetest.New(t)
		st, err := relational.New(env.Pool, env.Model, relational.Options{Collections: relational.Diff})
		if err != nil {
			t.Fatal(err)
		}
		return storetest.Env{Store: st, Core: env.Core, Effective: env.Effective,
			Traits: storetest.Traits{
				KeysetPaging:                     true,
				UnchangedWritesKeepETag:          true,
				DescriptorURIsAsStored:           true,
				CaseInsensitiveDescriptorQueries: true,
			}}
	})
}

// TestDocument runs the suite against the document store.
func TestDocument(t *testing.T) {
	storetest.Run(t, func(t *testing.T) storetest.Env {
		env := docstoretest.New(t)
		return storetest.Env{Store: env.Store, Core: env.Core, Effective: env.Effective,
			Traits: storetest.Traits{UnchangedWritesKeepETag: true}}
	})
}
