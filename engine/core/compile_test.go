package core_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/edfi-bench/tpr/engine/apischema"
	"github.com/edfi-bench/tpr/engine/core"
)

// tinySchema is a one-resource core project whose name property carries the
// given pattern.
func tinySchema(t *testing.T, pattern string) *core.Core {
	t.Helper()
	src := `{"apiSchemaVersion": "1.0.0", "projectSchema": {
	  "projectName": "Tiny", "projectEndpointName": "tiny", "projectVersion": "1.0.0", "isExtensionProject": false,
	  "abstractResources": {},
	  "resourceSchemas": {"widgets": {
	    "resourceName": "Widget", "isDescriptor": false, "isSubclass": false, "isResourceExtension": false,
	    "identityJsonPaths": ["$.widgetId"], "documentPathsMapping": {}, "numericJsonPaths": ["$.widgetId"],
	    "jsonSchemaForInsert": {"type": "object", "additionalProperties": false, "required": ["widgetId"],
	      "properties": {"widgetId": {"type": "integer"}, "name": {"type": "string", "pattern": ` + pattern + `}}}}}}}`
	eff, err := apischema.Load(apischema.Source{Name: "tiny.json", Data: []byte(src)})
	if err != nil {
		t.Fatal(err)
	}
	c, err := core.New(eff)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// A pattern neither Go's regexp nor the known lookaround matchers handle
// fails compilation, naming the resource and the pattern.
func TestUnsupportedPatternFailsCompilation(t *testing.T) {
	c := tinySchema(t, `"^(?=[A-Z]).*$"`)
	err := c.Precompile()
	var ce *core.CompileError
	var upe *core.UnsupportedPatternError
	if !errors.As(err, &ce) || !errors.As(err, &upe) {
		t.Fatalf("Precompile() = %v, want a CompileError wrapping an UnsupportedPatternError", err)
	}
	if ce.Resource.Resource != "Widget" || upe.Pattern != "^(?=[A-Z]).*$" ||
		!strings.Contains(err.Error(), "Tiny.Widget") || !strings.Contains(err.Error(), "^(?=[A-Z]).*$") {
		t.Errorf("error %q does not name the resource and the pattern", err)
	}
	// Prepare reports the same internal (non-request) error.
	_, perr := c.Prepare(c.Effective().Resources()[0], []byte(`{"widgetId": 1}`))
	var re *core.RequestError
	if perr == nil || errors.As(perr, &re) {
		t.Errorf("Prepare() = %v, want the compile error", perr)
	}
}

// Patterns Go's regexp accepts are used as they are.
func TestGoPattern(t *testing.T) {
	c := tinySchema(t, `"^[A-Z][a-z]+$"`)
	r := c.Effective().Resources()[0]
	if _, err := c.Prepare(r, []byte(`{"widgetId": 1, "name": "Gear"}`)); err != nil {
		t.Fatal(err)
	}
	_, err := c.Prepare(r, []byte(`{"widgetId": 1, "name": "gear"}`))
	var re *core.RequestError
	if !errors.As(err, &re) || re.ValidationErrors["$.name"] == nil {
		t.Fatalf("Prepare() = %v", err)
	}
}
