//go:build !unix

package loader

import "time"

// cpuTime is unknown here; the benchmarks then report wall-clock MB/s only.
func cpuTime() time.Duration { return 0 }
