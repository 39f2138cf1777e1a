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
	if depth := selectionDepth(oc.Operation.SelectionSet, map[string]bool{}); depth > maxDepth {
		return tooComplex("the query is %d levels deep; the limit is %d", depth, maxDepth)
	}
	if n := fieldCount(oc.Operation.SelectionSet, map[string]bool{}, maxFields+1); n > maxFields {
		return tooComplex("the query selects more than %d fields", maxFields)
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

// fieldCount counts selected fields, stopping once it passes limit so a
// hostile query costs no more to refuse than a legal one to accept.
func fieldCount(set ast.SelectionSet, visiting map[string]bool, limit int) int {
	n := 0
	for _, sel := range set {
		if n > limit {
			return n
		}
		switch s := sel.(type) {
		case *ast.Field:
			n += 1 + fieldCount(s.SelectionSet, visiting, limit-n)
		case *ast.InlineFragment:
			n += fieldCount(s.SelectionSet, visiting, limit-n)
		case *ast.FragmentSpread:
			if s.Definition == nil || visiting[s.Name] {
				continue
			}
			visiting[s.Name] = true
			n += fieldCount(s.Definition.SelectionSet, visiting, limit-n)
			delete(visiting, s.Name)
		}
	}
	return n
}

// selectionDepth measures the deepest field path; visiting guards against
// fragment cycles, which validation also rejects, so a cycle never loops.
func selectionDepth(set ast.SelectionSet, visiting map[string]bool) int {
	deepest := 0
	for _, sel := range set {
		var d int
		switch s := sel.(type) {
		case *ast.Field:
			if s.Name == "__typename" {
				continue
			}
			d = 1 + selectionDepth(s.SelectionSet, visiting)
		case *ast.InlineFragment:
			d = selectionDepth(s.SelectionSet, visiting)
		case *ast.FragmentSpread:
			if s.Definition == nil || visiting[s.Name] {
				continue
			}
			visiting[s.Name] = true
			d = selectionDepth(s.Definition.SelectionSet, visiting)
			delete(visiting, s.Name)
		default:
			panic(fmt.Sprintf("selection of unknown type %T", sel))
		}
		deepest = max(deepest, d)
	}
	return deepest
}
