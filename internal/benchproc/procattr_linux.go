package benchproc

import (
	"os/exec"
	"syscall"
)

// DieWithParent has the kernel send the server SIGTERM when the bench dies
// without running its deferred stops (SIGKILL, or SIGPIPE from `| head`),
// so that no server outlives it.
func DieWithParent(cmd *exec.Cmd) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGTERM}
}
