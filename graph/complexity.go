package graph

import (
	"github.com/diplograph/diplograph/graph/generated"
	"github.com/diplograph/diplograph/graph/model"
)

// Complexity prices list fields by the number of items they may return, so
// the complexity limit sees "500 entities, each with 500 relations" for what
// it costs. Drawing fields (subgraph, neighbourhood) are priced per 50 nodes
// because the explorer legitimately asks for thousands of light nodes.
func Complexity() generated.ComplexityRoot {
	var c generated.ComplexityRoot
	entityRelations := func(child int, _ []model.RelationType, first *int) int { return child * orDefault(first, 100) }
	c.Actor.Relations = entityRelations
	c.Forum.Relations = entityRelations
	c.Treaty.Relations = entityRelations
	c.Issue.Relations = entityRelations
	c.Query.Entities = func(child int, _ *model.EntityFilter, _ *model.EntityOrder, first *int, _ *string) int {
		return child * orDefault(first, 50)
	}
	c.Query.Relations = func(child int, _ *model.RelationFilter, first *int, _ *string) int {
		return child * orDefault(first, 50)
	}
	c.Query.Search = func(child int, _ string, _ []model.Kind, first *int) int { return child * orDefault(first, 10) }
	c.Query.Nodes = func(child int, ids []string) int { return child * max(len(ids), 1) }
	c.Query.Neighbourhood = func(child int, _ string, _ *int, _ []model.RelationType, limit *int) int {
		return child * perFifty(orDefault(limit, 200))
	}
	c.Query.Subgraph = func(child int, _ *model.EntityFilter, _ []model.RelationType, limit *int) int {
		return child * perFifty(orDefault(limit, 500))
	}
	return c
}

func orDefault(v *int, def int) int {
	if v == nil || *v < 1 {
		return def
	}
	return *v
}

func perFifty(n int) int { return (n + 49) / 50 }
