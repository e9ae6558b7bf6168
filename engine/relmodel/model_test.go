package relmodel_test

import (
	"path/filepath"
	"sync"
	"testing"

	"github.com/edfi-bench/tpr/engine/apischema"
	"github.com/edfi-bench/tpr/engine/relmodel"
)

var sharedDir = filepath.Join("..", "..", "..", "shared", "apischema")

var (
	loadOnce sync.Once
	loaded   *relmodel.Model
	loadErr  error
)

func fullModel(t testing.TB) *relmodel.Model {
	t.Helper()
	loadOnce.Do(func() {
		eff, err := apischema.LoadFiles(
			filepath.Join(sharedDir, "ed-fi-ds-5.1-core.json"),
			filepath.Join(sharedDir, "sample-extension.json"),
			filepath.Join(sharedDir, "tpdm-extension.json"),
			filepath.Join(sharedDir, "homograph-extension.json"),
		)
		if err != nil {
			loadErr = err
			return
		}
		loaded, loadErr = relmodel.Build(eff)
	})
	if loadErr != nil {
		t.Fatal(loadErr)
	}
	return loaded
}

func TestBuildFullModel(t *testing.T) {
	m := fullModel(t)
	n := 0
	for _, tb := range m.Tables() {
		n++
		_ = tb
	}
	t.Logf("tables=%d views=%d", n, len(m.Views))
	// Two query terms of the Sample file name paths that do not exist.
	if len(m.Diagnostics) != 2 {
		t.Fatalf("model diagnostics = %v, want the two broken Sample query terms", m.Diagnostics)
	}
	if len(m.Views) != 2 {
		t.Fatalf("views = %d, want EducationOrganization and GeneralStudentProgramAssociation", len(m.Views))
	}
	// Sample's StudentArtProgramAssociation joins Ed-Fi's abstract view.
	gspa := m.View(apischema.QName{Project: "Ed-Fi", Resource: "GeneralStudentProgramAssociation"})
	found := false
	for _, b := range gspa.Branches {
		if b.Member.QName() == (apischema.QName{Project: "Sample", Resource: "StudentArtProgramAssociation"}) {
			found = true
		}
	}
	if !found {
		t.Error("the Sample subclass is not a branch of GeneralStudentProgramAssociation_View")
	}
	if _, err := m.IdentityDepth(); err != nil {
		t.Fatal(err)
	}
}
