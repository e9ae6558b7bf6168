package provision_test

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"testing"
	"time"

	_ "github.com/microsoft/go-mssqldb"

	"github.com/edfi-bench/tpr/engine/apischema"
	"github.com/edfi-bench/tpr/engine/enginetest"
	"github.com/edfi-bench/tpr/engine/provision"
	"github.com/edfi-bench/tpr/engine/relmodel"
)

// mssqlDatabase creates a fresh database on the SQL Server named by
// TEST_MSSQL_URL (sqlserver://user:pass@host:1433) and drops it afterwards.
func mssqlDatabase(t *testing.T) *sql.DB {
	t.Helper()
	raw := os.Getenv("TEST_MSSQL_URL")
	if raw == "" {
		t.Skip("TEST_MSSQL_URL is not set: SQL Server integration tests are skipped (the SQL Server DDL is covered by the golden tests in engine/ddl)")
	}
	admin, err := sql.Open("sqlserver", raw)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { admin.Close() })
	ctx := context.Background()
	name := fmt.Sprintf("edfi_test_%d", time.Now().UnixNano())
	if _, err := admin.ExecContext(ctx, "CREATE DATABASE ["+name+"]"); err != nil {
		t.Fatalf("create database on TEST_MSSQL_URL: %v", err)
	}
	t.Cleanup(func() {
		admin.ExecContext(context.Background(), "ALTER DATABASE ["+name+"] SET SINGLE_USER WITH ROLLBACK IMMEDIATE; DROP DATABASE ["+name+"]")
	})
	u, err := url.Parse(raw)
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	q.Set("database", name)
	u.RawQuery = q.Encode()
	db, err := sql.Open("sqlserver", u.String())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// The full schema provisions on SQL Server (multiple cascade paths, batch
// rules, identifier limits are the usual traps), a second run is a no-op and
// another schema is refused.
func TestProvisionSQLServer(t *testing.T) {
	db := mssqlDatabase(t)
	s := enginetest.LoadSchema(t)
	ctx := context.Background()
	res, err := provision.SQLServer(ctx, db, s.Effective, s.Model)
	if err != nil {
		t.Fatal(err)
	}
	if !res.Applied {
		t.Fatal("first provisioning reported no-op")
	}
	var tables int
	if err := db.QueryRowContext(ctx, `SELECT count(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_TYPE = 'BASE TABLE'
		AND TABLE_SCHEMA IN ('dms','edfi','sample','tpdm','homograph')`).Scan(&tables); err != nil {
		t.Fatal(err)
	}
	if want := len(s.Model.Tables()) + 8; tables != want {
		t.Errorf("tables = %d, want %d", tables, want)
	}
	if res, err := provision.SQLServer(ctx, db, s.Effective, s.Model); err != nil || res.Applied {
		t.Fatalf("second run: %+v, %v", res, err)
	}
	coreOnly, err := apischema.LoadFiles(enginetest.SchemaFiles()[0])
	if err != nil {
		t.Fatal(err)
	}
	m, err := relmodel.Build(coreOnly)
	if err != nil {
		t.Fatal(err)
	}
	var mm *provision.MismatchError
	if _, err := provision.SQLServer(ctx, db, coreOnly, m); !errors.As(err, &mm) {
		t.Fatalf("another schema: %v, want a MismatchError", err)
	}
}
