package cli

import (
	"context"
	"flag"
	"fmt"
	"io"

	"github.com/edfi-bench/tpr/engine/provision"
	"github.com/edfi-bench/tpr/engine/relational"
)

// verifyCmd audits reference edges and ReferentialIds; exit 1 on any
// violation, so CI and benchmark runs can gate on it.
func verifyCmd(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("verify", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var schemas schemaFlag
	fs.Var(&schemas, "schema", "ApiSchema.json file (repeatable)")
	sample := fs.Int("sample", 0, "audit at most N random documents per resource type (0 = all)")
	dbName := fs.String("database", "", databaseHelp)
	if err := fs.Parse(args); err != nil {
		return usageError{err}
	}
	eff, m, err := loadSchema(schemas, stderr)
	if err != nil {
		return err
	}
	db, err := openDatabase(ctx, stderr, *dbName)
	if err != nil {
		return err
	}
	defer db.close()
	pool, err := openPool(ctx, db.url, nil, 4)
	if err != nil {
		return err
	}
	defer pool.Close()
	if err := provision.CheckPostgres(ctx, pool, eff); err != nil {
		return err
	}
	st, err := relational.New(pool, m, relational.Options{})
	if err != nil {
		return err
	}
	rep, err := st.Verify(ctx, relational.VerifyOptions{Sample: *sample})
	if err != nil {
		return err
	}
	for _, f := range rep.Findings {
		fmt.Fprintln(stdout, f)
	}
	fmt.Fprintf(stdout, "verified %d documents and %d reference edges: %d violations\n", rep.Documents, rep.Edges, rep.Violations)
	if rep.Violations > 0 {
		return fmt.Errorf("%d violations", rep.Violations)
	}
	return nil
}
