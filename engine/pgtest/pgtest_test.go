package pgtest_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/edfi-bench/tpr/engine/pglocal"
	"github.com/edfi-bench/tpr/engine/pgtest"
	"github.com/jackc/pgx/v5"
)

func TestMain(m *testing.M) { pgtest.Main(m) }

func exec1(t *testing.T, url, sql string) {
	t.Helper()
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, sql); err != nil {
		t.Fatalf("%s: %v", sql, err)
	}
}

func tableExists(t *testing.T, url, table string) bool {
	t.Helper()
	var ok bool
	err := pgtest.Pool(t, url).QueryRow(context.Background(), "SELECT to_regclass($1) IS NOT NULL", table).Scan(&ok)
	if err != nil {
		t.Fatal(err)
	}
	return ok
}

func databaseExists(t *testing.T, name string) bool {
	t.Helper()
	var ok bool
	err := pgtest.Pool(t, pgtest.AdminURL(t)).QueryRow(context.Background(),
		"SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = $1)", name).Scan(&ok)
	if err != nil {
		t.Fatal(err)
	}
	return ok
}

func currentDatabase(t *testing.T, url string) string {
	t.Helper()
	var name string
	if err := pgtest.Pool(t, url).QueryRow(context.Background(), "SELECT current_database()").Scan(&name); err != nil {
		t.Fatal(err)
	}
	return name
}

func TestNewDBIsolation(t *testing.T) {
	t.Parallel()
	a, b := pgtest.NewDB(t, ""), pgtest.NewDB(t, "")
	if a == b {
		t.Fatalf("two NewDB calls returned the same URL %s", a)
	}
	exec1(t, a, "CREATE TABLE only_in_a (x int)")
	if !tableExists(t, a, "only_in_a") {
		t.Fatal("table missing where it was created")
	}
	if tableExists(t, b, "only_in_a") {
		t.Error("a table created in one database is visible in another")
	}
}

func TestNewDBDroppedAfterTest(t *testing.T) {
	t.Parallel()
	var name string
	t.Run("uses", func(t *testing.T) {
		name = currentDatabase(t, pgtest.NewDB(t, ""))
		if !strings.HasPrefix(name, "test_") {
			t.Errorf("database name %q", name)
		}
	})
	if databaseExists(t, name) {
		t.Errorf("database %s still exists after its test", name)
	}
}

func TestTemplateBuiltOnce(t *testing.T) {
	t.Parallel()
	var builds atomic.Int32
	build := func(ctx context.Context, url string) error {
		builds.Add(1)
		conn, err := pgx.Connect(ctx, url)
		if err != nil {
			return err
		}
		defer conn.Close(ctx)
		_, err = conn.Exec(ctx, "CREATE TABLE seeded (x int); INSERT INTO seeded VALUES (7)")
		return err
	}
	var mu sync.Mutex
	names := map[string]bool{}
	t.Run("group", func(t *testing.T) {
		for i := range 10 {
			t.Run(fmt.Sprint(i), func(t *testing.T) {
				t.Parallel()
				tpl := pgtest.Template(t, "built-once", build)
				mu.Lock()
				names[tpl] = true
				mu.Unlock()
				url := pgtest.NewDB(t, tpl)
				var x int
				if err := pgtest.Pool(t, url).QueryRow(context.Background(), "SELECT x FROM seeded").Scan(&x); err != nil || x != 7 {
					t.Errorf("clone: x=%d err=%v", x, err)
				}
				// Each clone is private: a write here is not seen by the others.
				exec1(t, url, fmt.Sprintf("INSERT INTO seeded VALUES (%d)", 100+i))
				var n int
				if err := pgtest.Pool(t, url).QueryRow(context.Background(), "SELECT count(*) FROM seeded").Scan(&n); err != nil || n != 2 {
					t.Errorf("clone has %d rows (err %v), want 2", n, err)
				}
			})
		}
	})
	if n := builds.Load(); n != 1 {
		t.Errorf("build ran %d times, want 1", n)
	}
	if len(names) != 1 {
		t.Errorf("template names %v, want one", names)
	}
	for name := range names {
		if !strings.HasPrefix(name, "tpl_built_once_") {
			t.Errorf("template name %q", name)
		}
	}
}

// fatalTB records Fatalf instead of failing the real test.
type fatalTB struct {
	testing.TB
	mu   sync.Mutex
	msgs []string
}

func (f *fatalTB) Helper() {}

func (f *fatalTB) Fatalf(format string, args ...any) {
	f.mu.Lock()
	f.msgs = append(f.msgs, fmt.Sprintf(format, args...))
	f.mu.Unlock()
	runtime.Goexit()
}

// call runs fn as a test body would, so that Fatalf's Goexit ends only it.
func call(fn func()) {
	done := make(chan struct{})
	go func() {
		defer close(done)
		fn()
	}()
	<-done
}

func TestTemplateBuildFailure(t *testing.T) {
	t.Parallel()
	var builds atomic.Int32
	var dbName string
	failing := func(ctx context.Context, url string) error {
		builds.Add(1)
		cfg, err := pgx.ParseConfig(url)
		if err != nil {
			return err
		}
		dbName = cfg.Database
		return errors.New("schema is broken")
	}
	panicking := func(ctx context.Context, url string) error {
		builds.Add(1)
		panic("boom")
	}
	for _, tc := range []struct {
		key   string
		build func(context.Context, string) error
		want  string
	}{
		{"fails", failing, "schema is broken"},
		{"panics", panicking, "boom"},
	} {
		builds.Store(0)
		f := &fatalTB{TB: t}
		for range 2 {
			call(func() {
				pgtest.Template(f, tc.key, tc.build)
				t.Errorf("%s: Template returned after a failed build", tc.key)
			})
		}
		if len(f.msgs) != 2 || !strings.Contains(f.msgs[0], tc.want) || f.msgs[0] != f.msgs[1] {
			t.Errorf("%s: failures %q, want two mentioning %q", tc.key, f.msgs, tc.want)
		}
		if n := builds.Load(); n != 1 {
			t.Errorf("%s: build ran %d times, want 1", tc.key, n)
		}
	}
	if dbName == "" || databaseExists(t, dbName) {
		t.Errorf("the failed template database %q was not dropped", dbName)
	}
}

func TestTemplateRefusesConnections(t *testing.T) {
	t.Parallel()
	tpl := pgtest.Template(t, "closed", func(ctx context.Context, url string) error { return nil })
	url, err := pglocal.DatabaseURL(pgtest.AdminURL(t), tpl)
	if err != nil {
		t.Fatal(err)
	}
	conn, err := pgx.Connect(context.Background(), url)
	if err == nil {
		conn.Close(context.Background())
		t.Fatal("connected to a template; stray sessions there would break cloning")
	}
	// Still clonable.
	if got := currentDatabase(t, pgtest.NewDB(t, tpl)); !strings.HasPrefix(got, "test_") {
		t.Errorf("clone is %q", got)
	}
}

func TestPool(t *testing.T) {
	t.Parallel()
	url := pgtest.NewDB(t, "")
	var one int
	if err := pgtest.Pool(t, url).QueryRow(context.Background(), "SELECT 1").Scan(&one); err != nil || one != 1 {
		t.Fatalf("SELECT 1 = %d, %v", one, err)
	}
}

// childEnv marks a run of this test binary started by
// TestExternalServerLeftClean.
const childEnv = "PGTEST_CHILD"

// Against a shared server (TEST_DATABASE_URL), a whole test binary must leave
// no database behind: clones are dropped after each test, templates at the end.
func TestExternalServerLeftClean(t *testing.T) {
	if os.Getenv(childEnv) != "" {
		t.Skip("already the child")
	}
	c, err := pglocal.Start(context.Background(), pglocal.Options{Ephemeral: true})
	if err != nil {
		t.Skipf("no local cluster to play the shared server: %v", err)
	}
	defer c.Stop()
	before := databases(t, c.URL("postgres"))

	cmd := exec.Command(os.Args[0], "-test.run=^(TestNewDBIsolation|TestTemplateBuiltOnce|TestTemplateBuildFailure)$", "-test.count=1")
	cmd.Env = append(os.Environ(), childEnv+"=1", "TEST_DATABASE_URL="+c.URL("postgres"))
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("child test run: %v\n%s", err, out)
	}
	if !strings.Contains(string(out), "PASS") {
		t.Fatalf("child ran no tests:\n%s", out)
	}
	after := databases(t, c.URL("postgres"))
	if strings.Join(before, ",") != strings.Join(after, ",") {
		t.Errorf("databases before %v, after %v", before, after)
	}
}

func databases(t *testing.T, url string) []string {
	t.Helper()
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	rows, err := conn.Query(ctx, "SELECT datname FROM pg_database")
	if err != nil {
		t.Fatal(err)
	}
	names, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(names)
	return names
}
