package pglocal

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/user"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// runAs is the OS user the server programs run as when we are root; nil means
// "as ourselves".
type runAs struct {
	uid, gid int
	name     string
	home     string
}

func lookupRunAs() (*runAs, error) {
	if os.Geteuid() != 0 {
		return nil, nil
	}
	u, err := user.Lookup("postgres")
	if err != nil {
		return nil, fmt.Errorf("pglocal: running as root, where initdb and postgres refuse to run, so they run as the " +
			"'postgres' OS user, which does not exist on this machine. Create it (useradd --system --home-dir " +
			"/var/lib/postgresql postgres; installing the postgresql package also does), run as an unprivileged " +
			"user, or set DATABASE_URL to an existing server")
	}
	uid, _ := strconv.Atoi(u.Uid)
	gid, _ := strconv.Atoi(u.Gid)
	return &runAs{uid: uid, gid: gid, name: u.Username, home: u.HomeDir}, nil
}

// chown hands path to the run-as user; a no-op when we are not root.
func (r *runAs) chown(path string) error {
	if r == nil {
		return nil
	}
	return os.Lchown(path, r.uid, r.gid)
}

// canReach reports whether the run-as user can traverse every existing
// directory on the way to path. Missing components are fine: mkdirAll creates
// them reachable.
func (r *runAs) canReach(path string) bool {
	if r == nil {
		return true
	}
	p := "/"
	for _, part := range strings.Split(filepath.Clean(path), string(filepath.Separator)) {
		if part == "" {
			continue
		}
		p = filepath.Join(p, part)
		st, err := os.Stat(p)
		if errors.Is(err, fs.ErrNotExist) {
			return true
		}
		if err != nil || !st.IsDir() {
			return false
		}
		sys, ok := st.Sys().(*syscall.Stat_t)
		if !ok {
			return true
		}
		mode := st.Mode().Perm()
		switch {
		case int(sys.Uid) == r.uid:
			if mode&0o100 == 0 {
				return false
			}
		case int(sys.Gid) == r.gid:
			if mode&0o010 == 0 {
				return false
			}
		default:
			if mode&0o001 == 0 {
				return false
			}
		}
	}
	return true
}

// mkdirAll creates the missing directories of path with mode 0755 (whatever
// the umask: the run-as user must be able to traverse them) and hands them to
// the run-as user.
func (r *runAs) mkdirAll(path string) error {
	path = filepath.Clean(path)
	if st, err := os.Stat(path); err == nil {
		if !st.IsDir() {
			return fmt.Errorf("%s is not a directory", path)
		}
		return nil
	}
	if parent := filepath.Dir(path); parent != path {
		if err := r.mkdirAll(parent); err != nil {
			return err
		}
	}
	if err := os.Mkdir(path, 0o755); err != nil && !errors.Is(err, fs.ErrExist) {
		return err
	}
	if err := os.Chmod(path, 0o755); err != nil {
		return err
	}
	return r.chown(path)
}

// CacheDir returns the folder holding persistent clusters and the initdb
// template: $XDG_CACHE_HOME/edfi-tpr/pg, else ~/.cache/edfi-tpr/pg. As root,
// when the postgres OS user cannot reach that folder, it is the same path under
// that user's home instead (or under the temp folder when that fails too).
func CacheDir() (string, error) {
	ra, err := lookupRunAs()
	if err != nil {
		return "", err
	}
	return cacheDir(ra)
}

func cacheDir(ra *runAs) (string, error) {
	base, err := os.UserCacheDir() // honours XDG_CACHE_HOME, else ~/.cache
	if err != nil {
		return "", fmt.Errorf("pglocal: no cache folder (set XDG_CACHE_HOME or HOME, or Options.DataDir): %w", err)
	}
	dir := filepath.Join(base, "edfi-tpr", "pg")
	if ra.canReach(dir) {
		return dir, nil
	}
	if ra.home != "" {
		if alt := filepath.Join(ra.home, ".cache", "edfi-tpr", "pg"); ra.canReach(alt) {
			return alt, nil
		}
	}
	return filepath.Join(os.TempDir(), "edfi-tpr-pg-cache"), nil
}

// ensureTemplate returns a pristine initdb'ed data directory for this
// PostgreSQL version, creating it on first use. Concurrent test binaries take
// turns on a file lock, and the directory only appears (by rename) once
// complete, so a reader never sees half of one.
func ensureTemplate(ctx context.Context, b *binaries, cache string, ra *runAs, opts *Options) (string, error) {
	dir := filepath.Join(cache, "_initdb-"+b.version)
	if initialized(dir) {
		return dir, nil
	}
	if err := ra.mkdirAll(cache); err != nil {
		return "", fmt.Errorf("pglocal: cache folder: %w", err)
	}
	unlock, err := lockFile(ctx, dir+".lock", ra)
	if err != nil {
		return "", err
	}
	defer unlock()
	if initialized(dir) {
		return dir, nil
	}
	// Leftovers of an initdb interrupted by a crash; whoever made them held
	// this lock, so nobody is still writing there.
	if old, _ := filepath.Glob(dir + ".tmp-*"); len(old) > 0 {
		for _, o := range old {
			_ = os.RemoveAll(o)
		}
	}
	tmp, err := os.MkdirTemp(cache, filepath.Base(dir)+".tmp-")
	if err != nil {
		return "", err
	}
	defer os.RemoveAll(tmp) // no-op after the rename
	data := filepath.Join(tmp, "data")
	if err := ra.chown(tmp); err != nil {
		return "", err
	}
	if err := os.Chmod(tmp, 0o700); err != nil {
		return "", err
	}
	opts.logf("initdb into %s (once per PostgreSQL version; clusters copy it)", dir)
	var out bytes.Buffer
	cmd := serverCommand(ra, b.initdb, "-D", data, "--no-locale", "-E", "UTF8", "-A", "trust", "-U", "postgres")
	cmd.Stdout, cmd.Stderr = &out, &out
	p, err := spawn(cmd)
	if err != nil {
		return "", fmt.Errorf("pglocal: initdb: %w", err)
	}
	select {
	case <-p.done:
	case <-ctx.Done():
		_ = syscall.Kill(p.pid, syscall.SIGKILL)
		<-p.done
		return "", ctx.Err()
	}
	if p.err != nil {
		return "", fmt.Errorf("pglocal: initdb -D %s: %w\n%s", data, p.err, tail(out.Bytes(), 4000))
	}
	if err := os.Rename(data, dir); err != nil {
		return "", err
	}
	return dir, nil
}

// initialized reports whether dir holds an initdb'ed cluster.
func initialized(dir string) bool {
	_, err := os.Stat(filepath.Join(dir, "PG_VERSION"))
	return err == nil
}

// dataDirMajor reads PG_VERSION, the major version a data directory is for.
func dataDirMajor(dir string) (int, error) {
	b, err := os.ReadFile(filepath.Join(dir, "PG_VERSION"))
	if err != nil {
		return 0, err
	}
	v, err := strconv.ParseFloat(strings.TrimSpace(string(b)), 64)
	return int(v), err
}

// copyTree copies the template into dst (which must not exist), preserving
// permissions, and hands everything to the run-as user. Regular files go
// through io.Copy, which uses copy_file_range on Linux.
func copyTree(src, dst string, ra *runAs) error {
	return filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, path)
		if err != nil {
			return err
		}
		target := filepath.Join(dst, rel)
		info, err := d.Info()
		if err != nil {
			return err
		}
		switch {
		case d.IsDir():
			if err := os.Mkdir(target, info.Mode().Perm()); err != nil {
				return err
			}
			// Mkdir is subject to the umask; the server insists on exact modes.
			if err := os.Chmod(target, info.Mode().Perm()); err != nil {
				return err
			}
		case d.Type()&fs.ModeSymlink != 0:
			link, err := os.Readlink(path)
			if err != nil {
				return err
			}
			if err := os.Symlink(link, target); err != nil {
				return err
			}
		case d.Type().IsRegular():
			if err := copyFile(path, target, info.Mode().Perm()); err != nil {
				return err
			}
		default:
			return nil // sockets and the like are not part of a template
		}
		return ra.chown(target)
	})
}

func copyFile(src, dst string, perm fs.FileMode) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(dst, os.O_WRONLY|os.O_CREATE|os.O_EXCL, perm)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	if err := out.Chmod(perm); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

// lockFile takes an exclusive flock on path, waiting for it while ctx allows.
// The kernel drops the lock when the process dies, so a crash never leaves it
// held.
// Lock files are handed to the run-as user so that the same cache works when
// that user runs us directly.
func lockFile(ctx context.Context, path string, ra *runAs) (unlock func(), err error) {
	f, err := os.OpenFile(path, os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		return nil, fmt.Errorf("pglocal: lock %s: %w", path, err)
	}
	_ = ra.chown(path)
	for {
		err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
		if err == nil {
			break
		}
		if !errors.Is(err, syscall.EWOULDBLOCK) && !errors.Is(err, syscall.EINTR) {
			f.Close()
			return nil, fmt.Errorf("pglocal: lock %s: %w", path, err)
		}
		select {
		case <-ctx.Done():
			f.Close()
			return nil, fmt.Errorf("pglocal: waiting for lock %s: %w", path, ctx.Err())
		case <-time.After(25 * time.Millisecond):
		}
	}
	return func() {
		_ = syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
		f.Close()
	}, nil
}

// ephemeralPrefix names ephemeral cluster folders in the temp folder; the
// sweep below recognises its own by it.
const ephemeralPrefix = "edfi-tpr-pg-"

// ownerFile, in an ephemeral folder, holds the pid of the process that owns it.
const ownerFile = "owner.pid"

// sweepEphemeral removes ephemeral folders whose owner died without calling
// Stop (a crash, a test timeout, SIGKILL). Their postmaster normally died with
// the owner (parent-death signal); one that did not is shut down first.
func sweepEphemeral() {
	matches, _ := filepath.Glob(filepath.Join(os.TempDir(), ephemeralPrefix+"*"))
	for _, dir := range matches {
		b, err := os.ReadFile(filepath.Join(dir, ownerFile))
		if err != nil {
			continue // not ours, or its owner is still writing it
		}
		owner, err := strconv.Atoi(strings.TrimSpace(string(b)))
		if err != nil || processAlive(owner) {
			continue
		}
		data := filepath.Join(dir, "data")
		if pid, _, err := readPostmasterPid(data); err == nil && processAlive(pid) && isPostgres(pid) {
			_ = syscall.Kill(pid, syscall.SIGQUIT)
			for i := 0; i < 100 && processAlive(pid); i++ {
				time.Sleep(50 * time.Millisecond)
			}
			if processAlive(pid) {
				continue
			}
		}
		_ = os.RemoveAll(dir)
	}
}

// readPostmasterPid reads the pid and port from a data directory's
// postmaster.pid (lines 1 and 4).
func readPostmasterPid(dataDir string) (pid, port int, err error) {
	b, err := os.ReadFile(filepath.Join(dataDir, "postmaster.pid"))
	if err != nil {
		return 0, 0, err
	}
	lines := strings.Split(string(b), "\n")
	pid, err = strconv.Atoi(strings.TrimSpace(lines[0]))
	if err != nil {
		return 0, 0, fmt.Errorf("postmaster.pid: bad pid line %q", lines[0])
	}
	if len(lines) > 3 {
		port, _ = strconv.Atoi(strings.TrimSpace(lines[3]))
	}
	return pid, port, nil
}

func processAlive(pid int) bool {
	if pid <= 0 {
		return false
	}
	err := syscall.Kill(pid, 0)
	// A zombie has exited; it lingers when its parent died and the machine's
	// pid 1 does not reap orphans (common in containers).
	return (err == nil || errors.Is(err, syscall.EPERM)) && !isZombie(pid)
}
