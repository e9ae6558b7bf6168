package cli

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/edfi-bench/tpr/bench/report"
	"github.com/edfi-bench/tpr/bench/results"
)

func writeBench(run *results.Run, path string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	results.WriteGoBench(w, run)
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

func writeHTML(run, base *results.Run, path string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := report.Render(f, run, base); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// compareCmd is the regression gate: counters and same-run ratios only.
func compareCmd(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("compare", flag.ContinueOnError)
	fs.SetOutput(stderr)
	if err := fs.Parse(args); err != nil {
		return usageError{err}
	}
	if fs.NArg() != 2 {
		return usageError{errors.New("want two result files: BASE.json NEW.json")}
	}
	base, err := results.Read(fs.Arg(0))
	if err != nil {
		return err
	}
	cur, err := results.Read(fs.Arg(1))
	if err != nil {
		return err
	}
	cmp := results.Compare(base, cur)
	cmp.WriteText(stdout)
	if n := len(cmp.Regressions()); n > 0 {
		return fmt.Errorf("%d regression(s) beyond their thresholds", n)
	}
	fmt.Fprintln(stdout, "no regressions")
	return nil
}

func reportCmd(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("report", flag.ContinueOnError)
	fs.SetOutput(stderr)
	basePath := fs.String("base", "", "a baseline run to compare against")
	out := fs.String("out", "", "HTML file (default: beside the run, .html)")
	if err := fs.Parse(args); err != nil {
		return usageError{err}
	}
	if fs.NArg() != 1 {
		return usageError{errors.New("want one result file")}
	}
	run, err := results.Read(fs.Arg(0))
	if err != nil {
		return err
	}
	var base *results.Run
	if *basePath != "" {
		if base, err = results.Read(*basePath); err != nil {
			return err
		}
	}
	path := *out
	if path == "" {
		path = htmlPath(fs.Arg(0))
	}
	if err := writeHTML(run, base, path); err != nil {
		return err
	}
	fmt.Fprintln(stdout, path)
	return nil
}
