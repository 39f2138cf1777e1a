package graph

import (
	"context"
	"fmt"
	"slices"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/diplograph/diplograph/domain"
	"github.com/diplograph/diplograph/graph/model"
)

// relationsOf wraps rels with their ends, so that no relation resolves its
// ends on its own. Ends among known cost nothing; the others come in one
// store call, made only when the query selects an end at path (the fields
// from the resolver's own down to a relation).
func (r *Resolver) relationsOf(ctx context.Context, rels []domain.Relation, known []domain.Node, path ...string) ([]model.Relation, error) {
	out := make([]model.Relation, len(rels))
	for i, rel := range rels {
		out[i].Rel = rel
	}
	if len(rels) == 0 {
		return out, nil
	}
	if selects(ctx, slices.Concat(path, []string{"source"})) || selects(ctx, slices.Concat(path, []string{"target"})) {
		ends := make(map[string]model.Entity, len(known))
		for _, n := range known {
			ends[n.ID] = model.EntityOf(n)
		}
		var missing []string
		for _, rel := range rels {
			for _, id := range [2]string{rel.Source, rel.Target} {
				if _, ok := ends[id]; !ok {
					ends[id] = nil
					missing = append(missing, id)
				}
			}
		}
		if len(missing) > 0 {
			nodes, err := r.Store.Nodes(ctx, missing)
			if err != nil {
				return nil, fmt.Errorf("ends of %d relations: %w", len(rels), err)
			}
			for _, n := range nodes {
				ends[n.ID] = model.EntityOf(n)
			}
		}
		for i := range out {
			out[i].SourceEnd, out[i].TargetEnd = ends[out[i].Rel.Source], ends[out[i].Rel.Target]
		}
	}
	return out, nil
}

// selectsTotal reports whether a connection's query needs the listing's
// total: for totalCount, or to tell whether a next page exists.
func selectsTotal(ctx context.Context) bool {
	return selects(ctx, []string{"totalCount"}) || selects(ctx, []string{"pageInfo", "hasNextPage"})
}

// selects reports whether the current field's selection reaches path,
// through fragments of any type condition and whatever @skip or @include
// say: it may say yes for a field that will not be shown, never no for one
// that will. Outside a GraphQL request it says yes.
func selects(ctx context.Context, path []string) bool {
	fc := graphql.GetFieldContext(ctx)
	if fc == nil || !graphql.HasOperationContext(ctx) {
		return true
	}
	return reaches(fc.Field.Selections, path, graphql.GetOperationContext(ctx).Doc.Fragments)
}

func reaches(set ast.SelectionSet, path []string, fragments ast.FragmentDefinitionList) bool {
	if len(path) == 0 {
		return true
	}
	for _, s := range set {
		switch s := s.(type) {
		case *ast.Field:
			if s.Name == path[0] && reaches(s.SelectionSet, path[1:], fragments) {
				return true
			}
		case *ast.InlineFragment:
			if reaches(s.SelectionSet, path, fragments) {
				return true
			}
		case *ast.FragmentSpread:
			// Validation has refused fragment cycles before any resolver runs.
			if f := fragments.ForName(s.Name); f != nil && reaches(f.SelectionSet, path, fragments) {
				return true
			}
		}
	}
	return false
}
