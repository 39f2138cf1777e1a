package server

import (
	"context"
	"fmt"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/diplograph/diplograph/graph"
)

// depthLimit refuses operations nested deeper than max, or selecting more
// than maxFields fields once fragments are spread (a thousand aliases of a
// cheap field are cheap one by one, not together). gqlgen has a complexity
// limit but no depth limit of its own.
//
// It must be registered before gqlgen's complexity limit: that calculation
// walks every fragment expansion, so a document whose fragments spread each
// other twice over (a "fragment bomb", 2^30 expansions from 1.2 KB) would pin
// a core there. Here each fragment is measured once and remembered, so the
// cost is linear in the document's size whatever its expansion, and such a
// document is refused for its expanded field count before anything else
// walks it.
type depthLimit struct{ max, maxFields int }

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = depthLimit{}

func (depthLimit) ExtensionName() string { return "DepthLimit" }

func (depthLimit) Validate(graphql.ExecutableSchema) error { return nil }

func (d depthLimit) MutateOperationContext(ctx context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if oc.Operation == nil {
		return nil
	}
	maxDepth, maxFields := d.max, d.maxFields
	if introspectionOnly(oc.Operation.SelectionSet) {
		// The standard introspection query (GraphiQL's, graphql-js's) nests
		// ofType nine deep; its answer is bounded by the schema, so it gets
		// room, but no more than a little over what it needs.
		maxDepth, maxFields = introspectionMaxDepth, introspectionMaxFields
	}
	m := newMeasure(maxFields + 1)
	depth, fields := m.set(oc.Operation.SelectionSet)
	if fields > maxFields {
		return tooComplex("the query selects more than %d fields", maxFields)
	}
	if depth > maxDepth {
		return tooComplex("the query is %d levels deep; the limit is %d", depth, maxDepth)
	}
	return nil
}

// Limits for operations that only introspect the schema.
const (
	introspectionMaxDepth  = 16
	introspectionMaxFields = 2000
)

func introspectionOnly(set ast.SelectionSet) bool {
	for _, sel := range set {
		f, ok := sel.(*ast.Field)
		if !ok || (f.Name != "__schema" && f.Name != "__type" && f.Name != "__typename") {
			return false
		}
	}
	return len(set) > 0
}

func tooComplex(format string, args ...any) *gqlerror.Error {
	err := gqlerror.Errorf(format, args...)
	err.Extensions = map[string]any{"code": graph.CodeTooComplex}
	return err
}

// measure finds an operation's depth (the deepest field path, __typename
// not counted) and its field count once fragments are spread. Each named
// fragment is measured once and its result reused at every spread, so the
// work is linear in the document's size, not in its expansion. Counts
// saturate at limit, so they cannot overflow however often fragments are
// spread.
type measure struct {
	limit    int
	known    map[string]extent
	visiting map[string]bool
}

type extent struct{ depth, fields int }

func newMeasure(limit int) *measure {
	return &measure{limit: limit, known: map[string]extent{}, visiting: map[string]bool{}}
}

func (m *measure) set(set ast.SelectionSet) (depth, fields int) {
	for _, sel := range set {
		var e extent
		switch s := sel.(type) {
		case *ast.Field:
			d, f := m.set(s.SelectionSet)
			e = extent{depth: 1 + d, fields: 1 + f}
			if s.Name == "__typename" {
				e.depth = 0
			}
		case *ast.InlineFragment:
			e.depth, e.fields = m.set(s.SelectionSet)
		case *ast.FragmentSpread:
			e = m.fragment(s)
		default:
			panic(fmt.Sprintf("selection of unknown type %T", sel))
		}
		depth = max(depth, e.depth)
		fields = min(fields+e.fields, m.limit)
	}
	return depth, fields
}

// fragment measures a spread fragment's selections, once per fragment;
// visiting guards against fragment cycles, which validation also rejects,
// so a cycle never loops.
func (m *measure) fragment(s *ast.FragmentSpread) extent {
	if s.Definition == nil || m.visiting[s.Name] {
		return extent{}
	}
	if e, ok := m.known[s.Name]; ok {
		return e
	}
	m.visiting[s.Name] = true
	var e extent
	e.depth, e.fields = m.set(s.Definition.SelectionSet)
	delete(m.visiting, s.Name)
	m.known[s.Name] = e
	return e
}
