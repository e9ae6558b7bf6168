package pglocal

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// ErrNoBinaries reports that the PostgreSQL server binaries could not be found
// (nor installed). The error returned by [Start] wraps it and names the fixes.
var ErrNoBinaries = errors.New("PostgreSQL server binaries (initdb, postgres) not found")

// binaries are the server programs of one PostgreSQL installation.
type binaries struct {
	initdb   string
	postgres string
	version  string // full version, e.g. "15.18"
	major    int
}

// debianLibDir is where Debian and Ubuntu put the server binaries, one folder
// per major version; they are not on PATH there.
var debianLibDir = "/usr/lib/postgresql"

func findBinaries(ctx context.Context, opts *Options) (*binaries, error) {
	if opts.BinDir != "" {
		b, err := binariesIn(ctx, opts.BinDir)
		if err != nil {
			return nil, fmt.Errorf("pglocal: Options.BinDir %s: %w", opts.BinDir, err)
		}
		return b, nil
	}
	if b := searchBinaries(ctx); b != nil {
		return b, nil
	}
	if !canInstall() {
		return nil, noBinariesError()
	}
	if err := installPostgres(ctx, opts); err != nil {
		return nil, fmt.Errorf("%w: installing the postgresql package failed: %v\n%s", ErrNoBinaries, err, fixHint)
	}
	if b := searchBinaries(ctx); b != nil {
		return b, nil
	}
	return nil, fmt.Errorf("%w even after installing the postgresql package\n%s", ErrNoBinaries, fixHint)
}

const fixHint = "Fix: install the PostgreSQL server package (Debian/Ubuntu: apt-get install postgresql; " +
	"Fedora: dnf install postgresql-server; macOS: brew install postgresql), " +
	"or set DATABASE_URL to an existing server (postgres://user:password@host:5432/dbname?sslmode=disable)."

func noBinariesError() error {
	return fmt.Errorf("%w (looked in `pg_config --bindir`, %s/*/bin and PATH)\n%s", ErrNoBinaries, debianLibDir, fixHint)
}

// searchBinaries returns the first complete installation in the documented
// order, or nil.
func searchBinaries(ctx context.Context) *binaries {
	for _, dir := range candidateDirs(ctx) {
		if b, err := binariesIn(ctx, dir); err == nil {
			return b
		}
	}
	// PATH last: initdb and postgres may live in different folders (symlinks
	// in /usr/local/bin, say), so look them up one by one.
	initdb, err1 := exec.LookPath("initdb")
	postgres, err2 := exec.LookPath("postgres")
	if err1 != nil || err2 != nil {
		return nil
	}
	b := &binaries{initdb: initdb, postgres: postgres}
	if err := b.readVersion(ctx); err != nil {
		return nil
	}
	return b
}

func candidateDirs(ctx context.Context) []string {
	var dirs []string
	// pg_config may come from a client-only package (libpq-dev) of another
	// version than the server, so its answer is only a candidate that
	// binariesIn still has to confirm.
	if pgConfig, err := exec.LookPath("pg_config"); err == nil {
		if out, err := exec.CommandContext(ctx, pgConfig, "--bindir").Output(); err == nil {
			if dir := strings.TrimSpace(string(out)); dir != "" {
				dirs = append(dirs, dir)
			}
		}
	}
	matches, _ := filepath.Glob(filepath.Join(debianLibDir, "*", "bin"))
	sort.Slice(matches, func(i, j int) bool {
		return versionKey(filepath.Base(filepath.Dir(matches[i]))) > versionKey(filepath.Base(filepath.Dir(matches[j])))
	})
	return append(dirs, matches...)
}

// versionKey orders "9.6" < "10" < "15" < "16" numerically.
func versionKey(v string) float64 {
	f, err := strconv.ParseFloat(v, 64)
	if err != nil {
		return -1
	}
	return f
}

func binariesIn(ctx context.Context, dir string) (*binaries, error) {
	b := &binaries{initdb: filepath.Join(dir, "initdb"), postgres: filepath.Join(dir, "postgres")}
	for _, p := range []string{b.initdb, b.postgres} {
		st, err := os.Stat(p)
		if err != nil {
			return nil, err
		}
		if st.IsDir() || st.Mode()&0o111 == 0 {
			return nil, fmt.Errorf("%s is not executable", p)
		}
	}
	if err := b.readVersion(ctx); err != nil {
		return nil, err
	}
	return b, nil
}

var versionRE = regexp.MustCompile(`\(PostgreSQL\) (\d+)(?:\.(\d+))?`)

func (b *binaries) readVersion(ctx context.Context) error {
	out, err := exec.CommandContext(ctx, b.postgres, "--version").Output()
	if err != nil {
		return fmt.Errorf("%s --version: %w", b.postgres, err)
	}
	m := versionRE.FindStringSubmatch(string(out))
	if m == nil {
		return fmt.Errorf("%s --version: unrecognised output %q", b.postgres, strings.TrimSpace(string(out)))
	}
	b.major, _ = strconv.Atoi(m[1])
	b.version = m[1]
	if m[2] != "" {
		b.version += "." + m[2]
	}
	if b.major < 10 {
		return fmt.Errorf("PostgreSQL %s is too old (need 10 or later)", b.version)
	}
	return nil
}

// canInstall reports whether we may install the server package ourselves:
// only as root on a Debian-like system, where it is one non-interactive
// command; anywhere else the user has to choose how.
func canInstall() bool {
	if os.Geteuid() != 0 {
		return false
	}
	_, err := exec.LookPath("apt-get")
	return err == nil
}

func installPostgres(ctx context.Context, opts *Options) error {
	// Several test binaries may get here at once; dpkg would refuse all but
	// one, so take turns and look again after waiting.
	unlock, err := lockFile(ctx, filepath.Join(os.TempDir(), "edfi-tpr-install.lock"), nil)
	if err != nil {
		return err
	}
	defer unlock()
	if searchBinaries(ctx) != nil {
		return nil
	}
	opts.logf("PostgreSQL server binaries not found: installing the postgresql package (apt-get update && apt-get install -y postgresql)…")
	var out bytes.Buffer
	w := io.Writer(&out)
	if opts.Log != nil {
		w = io.MultiWriter(&out, opts.Log)
	}
	for _, args := range [][]string{
		{"update", "-q"},
		{"install", "-y", "-q", "--no-install-recommends", "-o", "DPkg::Lock::Timeout=300", "postgresql"},
	} {
		cmd := exec.CommandContext(ctx, "apt-get", args...)
		cmd.Env = append(os.Environ(), "DEBIAN_FRONTEND=noninteractive")
		cmd.Stdout, cmd.Stderr = w, w
		if err := cmd.Run(); err != nil {
			return fmt.Errorf("apt-get %s: %w\n%s", args[0], err, tail(out.Bytes(), 2000))
		}
	}
	opts.logf("installed the postgresql package")
	return nil
}

// tail returns at most the last n bytes of b, for error messages.
func tail(b []byte, n int) string {
	if len(b) > n {
		b = b[len(b)-n:]
	}
	return strings.TrimSpace(string(b))
}
