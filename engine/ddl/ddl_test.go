package ddl_test

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/edfi-bench/tpr/engine/apischema"
	"github.com/edfi-bench/tpr/engine/ddl"
	"github.com/edfi-bench/tpr/engine/dialect"
	"github.com/edfi-bench/tpr/engine/relmodel"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

var sharedDir = filepath.Join("..", "..", "..", "shared", "apischema")

var allFiles = []string{
	filepath.Join(sharedDir, "ed-fi-ds-5.1-core.json"),
	filepath.Join(sharedDir, "sample-extension.json"),
	filepath.Join(sharedDir, "tpdm-extension.json"),
	filepath.Join(sharedDir, "homograph-extension.json"),
}

var (
	once  sync.Once
	model *relmodel.Model
	err   error
)

func fullModel(t *testing.T) *relmodel.Model {
	t.Helper()
	once.Do(func() { model, err = build() })
	if err != nil {
		t.Fatal(err)
	}
	return model
}

func build() (*relmodel.Model, error) {
	eff, err := apischema.LoadFiles(allFiles...)
	if err != nil {
		return nil, err
	}
	return relmodel.Build(eff)
}

var dialects = []dialect.Dialect{dialect.Postgres{}, dialect.SQLServer{}}

// The golden files are the reviewed DDL of representative resources: a
// reference collection (Session), an association whose identity is two
// references and a date (StudentSchoolAssociation), a subclass of an
// abstract resource (School), nested collections (StudentEducationOrganization-
// Association), a descriptor, and Sample extension tables (Contact).
func TestGoldenResourceDDL(t *testing.T) {
	m := fullModel(t)
	cases := []apischema.QName{
		{Project: "Ed-Fi", Resource: "Session"},
		{Project: "Ed-Fi", Resource: "StudentSchoolAssociation"},
		{Project: "Ed-Fi", Resource: "School"},
		{Project: "Ed-Fi", Resource: "StudentEducationOrganizationAssociation"},
		{Project: "Ed-Fi", Resource: "GradeLevelDescriptor"},
		{Project: "Ed-Fi", Resource: "Contact"},
		{Project: "Sample", Resource: "StudentArtProgramAssociation"},
	}
	for _, d := range dialects {
		for _, q := range cases {
			t.Run(d.Name()+"/"+q.Resource, func(t *testing.T) {
				r := m.Resource(q)
				if r == nil {
					t.Fatalf("no resource %s", q)
				}
				golden(t, filepath.Join("testdata", d.Name(), q.Resource+".sql"), ddl.ResourceDDL(d, r))
			})
		}
		t.Run(d.Name()+"/core", func(t *testing.T) {
			golden(t, filepath.Join("testdata", d.Name(), "dms-core.sql"), ddl.CoreTables(d))
		})
		t.Run(d.Name()+"/views", func(t *testing.T) {
			var b strings.Builder
			for _, v := range m.Views {
				b.WriteString(ddl.CreateView(d, v))
			}
			golden(t, filepath.Join("testdata", d.Name(), "views.sql"), b.String())
		})
	}
}

func golden(t *testing.T, path, got string) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./engine/ddl -update to create it)", err)
	}
	if !bytes.Equal(want, []byte(got)) {
		t.Errorf("%s differs from the generated DDL (-want +got):\n%s", path, lineDiff(string(want), got))
	}
}

func lineDiff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	var out strings.Builder
	for i := 0; i < len(al) || i < len(bl); i++ {
		var x, y string
		if i < len(al) {
			x = al[i]
		}
		if i < len(bl) {
			y = bl[i]
		}
		if x != y {
			fmt.Fprintf(&out, "line %d:\n- %s\n+ %s\n", i+1, x, y)
		}
	}
	return out.String()
}

// Deriving twice from freshly loaded files yields byte-identical DDL.
func TestDDLIsDeterministic(t *testing.T) {
	m1 := fullModel(t)
	m2, err := build()
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range dialects {
		a, b := ddl.Generate(m1, d).String(), ddl.Generate(m2, d).String()
		if a != b {
			t.Fatalf("%s DDL differs between two derivations:\n%s", d.Name(), lineDiff(a, b))
		}
	}
}

// Every identifier fits the dialect's limit and SQL Server's script never
// puts a view in a batch with anything else.
func TestIdentifierLimitsAndBatches(t *testing.T) {
	m := fullModel(t)
	for _, d := range dialects {
		script := ddl.Generate(m, d)
		text := script.String()
		for _, q := range quotedIdents(text, d) {
			if len(q) > d.IdentLimit() {
				t.Errorf("%s: identifier %q is %d bytes, over %d", d.Name(), q, len(q), d.IdentLimit())
			}
		}
		if d.Name() == "mssql" {
			for _, b := range script.Batches {
				if strings.Contains(b, "CREATE OR ALTER VIEW") && !strings.HasPrefix(b, "CREATE OR ALTER VIEW") {
					t.Errorf("view not alone in its batch:\n%.200s", b)
				}
			}
		}
	}
}

func quotedIdents(s string, d dialect.Dialect) []string {
	open, close := byte('"'), byte('"')
	if d.Name() == "mssql" {
		open, close = '[', ']'
	}
	var out []string
	for i := 0; i < len(s); i++ {
		if s[i] != open {
			continue
		}
		j := strings.IndexByte(s[i+1:], close)
		if j < 0 {
			break
		}
		out = append(out, s[i+1:i+1+j])
		i += j + 1
	}
	return out
}
