// Command bench runs the benchmark scenarios.
//
// PLACEHOLDER: this stub only exists so that `make bench` works before the
// benchmark runner lands; the benchmark work replaces this whole file. It
// accepts the flags `make bench` passes and registers no scenario.
package main

import (
	"flag"
	"fmt"
	"os"
)

func main() {
	if len(os.Args) < 2 || os.Args[1] != "run" {
		fmt.Fprintln(os.Stderr, "usage: bench run [--scale N] [--scenarios a,b]")
		os.Exit(2)
	}
	fs := flag.NewFlagSet("run", flag.ExitOnError)
	fs.String("scale", "", "data scale")
	fs.String("scenarios", "", "comma-separated scenario names")
	_ = fs.Parse(os.Args[2:])
	fmt.Println("no scenarios registered yet")
}
