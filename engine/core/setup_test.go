package core_test

import (
	"path/filepath"
	"sync"
	"testing"

	"github.com/edfi-bench/tpr/engine/apischema"
	"github.com/edfi-bench/tpr/engine/core"
)

// sharedDir holds the real Ed-Fi metadata, beside the repository.
var sharedDir = filepath.Join("..", "..", "..", "shared", "apischema")

var (
	loadOnce   sync.Once
	loadedCore *core.Core
	loadErr    error
)

// realCore loads DS 5.1 core + Sample + TPDM + Homograph once per test
// binary (the core file is 2.3 MB) and returns a Core over them.
func realCore(t testing.TB) *core.Core {
	t.Helper()
	loadOnce.Do(func() {
		var eff *apischema.Effective
		eff, loadErr = apischema.LoadFiles(
			filepath.Join(sharedDir, "ed-fi-ds-5.1-core.json"),
			filepath.Join(sharedDir, "sample-extension.json"),
			filepath.Join(sharedDir, "tpdm-extension.json"),
			filepath.Join(sharedDir, "homograph-extension.json"),
		)
		if loadErr != nil {
			return
		}
		loadedCore, loadErr = core.New(eff)
	})
	if loadErr != nil {
		t.Fatal(loadErr)
	}
	return loadedCore
}

// resource finds a resource by endpoint ("ed-fi", "schools").
func resource(t testing.TB, project, endpoint string) *apischema.Resource {
	t.Helper()
	r := realCore(t).Effective().ResourceByEndpoint(project, endpoint)
	if r == nil {
		t.Fatalf("no resource %s/%s", project, endpoint)
	}
	return r
}
