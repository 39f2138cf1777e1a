package graph

import (
	"github.com/diplograph/diplograph/domain"
	"github.com/diplograph/diplograph/graph/generated"
	"github.com/diplograph/diplograph/graph/model"
)

// Per-item prices of the list fields that take no first or limit argument:
// the number of items they return is not known when a query is priced, so
// each is priced for a typical list of its kind. Nested, they multiply, so
// a chain like documents { mentions { entity { documents { mentions ... } } } }
// costs what it would cost to answer rather than one per level.
const (
	// Query.documents lists every document in the graph.
	documentsListCost = 50
	// Document.mentions lists every mention in a document's text.
	mentionsListCost = 20
	// Entity.documents lists the documents that mention an entity.
	entityDocumentsListCost = 10
	// Relation.evidence lists the sentences stating a relation, usually
	// one or two: a fixed cost per list rather than a multiplier, which
	// would price the explorer's panel of 200 relations out of the limit.
	// What an evidence sentence leads to (its document's mentions) is
	// priced by the lists above.
	evidenceListCost = 2
	// LensChanges.added and removed list what a lens's view gained and lost,
	// usually a handful of relations.
	lensChangesListCost = 10
)

// Complexity prices list fields by the number of items they may return, so
// the complexity limit sees "500 entities, each with 500 relations" for what
// it costs. Drawing fields (subgraph, neighbourhood) are priced per 50 nodes
// because the explorer legitimately asks for thousands of light nodes. Lists
// without a first or limit argument are priced by the costs above; Stats'
// counts by kind and by relation type are bounded by the schema's enums.
func Complexity() generated.ComplexityRoot {
	var c generated.ComplexityRoot
	entityRelations := func(child int, _ []model.RelationType, first *int) int { return child * orDefault(first, 100) }
	c.Actor.Relations = entityRelations
	c.Forum.Relations = entityRelations
	c.Treaty.Relations = entityRelations
	c.Issue.Relations = entityRelations
	entityDocuments := func(child int) int { return 1 + child*entityDocumentsListCost }
	c.Actor.Documents = entityDocuments
	c.Forum.Documents = entityDocuments
	c.Treaty.Documents = entityDocuments
	c.Issue.Documents = entityDocuments
	c.Query.Documents = func(child int) int { return 1 + child*documentsListCost }
	c.Document.Mentions = func(child int) int { return 1 + child*mentionsListCost }
	c.Relation.Evidence = func(child int) int { return child + evidenceListCost }
	c.Query.Entities = func(child int, _ *model.EntityFilter, _ *model.EntityOrder, first *int, _ *string, _ *domain.Date, _ *model.DateRange) int {
		return child * orDefault(first, 50)
	}
	c.Query.Relations = func(child int, _ *model.RelationFilter, first *int, _ *string, _ *domain.Date, _ *model.DateRange) int {
		return child * orDefault(first, 50)
	}
	c.Query.Search = func(child int, _ string, _ []model.Kind, first *int) int { return child * orDefault(first, 10) }
	c.Query.Nodes = func(child int, ids []string) int { return child * max(len(ids), 1) }
	c.Query.Neighbourhood = func(child int, _ string, _ *int, _ []model.RelationType, limit *int, _ *domain.Date, _ *model.DateRange) int {
		return child * perFifty(orDefault(limit, 200))
	}
	c.Query.Subgraph = func(child int, _ *model.EntityFilter, _ []model.RelationType, limit *int, _ *domain.Date, _ *model.DateRange) int {
		return child * perFifty(orDefault(limit, 500))
	}
	c.Query.Changes = func(child int, _ *domain.Date, _ *domain.Date, first *int) int {
		return child * min(orDefault(first, 100), maxChanges)
	}
	// A path's nodes and edges number at most maxLength + 1 and maxLength.
	c.Query.ShortestPath = func(child int, _ string, _ string, _ []model.RelationType, maxLength *int) int {
		return 1 + child*(min(orDefault(maxLength, 6), maxPathLength)+1)
	}
	// A lens's citations are flat strings, priced per 50 like a drawing's
	// nodes; the relations its view gained are full relations, priced as a
	// typical list of ten (at most maxLensChanges come back).
	c.Lens.Citations = func(child int, first *int) int {
		return 1 + child*perFifty(min(orDefault(first, 500), maxLensCitations))
	}
	c.LensChanges.Added = func(child int) int { return 1 + child*lensChangesListCost }
	c.LensChanges.Removed = func(child int) int { return 1 + child*lensChangesListCost }
	stanceComplexity(&c)
	return c
}

func orDefault(v *int, def int) int {
	if v == nil || *v < 1 {
		return def
	}
	return *v
}

func perFifty(n int) int { return (n + 49) / 50 }
