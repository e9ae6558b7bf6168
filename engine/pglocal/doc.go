// Package pglocal starts a throwaway PostgreSQL cluster on the local machine,
// so that tests, the benchmark and the server work without a database set up
// by hand.
//
// [Start] finds the server binaries (pg_config --bindir, then the highest
// /usr/lib/postgresql/*/bin, then PATH; as root on Debian or Ubuntu it installs
// the postgresql package when they are missing, and says so), prepares a data
// directory and runs postgres on a free 127.0.0.1 port with trust
// authentication. initdb runs once per PostgreSQL version: its output is kept
// as a pristine template in the cache folder and every new cluster copies it.
//
// Clusters are either persistent (a named data directory in the cache folder,
// reused from run to run) or ephemeral (a fresh temporary directory, removed by
// [Cluster.Stop]). The postmaster is bound to the life of the calling process
// (Linux parent-death signal) so that a crashed test binary does not leave a
// server behind; ephemeral directories left by such a crash are removed by the
// next [Start].
//
// As root, initdb and postgres refuse to run, so both run as the postgres OS
// user, and the cache folder moves to that user's home when the caller's own
// cache is not reachable by it (root's home is usually mode 0700).
//
// A persistent data directory whose postmaster.pid names a process that is gone
// (or is not a postgres process, or serves another data directory) is
// recovered by removing the stale file. When
// the postmaster named there is alive and answers for this data directory, the
// new [Cluster] attaches to it instead of starting a second server: two
// programs (say `make serve` and `make bench`) then share one cluster, and
// [Cluster.Stop] of the attached one leaves the server running for its owner.
//
// [Connect] is the entry point for binaries: it honours DATABASE_URL and only
// starts a cluster when that is unset.
package pglocal
