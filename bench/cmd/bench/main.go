// Command bench runs the benchmark scenarios and compares runs.
package main

import (
	"os"

	"github.com/edfi-bench/tpr/bench/cli"
	_ "github.com/edfi-bench/tpr/scenarios/all"
)

func main() { os.Exit(cli.Run(os.Args[1:], os.Stdout, os.Stderr)) }
