// Command engine provisions a database for Ed-Fi ApiSchema files, prints
// their DDL, serves the Ed-Fi API on the relational store, and audits it.
package main

import (
	"os"

	"github.com/edfi-bench/tpr/engine/cli"
)

func main() { os.Exit(cli.Run(os.Args[1:], os.Stdout, os.Stderr)) }
