// Package pgtest gives each test its own real PostgreSQL database, cheaply.
//
// A test binary provisions an expensive schema once, as a template database
// ([Template]); every test then gets a private clone of it ([NewDB]), which
// CREATE DATABASE … TEMPLATE makes in a fraction of the time the DDL takes.
// Tests can call t.Parallel freely: they never share a database.
//
// The server is TEST_DATABASE_URL or DATABASE_URL when set (a superuser, or a
// role with CREATEDB, on PostgreSQL 13 or later), else a throwaway cluster
// with durability off that [Main] starts when a test first asks for a
// database and stops at the end. Every database
// pgtest creates has a unique name and is dropped after use, so a shared
// server is left as it was found (except after a crash or a forced exit).
//
// Use it from TestMain:
//
//	func TestMain(m *testing.M) { pgtest.Main(m) }
//
//	func TestSomething(t *testing.T) {
//		t.Parallel()
//		tpl := pgtest.Template(t, "edfi", func(ctx context.Context, url string) error {
//			return provision(ctx, url) // runs once per test binary
//		})
//		pool := pgtest.Pool(t, pgtest.NewDB(t, tpl))
//		…
//	}
package pgtest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"regexp"
	"runtime/debug"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/edfi-bench/tpr/engine/pglocal"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"
)

// opTimeout bounds one administrative statement (CREATE/DROP DATABASE), so a
// stuck server fails the test instead of hanging it until the test timeout.
const opTimeout = 2 * time.Minute

// server is the PostgreSQL server of this test binary, set up by Main and
// connected on first use.
type server struct {
	envURL string // TEST_DATABASE_URL or DATABASE_URL; empty = start a cluster

	initOnce sync.Once
	initErr  error
	admin    *pgxpool.Pool
	adminURL string
	cluster  *pglocal.Cluster
	stopSig  func()
	version  int // server_version_num

	// createMu serialises CREATE DATABASE within the process. The server
	// refuses a clone ("source database is being accessed by other users")
	// while any session is connected to its template; one clone at a time
	// means the only such sessions are strays we terminate and retry past,
	// and costs little since cloning is I/O-bound anyway.
	createMu sync.Mutex

	mu        sync.Mutex
	templates map[string]*template
}

type template struct {
	once sync.Once
	name string
	err  error
}

var (
	current atomic.Pointer[server]
	seq     atomic.Int64
)

// Main runs the tests of m against a PostgreSQL server and exits with their
// status. The server is TEST_DATABASE_URL or DATABASE_URL when set, else an
// ephemeral local cluster (see package pglocal) with fsync off, started when
// a test first needs it (a run that selects no database test pays nothing)
// and stopped when the tests end, on SIGINT/SIGTERM, or, should the test
// binary crash, by the kernel. Call it from TestMain.
func Main(m *testing.M) {
	os.Exit(run(m))
}

func run(m *testing.M) int {
	url := os.Getenv("TEST_DATABASE_URL")
	if url == "" {
		url = os.Getenv("DATABASE_URL")
	}
	s := &server{envURL: url, templates: map[string]*template{}}
	current.Store(s)
	code := m.Run()
	current.Store(nil)
	if err := s.close(); err != nil {
		fmt.Fprintf(os.Stderr, "pgtest: %v\n", err)
		if code == 0 {
			code = 1
		}
	}
	return code
}

// init connects to the server, starting a cluster if needed, once.
func (s *server) init() error {
	s.initOnce.Do(func() { s.initErr = s.connect(context.Background()) })
	return s.initErr
}

func (s *server) connect(ctx context.Context) error {
	s.adminURL = s.envURL
	if s.envURL == "" {
		c, err := pglocal.Start(ctx, pglocal.Options{Ephemeral: true, Log: os.Stderr})
		if err != nil {
			return err
		}
		s.cluster = c
		s.stopSig = c.StopOnSignal()
		s.adminURL = c.URL("postgres")
	}
	cfg, err := pgxpool.ParseConfig(s.adminURL)
	if err != nil {
		return fmt.Errorf("parsing the database URL: %w", err)
	}
	cfg.MaxConns = 4
	if s.admin, err = pgxpool.NewWithConfig(ctx, cfg); err != nil {
		return err
	}
	if err := s.admin.QueryRow(ctx, "SELECT current_setting('server_version_num')::int").Scan(&s.version); err != nil {
		return fmt.Errorf("connecting to the test server: %w", err)
	}
	return nil
}

// external reports whether the server is shared (from the environment)
// rather than our own throwaway cluster.
func (s *server) external() bool { return s.envURL != "" }

// close undoes connect: on a shared server it drops the templates (clones are
// dropped by their tests); our own cluster just goes away whole.
func (s *server) close() error {
	var errs []error
	if s.admin != nil {
		if s.external() {
			errs = append(errs, s.dropTemplates())
		}
		s.admin.Close()
	}
	if s.stopSig != nil {
		s.stopSig()
	}
	if s.cluster != nil {
		errs = append(errs, s.cluster.Stop())
	}
	return errors.Join(errs...)
}

func get(t testing.TB) *server {
	t.Helper()
	s := current.Load()
	if s == nil {
		t.Fatalf("pgtest: no test server; call pgtest.Main(m) from TestMain in this package")
	}
	if err := s.init(); err != nil {
		t.Fatalf("pgtest: %v", err)
	}
	return s
}

// AdminURL returns the URL of the test server's "postgres" database, for
// server-wide statements. Tests should work in a database from NewDB instead.
func AdminURL(t testing.TB) string {
	t.Helper()
	return get(t).adminURL
}

// Template returns the name of a template database built by build, for
// [NewDB]. The first call for a key in this test binary creates the database
// (named tpl_<key>_<random>) and runs build against its URL; every other call,
// concurrent or later, waits for that and returns the same name, so use one
// key per distinct build. build must close its connections before returning:
// once built, the template refuses connections (ALLOW_CONNECTIONS false), so
// that no stray session can block cloning; inspect its data through a clone.
// If build fails (or panics), the calling test fails, and so does every later
// caller with the same key.
func Template(t testing.TB, key string, build func(ctx context.Context, url string) error) string {
	t.Helper()
	s := get(t)
	s.mu.Lock()
	tpl := s.templates[key]
	if tpl == nil {
		tpl = &template{}
		s.templates[key] = tpl
	}
	s.mu.Unlock()
	tpl.once.Do(func() { tpl.name, tpl.err = s.buildTemplate(key, build) })
	if tpl.err != nil {
		t.Fatalf("pgtest: template %q: %v", key, tpl.err)
	}
	return tpl.name
}

func (s *server) buildTemplate(key string, build func(ctx context.Context, url string) error) (_ string, err error) {
	// Not a test's context: the template outlives the test that happens to
	// build it.
	ctx := context.Background()
	name := dbName("tpl_"+sanitize(key, 30), randomSuffix())
	if err := s.createDatabase(ctx, name, ""); err != nil {
		return "", err
	}
	defer func() {
		if err != nil {
			if dropErr := s.dropDatabase(name, false); dropErr != nil {
				err = errors.Join(err, dropErr)
			}
		}
	}()
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("build panicked: %v\n%s", r, debug.Stack())
		}
	}()
	url, err := pglocal.DatabaseURL(s.adminURL, name)
	if err != nil {
		return "", err
	}
	if err := build(ctx, url); err != nil {
		return "", err
	}
	ident := pgx.Identifier{name}.Sanitize()
	// Refusing connections keeps a pool that build forgot to close from
	// reconnecting and breaking the clones; the terminate clears the ones
	// already there.
	if _, err := s.exec(ctx, "ALTER DATABASE "+ident+" WITH ALLOW_CONNECTIONS false IS_TEMPLATE true"); err != nil {
		return "", err
	}
	if err := s.terminate(ctx, name); err != nil {
		return "", err
	}
	return name, nil
}

// NewDB creates a database cloned from template (a name from [Template]; ""
// means an empty database) and returns its URL. The database is dropped when
// the test and its subtests finish.
func NewDB(t testing.TB, template string) (url string) {
	t.Helper()
	s := get(t)
	name := dbName(fmt.Sprintf("test_%d", seq.Add(1)), randomSuffix())
	if err := s.createDatabase(context.Background(), name, template); err != nil {
		t.Fatalf("pgtest: %v", err)
	}
	// Registered before the caller's own cleanups (pools), so it runs after
	// them; FORCE deals with whatever connection is still open.
	t.Cleanup(func() {
		if err := s.dropDatabase(name, false); err != nil {
			t.Errorf("pgtest: %v", err)
		}
	})
	url, err := pglocal.DatabaseURL(s.adminURL, name)
	if err != nil {
		t.Fatalf("pgtest: %v", err)
	}
	return url
}

// Pool returns a connection pool for url, closed when the test finishes.
func Pool(t testing.TB, url string) *pgxpool.Pool {
	t.Helper()
	pool, err := pgxpool.New(context.Background(), url)
	if err != nil {
		t.Fatalf("pgtest: %v", err)
	}
	t.Cleanup(pool.Close)
	return pool
}

func (s *server) createDatabase(ctx context.Context, name, template string) error {
	ctx, cancel := context.WithTimeout(ctx, opTimeout)
	defer cancel()
	sql := "CREATE DATABASE " + pgx.Identifier{name}.Sanitize()
	if template == "" {
		// template0, not template1: the latter may carry whatever an admin of
		// a shared server put there.
		template = "template0"
	}
	sql += " TEMPLATE " + pgx.Identifier{template}.Sanitize()
	if !s.external() && s.version >= 150000 {
		// FILE_COPY copies the template's files and checkpoints around it,
		// where the default WAL_LOG pushes every block through the WAL:
		// measured about a quarter faster for a schema of 1,500 tables. The
		// checkpoints are cheap only with fsync off, which is why a shared
		// server keeps its default.
		sql += " STRATEGY FILE_COPY"
	}
	s.createMu.Lock()
	defer s.createMu.Unlock()
	for attempt := 1; ; attempt++ {
		_, err := s.exec(ctx, sql)
		var pgErr *pgconn.PgError
		// 55006 object_in_use: someone is connected to the template after all.
		if errors.As(err, &pgErr) && pgErr.Code == "55006" && template != "template0" && attempt < 5 {
			if err := s.terminate(ctx, template); err != nil {
				return err
			}
			continue
		}
		if err != nil {
			return fmt.Errorf("creating database %s from %s: %w", name, template, err)
		}
		return nil
	}
}

// dropDatabase drops name, which may be a template.
func (s *server) dropDatabase(name string, isTemplate bool) error {
	ctx, cancel := context.WithTimeout(context.Background(), opTimeout)
	defer cancel()
	ident := pgx.Identifier{name}.Sanitize()
	if isTemplate {
		if _, err := s.exec(ctx, "ALTER DATABASE "+ident+" WITH IS_TEMPLATE false"); err != nil {
			return fmt.Errorf("dropping template %s: %w", name, err)
		}
	}
	if _, err := s.exec(ctx, "DROP DATABASE IF EXISTS "+ident+" WITH (FORCE)"); err != nil {
		return fmt.Errorf("dropping database %s: %w", name, err)
	}
	return nil
}

func (s *server) dropTemplates() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	var errs []error
	for _, tpl := range s.templates {
		if tpl.name != "" {
			errs = append(errs, s.dropDatabase(tpl.name, true))
		}
	}
	return errors.Join(errs...)
}

// terminate ends every session connected to database name.
func (s *server) terminate(ctx context.Context, name string) error {
	_, err := s.admin.Exec(ctx,
		"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()", name)
	if err != nil {
		return fmt.Errorf("disconnecting sessions from %s: %w", name, err)
	}
	return nil
}

func (s *server) exec(ctx context.Context, sql string) (pgconn.CommandTag, error) {
	return s.admin.Exec(ctx, sql)
}

var unsafeChars = regexp.MustCompile(`[^a-z0-9_]+`)

// sanitize makes key usable inside an unquoted-looking database name.
func sanitize(key string, max int) string {
	k := unsafeChars.ReplaceAllString(strings.ToLower(key), "_")
	if len(k) > max {
		k = k[:max]
	}
	return k
}

// dbName joins prefix and suffix within PostgreSQL's 63-byte name limit.
func dbName(prefix, suffix string) string {
	if max := 63 - len(suffix) - 1; len(prefix) > max {
		prefix = prefix[:max]
	}
	return prefix + "_" + suffix
}

// randomSuffix keeps names unique across test binaries sharing a server.
func randomSuffix() string {
	b := make([]byte, 5)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}
