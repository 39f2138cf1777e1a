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
	for i := range length {
		childCtx := graphql.WithFieldContext(ctx, &graphql.FieldContext{Index: &i})
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
