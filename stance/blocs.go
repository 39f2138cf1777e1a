package stance

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/diplograph/diplograph/analytics"
	"github.com/diplograph/diplograph/domain"
)

// Bloc is a group of actors that agree more than they disagree.
type Bloc struct {
	// ID is "bloc:" and the ID of the bloc's most central member.
	ID string
	// Name joins the names of the (up to three) most central members.
	Name string
	// Members are ordered by centrality in the bloc: the sum of their
	// alignment weights to the other members, then by ID.
	Members []domain.Node
	// Weight is each member's centrality, in the order of Members.
	Weight []float64
}

// blocPrefix starts every bloc ID, so that a bloc can name a group.
const blocPrefix = "bloc:"

// IsBlocID reports whether id names a bloc rather than a node.
func IsBlocID(id string) bool { return strings.HasPrefix(id, blocPrefix) }

// Blocs groups actors by alignment: every pair of actors that share targets
// is joined with weight Σ lean_a(t)·lean_b(t) (agreements less
// disagreements) when that is positive, and Louvain modularity splits the
// graph into communities. Blocs of fewer than minSize members are left out;
// the rest come largest first, then by ID.
func Blocs(ctx context.Context, r Reader, minSize int) ([]Bloc, error) {
	rels, _, err := r.Relations(ctx, domain.RelationQuery{Types: Types})
	if err != nil {
		return nil, fmt.Errorf("blocs: %w", err)
	}
	s := stances{}
	for _, rel := range rels {
		s.add(rel)
	}
	actors, err := actorIDs(ctx, r, s, "")
	if err != nil {
		return nil, fmt.Errorf("blocs: %w", err)
	}
	index := make(map[string]int, len(actors))
	byTarget := map[string][]string{}
	for i, a := range actors {
		index[a] = i
		for t := range s[a] {
			byTarget[t] = append(byTarget[t], a)
		}
	}
	net := map[[2]int]int{}
	for t, as := range byTarget {
		slices.Sort(as)
		for i, a := range as {
			for _, b := range as[i+1:] {
				net[[2]int{index[a], index[b]}] += Lean(s[a][t]) * Lean(s[b][t])
			}
		}
	}
	var edges []analytics.WeightedEdge
	weight := make([]map[int]float64, len(actors))
	for pair, w := range net {
		if w <= 0 {
			continue
		}
		edges = append(edges, analytics.WeightedEdge{A: pair[0], B: pair[1], W: float64(w)})
		for _, end := range [][2]int{pair, {pair[1], pair[0]}} {
			if weight[end[0]] == nil {
				weight[end[0]] = map[int]float64{}
			}
			weight[end[0]][end[1]] = float64(w)
		}
	}
	community, err := analytics.Communities(ctx, len(actors), edges)
	if err != nil {
		return nil, fmt.Errorf("blocs: %w", err)
	}
	groups := map[int][]int{}
	for i, c := range community {
		groups[c] = append(groups[c], i)
	}
	nodes, err := r.Nodes(ctx, actors)
	if err != nil {
		return nil, fmt.Errorf("blocs: %w", err)
	}
	var out []Bloc
	for _, members := range groups {
		if len(members) < max(minSize, 1) {
			continue
		}
		central := make(map[int]float64, len(members))
		for _, m := range members {
			for _, o := range members {
				central[m] += weight[m][o]
			}
		}
		slices.SortFunc(members, func(x, y int) int {
			return cmp.Or(cmp.Compare(central[y], central[x]), cmp.Compare(actors[x], actors[y]))
		})
		b := Bloc{ID: blocPrefix + actors[members[0]]}
		var names []string
		for _, m := range members {
			b.Members = append(b.Members, nodes[m])
			b.Weight = append(b.Weight, central[m])
			if len(names) < 3 {
				names = append(names, nodes[m].Name)
			}
		}
		b.Name = strings.Join(names, ", ")
		out = append(out, b)
	}
	slices.SortFunc(out, func(x, y Bloc) int {
		return cmp.Or(cmp.Compare(len(y.Members), len(x.Members)), cmp.Compare(x.ID, y.ID))
	})
	return out, nil
}
