package graph

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/diplograph/diplograph/domain"
	"github.com/diplograph/diplograph/graph/model"
	"github.com/diplograph/diplograph/store/timeview"
)

// IncludingStore reads entities with their relations, and relations with
// their ends, in one round trip. A store that pays per statement (Neo4j)
// offers it so that a root field costs one statement; the resolvers use it
// when the query selects what it includes, and otherwise, or with a store
// that answers from memory, ask for each part on its own.
type IncludingStore interface {
	NodesWith(ctx context.Context, ids []string, inc domain.Include) ([]domain.Node, domain.Related, error)
	ListNodesWith(ctx context.Context, q domain.NodeQuery, inc domain.Include) ([]domain.Node, int, domain.Related, error)
	SearchWith(ctx context.Context, text string, kinds []domain.Kind, limit int, inc domain.Include) ([]domain.SearchHit, domain.Related, error)
	RelationsWithEnds(ctx context.Context, q domain.RelationQuery, inc domain.Include) ([]domain.Relation, int, map[string]domain.Node, error)
}

// including returns the store as an IncludingStore, if it is one.
func (r *Resolver) including() (IncludingStore, bool) {
	s, ok := r.Store.(IncludingStore)
	return s, ok
}

// prefetched holds the relations a root field read with its entities, for
// the entities' relations fields: keyed by entity and the field's
// arguments, since two selections of relations may ask different pages.
type prefetched struct {
	mu   sync.Mutex
	rels map[prefetchKey][]model.Relation
}

type prefetchKey struct {
	node string
	of   string // relationsOfKey of the arguments
}

func relationsOfKey(of domain.RelationsOf) string {
	return fmt.Sprint(of.Types, of.Limit)
}

// include says what a root field reads with the entities at path (the
// fields from the root field's own down to an entity): their relations
// when every relations field selected on them asks the same page (else
// each entity asks for its own). Entities' documents, and relations'
// evidence, are read only when the operation selects them anywhere (the
// evidence's dates give a relation's from, until and undated), so that no
// two root fields of a request read one entity or relation differently.
func include(ctx context.Context, path ...string) domain.Include {
	fc := graphql.GetFieldContext(ctx)
	if fc == nil || !graphql.HasOperationContext(ctx) {
		return domain.Include{}
	}
	op := graphql.GetOperationContext(ctx)
	selected := func(names ...string) bool {
		return slices.ContainsFunc(names, func(name string) bool {
			return mentions(op.Operation.SelectionSet, name, op.Doc.Fragments, map[string]bool{})
		})
	}
	inc := domain.Include{NoDocuments: !selected("documents"), NoEvidence: !selected("evidence", "from", "until", "undated")}
	var fields []*ast.Field
	collectAt(fc.Field.Selections, path, "relations", op.Doc.Fragments, &fields)
	for _, f := range fields {
		of, ok := relationsArgs(f.ArgumentMap(op.Variables))
		if !ok || inc.Relations != nil && relationsOfKey(*inc.Relations) != relationsOfKey(of) {
			inc.Relations = nil
			return inc
		}
		inc.Relations = &of
	}
	return inc
}

// collectAt appends the fields named name in the selection set at path,
// through fragments of any type condition.
func collectAt(set ast.SelectionSet, path []string, name string, fragments ast.FragmentDefinitionList, out *[]*ast.Field) {
	for _, s := range set {
		switch s := s.(type) {
		case *ast.Field:
			switch {
			case len(path) == 0 && s.Name == name:
				*out = append(*out, s)
			case len(path) > 0 && s.Name == path[0]:
				collectAt(s.SelectionSet, path[1:], name, fragments, out)
			}
		case *ast.InlineFragment:
			collectAt(s.SelectionSet, path, name, fragments, out)
		case *ast.FragmentSpread:
			// Validation has refused fragment cycles before any resolver runs.
			if f := fragments.ForName(s.Name); f != nil {
				collectAt(f.SelectionSet, path, name, fragments, out)
			}
		}
	}
}

// mentions reports whether a field named name appears anywhere in set;
// seen keeps each fragment to one visit.
func mentions(set ast.SelectionSet, name string, fragments ast.FragmentDefinitionList, seen map[string]bool) bool {
	for _, s := range set {
		switch s := s.(type) {
		case *ast.Field:
			if s.Name == name || mentions(s.SelectionSet, name, fragments, seen) {
				return true
			}
		case *ast.InlineFragment:
			if mentions(s.SelectionSet, name, fragments, seen) {
				return true
			}
		case *ast.FragmentSpread:
			if f := fragments.ForName(s.Name); f != nil && !seen[s.Name] {
				seen[s.Name] = true
				if mentions(f.SelectionSet, name, fragments, seen) {
					return true
				}
			}
		}
	}
	return false
}

// relationsArgs reads an entity's relations arguments as the resolver
// would take them; not ok for anything the resolver would refuse, which
// it then refuses itself.
func relationsArgs(args map[string]any) (domain.RelationsOf, bool) {
	var of domain.RelationsOf
	switch ts := args["types"].(type) {
	case nil:
	case []any:
		for _, t := range ts {
			s, _ := t.(string)
			if !model.RelationType(s).IsValid() {
				return of, false
			}
			of.Types = append(of.Types, domain.RelationType(s))
		}
	default:
		return of, false
	}
	var first int64
	switch v := args["first"].(type) {
	case int64:
		first = v
	case int:
		first = int64(v)
	case json.Number:
		n, err := v.Int64()
		if err != nil {
			return of, false
		}
		first = n
	default:
		return of, false
	}
	if first < 0 || first > maxPage {
		return of, false
	}
	of.Limit = int(first)
	return of, true
}

// prefetch keeps what a root field read with its entities (nodes) for
// their relations fields, wrapped with their ends.
func prefetch(ctx context.Context, of *domain.RelationsOf, nodes []domain.Node, rel domain.Related) error {
	if of == nil {
		return nil
	}
	l, err := loadersFrom(ctx)
	if err != nil {
		return err
	}
	// An entity is an end of its own relations.
	ends := slices.Clone(nodes)
	for _, n := range rel.Ends {
		ends = append(ends, n)
	}
	key := relationsOfKey(*of)
	p := &l.prefetched
	for id, rels := range rel.Relations {
		wrapped := make([]model.Relation, len(rels))
		for i, rel := range rels {
			wrapped[i].Rel = rel
		}
		// Ends are attached whether or not selected: they are at hand.
		attachEnds(wrapped, ends)
		p.mu.Lock()
		if p.rels == nil {
			p.rels = map[prefetchKey][]model.Relation{}
		}
		p.rels[prefetchKey{id, key}] = wrapped
		p.mu.Unlock()
	}
	return nil
}

// prefetchedRelations returns what a root field read for an entity's
// relations field with these arguments, if it did.
func prefetchedRelations(ctx context.Context, id string, of domain.RelationsOf) ([]model.Relation, bool) {
	l, err := loadersFrom(ctx)
	if err != nil {
		return nil, false
	}
	p := &l.prefetched
	p.mu.Lock()
	defer p.mu.Unlock()
	rels, ok := p.rels[prefetchKey{id, relationsOfKey(of)}]
	return rels, ok
}

// attachEnds sets each relation's ends from nodes, which hold them all.
func attachEnds(rels []model.Relation, nodes []domain.Node) {
	byID := make(map[string]model.Entity, len(nodes))
	for _, n := range nodes {
		byID[n.ID] = model.EntityOf(n)
	}
	for i := range rels {
		rels[i].SourceEnd, rels[i].TargetEnd = byID[rels[i].Rel.Source], byID[rels[i].Rel.Target]
	}
}

// nodesIncluding reads the entities among ids with the relations the
// query selects on them, in one round trip; not ok when the store cannot
// or the query selects no relations, for the loader to batch the reads.
func (r *Resolver) nodesIncluding(ctx context.Context, ids []string) ([]domain.Node, bool, error) {
	s, ok := r.including()
	if !ok {
		return nil, false, nil
	}
	inc := include(ctx)
	if inc.Relations == nil {
		return nil, false, nil
	}
	nodes, rel, err := s.NodesWith(ctx, entityIDs(ids), inc)
	if err != nil {
		return nil, true, err
	}
	return nodes, true, prefetch(ctx, inc.Relations, nodes, rel)
}

// entityIDs keeps the IDs that name entities, not documents.
func entityIDs(ids []string) []string {
	return slices.DeleteFunc(slices.Clone(ids), func(id string) bool {
		return strings.HasPrefix(id, domain.DocumentID(""))
	})
}

// search reads the hits with what the query selects on them, in one
// round trip where the store can.
func (r *Resolver) search(ctx context.Context, text string, kinds []domain.Kind, limit int) ([]domain.SearchHit, error) {
	s, ok := r.including()
	if !ok {
		return r.Store.Search(ctx, text, kinds, limit)
	}
	inc := include(ctx, "entity")
	hits, rel, err := s.SearchWith(ctx, text, kinds, limit, inc)
	if err != nil {
		return nil, err
	}
	nodes := make([]domain.Node, len(hits))
	for i, h := range hits {
		nodes[i] = h.Node
	}
	return hits, prefetch(ctx, inc.Relations, nodes, rel)
}

// listNodes reads a page of entities with what the query selects on them,
// in one round trip where the store can; a time window is applied over
// the store's own listing.
func (r *Resolver) listNodes(ctx context.Context, q domain.NodeQuery, w domain.TimeWindow) ([]domain.Node, int, error) {
	s, ok := r.including()
	if !ok || !w.IsZero() {
		return timeview.ListNodes(ctx, r.Store, q, w)
	}
	inc := include(ctx, "edges", "node")
	nodes, total, rel, err := s.ListNodesWith(ctx, q, inc)
	if err != nil {
		return nil, 0, err
	}
	return nodes, total, prefetch(ctx, inc.Relations, nodes, rel)
}

// relations reads a page of relations with their ends, in one round trip
// where the store can; a time window is applied over the store's own
// listing.
func (r *Resolver) relations(ctx context.Context, q domain.RelationQuery, w domain.TimeWindow) ([]model.Relation, int, error) {
	s, ok := r.including()
	if !ok || !w.IsZero() {
		rels, total, err := timeview.Relations(ctx, r.Store, q, w)
		if err != nil {
			return nil, 0, err
		}
		wrapped, err := r.relationsOf(ctx, rels, nil, "edges", "node")
		return wrapped, total, err
	}
	rels, total, ends, err := s.RelationsWithEnds(ctx, q, include(ctx))
	if err != nil {
		return nil, 0, err
	}
	wrapped := make([]model.Relation, len(rels))
	for i, rel := range rels {
		wrapped[i].Rel = rel
	}
	nodes := make([]domain.Node, 0, len(ends))
	for _, n := range ends {
		nodes = append(nodes, n)
	}
	attachEnds(wrapped, nodes)
	return wrapped, total, nil
}
