package apischema_test

import (
	"path/filepath"
	"testing"

	"github.com/edfi-bench/tpr/engine/apischema"
)

// SharedDir is where the real Ed-Fi metadata lives, beside the repository.
var sharedDir = filepath.Join("..", "..", "..", "shared", "apischema")

func loadAll(t testing.TB) *apischema.Effective {
	t.Helper()
	e, err := apischema.LoadFiles(
		filepath.Join(sharedDir, "ed-fi-ds-5.1-core.json"),
		filepath.Join(sharedDir, "sample-extension.json"),
		filepath.Join(sharedDir, "tpdm-extension.json"),
		filepath.Join(sharedDir, "homograph-extension.json"),
	)
	if err != nil {
		t.Fatal(err)
	}
	return e
}

func TestLoadAllRealFiles(t *testing.T) {
	e := loadAll(t)
	if got := len(e.Core.Resources); got != 340 {
		t.Fatalf("core resources = %d, want 340", got)
	}
	for _, d := range e.Diagnostics {
		t.Log(d)
	}
	t.Log(e.Hash, len(e.Resources()))
}
