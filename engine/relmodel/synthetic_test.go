package relmodel_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/edfi-bench/tpr/engine/apischema"
	"github.com/edfi-bench/tpr/engine/relmodel"
)

// project builds a minimal core ApiSchema document from resource schemas.
func project(t *testing.T, resources map[string]any) []byte {
	t.Helper()
	doc := map[string]any{
		"apiSchemaVersion": "1.0.0",
		"projectSchema": map[string]any{
			"projectName": "Ed-Fi", "projectEndpointName": "ed-fi", "projectVersion": "5.1.0",
			"isExtensionProject": false, "abstractResources": map[string]any{}, "resourceSchemas": resources,
		},
	}
	b, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func resource(name string, identity []string, mapping map[string]any, props map[string]any, required []string) map[string]any {
	return map[string]any{
		"resourceName": name, "isDescriptor": false, "isSchoolYearEnumeration": false, "isResourceExtension": false,
		"allowIdentityUpdates": false, "isSubclass": false, "identityJsonPaths": identity,
		"documentPathsMapping": mapping, "queryFieldMapping": map[string]any{},
		"jsonSchemaForInsert": map[string]any{"type": "object", "properties": props, "required": required, "additionalProperties": false},
	}
}

func ref(target string, fields ...[2]string) map[string]any {
	var rps []any
	for _, f := range fields {
		rps = append(rps, map[string]any{"referenceJsonPath": f[0], "identityJsonPath": f[1], "type": "string"})
	}
	return map[string]any{"isReference": true, "isDescriptor": false, "projectName": "Ed-Fi", "resourceName": target, "referenceJsonPaths": rps}
}

func build(t *testing.T, resources map[string]any) error {
	t.Helper()
	eff, err := apischema.Load(apischema.Source{Name: "synthetic.json", Data: project(t, resources)})
	if err != nil {
		return err
	}
	_, err = relmodel.Build(eff)
	return err
}

func str() map[string]any { return map[string]any{"type": "string", "maxLength": 20} }

// Constructs the mapper cannot store fail at load time, naming the resource
// and the JSON path.
func TestUnsupportedConstructsFailFast(t *testing.T) {
	cases := map[string]map[string]any{
		"oneOf": {"widgets": resource("Widget", []string{"$.code"}, map[string]any{},
			map[string]any{"code": str(), "shape": map[string]any{"oneOf": []any{str(), map[string]any{"type": "integer"}}}}, []string{"code"})},
		"type union": {"widgets": resource("Widget", []string{"$.code"}, map[string]any{},
			map[string]any{"code": str(), "size": map[string]any{"type": []any{"string", "integer"}}}, []string{"code"})},
		"arrays of scalars": {"widgets": resource("Widget", []string{"$.code"}, map[string]any{},
			map[string]any{"code": str(), "tags": map[string]any{"type": "array", "items": str()}}, []string{"code"})},
		"$ref": {"widgets": resource("Widget", []string{"$.code"}, map[string]any{},
			map[string]any{"code": str(), "part": map[string]any{"$ref": "#/definitions/part"}}, []string{"code"})},
	}
	for name, rs := range cases {
		t.Run(strings.ReplaceAll(name, " ", "_"), func(t *testing.T) {
			err := build(t, rs)
			if err == nil {
				t.Fatal("built a model from an unsupported construct")
			}
			if !strings.Contains(err.Error(), "Widget") || !strings.Contains(err.Error(), "$.") {
				t.Fatalf("error does not name the resource and path: %v", err)
			}
		})
	}
}

// Resource types whose identities depend on each other in a cycle are
// rejected: the cascade needs a DAG to bound its depth.
func TestIdentityCycleIsRejected(t *testing.T) {
	refObj := func(field string) map[string]any {
		return map[string]any{"type": "object", "properties": map[string]any{field: str()}, "required": []string{field}}
	}
	rs := map[string]any{
		"alphas": resource("Alpha", []string{"$.betaReference.betaCode"},
			map[string]any{"Beta": ref("Beta", [2]string{"$.betaReference.betaCode", "$.alphaReference.alphaCode"})},
			map[string]any{"betaReference": refObj("betaCode")}, []string{"betaReference"}),
		"betas": resource("Beta", []string{"$.alphaReference.alphaCode"},
			map[string]any{"Alpha": ref("Alpha", [2]string{"$.alphaReference.alphaCode", "$.betaReference.betaCode"})},
			map[string]any{"alphaReference": refObj("alphaCode")}, []string{"alphaReference"}),
	}
	err := build(t, rs)
	if err == nil || !strings.Contains(err.Error(), "cycle") {
		t.Fatalf("err = %v, want an identity dependency cycle", err)
	}
}

// A relational.nameOverrides key that names nothing is a typo, not a no-op.
func TestUnknownNameOverrideIsRejected(t *testing.T) {
	w := resource("Widget", []string{"$.code"}, map[string]any{}, map[string]any{"code": str()}, []string{"code"})
	w["relational"] = map[string]any{"nameOverrides": map[string]any{"$.colour": "Color"}}
	err := build(t, map[string]any{"widgets": w})
	if err == nil || !strings.Contains(err.Error(), "$.colour") {
		t.Fatalf("err = %v, want the unknown override named", err)
	}
}

// Identifiers longer than PostgreSQL's 63 bytes are shortened with a hash,
// deterministically, and stay unique.
func TestLongNamesAreShortenedDeterministically(t *testing.T) {
	long := strings.Repeat("veryLongPropertyName", 4)
	w := resource("Widget", []string{"$.code"}, map[string]any{},
		map[string]any{"code": str(), long + "A": str(), long + "B": str()}, []string{"code"})
	if err := build(t, map[string]any{"widgets": w}); err != nil {
		t.Fatal(err)
	}
	a := relmodel.ShortenIdent(relmodel.Pascal(long+"A"), relmodel.PostgresIdentLimit)
	b := relmodel.ShortenIdent(relmodel.Pascal(long+"B"), relmodel.PostgresIdentLimit)
	if a == b || len(a) > 63 || len(b) > 63 {
		t.Fatalf("shortened %q and %q", a, b)
	}
}
