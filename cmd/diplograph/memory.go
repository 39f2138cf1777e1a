package main

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"strconv"
	"strings"
)

// defaultGCPercent is the GOGC serve runs with unless GOGC is set. The
// embedded store keeps the whole graph on the heap (about 1.5 GB at 50,000
// entities and 370,000 relations), and with Go's default of 100 every
// collection marked all of it again after as little garbage: half the CPU
// of the explorer's overview was the collector's. At 300 the heap may grow
// to four times what is live before a collection, which the memory limit
// below bounds.
const defaultGCPercent = 300

// memoryShare is the part of the machine's (or the container's) memory the
// heap may grow to before the collector works harder to stay under it.
const memoryShare = 0.75

// memoryTuning is what serve sets the runtime to: gcPercent < 0 and limit 0
// leave GOGC and GOMEMLIMIT as the environment has them.
type memoryTuning struct {
	gcPercent int
	limit     int64
}

// tuneMemory decides the collector's settings from the environment (getenv)
// and the memory available (available reads it): GOGC and GOMEMLIMIT, when
// set, are the operator's and win.
func tuneMemory(getenv func(string) string, available func() (int64, error)) (memoryTuning, error) {
	t := memoryTuning{gcPercent: -1}
	if getenv("GOGC") == "" {
		t.gcPercent = defaultGCPercent
	}
	if getenv("GOMEMLIMIT") == "" {
		total, err := available()
		if err != nil {
			return t, fmt.Errorf("memory limit: %w (set GOMEMLIMIT)", err)
		}
		t.limit = int64(float64(total) * memoryShare)
	}
	return t, nil
}

// availableMemory is the container's memory limit (cgroup v2 memory.max)
// when it has one, else the machine's memory (MemTotal).
func availableMemory() (int64, error) {
	total, err := memTotal()
	if err != nil {
		return 0, err
	}
	if data, err := os.ReadFile("/sys/fs/cgroup/memory.max"); err == nil {
		if n, err := strconv.ParseInt(strings.TrimSpace(string(data)), 10, 64); err == nil && n < total {
			return n, nil
		}
	}
	return total, nil
}

func memTotal() (int64, error) {
	data, err := os.ReadFile("/proc/meminfo")
	if err != nil {
		return 0, fmt.Errorf("read /proc/meminfo: %w", err)
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), "MemTotal:"); ok {
			kb, err := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(v), "kB")), 10, 64)
			if err != nil {
				return 0, fmt.Errorf("read /proc/meminfo MemTotal: %w", err)
			}
			return kb << 10, nil
		}
	}
	return 0, fmt.Errorf("no MemTotal in /proc/meminfo")
}
