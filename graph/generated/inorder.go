package generated

import (
	"context"

	"github.com/99designs/gqlgen/graphql"
)

// marshalSliceInOrder stands in for graphql.MarshalSliceConcurrently in the
// list marshallers tools/gqlgen rewrites: the elements marshal one after
// the other in the calling goroutine, each with its index in its field
// context, and a panic is an error of that element that nulls the list, as
// gqlgen's own does.
func marshalSliceInOrder(ctx context.Context, length int, marshalElement func(ctx context.Context, i int) graphql.Marshaler) graphql.Array {
	ret := make(graphql.Array, length)
	// One allocation for all the elements' field contexts and indexes
	// rather than two per element: a subgraph lists hundreds.
	contexts, indexes := make([]graphql.FieldContext, length), make([]int, length)
	for i := range length {
		indexes[i] = i
		contexts[i].Index = &indexes[i]
		childCtx := graphql.WithFieldContext(ctx, &contexts[i])
		if !marshalRecovering(childCtx, func() { ret[i] = marshalElement(childCtx, i) }) {
			return nil
		}
	}
	return ret
}

// marshalRecovering runs marshal and reports whether it ended without a
// panic, which it records as an error of ctx's field.
func marshalRecovering(ctx context.Context, marshal func()) (ok bool) {
	defer func() {
		if r := recover(); r != nil {
			graphql.AddError(ctx, graphql.Recover(ctx, r))
			ok = false
		}
	}()
	marshal()
	return true
}
