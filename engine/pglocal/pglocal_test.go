package pglocal

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
)

// syncBuffer collects Log output from concurrent goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// testLog sends a cluster's progress messages to the test log.
type testLog struct{ t testing.TB }

func (l testLog) Write(p []byte) (int, error) {
	l.t.Log(strings.TrimRight(string(p), "\n"))
	return len(p), nil
}

// reachableTempDir is t.TempDir made traversable for the postgres OS user,
// which runs the server when the tests run as root.
func reachableTempDir(t *testing.T) string {
	t.Helper()
	d := t.TempDir()
	for _, p := range []string{filepath.Dir(d), d} {
		if err := os.Chmod(p, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	return d
}

func start(t *testing.T, opts Options) *Cluster {
	t.Helper()
	if opts.Log == nil {
		opts.Log = testLog{t}
	}
	c, err := Start(context.Background(), opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := c.Stop(); err != nil {
			t.Error(err)
		}
	})
	return c
}

func query(t *testing.T, url, sql string, args ...any) string {
	t.Helper()
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	var s string
	if err := conn.QueryRow(ctx, sql, args...).Scan(&s); err != nil {
		t.Fatalf("%s: %v", sql, err)
	}
	return s
}

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

// waitGone waits for pid to exit. The bound only stops a broken test from
// hanging; nothing here measures time.
func waitGone(t *testing.T, pid int) {
	t.Helper()
	for i := 0; i < 600 && processAlive(pid); i++ {
		time.Sleep(50 * time.Millisecond)
	}
	if processAlive(pid) {
		t.Fatalf("process %d is still running", pid)
	}
}

func assertPortFree(t *testing.T, port int) {
	t.Helper()
	l, err := net.Listen("tcp", fmt.Sprintf("127.0.0.1:%d", port))
	if err != nil {
		t.Fatalf("port %d still taken: %v", port, err)
	}
	l.Close()
}

func assertStopped(t *testing.T, pid, port int) {
	t.Helper()
	if processAlive(pid) {
		t.Errorf("postmaster %d still running after Stop", pid)
	}
	assertPortFree(t, port)
}

func TestStartStopEphemeral(t *testing.T) {
	c, err := Start(context.Background(), Options{Ephemeral: true, Log: testLog{t}})
	if err != nil {
		t.Fatal(err)
	}
	pid, port, root := c.Pid(), c.Port(), filepath.Dir(c.DataDir())
	if !processAlive(pid) || !isPostgres(pid) {
		t.Fatalf("postmaster %d not running", pid)
	}
	if got := query(t, c.URL("postgres"), "SELECT current_user"); got != "postgres" {
		t.Errorf("current_user = %q", got)
	}
	if got := query(t, c.URL("postgres"), "SHOW server_encoding"); got != "UTF8" {
		t.Errorf("server_encoding = %q", got)
	}
	if got := query(t, c.URL("postgres"), "SHOW lc_collate"); got != "C" {
		t.Errorf("lc_collate = %q", got)
	}
	if want := fmt.Sprintf("postgres://postgres@127.0.0.1:%d/x?sslmode=disable", port); c.URL("x") != want {
		t.Errorf("URL = %q, want %q", c.URL("x"), want)
	}
	if err := c.Stop(); err != nil {
		t.Fatal(err)
	}
	assertStopped(t, pid, port)
	if _, err := os.Stat(root); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("ephemeral folder %s left behind (%v)", root, err)
	}
	if err := c.Stop(); err != nil {
		t.Errorf("second Stop: %v", err)
	}
}

func TestSettings(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		fsync bool
		want  string
	}{{false, "off"}, {true, "on"}} {
		t.Run(fmt.Sprintf("fsync=%v", tc.fsync), func(t *testing.T) {
			t.Parallel()
			c := start(t, Options{Ephemeral: true, Fsync: tc.fsync, Settings: map[string]string{"work_mem": "7MB"}})
			for _, name := range []string{"fsync", "synchronous_commit", "full_page_writes"} {
				if got := query(t, c.URL("postgres"), "SHOW "+name); got != tc.want {
					t.Errorf("%s = %s, want %s", name, got, tc.want)
				}
			}
			if got := query(t, c.URL("postgres"), "SHOW work_mem"); got != "7MB" {
				t.Errorf("work_mem = %s", got)
			}
			if got := query(t, c.URL("postgres"), "SHOW max_connections"); got != "200" {
				t.Errorf("max_connections = %s", got)
			}
		})
	}
}

func TestSettingsRejectPort(t *testing.T) {
	_, err := Start(context.Background(), Options{Ephemeral: true, Settings: map[string]string{"port": "5432"}})
	if err == nil || !strings.Contains(err.Error(), "Options.Port") {
		t.Fatalf("err = %v", err)
	}
}

func TestTwoClustersAtOnce(t *testing.T) {
	t.Parallel()
	var wg sync.WaitGroup
	cs := make([]*Cluster, 2)
	errs := make([]error, 2)
	for i := range cs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			cs[i], errs[i] = Start(context.Background(), Options{Ephemeral: true})
		}()
	}
	wg.Wait()
	for i, c := range cs {
		if errs[i] != nil {
			t.Fatal(errs[i])
		}
		t.Cleanup(func() { c.Stop() })
	}
	if cs[0].Port() == cs[1].Port() || cs[0].DataDir() == cs[1].DataDir() {
		t.Fatalf("clusters share port %d / data %s", cs[0].Port(), cs[0].DataDir())
	}
	exec1(t, cs[0].URL("postgres"), "CREATE TABLE only_in_first (x int)")
	if got := query(t, cs[1].URL("postgres"), "SELECT count(*)::text FROM pg_tables WHERE tablename = 'only_in_first'"); got != "0" {
		t.Errorf("second cluster sees the first's table")
	}
	pid0, port0 := cs[0].Pid(), cs[0].Port()
	if err := cs[0].Stop(); err != nil {
		t.Fatal(err)
	}
	assertStopped(t, pid0, port0)
	// Stopping one leaves the other serving.
	if got := query(t, cs[1].URL("postgres"), "SELECT 'ok'"); got != "ok" {
		t.Errorf("second cluster: %q", got)
	}
}

func TestPersistentReuse(t *testing.T) {
	t.Parallel()
	dataDir := filepath.Join(reachableTempDir(t), "nested", "cluster")
	c := start(t, Options{DataDir: dataDir})
	if c.DataDir() != dataDir {
		t.Fatalf("DataDir = %s, want %s", c.DataDir(), dataDir)
	}
	exec1(t, c.URL("postgres"), "CREATE TABLE kept (x int); INSERT INTO kept VALUES (42)")
	pid, port := c.Pid(), c.Port()
	if err := c.Stop(); err != nil {
		t.Fatal(err)
	}
	assertStopped(t, pid, port)
	if !initialized(dataDir) {
		t.Fatal("Stop removed a persistent data directory")
	}

	c2 := start(t, Options{DataDir: dataDir})
	if got := query(t, c2.URL("postgres"), "SELECT x::text FROM kept"); got != "42" {
		t.Errorf("kept.x = %q", got)
	}
}

func TestPersistentByName(t *testing.T) {
	t.Setenv("XDG_CACHE_HOME", reachableTempDir(t))
	ra, err := lookupRunAs()
	if err != nil {
		t.Fatal(err)
	}
	cache, err := cacheDir(ra)
	if err != nil {
		t.Fatal(err)
	}
	if want := filepath.Join(os.Getenv("XDG_CACHE_HOME"), "edfi-tpr", "pg"); cache != want {
		t.Fatalf("cache = %s, want %s", cache, want)
	}
	c := start(t, Options{Name: "named"})
	if want := filepath.Join(cache, "named"); c.DataDir() != want {
		t.Errorf("DataDir = %s, want %s", c.DataDir(), want)
	}
	if _, err := Start(context.Background(), Options{Name: "../escape"}); err == nil {
		t.Error("a name with a slash was accepted")
	}
}

func TestStalePidFile(t *testing.T) {
	t.Parallel()
	dataDir := filepath.Join(reachableTempDir(t), "data")
	c := start(t, Options{DataDir: dataDir})
	if err := c.Stop(); err != nil {
		t.Fatal(err)
	}

	dead := exec.Command("true")
	if err := dead.Run(); err != nil {
		t.Fatal(err)
	}
	other := start(t, Options{Ephemeral: true})
	// A dead pid, a live process that is not a postmaster (this test binary),
	// and the postmaster of another data directory: all mean the file is
	// stale.
	for _, pid := range []int{dead.Process.Pid, os.Getpid(), other.Pid()} {
		content := fmt.Sprintf("%d\n%s\n1700000000\n5999\n/tmp\n127.0.0.1\n  0 0\nready   \n", pid, dataDir)
		if err := os.WriteFile(filepath.Join(dataDir, "postmaster.pid"), []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
		c := start(t, Options{DataDir: dataDir})
		if c.Attached() {
			t.Fatalf("pid %d: attached to a stale pid file", pid)
		}
		if got := query(t, c.URL("postgres"), "SELECT 'up'"); got != "up" {
			t.Fatalf("pid %d: %q", pid, got)
		}
		if err := c.Stop(); err != nil {
			t.Fatal(err)
		}
	}
}

func TestAttachToRunning(t *testing.T) {
	t.Parallel()
	dataDir := filepath.Join(reachableTempDir(t), "data")
	owner := start(t, Options{DataDir: dataDir})
	second := start(t, Options{DataDir: dataDir})
	if !second.Attached() || second.Port() != owner.Port() {
		t.Fatalf("attached=%v port=%d, want attached to port %d", second.Attached(), second.Port(), owner.Port())
	}
	if err := second.Stop(); err != nil {
		t.Fatal(err)
	}
	if got := query(t, owner.URL("postgres"), "SELECT 'still up'"); got != "still up" {
		t.Fatalf("owner's server after the attached Stop: %q", got)
	}
	pid, port := owner.Pid(), owner.Port()
	if err := owner.Stop(); err != nil {
		t.Fatal(err)
	}
	assertStopped(t, pid, port)
}

func TestTemplateBuiltOnceUnderConcurrency(t *testing.T) {
	t.Parallel()
	ra, err := lookupRunAs()
	if err != nil {
		t.Fatal(err)
	}
	b := searchBinaries(context.Background())
	if b == nil {
		t.Skip("no PostgreSQL binaries")
	}
	cache := filepath.Join(reachableTempDir(t), "cache")
	var log syncBuffer
	var wg sync.WaitGroup
	dirs := make([]string, 4)
	errs := make([]error, 4)
	for i := range dirs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			dirs[i], errs[i] = ensureTemplate(context.Background(), b, cache, ra, &Options{Log: &log})
		}()
	}
	wg.Wait()
	for i := range dirs {
		if errs[i] != nil {
			t.Fatal(errs[i])
		}
		if dirs[i] != dirs[0] || !initialized(dirs[i]) {
			t.Fatalf("template dirs %v", dirs)
		}
	}
	if n := strings.Count(log.String(), "initdb into"); n != 1 {
		t.Errorf("initdb ran %d times:\n%s", n, log.String())
	}
	if left, _ := filepath.Glob(filepath.Join(cache, "*.tmp-*")); len(left) > 0 {
		t.Errorf("temporary folders left: %v", left)
	}
}

// helperEnv makes the test binary, run again, act as a program that owns a
// cluster (see TestHelperProcess).
const helperEnv = "PGLOCAL_TEST_HELPER"

func TestHelperProcess(t *testing.T) {
	mode := os.Getenv(helperEnv)
	if mode == "" {
		t.Skip("only runs as a child of the tests below")
	}
	c, err := Start(context.Background(), Options{Ephemeral: true})
	if err != nil {
		fmt.Println("error", err)
		os.Exit(3)
	}
	if mode == "signal" {
		c.StopOnSignal()
	}
	fmt.Printf("%d %d %s\n", c.Pid(), c.Port(), filepath.Dir(c.DataDir()))
	select {} // until killed
}

func startHelper(t *testing.T, mode string) (cmd *exec.Cmd, pid, port int, root string) {
	t.Helper()
	cmd = exec.Command(os.Args[0], "-test.run=^TestHelperProcess$")
	cmd.Env = append(os.Environ(), helperEnv+"="+mode)
	cmd.Stderr = os.Stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	line, err := bufio.NewReader(out).ReadString('\n')
	if err != nil {
		t.Fatalf("helper: %v", err)
	}
	f := strings.Fields(line)
	if len(f) != 3 {
		t.Fatalf("helper said %q", line)
	}
	pid, _ = strconv.Atoi(f[0])
	port, _ = strconv.Atoi(f[1])
	return cmd, pid, port, f[2]
}

// A program that dies without stopping its cluster (SIGKILL, a crash) must
// not leave a postmaster behind, and the next Start removes its folder.
func TestOwnerDeathStopsPostmaster(t *testing.T) {
	cmd, pid, port, root := startHelper(t, "kill")
	if !processAlive(pid) {
		t.Fatalf("postmaster %d not running", pid)
	}
	if err := cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	cmd.Wait()
	waitGone(t, pid)
	assertPortFree(t, port)
	// Any Start sweeps (another test binary's may already have).
	sweepEphemeral()
	if _, err := os.Stat(root); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("sweep left %s (%v)", root, err)
	}
}

func TestStopOnSignal(t *testing.T) {
	cmd, pid, port, root := startHelper(t, "signal")
	if err := cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	err := cmd.Wait()
	var exitErr *exec.ExitError
	if !errors.As(err, &exitErr) || exitErr.ExitCode() != 128+int(syscall.SIGTERM) {
		t.Errorf("helper exit: %v, want status %d", err, 128+int(syscall.SIGTERM))
	}
	// Stop ran before the helper exited, so all of it is already gone.
	assertStopped(t, pid, port)
	if _, err := os.Stat(root); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("ephemeral folder %s left behind (%v)", root, err)
	}
}

func TestConnectUsesDatabaseURL(t *testing.T) {
	const url = "postgres://someone@db.example:5432/x"
	t.Setenv("DATABASE_URL", url)
	got, stop, err := Connect(context.Background(), Options{BinDir: "/nonexistent"})
	if err != nil {
		t.Fatal(err)
	}
	stop()
	if got != url {
		t.Errorf("Connect = %q, want %q", got, url)
	}
}

func TestConnectStartsCluster(t *testing.T) {
	t.Setenv("DATABASE_URL", "")
	url, stop, err := Connect(context.Background(), Options{Ephemeral: true, Log: testLog{t}})
	if err != nil {
		t.Fatal(err)
	}
	defer stop()
	if got := query(t, url, "SELECT current_database()"); got != "postgres" {
		t.Errorf("current_database = %q", got)
	}
	stop()
	stop()
}

func TestEnsureDatabase(t *testing.T) {
	t.Parallel()
	c := start(t, Options{Ephemeral: true})
	ctx := context.Background()
	var wg sync.WaitGroup
	errs := make([]error, 4)
	for i := range errs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[i] = EnsureDatabase(ctx, c.URL("postgres"), "Mixed-Case db")
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	url, err := DatabaseURL(c.URL("postgres"), "Mixed-Case db")
	if err != nil {
		t.Fatal(err)
	}
	if got := query(t, url, "SELECT current_database()"); got != "Mixed-Case db" {
		t.Errorf("current_database = %q", got)
	}
}

func TestDatabaseURL(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"postgres://u:p@h:5432/postgres?sslmode=disable", "postgres://u:p@h:5432/test_1?sslmode=disable"},
		{"postgresql://h/", "postgresql://h/test_1"},
		{"postgres://h/a?dbname=b", "postgres://h/test_1?dbname=test_1"},
		{"host=h user=u dbname=postgres", "host=h user=u dbname=postgres dbname='test_1'"},
	} {
		got, err := DatabaseURL(tc.in, "test_1")
		if err != nil {
			t.Fatal(err)
		}
		if got != tc.want {
			t.Errorf("DatabaseURL(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	// The keyword/value form must really select the new database.
	got, _ := DatabaseURL("host=h dbname=postgres", `it's`)
	cfg, err := pgx.ParseConfig(got)
	if err != nil || cfg.Database != "it's" {
		t.Errorf("ParseConfig(%q) = %v, %v", got, cfg, err)
	}
}

func TestMissingBinaries(t *testing.T) {
	_, err := Start(context.Background(), Options{BinDir: t.TempDir(), Ephemeral: true})
	if err == nil {
		t.Fatal("Start with an empty BinDir succeeded")
	}
	msg := noBinariesError().Error()
	if !errors.Is(noBinariesError(), ErrNoBinaries) {
		t.Error("noBinariesError does not wrap ErrNoBinaries")
	}
	for _, want := range []string{"install the PostgreSQL server package", "DATABASE_URL"} {
		if !strings.Contains(msg, want) {
			t.Errorf("error %q does not mention %q", msg, want)
		}
	}
}

func TestVersionOrder(t *testing.T) {
	if !(versionKey("16") > versionKey("15") && versionKey("10") > versionKey("9.6") && versionKey("x") < versionKey("9.6")) {
		t.Error("versionKey misorders")
	}
}

// The install path, with a stand-in apt-get that "installs" by linking the
// real binaries into a fake /usr/lib/postgresql.
func TestInstallWhenMissing(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("installing is only attempted as root")
	}
	inst := searchBinaries(context.Background())
	if inst == nil {
		t.Skip("no PostgreSQL binaries to stand in for the package")
	}
	lib := t.TempDir()
	bin := t.TempDir()
	script := fmt.Sprintf(`#!/bin/sh
echo "apt-get $*" >> %[1]s/calls
[ "$1" = install ] || exit 0
[ "$DEBIAN_FRONTEND" = noninteractive ] || exit 9
/bin/mkdir -p %[2]s/15/bin
/bin/ln -s %[3]s %[2]s/15/bin/initdb
/bin/ln -s %[4]s %[2]s/15/bin/postgres
`, bin, lib, inst.initdb, inst.postgres)
	if err := os.WriteFile(filepath.Join(bin, "apt-get"), []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	old := debianLibDir
	debianLibDir = lib
	defer func() { debianLibDir = old }()
	t.Setenv("PATH", bin)

	var log syncBuffer
	b, err := findBinaries(context.Background(), &Options{Log: &log})
	if err != nil {
		t.Fatal(err)
	}
	if b.postgres != filepath.Join(lib, "15", "bin", "postgres") || b.version != inst.version {
		t.Errorf("found %+v", b)
	}
	if !strings.Contains(log.String(), "installing the postgresql package") {
		t.Errorf("the install was not announced; log:\n%s", log.String())
	}
	calls, _ := os.ReadFile(filepath.Join(bin, "calls"))
	if !strings.Contains(string(calls), "apt-get update") || !strings.Contains(string(calls), "install -y") {
		t.Errorf("apt-get calls:\n%s", calls)
	}

	// Without apt-get, the error names both ways out.
	os.Remove(filepath.Join(bin, "apt-get"))
	debianLibDir = t.TempDir()
	_, err = findBinaries(context.Background(), &Options{})
	if !errors.Is(err, ErrNoBinaries) || !strings.Contains(err.Error(), "DATABASE_URL") {
		t.Errorf("err = %v", err)
	}
}

func TestStopAll(t *testing.T) {
	c := start(t, Options{Ephemeral: true})
	pid, port := c.Pid(), c.Port()
	if err := StopAll(); err != nil {
		t.Fatal(err)
	}
	assertStopped(t, pid, port)
	if err := c.Stop(); err != nil {
		t.Errorf("Stop after StopAll: %v", err)
	}
}
