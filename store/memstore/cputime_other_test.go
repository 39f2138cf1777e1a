//go:build !unix

package memstore_test

import "time"

// cpuTime is unknown here; the benchmarks then report wall-clock rates only.
func cpuTime() time.Duration { return 0 }
