package main

import (
	"errors"
	"testing"
)

// serve sets the collector for a heap that holds the whole graph unless the
// operator has set GOGC or GOMEMLIMIT, which win.
func TestServeTunesTheCollectorUnlessTheOperatorDid(t *testing.T) {
	const gib = 1 << 30
	for _, tc := range []struct {
		name      string
		env       map[string]string
		available int64
		fail      bool
		want      memoryTuning
		wantErr   bool
	}{
		{"with nothing set, GOGC is 300 and the limit three quarters of the memory", nil, 8 * gib, false,
			memoryTuning{gcPercent: 300, limit: 6 * gib}, false},
		{"an operator's GOGC is left alone", map[string]string{"GOGC": "100"}, 8 * gib, false,
			memoryTuning{gcPercent: -1, limit: 6 * gib}, false},
		{"an operator's GOMEMLIMIT is left alone", map[string]string{"GOMEMLIMIT": "2GiB"}, 8 * gib, false,
			memoryTuning{gcPercent: 300}, false},
		{"memory that cannot be read leaves the limit unset and says so", nil, 0, true,
			memoryTuning{gcPercent: 300}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := tuneMemory(func(k string) string { return tc.env[k] }, func() (int64, error) {
				if tc.fail {
					return 0, errors.New("no /proc")
				}
				return tc.available, nil
			})
			if (err != nil) != tc.wantErr {
				t.Errorf("err %v, want an error: %v", err, tc.wantErr)
			}
			if got != tc.want {
				t.Errorf("got %+v, want %+v", got, tc.want)
			}
		})
	}
	t.Run("the memory available on this machine can be read", func(t *testing.T) {
		if n, err := availableMemory(); err != nil || n <= 0 {
			t.Errorf("availableMemory() = %d, %v", n, err)
		}
	})
}
