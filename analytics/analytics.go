// Package analytics computes centrality and communities over the whole graph
// (PageRank, betweenness by Brandes' algorithm, exact on small graphs and
// sampled from k pivots on large ones, and Louvain communities) and keeps
// them per version of the graph. A computation runs in the background, one
// at a time, and stops as soon as the graph it was computing for changes;
// readers never wait on a lock held by a computation: they get the figures
// of the current version, of the last one computed, or none yet.
package analytics

import (
	"context"
	"errors"
	"fmt"
	"math"
	"sync"
	"sync/atomic"
	"time"

	"github.com/diplograph/diplograph/domain"
)

// Scores are one node's figures.
type Scores struct {
	PageRank    float64
	Betweenness float64
	Community   int
}

// Result holds the figures of every node of one version of the graph.
type Result struct {
	ByNode map[string]Scores
	// Nodes and Edges are the size of the graph computed over (edges
	// without repeats or loops).
	Nodes, Edges int
	// Pivots is k, the number of sampled sources betweenness was
	// estimated from; 0 when it is exact.
	Pivots int
	// Version is the store's version of the graph computed over.
	Version uint64
	// Took is how long the computation ran.
	Took time.Duration
}

// Approximate reports whether betweenness was estimated from pivots.
func (r *Result) Approximate() bool { return r.Pivots > 0 }

// Compute runs the analytics over the graph with the default options.
func Compute(sg domain.Subgraph) *Result {
	res, _ := ComputeContext(context.Background(), sg, Defaults)
	return res
}

// ComputeContext runs PageRank, betweenness and Louvain communities over
// the graph, its relations taken as undirected edges; it stops with the
// context's error once the context is done.
func ComputeContext(ctx context.Context, sg domain.Subgraph, opt Options) (*Result, error) {
	opt = opt.withDefaults()
	start := time.Now()
	g, ids, err := build(ctx, sg)
	if err != nil {
		return nil, err
	}
	res := &Result{ByNode: make(map[string]Scores, len(ids)), Nodes: len(ids), Edges: len(g.adj) / 2}
	if len(ids) == 0 {
		return res, nil
	}
	ranks, err := pageRank(ctx, g, 0.85, 1e-8)
	if err != nil {
		return nil, err
	}
	var sources []int32
	if len(ids) > opt.ExactLimit && opt.Pivots < len(ids) {
		sources = pivots(len(ids), opt.Pivots)
		res.Pivots = len(sources)
	}
	between, err := betweenness(ctx, g, sources)
	if err != nil {
		return nil, err
	}
	communities, err := louvain(ctx, g, nil)
	if err != nil {
		return nil, err
	}
	// Normalise betweenness to 0..1 by the number of pairs a node can lie
	// between, each unordered pair counted once per direction.
	n := float64(len(ids))
	norm := 1.0
	if n > 2 {
		norm = (n - 1) * (n - 2)
	}
	for i, id := range ids {
		res.ByNode[id] = Scores{
			PageRank:    round(ranks[i]),
			Betweenness: round(min(1, between[i]/norm)),
			Community:   communities[i],
		}
	}
	res.Took = time.Since(start)
	return res, nil
}

// round keeps six decimals. PageRank iterates to a tolerance, so the last
// digits are noise; rounded figures are stable, and orderings by them break
// ties by ID.
func round(x float64) float64 {
	return math.Round(x*1e6) / 1e6
}

// Source is what analytics reads: the whole graph, and its version, which
// changes whenever the graph does and is cheap to read on every request.
type Source interface {
	Graph(ctx context.Context) (domain.Subgraph, error)
	Version(ctx context.Context) (uint64, error)
}

// Status says how a Snapshot's figures stand to the graph as it is now.
type Status int

const (
	// Current figures are those of the graph as it is now.
	Current Status = iota
	// Stale figures are those of an earlier version of the graph, served
	// while the current one is computed.
	Stale
	// Computing means there are no figures yet: the first are computed.
	Computing
)

func (s Status) String() string {
	return [...]string{"CURRENT", "STALE", "COMPUTING"}[s]
}

// Snapshot is what a request gets: the figures to serve, nil while
// Computing, and how they stand to the graph.
type Snapshot struct {
	*Result
	Status Status
}

// Cache computes the figures per version of the graph in the background.
type Cache struct {
	src  Source
	opt  Options
	life context.Context
	stop context.CancelFunc

	// checks numbers the version checks, so that a request that read an
	// older version than a running job's never replaces it.
	checks atomic.Uint64

	mu         sync.Mutex // guards what follows; never held while computing
	last       *Result    // the newest figures computed
	lastTicket uint64     // the check that asked for them
	lastSize   int        // nodes of the newest graph read; -1 before any
	job        *job       // the computation under way or failed, if any
}

// job is one computation for one version of the graph.
type job struct {
	version uint64
	ticket  uint64
	cancel  context.CancelFunc
	sized   chan struct{} // closed once size is known
	size    int
	done    chan struct{} // closed once err is known
	err     error
}

// NewCache reads from src, with the default options.
func NewCache(src Source) *Cache { return NewCacheWith(src, Defaults) }

// NewCacheWith reads from src with the given options.
func NewCacheWith(src Source, opt Options) *Cache {
	life, stop := context.WithCancel(context.Background())
	return &Cache{src: src, opt: opt.withDefaults(), life: life, stop: stop, lastSize: -1}
}

// Close stops any computation under way; Get still serves the last figures.
func (c *Cache) Close() { c.stop() }

// Get returns the figures to serve for the graph as it is now. It starts a
// computation when the graph changed and none runs for it; it waits for that
// computation only while the graph is at most Options.SyncLimit entities
// (bounded by ctx), else it answers at once with the last figures (Stale) or
// none (Computing). The error is that of reading the graph's version, or of
// a failed computation a request waited for.
func (c *Cache) Get(ctx context.Context) (Snapshot, error) {
	ticket := c.checks.Add(1)
	version, err := c.src.Version(ctx)
	if err != nil {
		return Snapshot{}, fmt.Errorf("analytics version: %w", err)
	}

	c.mu.Lock()
	if c.last != nil && c.last.Version == version {
		res := c.last
		c.mu.Unlock()
		return Snapshot{Result: res, Status: Current}, nil
	}
	j := c.job
	if ticket > c.lastTicket && (j == nil || failed(j) || (j.version != version && ticket > j.ticket)) {
		if j != nil {
			j.cancel()
		}
		j = c.start(version, ticket)
	}
	hint := c.lastSize
	c.mu.Unlock()

	if j.version == version {
		c.wait(ctx, j, hint)
	}

	c.mu.Lock()
	defer c.mu.Unlock()
	switch {
	case c.last != nil && c.last.Version == version:
		return Snapshot{Result: c.last, Status: Current}, nil
	case j.version == version && failed(j) && !errors.Is(j.err, context.Canceled):
		return Snapshot{Result: c.last, Status: statusOf(c.last)}, fmt.Errorf("analytics: %w", j.err)
	default:
		return Snapshot{Result: c.last, Status: statusOf(c.last)}, nil
	}
}

// WaitCurrent computes the figures of the graph as it is now, whatever its
// size, and returns once they are current or ctx ends. It is for a server
// that computes them before it reports ready, so that its first requests
// get figures rather than COMPUTING.
func (c *Cache) WaitCurrent(ctx context.Context) error {
	for {
		snap, err := c.Get(ctx)
		if err != nil {
			return err
		}
		if snap.Status == Current {
			return nil
		}
		c.mu.Lock()
		j := c.job
		c.mu.Unlock()
		if j == nil {
			continue // finished between Get and now
		}
		select {
		case <-j.done:
		case <-ctx.Done():
			return fmt.Errorf("analytics: %w", ctx.Err())
		}
	}
}

func statusOf(last *Result) Status {
	if last == nil {
		return Computing
	}
	return Stale
}

// failed reports whether j ended without figures.
func failed(j *job) bool {
	select {
	case <-j.done:
		return j.err != nil
	default:
		return false
	}
}

// wait blocks while the graph is small enough to be computed for the
// request: until the job is done, or knows the graph is large, or SyncWait
// passes before it knows, or ctx ends.
func (c *Cache) wait(ctx context.Context, j *job, hint int) {
	if hint > c.opt.SyncLimit {
		return
	}
	timer := time.NewTimer(c.opt.SyncWait)
	defer timer.Stop()
	select {
	case <-j.done:
		return
	case <-j.sized:
	case <-timer.C:
		return
	case <-ctx.Done():
		return
	}
	if j.size > c.opt.SyncLimit {
		return
	}
	select {
	case <-j.done:
	case <-ctx.Done():
	}
}

// start launches a computation for version; c.mu is held.
func (c *Cache) start(version, ticket uint64) *job {
	ctx, cancel := context.WithCancel(c.life)
	j := &job{version: version, ticket: ticket, cancel: cancel, sized: make(chan struct{}), done: make(chan struct{})}
	c.job = j
	go func() {
		defer cancel()
		res, err := c.run(ctx, j)
		c.mu.Lock()
		defer c.mu.Unlock()
		if err == nil && ctx.Err() == nil && ticket > c.lastTicket {
			res.Version = version
			c.last, c.lastTicket = res, ticket
		}
		if err == nil {
			err = ctx.Err()
		}
		j.err = err
		if c.job == j && err == nil {
			c.job = nil
		}
		close(j.done)
	}()
	return j
}

func (c *Cache) run(ctx context.Context, j *job) (*Result, error) {
	sizedOnce := sync.OnceFunc(func() { close(j.sized) })
	defer sizedOnce()
	// A store that counts cheaply tells waiting requests the graph's size
	// before the whole graph is read.
	if counter, ok := c.src.(interface {
		Counts(context.Context) (domain.Counts, error)
	}); ok {
		if counts, err := counter.Counts(ctx); err == nil {
			j.size = counts.Nodes
			sizedOnce()
		}
	}
	g, err := c.src.Graph(ctx)
	if err != nil {
		return nil, fmt.Errorf("analytics graph: %w", err)
	}
	c.mu.Lock()
	c.lastSize = len(g.Nodes)
	c.mu.Unlock()
	select {
	case <-j.sized:
	default:
		j.size = len(g.Nodes)
		sizedOnce()
	}
	return ComputeContext(ctx, g, c.opt)
}
