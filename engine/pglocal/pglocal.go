package pglocal

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net"
	"os"
	"os/signal"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/jackc/pgx/v5"
)

// Options configure [Start]. The zero value is a persistent cluster named
// "default" with durability off.
type Options struct {
	// BinDir is the folder holding initdb and postgres. Empty means search:
	// `pg_config --bindir`, then the highest /usr/lib/postgresql/*/bin, then
	// PATH (and install the postgresql package as root on Debian/Ubuntu).
	BinDir string

	// DataDir is the data directory of a persistent cluster. Empty means
	// <CacheDir>/<Name>. Ignored when Ephemeral is set.
	DataDir string

	// Ephemeral starts a cluster in a fresh temporary folder that Stop
	// removes (and that the next Start removes should this process crash).
	Ephemeral bool

	// Fsync keeps PostgreSQL's durable defaults, for benchmarks that must
	// look like production. When false (tests), fsync, synchronous_commit and
	// full_page_writes are off: much faster, and a machine crash may corrupt
	// the cluster, which is fine for throwaway data.
	Fsync bool

	// Log receives progress messages (initdb, installing the postgresql
	// package, started/stopped). Nil discards them.
	Log io.Writer

	// Name names the persistent cluster when DataDir is empty. Default
	// "default".
	Name string

	// Port is the TCP port to listen on. Zero picks a free one.
	Port int

	// Settings are extra server settings passed as -c name=value, applied
	// after (and so overriding) the defaults, e.g. {"shared_buffers": "1GB"}.
	// The port is set through Port, not here.
	Settings map[string]string

	// StartTimeout bounds how long Start waits for the server to accept
	// connections, on top of ctx. Default one minute.
	StartTimeout time.Duration
}

func (o *Options) logf(format string, args ...any) {
	if o.Log != nil {
		fmt.Fprintf(o.Log, "pglocal: "+format+"\n", args...)
	}
}

// Cluster is a running PostgreSQL server started (or attached to) by [Start].
type Cluster struct {
	attached  bool
	dataDir   string
	ephemeral bool
	logFile   string
	opts      Options
	port      int
	proc      *proc  // nil when attached
	root      string // ephemeral: the folder Stop removes

	stopOnce sync.Once
	stopErr  error
}

// Start starts a PostgreSQL cluster as described by opts and returns once it
// accepts connections. The caller must call [Cluster.Stop].
func Start(ctx context.Context, opts Options) (*Cluster, error) {
	if opts.Name == "" {
		opts.Name = "default"
	}
	if opts.StartTimeout <= 0 {
		opts.StartTimeout = time.Minute
	}
	if _, ok := opts.Settings["port"]; ok {
		return nil, errors.New("pglocal: set the port with Options.Port, not Options.Settings")
	}
	ra, err := lookupRunAs()
	if err != nil {
		return nil, err
	}
	b, err := findBinaries(ctx, &opts)
	if err != nil {
		return nil, err
	}
	cache, err := cacheDir(ra)
	if err != nil {
		return nil, err
	}
	if opts.Ephemeral {
		return startEphemeral(ctx, opts, b, cache, ra)
	}
	return startPersistent(ctx, opts, b, cache, ra)
}

func startEphemeral(ctx context.Context, opts Options, b *binaries, cache string, ra *runAs) (*Cluster, error) {
	sweepEphemeral()
	tmpl, err := ensureTemplate(ctx, b, cache, ra, &opts)
	if err != nil {
		return nil, err
	}
	root, err := os.MkdirTemp("", ephemeralPrefix)
	if err != nil {
		return nil, fmt.Errorf("pglocal: %w", err)
	}
	c := &Cluster{ephemeral: true, root: root, dataDir: filepath.Join(root, "data"), opts: opts}
	ok := false
	defer func() {
		if !ok {
			os.RemoveAll(root)
		}
	}()
	if !ra.canReach(filepath.Dir(root)) {
		return nil, fmt.Errorf("pglocal: the %s OS user cannot reach the temp folder %s; set TMPDIR to a folder it can", ra.name, filepath.Dir(root))
	}
	if err := os.WriteFile(filepath.Join(root, ownerFile), []byte(strconv.Itoa(os.Getpid())), 0o644); err != nil {
		return nil, fmt.Errorf("pglocal: %w", err)
	}
	if err := ra.chown(root); err != nil {
		return nil, fmt.Errorf("pglocal: %w", err)
	}
	if err := copyTree(tmpl, c.dataDir, ra); err != nil {
		return nil, fmt.Errorf("pglocal: copying the initdb template: %w", err)
	}
	// The socket goes in the short temp root rather than in the data
	// directory: socket paths are limited to 107 bytes.
	if err := c.launch(ctx, b, ra, root); err != nil {
		return nil, err
	}
	ok = true
	return c, nil
}

func startPersistent(ctx context.Context, opts Options, b *binaries, cache string, ra *runAs) (*Cluster, error) {
	dataDir := opts.DataDir
	if dataDir == "" {
		if strings.ContainsAny(opts.Name, `/\`) || opts.Name == "." || opts.Name == ".." || strings.HasPrefix(opts.Name, "_") {
			return nil, fmt.Errorf("pglocal: bad cluster name %q", opts.Name)
		}
		dataDir = filepath.Join(cache, opts.Name)
	}
	dataDir, err := filepath.Abs(dataDir)
	if err != nil {
		return nil, err
	}
	if !ra.canReach(dataDir) {
		return nil, fmt.Errorf("pglocal: the %s OS user (postgres runs as it, since we are root) cannot reach %s; "+
			"choose a DataDir outside a private folder such as /root", ra.name, dataDir)
	}
	parent := filepath.Dir(dataDir)
	if err := ra.mkdirAll(parent); err != nil {
		return nil, fmt.Errorf("pglocal: %w", err)
	}
	// Two programs starting the same cluster at once take turns: the second
	// then finds the first's postmaster and attaches to it.
	unlock, err := lockFile(ctx, filepath.Join(parent, "."+filepath.Base(dataDir)+".pglocal-lock"), ra)
	if err != nil {
		return nil, err
	}
	defer unlock()

	c := &Cluster{dataDir: dataDir, opts: opts}
	if initialized(dataDir) {
		major, err := dataDirMajor(dataDir)
		if err != nil {
			return nil, fmt.Errorf("pglocal: %s: %w", dataDir, err)
		}
		if major != b.major {
			return nil, fmt.Errorf("pglocal: %s was initialised by PostgreSQL %d but the server binaries are %s; "+
				"remove the folder to start afresh, or point Options.BinDir at PostgreSQL %d", dataDir, major, b.version, major)
		}
		if attached, err := c.recoverPidFile(ctx); err != nil || attached {
			if err != nil {
				return nil, err
			}
			return c, nil
		}
	} else {
		if err := populate(ctx, b, cache, dataDir, ra, &opts); err != nil {
			return nil, err
		}
	}
	sockDir := dataDir
	if len(sockDir)+len("/.s.PGSQL.65535.lock") > 107 {
		sockDir = "" // TCP only; the path would not fit in a socket address
	}
	if err := c.launch(ctx, b, ra, sockDir); err != nil {
		return nil, err
	}
	return c, nil
}

// populate fills a persistent data directory from the initdb template.
// It copies into a sibling and renames, so that a crash mid-copy leaves no
// half-made cluster behind.
func populate(ctx context.Context, b *binaries, cache, dataDir string, ra *runAs, opts *Options) error {
	if entries, err := os.ReadDir(dataDir); err == nil && len(entries) > 0 {
		return fmt.Errorf("pglocal: %s is neither empty nor a PostgreSQL data directory", dataDir)
	}
	tmpl, err := ensureTemplate(ctx, b, cache, ra, opts)
	if err != nil {
		return err
	}
	// Copies a crash interrupted; the caller holds this data directory's
	// lock, so nobody is still writing them.
	if old, _ := filepath.Glob(dataDir + ".tmp-*"); len(old) > 0 {
		for _, o := range old {
			_ = os.RemoveAll(o)
		}
	}
	tmp := fmt.Sprintf("%s.tmp-%d", dataDir, os.Getpid())
	defer os.RemoveAll(tmp)
	if err := copyTree(tmpl, tmp, ra); err != nil {
		return fmt.Errorf("pglocal: copying the initdb template: %w", err)
	}
	// rename(2) replaces an empty directory, so a DataDir the user created
	// beforehand is fine.
	if err := os.Rename(tmp, dataDir); err != nil {
		return fmt.Errorf("pglocal: %w", err)
	}
	opts.logf("new cluster in %s", dataDir)
	return nil
}

// recoverPidFile deals with a postmaster.pid left in a persistent data
// directory. A pid that is gone, or that now belongs to some other program
// (pids are reused, after a reboot say), is stale: the file goes. A live postmaster that answers for this data
// directory is shared: c attaches to it. Anything else is an error, since
// stopping a server that someone may be using is not ours to decide.
func (c *Cluster) recoverPidFile(ctx context.Context) (attached bool, err error) {
	pid, port, err := readPostmasterPid(c.dataDir)
	if errors.Is(err, fs.ErrNotExist) {
		return false, nil
	}
	if err == nil && processAlive(pid) && isPostgres(pid) && !servesOtherDir(pid, c.dataDir) {
		if port > 0 && answersFor(ctx, port, c.dataDir) {
			c.attached, c.port = true, port
			c.opts.logf("attached to the running postmaster (pid %d) of %s on 127.0.0.1:%d; Stop will leave it running", pid, c.dataDir, port)
			return true, nil
		}
		return false, fmt.Errorf("pglocal: %s is in use by postmaster pid %d, which does not answer on 127.0.0.1:%d; "+
			"stop it (kill -INT %d) or use another data directory", c.dataDir, pid, port, pid)
	}
	c.opts.logf("removing stale postmaster.pid from %s (pid %d is not its postmaster)", c.dataDir, pid)
	if err := os.Remove(filepath.Join(c.dataDir, "postmaster.pid")); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return false, fmt.Errorf("pglocal: %w", err)
	}
	return false, nil
}

// answersFor reports whether a server on port serves dataDir.
func answersFor(ctx context.Context, port int, dataDir string) bool {
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	conn, err := pgx.Connect(ctx, urlFor(port, "postgres"))
	if err != nil {
		return false
	}
	defer conn.Close(context.Background())
	var dir string
	if err := conn.QueryRow(ctx, "SHOW data_directory").Scan(&dir); err != nil {
		return false
	}
	return samePath(dir, dataDir)
}

// samePath compares directories, also through symbolic links, since the
// server reports the path it was given.
func samePath(a, b string) bool {
	if filepath.Clean(a) == filepath.Clean(b) {
		return true
	}
	ra, err1 := filepath.EvalSymlinks(a)
	rb, err2 := filepath.EvalSymlinks(b)
	return err1 == nil && err2 == nil && ra == rb
}

// launch runs postmaster on c.dataDir and waits until it accepts
// connections. It retries on another port when the free port it picked was
// taken in between (several test binaries start clusters at once).
func (c *Cluster) launch(ctx context.Context, b *binaries, ra *runAs, sockDir string) error {
	ctx, cancel := context.WithTimeout(ctx, c.opts.StartTimeout)
	defer cancel()
	c.logFile = filepath.Join(c.dataDir, "pglocal-server.log")
	const attempts = 5
	for attempt := 1; ; attempt++ {
		port := c.opts.Port
		if port == 0 {
			var err error
			if port, err = freePort(); err != nil {
				return fmt.Errorf("pglocal: finding a free port: %w", err)
			}
		}
		err := c.launchOnce(ctx, b, ra, sockDir, port)
		if err == nil {
			c.port = port
			c.opts.logf("PostgreSQL %s ready on 127.0.0.1:%d (data %s, fsync %v)", b.version, port, c.dataDir, c.opts.Fsync)
			return nil
		}
		if errors.Is(err, errPortInUse) && c.opts.Port == 0 && attempt < attempts {
			continue
		}
		return err
	}
}

var errPortInUse = errors.New("port in use")

var portInUseRE = regexp.MustCompile(`(?i)could not bind|address already in use|could not create any TCP/IP sockets`)

func (c *Cluster) launchOnce(ctx context.Context, b *binaries, ra *runAs, sockDir string, port int) error {
	log, err := os.OpenFile(c.logFile, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o644)
	if err != nil {
		return fmt.Errorf("pglocal: %w", err)
	}
	defer log.Close() // the child has its own copy of the descriptor
	if err := ra.chown(c.logFile); err != nil {
		return fmt.Errorf("pglocal: %w", err)
	}
	cmd := serverCommand(ra, b.postgres, c.serverArgs(port, sockDir)...)
	cmd.Stdout, cmd.Stderr = log, log
	p, err := spawn(cmd)
	if err != nil {
		return fmt.Errorf("pglocal: starting %s: %w", b.postgres, err)
	}
	c.proc = p
	for {
		if p.exited() {
			c.proc = nil
			out, _ := os.ReadFile(c.logFile)
			if portInUseRE.Match(out) {
				return fmt.Errorf("%w: %d", errPortInUse, port)
			}
			return fmt.Errorf("pglocal: postgres exited during startup (%v); its log %s says:\n%s", p.err, c.logFile, tail(out, 4000))
		}
		if ping(ctx, port) == nil {
			register(c)
			return nil
		}
		select {
		case <-ctx.Done():
			out, _ := os.ReadFile(c.logFile)
			c.kill()
			return fmt.Errorf("pglocal: postgres did not accept connections on 127.0.0.1:%d: %w; its log %s says:\n%s",
				port, ctx.Err(), c.logFile, tail(out, 4000))
		case <-p.done:
		case <-time.After(20 * time.Millisecond):
		}
	}
}

// serverArgs are the postgres command line: fixed network settings, the
// durability profile, then the caller's settings, in a stable order.
func (c *Cluster) serverArgs(port int, sockDir string) []string {
	settings := map[string]string{
		"listen_addresses":        "127.0.0.1",
		"unix_socket_directories": sockDir,
		// Parallel test packages each open a pool per test database.
		"max_connections": "200",
	}
	if !c.opts.Fsync {
		settings["fsync"] = "off"
		settings["synchronous_commit"] = "off"
		settings["full_page_writes"] = "off"
	}
	for k, v := range c.opts.Settings {
		settings[k] = v
	}
	keys := make([]string, 0, len(settings))
	for k := range settings {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	args := []string{"-D", c.dataDir, "-p", strconv.Itoa(port)}
	for _, k := range keys {
		args = append(args, "-c", k+"="+settings[k])
	}
	return args
}

func ping(ctx context.Context, port int) error {
	ctx, cancel := context.WithTimeout(ctx, 2*time.Second)
	defer cancel()
	conn, err := pgx.Connect(ctx, urlFor(port, "postgres"))
	if err != nil {
		return err
	}
	defer conn.Close(context.Background())
	return conn.Ping(ctx)
}

// freePort asks the kernel for a free port. Another process may take it
// before postgres binds it; launch retries in that case.
func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

func urlFor(port int, dbname string) string {
	return fmt.Sprintf("postgres://postgres@127.0.0.1:%d/%s?sslmode=disable", port, dbname)
}

// URL returns the connection URL of database dbname on this cluster, as the
// postgres superuser (trust authentication, no password).
func (c *Cluster) URL(dbname string) string { return urlFor(c.port, dbname) }

// Port returns the TCP port the cluster listens on at 127.0.0.1.
func (c *Cluster) Port() int { return c.port }

// DataDir returns the cluster's data directory.
func (c *Cluster) DataDir() string { return c.dataDir }

// LogFile returns the server's log file, or "" for an attached cluster.
func (c *Cluster) LogFile() string { return c.logFile }

// Attached reports whether Start found this persistent cluster already
// running in another process and attached to it; Stop then leaves it running.
func (c *Cluster) Attached() bool { return c.attached }

// Pid returns the postmaster's process id (still after Stop, for checks that
// it is gone), or 0 when attached.
func (c *Cluster) Pid() int {
	if c.proc == nil {
		return 0
	}
	return c.proc.pid
}

// Stop shuts the server down (fast shutdown: SIGINT, then SIGQUIT and
// SIGKILL should it linger) and removes an ephemeral cluster's folder. It is
// safe to call more than once and from several goroutines.
func (c *Cluster) Stop() error {
	c.stopOnce.Do(func() { c.stopErr = c.stop() })
	return c.stopErr
}

func (c *Cluster) stop() error {
	unregister(c)
	var errs []error
	if p := c.proc; p != nil && !p.exited() {
		stopped := false
		for _, step := range []struct {
			sig  syscall.Signal
			wait time.Duration
		}{
			{syscall.SIGINT, 30 * time.Second},  // fast: disconnect clients, checkpoint
			{syscall.SIGQUIT, 10 * time.Second}, // immediate: crash recovery next start
			{syscall.SIGKILL, 10 * time.Second},
		} {
			if err := syscall.Kill(p.pid, step.sig); err != nil && !errors.Is(err, syscall.ESRCH) {
				errs = append(errs, fmt.Errorf("signal %v: %w", step.sig, err))
			}
			select {
			case <-p.done:
				stopped = true
			case <-time.After(step.wait):
				c.opts.logf("postmaster %d still running after %v, escalating", p.pid, step.sig)
			}
			if stopped {
				break
			}
		}
		if !stopped {
			errs = append(errs, fmt.Errorf("postmaster %d did not exit", p.pid))
		} else {
			c.opts.logf("stopped PostgreSQL on 127.0.0.1:%d", c.port)
		}
	}
	if c.ephemeral {
		if err := os.RemoveAll(c.root); err != nil {
			errs = append(errs, err)
		}
	}
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("pglocal: stopping %s: %w", c.dataDir, err)
	}
	return nil
}

// kill ends a postmaster that failed to start properly.
func (c *Cluster) kill() {
	if p := c.proc; p != nil {
		_ = syscall.Kill(p.pid, syscall.SIGKILL)
		<-p.done
		c.proc = nil
	}
}

// StopOnSignal stops the cluster when the process receives SIGINT, SIGTERM or
// SIGHUP, then exits with status 128+signal, as a shell would report it. It
// suits tests and batch programs; a server that must drain requests first
// should handle signals itself and call Stop last. The returned function
// removes the handler.
func (c *Cluster) StopOnSignal() (cancel func()) {
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, syscall.SIGINT, syscall.SIGTERM, syscall.SIGHUP)
	done := make(chan struct{})
	go func() {
		select {
		case sig := <-ch:
			c.opts.logf("%v: stopping PostgreSQL", sig)
			_ = c.Stop()
			code := 1
			if s, ok := sig.(syscall.Signal); ok {
				code = 128 + int(s)
			}
			os.Exit(code)
		case <-done:
		}
	}()
	var once sync.Once
	return func() {
		once.Do(func() {
			signal.Stop(ch)
			close(done)
		})
	}
}

// running lists the clusters this process started and has not stopped, for
// StopAll.
var running = struct {
	sync.Mutex
	m map[*Cluster]struct{}
}{m: map[*Cluster]struct{}{}}

func register(c *Cluster) {
	running.Lock()
	running.m[c] = struct{}{}
	running.Unlock()
}

func unregister(c *Cluster) {
	running.Lock()
	delete(running.m, c)
	running.Unlock()
}

// StopAll stops every cluster this process started and has not stopped yet,
// for last-resort cleanup paths (a recovered panic, a signal handler).
func StopAll() error {
	running.Lock()
	cs := make([]*Cluster, 0, len(running.m))
	for c := range running.m {
		cs = append(cs, c)
	}
	running.Unlock()
	var errs []error
	for _, c := range cs {
		errs = append(errs, c.Stop())
	}
	return errors.Join(errs...)
}
