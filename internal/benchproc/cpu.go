// Package benchproc is what the benchmarks need of the processes they
// start: their CPU time and their end when the benchmark dies.
package benchproc

import (
	"bytes"
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"
)

// On a shared machine requests/s moves with whatever else runs, while the
// CPU time a process spends per request does not: the benchmarks read it
// from /proc (Linux).

// CPU is the user and system time a process has used so far; the clock tick
// is the kernel's USER_HZ, 100 on every mainstream Linux.
func CPU(pid int) (time.Duration, error) {
	data, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if err != nil {
		return 0, fmt.Errorf("cpu time of %d: %w", pid, err)
	}
	// The command name may hold spaces and parentheses: fields count from
	// the last ')'. utime and stime are the stat file's 14th and 15th fields.
	i := bytes.LastIndexByte(data, ')')
	if i < 0 {
		return 0, fmt.Errorf("cpu time of %d: unexpected /proc stat %q", pid, data)
	}
	fields := strings.Fields(string(data[i+1:]))
	if len(fields) < 13 {
		return 0, fmt.Errorf("cpu time of %d: unexpected /proc stat %q", pid, data)
	}
	var ticks int64
	for _, f := range fields[11:13] {
		n, err := strconv.ParseInt(f, 10, 64)
		if err != nil {
			return 0, fmt.Errorf("cpu time of %d: %w", pid, err)
		}
		ticks += n
	}
	return time.Duration(ticks) * 10 * time.Millisecond, nil
}
