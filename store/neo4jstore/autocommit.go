package neo4jstore

import (
	"context"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// query runs a read of one statement as an auto-commit transaction and
// decodes its records. A managed transaction takes two round trips (the
// BEGIN rides with the RUN, the COMMIT does not) and on a small read costs
// Neo4j about twice the CPU (measured 0.9 ms against 0.5 ms for RETURN 1);
// one statement reads as consistently either way. Failures the driver
// deems transient are retried as it retries managed transactions, backing
// off 1 s, 2 s… while the store's retry time lasts; decode must therefore
// build its result afresh each time.
func query[T any](ctx context.Context, s *Store, op, stmt string, params map[string]any, decode func(recs []*neo4j.Record) (T, error)) (T, error) {
	deadline := time.Now().Add(s.retryTime)
	for backoff := time.Second; ; backoff *= 2 {
		recs, err := autocommit(ctx, s, stmt, params)
		if err == nil {
			v, err := decode(recs)
			if err != nil {
				var zero T
				return zero, wrap(op, err)
			}
			return v, nil
		}
		if !neo4j.IsRetryable(err) || time.Now().Add(backoff).After(deadline) {
			var zero T
			return zero, wrap(op, err)
		}
		select {
		case <-ctx.Done():
			var zero T
			return zero, wrap(op, err)
		case <-time.After(backoff):
		}
	}
}

// autocommit runs stmt in a session of its own, read mode, with the
// store's bookmarks, so that it sees every write of this process before it.
func autocommit(ctx context.Context, s *Store, stmt string, params map[string]any) ([]*neo4j.Record, error) {
	sess := s.session(ctx, neo4j.AccessModeRead)
	defer sess.Close(ctx)
	return collectFrom(ctx, func(q string) (neo4j.ResultWithContext, error) { return sess.Run(ctx, q, params) }, stmt, params)
}
