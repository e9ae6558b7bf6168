package cli_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/edfi-bench/tpr/bench/cli"
	"github.com/edfi-bench/tpr/bench/results"
	_ "github.com/edfi-bench/tpr/scenarios/all"
)

// The whole command, end to end: a quick run writes the JSON, the benchstat
// text and the HTML report; comparing the run with itself passes; planting
// a 2× regression of a counter fails the gate with exit code 1.
func TestRunThenCompareGate(t *testing.T) {
	if testing.Short() {
		t.Skip("starts PostgreSQL and runs a scenario")
	}
	dir := t.TempDir()
	out := filepath.Join(dir, "run.json")
	var stdout, stderr bytes.Buffer
	code := cli.Run([]string{"run", "--quick", "--scale", "20", "--scenarios", "collection-replace", "--out", out,
		"--schema", "../../../shared/apischema/ed-fi-ds-5.1-core.json"}, &stdout, &stderr)
	if code != 0 {
		t.Fatalf("bench run exit %d\n%s\n%s", code, stdout.String(), stderr.String())
	}
	for _, f := range []string{out, filepath.Join(dir, "run.html"), filepath.Join(dir, "run.bench.txt")} {
		if st, err := os.Stat(f); err != nil || st.Size() == 0 {
			t.Fatalf("%s not written: %v", f, err)
		}
	}
	if !strings.Contains(stdout.String(), "replace_vs_diff_time_one_of") {
		t.Errorf("summary lacks the ratio:\n%s", stdout.String())
	}

	stdout.Reset()
	if code := cli.Run([]string{"compare", out, out}, &stdout, &stderr); code != 0 {
		t.Fatalf("comparing a run with itself: exit %d\n%s", code, stdout.String())
	}

	run, err := results.Read(out)
	if err != nil {
		t.Fatal(err)
	}
	planted := false
	for _, s := range run.Scenarios {
		for _, c := range s.Counters {
			if strings.HasPrefix(c.Name, "replace_rows_written") {
				c.Value *= 2
				planted = true
				break
			}
		}
	}
	if !planted {
		t.Fatal("no counter to plant a regression in")
	}
	worse := filepath.Join(dir, "worse.json")
	if err := run.Write(worse); err != nil {
		t.Fatal(err)
	}
	stdout.Reset()
	if code := cli.Run([]string{"compare", out, worse}, &stdout, &stderr); code != 1 {
		t.Fatalf("a planted 2x counter regression: exit %d, want 1\n%s", code, stdout.String())
	}
	if !strings.Contains(stdout.String(), "regressed") {
		t.Errorf("compare output does not name the regression:\n%s", stdout.String())
	}
}
