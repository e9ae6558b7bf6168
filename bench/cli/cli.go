// Package cli is the bench command line: run, list, compare, report.
package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"text/tabwriter"

	"github.com/pkg/profile"

	"github.com/edfi-bench/tpr/bench"
	"github.com/edfi-bench/tpr/bench/results"
)

// DefaultScale is the student count `make bench` uses: it finishes within
// about ten minutes on two cores.
const DefaultScale = 800

// Run executes the command line and returns the exit code.
func Run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		usage(stderr)
		return 2
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	var err error
	switch args[0] {
	case "run":
		err = runCmd(ctx, args[1:], stdout, stderr)
	case "list":
		for _, m := range bench.Registered() {
			def := ""
			if m.Default {
				def = " (default)"
			}
			fmt.Fprintf(stdout, "%-20s v%d%s  %s\n", m.Name, m.Version, def, m.Description)
		}
	case "compare":
		err = compareCmd(args[1:], stdout, stderr)
	case "report":
		err = reportCmd(args[1:], stdout, stderr)
	case "help", "-h", "--help":
		usage(stdout)
		return 0
	default:
		fmt.Fprintf(stderr, "bench: unknown command %q\n", args[0])
		usage(stderr)
		return 2
	}
	if err != nil {
		var ue usageError
		fmt.Fprintf(stderr, "bench %s: %v\n", args[0], err)
		if errors.As(err, &ue) {
			return 2
		}
		return 1
	}
	return 0
}

type usageError struct{ error }

func usage(w io.Writer) {
	fmt.Fprint(w, `bench — benchmark the relational Ed-Fi engine against the three-table document store

Usage:
  bench run [--scale N] [--seed N] [--scenarios a,b] [--stores relational,document] [--out results/latest.json] [--quick]
            [--cpuprofile] [--memprofile] [--profile-dir DIR]
  bench list                     the registered scenarios
  bench compare BASE.json NEW.json   exit 1 when a counter or same-run ratio regressed beyond its threshold
  bench report RUN.json [--base BASE.json] [--out FILE.html]

Database: DATABASE_URL when set, otherwise a throwaway local PostgreSQL with fsync on.
`)
}

func runCmd(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("run", flag.ContinueOnError)
	fs.SetOutput(stderr)
	scale := fs.Int("scale", DefaultScale, "number of students; every other count follows from it")
	seed := fs.Uint64("seed", 1, "data seed: the same seed gives the same documents")
	scenarios := fs.String("scenarios", "", "comma-separated scenario names (default: all default scenarios)")
	out := fs.String("out", "results/latest.json", "result file; .html and .bench.txt are written beside it")
	quick := fs.Bool("quick", false, "smoke-sized run (tests, CI)")
	storesFlag := fs.String("stores", "relational,document", "stores to measure: relational, document or both (comparisons need both)")
	cpu := fs.Bool("cpuprofile", false, "write a CPU profile of the run (pkg/profile)")
	mem := fs.Bool("memprofile", false, "write a heap profile of the run (pkg/profile)")
	profDir := fs.String("profile-dir", "results/profiles", "where profiles go")
	var schemas stringList
	fs.Var(&schemas, "schema", "ApiSchema.json files (default: DS 5.1 core + Sample + TPDM + Homograph beside the repository)")
	if err := fs.Parse(args); err != nil {
		return usageError{err}
	}
	if *scale <= 0 {
		return usageError{errors.New("--scale must be positive")}
	}
	if len(schemas) == 0 {
		dir := "../shared/apischema"
		schemas = stringList{filepath.Join(dir, "ed-fi-ds-5.1-core.json"), filepath.Join(dir, "sample-extension.json"),
			filepath.Join(dir, "tpdm-extension.json"), filepath.Join(dir, "homograph-extension.json")}
	}
	if *cpu && *mem {
		return usageError{errors.New("pkg/profile takes one profile at a time: pass --cpuprofile or --memprofile")}
	}
	if *cpu || *mem {
		mode := profile.CPUProfile
		if *mem {
			mode = profile.MemProfile
		}
		if err := os.MkdirAll(*profDir, 0o755); err != nil {
			return err
		}
		defer profile.Start(mode, profile.ProfilePath(*profDir), profile.NoShutdownHook, profile.Quiet).Stop()
	}
	if len(bench.Registered()) == 0 {
		fmt.Fprintln(stdout, "no scenarios registered yet")
		return nil
	}
	var names []string
	if *scenarios != "" {
		names = strings.Split(*scenarios, ",")
	}
	run, err := bench.Run(ctx, bench.Options{Scale: *scale, Seed: *seed, Scenarios: names, Quick: *quick, Schemas: schemas, Log: stderr,
		Stores: strings.Split(*storesFlag, ",")})
	if run == nil {
		return err
	}
	if werr := writeOutputs(run, *out); werr != nil {
		return werr
	}
	printSummary(stdout, run)
	fmt.Fprintf(stdout, "\nresults: %s (HTML: %s, benchstat: %s)\n", *out, htmlPath(*out), benchPath(*out))
	if err != nil {
		return err
	}
	for _, s := range run.Scenarios {
		if s.Error != "" {
			return fmt.Errorf("scenario %s failed: %s", s.Name, s.Error)
		}
	}
	return nil
}

type stringList []string

func (s *stringList) String() string     { return strings.Join(*s, ",") }
func (s *stringList) Set(v string) error { *s = append(*s, v); return nil }

func htmlPath(out string) string  { return strings.TrimSuffix(out, ".json") + ".html" }
func benchPath(out string) string { return strings.TrimSuffix(out, ".json") + ".bench.txt" }

func writeOutputs(run *results.Run, out string) error {
	if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
		return err
	}
	if err := run.Write(out); err != nil {
		return err
	}
	if err := writeBench(run, benchPath(out)); err != nil {
		return err
	}
	return writeHTML(run, nil, htmlPath(out))
}

// printSummary prints every scenario's ratios (with targets) and ops.
func printSummary(w io.Writer, run *results.Run) {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintf(tw, "\nSCENARIO\tRATIO\tVALUE\tTARGET\tMET\n")
	for _, s := range run.Scenarios {
		if s.Error != "" {
			fmt.Fprintf(tw, "%s\tFAILED: %s\t\t\t\n", s.Name, s.Error)
			continue
		}
		for _, r := range s.Ratios {
			target, met := "", ""
			if ok, has := r.MeetsTarget(); has {
				op := "≤"
				if r.Better == results.Higher {
					op = "≥"
				}
				target = fmt.Sprintf("%s %.3g", op, *r.Target)
				met = "no"
				if ok {
					met = "yes"
				}
			}
			fmt.Fprintf(tw, "%s\t%s\t%.3g\t%s\t%s\n", s.Name, r.Name, r.Value, target, met)
		}
	}
	tw.Flush()
	tw = tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintf(tw, "\nSCENARIO\tSTORE\tOP\tCOUNT\tERR\tP50 ms\tP95 ms\tP99 ms\tOPS/S\tRT/OP\n")
	for _, s := range run.Scenarios {
		for _, o := range s.Ops {
			fmt.Fprintf(tw, "%s\t%s\t%s\t%d\t%d\t%.3g\t%.3g\t%.3g\t%.4g\t%.3g\n", s.Name, o.Store, o.Name, o.Count, o.Errors,
				o.P50Ms, o.P95Ms, o.P99Ms, o.PerSecond, o.RoundTrips)
		}
	}
	tw.Flush()
}
