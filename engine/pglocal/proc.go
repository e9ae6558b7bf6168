package pglocal

import (
	"os"
	"os/exec"
	"runtime"
)

// proc is a server program started by spawn.
type proc struct {
	pid  int
	done chan struct{} // closed once the process has exited and been reaped
	err  error         // Wait's result; read only after done is closed
}

// spawn starts cmd from a goroutine locked to its own OS thread, which then
// waits for the process. The parent-death signal (see serverCommand) fires
// when the thread that forked the child exits, not the process: a thread
// shared with other goroutines could be retired by the runtime and take the
// server down with it. Keeping the forking thread parked in Wait for the
// child's whole life means the signal fires only when our process dies.
func spawn(cmd *exec.Cmd) (*proc, error) {
	p := &proc{done: make(chan struct{})}
	started := make(chan error, 1)
	go func() {
		// Never unlocked: when this goroutine returns the runtime ends the
		// thread, which is harmless because the child is gone by then.
		runtime.LockOSThread()
		if err := cmd.Start(); err != nil {
			started <- err
			return
		}
		p.pid = cmd.Process.Pid
		started <- nil
		p.err = cmd.Wait()
		close(p.done)
	}()
	if err := <-started; err != nil {
		return nil, err
	}
	return p, nil
}

// exited reports whether the process has exited.
func (p *proc) exited() bool {
	select {
	case <-p.done:
		return true
	default:
		return false
	}
}

// serverCommand builds an initdb or postgres command: run as the run-as user
// when we are root, in its own process group so that a terminal's Ctrl-C
// reaches only us (we then stop the server in order, after our own shutdown),
// and tied to our life by the parent-death signal.
func serverCommand(ra *runAs, path string, args ...string) *exec.Cmd {
	cmd := exec.Command(path, args...)
	// Our working directory may be unreachable for the run-as user (root's
	// home), and the server programs look it up.
	cmd.Dir = "/"
	cmd.Env = serverEnv()
	cmd.SysProcAttr = sysProcAttr(ra)
	return cmd
}

// serverEnv drops the libpq and locale variables that would change what
// initdb and postgres do, so a developer's shell settings cannot leak in.
func serverEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		switch {
		case len(kv) >= 2 && kv[:2] == "PG",
			len(kv) >= 3 && kv[:3] == "LC_",
			len(kv) >= 5 && kv[:5] == "LANG=":
			continue
		}
		env = append(env, kv)
	}
	return append(env, "LC_ALL=C")
}
