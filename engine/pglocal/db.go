package pglocal

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"os"
	"strings"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
)

// Connect returns the URL of a PostgreSQL server for a program to use:
// DATABASE_URL when it is set (stop is then a no-op), else the URL of
// database "postgres" on a cluster started with opts, which stop shuts down.
// stop is safe to call more than once.
func Connect(ctx context.Context, opts Options) (url string, stop func(), err error) {
	if u := os.Getenv("DATABASE_URL"); u != "" {
		return u, func() {}, nil
	}
	c, err := Start(ctx, opts)
	if err != nil {
		return "", nil, err
	}
	return c.URL("postgres"), func() {
		if err := c.Stop(); err != nil {
			opts.logf("%v", err)
		}
	}, nil
}

// EnsureDatabase creates database name on the server at adminURL unless it
// exists. Concurrent callers creating the same database do not fail.
func EnsureDatabase(ctx context.Context, adminURL, name string) error {
	conn, err := pgx.Connect(ctx, adminURL)
	if err != nil {
		return fmt.Errorf("pglocal: connecting to %s: %w", redact(adminURL), err)
	}
	defer conn.Close(context.Background())
	var exists bool
	if err := conn.QueryRow(ctx, "SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = $1)", name).Scan(&exists); err != nil {
		return fmt.Errorf("pglocal: looking up database %q: %w", name, err)
	}
	if exists {
		return nil
	}
	_, err = conn.Exec(ctx, "CREATE DATABASE "+pgx.Identifier{name}.Sanitize())
	var pgErr *pgconn.PgError
	// 42P04 duplicate_database: someone else won the race, which is fine.
	// 23505 unique_violation: the same race, caught by the catalog index.
	if errors.As(err, &pgErr) && (pgErr.Code == "42P04" || pgErr.Code == "23505") {
		return nil
	}
	if err != nil {
		return fmt.Errorf("pglocal: creating database %q: %w", name, err)
	}
	return nil
}

// DatabaseURL returns connString with its database replaced by dbname. It
// accepts both URL (postgres://…) and keyword/value (host=… dbname=…) forms.
func DatabaseURL(connString, dbname string) (string, error) {
	if strings.HasPrefix(connString, "postgres://") || strings.HasPrefix(connString, "postgresql://") {
		u, err := url.Parse(connString)
		if err != nil {
			return "", fmt.Errorf("pglocal: parsing connection URL: %w", err)
		}
		u.Path = "/" + dbname
		u.RawPath = ""
		q := u.Query()
		if q.Has("dbname") {
			q.Set("dbname", dbname)
			u.RawQuery = q.Encode()
		}
		return u.String(), nil
	}
	// Later keywords win in libpq and pgx, so appending overrides any dbname.
	v := strings.NewReplacer(`\`, `\\`, `'`, `\'`).Replace(dbname)
	return strings.TrimSpace(connString) + " dbname='" + v + "'", nil
}

// redact hides a password in a connection URL for error messages.
func redact(connString string) string {
	u, err := url.Parse(connString)
	if err != nil || u.User == nil {
		return connString
	}
	if _, ok := u.User.Password(); ok {
		u.User = url.UserPassword(u.User.Username(), "xxxxx")
	}
	return u.String()
}
