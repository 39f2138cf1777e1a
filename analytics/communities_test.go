package analytics_test

import (
	"context"
	"testing"

	"github.com/diplograph/diplograph/analytics"
)

func TestCommunitiesFollowWeights(t *testing.T) {
	// Nodes 0-1-2 and 3-4-5 are two triangles; 2-3 bridges them.
	triangles := []analytics.WeightedEdge{{0, 1, 1}, {1, 2, 1}, {0, 2, 1}, {3, 4, 1}, {4, 5, 1}, {3, 5, 1}}
	for _, tc := range []struct {
		name     string
		bridge   float64
		together [][2]int
		apart    [][2]int
	}{
		{"a light bridge leaves the two triangles apart", 0.5, [][2]int{{0, 2}, {3, 5}}, [][2]int{{2, 3}}},
		{"a bridge far heavier than the triangles pulls its ends together", 20, [][2]int{{2, 3}}, [][2]int{{0, 5}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := analytics.Communities(context.Background(), 6, append(triangles, analytics.WeightedEdge{A: 2, B: 3, W: tc.bridge}))
			if err != nil {
				t.Fatal(err)
			}
			for _, p := range tc.together {
				if got[p[0]] != got[p[1]] {
					t.Errorf("%d and %d apart: %v", p[0], p[1], got)
				}
			}
			for _, p := range tc.apart {
				if got[p[0]] == got[p[1]] {
					t.Errorf("%d and %d together: %v", p[0], p[1], got)
				}
			}
		})
	}
}
