package server

import (
	"net/http/httptest"
	"testing"
	"time"
)

// An export's writer gives way while light operations are under way, for
// at most half of the export's time.
func TestExportsGiveWayToLightOperations(t *testing.T) {
	for _, tc := range []struct {
		name    string
		light   int64
		age     time.Duration // how long the export has run
		paused  time.Duration // how long it has paused so far
		atLeast time.Duration // the write takes at least this long
		atMost  time.Duration
	}{
		{"a write waits while a light operation is under way", 1, time.Second, 0, yieldMax, time.Second},
		{"a write goes ahead at once when no light operation is under way", 0, time.Second, 0, 0, yieldMax / 2},
		{"a write goes ahead at once when the export has paused for half its time", 1, time.Second, 600 * time.Millisecond, 0, yieldMax / 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			lane := newHeavyLane(1, 1)
			lane.light.Store(tc.light)
			y := newYieldingWriter(httptest.NewRecorder(), lane)
			y.start, y.paused = time.Now().Add(-tc.age), tc.paused
			start := time.Now()
			if _, err := y.Write([]byte("x")); err != nil {
				t.Fatal(err)
			}
			if took := time.Since(start); took < tc.atLeast || took > tc.atMost {
				t.Errorf("the write took %v, want between %v and %v", took, tc.atLeast, tc.atMost)
			}
		})
	}
}
