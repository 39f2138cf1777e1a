//go:build !linux

package memstore_test

import "time"

// threadCPUTime is unknown here; the benchmark then leaves out its serial
// rate.
func threadCPUTime() time.Duration { return 0 }
