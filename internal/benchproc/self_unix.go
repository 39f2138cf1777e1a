//go:build unix

package benchproc

import (
	"syscall"
	"time"
)

// SelfCPU is the user and system time this process has used so far, for
// benchmarks that measure work in process: on a shared machine it moves
// with the work, where wall time also counts the waits for a core.
func SelfCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
