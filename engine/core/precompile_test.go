package core_test

import (
	"sync"
	"testing"

	"github.com/edfi-bench/tpr/engine/core"
)

// Every resource of all four real files compiles: the three lookaround
// patterns are handled, formats are known, every mapping path exists.
func TestPrecompileAllRealResources(t *testing.T) {
	c := realCore(t)
	if err := c.Precompile(); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d resources compiled", len(c.Effective().Resources()))
}

// Lazy compilation is safe under concurrent first use.
func TestConcurrentFirstUse(t *testing.T) {
	c, err := core.New(realCore(t).Effective())
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			endpoint, body := "schools", schoolBody
			if i%2 == 1 {
				endpoint, body = "sessions", sessionBody
			}
			if _, err := c.Prepare(resource(t, "ed-fi", endpoint), []byte(body)); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
}

// A resource of another effective schema is an internal error, not a panic.
func TestForeignResource(t *testing.T) {
	c, err := core.New(realCore(t).Effective())
	if err != nil {
		t.Fatal(err)
	}
	foreign := *resource(t, "ed-fi", "schools")
	if _, err := c.Prepare(&foreign, []byte(schoolBody)); err == nil {
		t.Fatal("accepted a resource that is not part of the schema")
	}
}
