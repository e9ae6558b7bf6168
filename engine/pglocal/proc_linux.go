package pglocal

import (
	"fmt"
	"os"
	"strings"
	"syscall"
)

func sysProcAttr(ra *runAs) *syscall.SysProcAttr {
	attr := &syscall.SysProcAttr{
		Setpgid: true,
		// SIGQUIT is PostgreSQL's immediate shutdown: the postmaster takes its
		// backends down and removes its pid file, unlike SIGKILL.
		Pdeathsig: syscall.SIGQUIT,
	}
	if ra != nil {
		// Go sets the parent-death signal after switching user, which matters:
		// the kernel clears it on a credential change.
		attr.Credential = &syscall.Credential{Uid: uint32(ra.uid), Gid: uint32(ra.gid)}
	}
	return attr
}

// isPostgres reports whether pid runs the postgres program, to tell a live
// postmaster from an unrelated process that reused a stale pid.
func isPostgres(pid int) bool {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/comm", pid))
	if err != nil {
		return false
	}
	comm := strings.TrimSpace(string(b))
	return comm == "postgres" || comm == "postmaster"
}

func isZombie(pid int) bool {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return false
	}
	// "pid (comm) S …": comm may hold spaces and parentheses, the state
	// follows the last ')'.
	s := string(b)
	i := strings.LastIndexByte(s, ')')
	return i >= 0 && i+2 < len(s) && s[i+2] == 'Z'
}

// servesOtherDir reports whether postgres process pid demonstrably works in
// another data directory (a postmaster's working directory is its data
// directory). When /proc does not tell us (another user's process), it says
// no, the cautious answer.
func servesOtherDir(pid int, dataDir string) bool {
	cwd, err := os.Readlink(fmt.Sprintf("/proc/%d/cwd", pid))
	if err != nil {
		return false
	}
	return !samePath(cwd, dataDir)
}
