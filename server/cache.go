package server

import (
	"container/list"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"sync"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/diplograph/diplograph/graph"
)

// Memory budgets of the server's caches, in bytes. An entry larger than a
// sixteenth of its cache's budget is not kept at all: a query that large is
// unusual enough to parse again.
const (
	queryCacheBytes = 32 << 20 // parsed and validated query documents
	apqCacheBytes   = 16 << 20 // query texts registered as automatic persisted queries
)

// byteLRU is a least-recently-used cache bounded by the bytes its entries
// hold (as size estimates them, keys included) rather than by their number,
// so a thousand 1 MiB queries cannot hold a gigabyte.
type byteLRU[T any] struct {
	budget, maxEntry int64
	size             func(key string, v T) int64

	mu    sync.Mutex
	used  int64
	order *list.List // front: most recently used
	items map[string]*list.Element
}

type lruEntry[T any] struct {
	key  string
	v    T
	size int64
}

var _ graphql.Cache[string] = (*byteLRU[string])(nil)

func newByteLRU[T any](budget int64, size func(key string, v T) int64) *byteLRU[T] {
	return newByteLRUWith(budget, budget/16, size)
}

// newByteLRUWith is newByteLRU with the largest entry kept given.
func newByteLRUWith[T any](budget, maxEntry int64, size func(key string, v T) int64) *byteLRU[T] {
	return &byteLRU[T]{budget: budget, maxEntry: maxEntry, size: size, order: list.New(), items: map[string]*list.Element{}}
}

func (c *byteLRU[T]) Get(_ context.Context, key string) (T, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if el, ok := c.items[key]; ok {
		c.order.MoveToFront(el)
		return el.Value.(*lruEntry[T]).v, true
	}
	var zero T
	return zero, false
}

func (c *byteLRU[T]) Add(_ context.Context, key string, v T) {
	n := c.size(key, v)
	if n > c.maxEntry {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if el, ok := c.items[key]; ok {
		c.remove(el)
	}
	for c.used+n > c.budget && c.order.Len() > 0 {
		c.remove(c.order.Back())
	}
	c.items[key] = c.order.PushFront(&lruEntry[T]{key: key, v: v, size: n})
	c.used += n
}

func (c *byteLRU[T]) remove(el *list.Element) {
	e := c.order.Remove(el).(*lruEntry[T])
	delete(c.items, e.key)
	c.used -= e.size
}

// Bytes reports the estimated bytes held.
func (c *byteLRU[T]) Bytes() int64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.used
}

// entryOverhead covers the map slot, list element and entry of one item.
const entryOverhead = 256

// queryDocSize estimates a parsed document's memory: the query text (the
// key, which the document's positions also point into) and about 512 bytes
// per syntax node (measured: ~250 for a field with its position and
// selection set, so this errs on the generous side).
func queryDocSize(query string, doc *ast.QueryDocument) int64 {
	nodes := 0
	var sel func(ast.SelectionSet)
	args := func(as ast.ArgumentList, ds ast.DirectiveList) {
		nodes += len(as) + len(ds)
		for _, d := range ds {
			nodes += len(d.Arguments)
		}
	}
	sel = func(set ast.SelectionSet) {
		for _, s := range set {
			nodes++
			switch s := s.(type) {
			case *ast.Field:
				args(s.Arguments, s.Directives)
				sel(s.SelectionSet)
			case *ast.InlineFragment:
				args(nil, s.Directives)
				sel(s.SelectionSet)
			case *ast.FragmentSpread:
				args(nil, s.Directives)
			}
		}
	}
	if doc != nil {
		for _, op := range doc.Operations {
			nodes += 1 + len(op.VariableDefinitions)
			args(nil, op.Directives)
			sel(op.SelectionSet)
		}
		for _, f := range doc.Fragments {
			nodes++
			args(nil, f.Directives)
			sel(f.SelectionSet)
		}
	}
	return int64(len(query)) + int64(nodes)*512 + entryOverhead
}

// persistedQueries is Apollo's automatic persisted queries protocol, like
// gqlgen's extension.AutomaticPersistedQuery, with one difference: a query
// sent with its hash is stored only once it has parsed, validated and passed
// the depth and complexity limits (it must be registered after them), so
// invalid or refused registrations never take memory.
type persistedQueries struct {
	cache graphql.Cache[string]
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationParameterMutator
	graphql.OperationContextMutator
} = persistedQueries{}

func newPersistedQueries() persistedQueries {
	return persistedQueries{cache: newByteLRU(apqCacheBytes, func(hash, query string) int64 {
		return int64(len(hash)+len(query)) + entryOverhead
	})}
}

func (persistedQueries) ExtensionName() string { return "AutomaticPersistedQuery" }

func (persistedQueries) Validate(graphql.ExecutableSchema) error { return nil }

// apqStats is where gqlgen's APQ keeps its statistics, so
// extension.GetApqStats reads ours too.
const apqStats = "APQ"

func (p persistedQueries) MutateOperationParameters(ctx context.Context, raw *graphql.RawParams) *gqlerror.Error {
	if raw.Extensions["persistedQuery"] == nil {
		return nil
	}
	ext, ok := raw.Extensions["persistedQuery"].(map[string]any)
	if !ok {
		return codedError(graph.CodeBadUserInput, "invalid persisted query extension")
	}
	hash, _ := ext["sha256Hash"].(string)
	var version float64
	switch v := ext["version"].(type) {
	case float64:
		version = v
	case json.Number:
		version, _ = v.Float64()
	}
	if version != 1 {
		return codedError(graph.CodeBadUserInput, "unsupported persisted query version")
	}
	sent := raw.Query != ""
	if !sent {
		q, ok := p.cache.Get(ctx, hash)
		if !ok {
			// The message and code are the protocol's: clients resend the query on them.
			return codedError("PERSISTED_QUERY_NOT_FOUND", "PersistedQueryNotFound")
		}
		raw.Query = q
	} else {
		sum := sha256.Sum256([]byte(raw.Query))
		if hex.EncodeToString(sum[:]) != hash {
			return codedError(graph.CodeBadUserInput, "provided persisted query hash does not match query")
		}
	}
	graphql.GetOperationContext(ctx).Stats.SetExtension(apqStats, &extension.ApqStats{Hash: hash, SentQuery: sent})
	return nil
}

// MutateOperationContext stores a registration once the query has been
// parsed, validated and let through by every limit registered before it.
func (p persistedQueries) MutateOperationContext(ctx context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if s, ok := oc.Stats.GetExtension(apqStats).(*extension.ApqStats); ok && s.SentQuery {
		p.cache.Add(ctx, s.Hash, oc.RawQuery)
	}
	return nil
}
