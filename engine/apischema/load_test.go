package apischema_test

import (
	"path/filepath"
	"strings"
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
	// The extensions target DS 5.2; exactly one reference cannot resolve
	// against 5.1 and is removed with a diagnostic rather than failing.
	if len(e.Diagnostics) != 1 {
		t.Fatalf("diagnostics = %v, want exactly one", e.Diagnostics)
	}
	d := e.Diagnostics[0]
	if !strings.Contains(d.Path, "staffEducationOrganizationEmploymentAssociationReference") ||
		!strings.Contains(d.Message, "$.hireDate") || !strings.HasSuffix(d.File, "sample-extension.json") ||
		!strings.Contains(d.Skipped, "$._ext.sample.staffEducationOrganizationEmploymentAssociations") {
		t.Errorf("diagnostic = %s", d)
	}
	sca := e.Resource(apischema.QName{Project: "Ed-Fi", Resource: "StudentContactAssociation"})
	if apischema.SchemaAt(sca.JSONSchema, apischema.MustPath("$._ext.sample.staffEducationOrganizationEmploymentAssociations")) != nil {
		t.Error("the unresolvable reference is still in the effective schema")
	}
	if apischema.SchemaAt(sca.JSONSchema, apischema.MustPath("$._ext.sample.bedtimeReader")) == nil {
		t.Error("the rest of the extension was lost")
	}
}

// Same files, same fingerprint; any change to the set changes it.
func TestFingerprint(t *testing.T) {
	a, b := loadAll(t), loadAll(t)
	if a.Hash != b.Hash || len(a.Hash) != 64 {
		t.Fatalf("hashes %s / %s", a.Hash, b.Hash)
	}
	core, err := apischema.LoadFiles(filepath.Join(sharedDir, "ed-fi-ds-5.1-core.json"))
	if err != nil {
		t.Fatal(err)
	}
	if core.Hash == a.Hash {
		t.Fatal("core alone has the fingerprint of core + extensions")
	}
}

// Extensions are merged into the core resources they extend, root-level and
// scope-level (commonExtensionOverrides), with the root-level required list.
func TestExtensionMerge(t *testing.T) {
	e := loadAll(t)
	contact := e.Resource(apischema.QName{Project: "Ed-Fi", Resource: "Contact"})
	ext := apischema.SchemaAt(contact.JSONSchema, apischema.MustPath("$._ext.sample"))
	if ext == nil || !ext.IsRequired("isSportsFan") {
		t.Fatalf("root _ext.sample missing or lacks its required list: %+v", ext)
	}
	if apischema.SchemaAt(contact.JSONSchema, apischema.MustPath("$.addresses[*]._ext.sample.complex")) == nil {
		t.Fatal("scope-level extension not inserted at addresses[*]")
	}
	school := e.Resource(apischema.QName{Project: "Ed-Fi", Resource: "School"})
	if apischema.SchemaAt(school.JSONSchema, apischema.MustPath("$._ext.tpdm")) == nil || apischema.SchemaAt(school.JSONSchema, apischema.MustPath("$._ext.sample")) == nil {
		t.Fatal("School lacks one of its two extensions")
	}
	// Homograph defines its own School, distinct from Ed-Fi's.
	if e.Resource(apischema.QName{Project: "Homograph", Resource: "School"}) == nil {
		t.Fatal("Homograph.School missing")
	}
}

// Load errors name the file, the resource and the JSON path.
func TestLoadErrorsNameFileResourceAndPath(t *testing.T) {
	bad := []byte(`{"apiSchemaVersion":"1.0.0","projectSchema":{"projectName":"Ed-Fi","projectEndpointName":"ed-fi","projectVersion":"1","isExtensionProject":false,"abstractResources":{},
"resourceSchemas":{"widgets":{"resourceName":"Widget","identityJsonPaths":["$.code[0]"],"documentPathsMapping":{},"jsonSchemaForInsert":{"type":"object"}}}}}`)
	_, err := apischema.Load(apischema.Source{Name: "bad.json", Data: bad})
	if err == nil {
		t.Fatal("loaded an invalid identity path")
	}
	for _, want := range []string{"bad.json", "widgets", "identityJsonPaths[0]"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not mention %q", err, want)
		}
	}
}
