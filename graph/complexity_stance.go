package graph

import (
	"github.com/diplograph/diplograph/graph/generated"
	"github.com/diplograph/diplograph/graph/model"
)

// Typical sizes of the stance lists that take no first argument.
const (
	// An actor takes a stance on a handful of targets; an alignment lists
	// the targets of both.
	alignedTargetsListCost = 20
	// A bloc's members, and the blocs of a graph.
	blocListCost = 10
	// The members of a group absent from a target.
	absenceListCost = 20
)

// stanceComplexity prices the stance queries: a matrix by its cells (at
// most rows times columns, per fifty like a drawing), the other lists by
// their first or typical size.
func stanceComplexity(c *generated.ComplexityRoot) {
	c.Query.Stances = func(child int, actors, targets []string, _ []model.Kind, _ []model.RelationType, maxActors, maxTargets *int) int {
		rows, cols := orDefault(maxActors, 10), orDefault(maxTargets, 10)
		if len(actors) > 0 {
			rows = len(actors)
		}
		if len(targets) > 0 {
			cols = len(targets)
		}
		return 1 + child*perFifty(rows*cols)
	}
	c.Alignment.Targets = func(child int) int { return 1 + child*alignedTargetsListCost }
	c.Query.AlignedWith = func(child int, _ string, first *int, _ *bool) int { return child * orDefault(first, 10) }
	c.Query.Blocs = func(child int, _ *int) int { return 1 + child*blocListCost }
	c.Bloc.Members = func(child int) int { return 1 + child*blocListCost }
	c.Query.AbsentFrom = func(child int, _ string, _ *string) int { return 1 + child*absenceListCost }
}
