//go:build !unix

package benchproc

import "time"

// SelfCPU is unknown here; the benchmarks then report wall-clock rates only.
func SelfCPU() time.Duration { return 0 }
