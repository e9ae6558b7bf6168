//go:build !linux

package pglocal

import "syscall"

// Without a parent-death signal (Linux only) a crashed owner leaves its
// postmaster running until the next Start's sweep finds it.
func sysProcAttr(ra *runAs) *syscall.SysProcAttr {
	attr := &syscall.SysProcAttr{Setpgid: true}
	if ra != nil {
		attr.Credential = &syscall.Credential{Uid: uint32(ra.uid), Gid: uint32(ra.gid)}
	}
	return attr
}

// isPostgres cannot look a process up portably; assume a live pid is a
// postmaster, the cautious answer (we then refuse to delete its pid file).
func isPostgres(pid int) bool { return true }

func isZombie(pid int) bool { return false }

func servesOtherDir(pid int, dataDir string) bool { return false }
