package memstore_test

import (
	"syscall"
	"time"
)

// threadCPUTime returns the user and system CPU time the calling thread
// has used.
func threadCPUTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_THREAD, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
