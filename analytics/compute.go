package analytics

import (
	"cmp"
	"context"
	"math"
	"math/rand/v2"
	"runtime"
	"slices"
	"sync"
	"time"

	"github.com/diplograph/diplograph/domain"
)

// Options size the computation and say how long a request waits for it.
type Options struct {
	// ExactLimit is the largest graph, in entities, whose betweenness is
	// exact (Brandes from every entity); above it betweenness is estimated
	// from Pivots sampled source entities.
	ExactLimit int
	// Pivots is k, the number of source entities sampled above ExactLimit.
	Pivots int
	// SyncLimit is the largest graph, in entities, a request waits for:
	// up to it the figures are computed before the request is answered;
	// above it the request gets the last figures or none while they are
	// computed in the background.
	SyncLimit int
	// SyncWait bounds how long a request waits to learn the graph's size
	// before it answers with what it has.
	SyncWait time.Duration
}

// Defaults: betweenness is exact up to 5,000 entities (about a second),
// sampled from 500 pivots above; graphs up to 2,000 entities (the seed graph
// and the like, a fraction of a second) are computed before the request is
// answered, larger ones in the background.
var Defaults = Options{ExactLimit: 5000, Pivots: 500, SyncLimit: 2000, SyncWait: 1500 * time.Millisecond}

func (o Options) withDefaults() Options {
	if o.ExactLimit <= 0 {
		o.ExactLimit = Defaults.ExactLimit
	}
	if o.Pivots <= 0 {
		o.Pivots = Defaults.Pivots
	}
	if o.SyncLimit <= 0 {
		o.SyncLimit = Defaults.SyncLimit
	}
	if o.SyncWait <= 0 {
		o.SyncWait = Defaults.SyncWait
	}
	return o
}

// csr is an undirected simple graph in compressed sparse rows: the
// neighbours of v are adj[off[v]:off[v+1]], each edge listed at both ends.
type csr struct {
	off []int32
	adj []int32
}

func (g *csr) n() int { return len(g.off) - 1 }

func (g *csr) neighbours(v int32) []int32 { return g.adj[g.off[v]:g.off[v+1]] }

// every is how many steps of a loop run between two looks at the context.
const every = 4096

// build turns the subgraph into a csr, its relations taken as undirected
// edges without loops or repeats; ids[i] is node i's ID.
func build(ctx context.Context, sg domain.Subgraph) (*csr, []string, error) {
	index := make(map[string]int32, len(sg.Nodes))
	ids := make([]string, 0, len(sg.Nodes))
	for _, n := range sg.Nodes {
		if _, dup := index[n.ID]; dup {
			continue
		}
		index[n.ID] = int32(len(ids))
		ids = append(ids, n.ID)
	}
	pairs := make([]uint64, 0, len(sg.Relations))
	for i, r := range sg.Relations {
		if i%every == 0 && ctx.Err() != nil {
			return nil, nil, ctx.Err()
		}
		s, okS := index[r.Source]
		t, okT := index[r.Target]
		if !okS || !okT || s == t {
			continue
		}
		if s > t {
			s, t = t, s
		}
		pairs = append(pairs, uint64(s)<<32|uint64(t))
	}
	slices.Sort(pairs)
	pairs = slices.Compact(pairs)
	g := &csr{off: make([]int32, len(ids)+1), adj: make([]int32, 2*len(pairs))}
	for _, p := range pairs {
		g.off[p>>32+1]++
		g.off[uint32(p)+1]++
	}
	for i := range ids {
		g.off[i+1] += g.off[i]
	}
	fill := slices.Clone(g.off[:len(ids)])
	for _, p := range pairs {
		s, t := int32(p>>32), int32(uint32(p))
		g.adj[fill[s]] = t
		fill[s]++
		g.adj[fill[t]] = s
		fill[t]++
	}
	return g, ids, ctx.Err()
}

// pageRank is PageRank with damping damp over the graph with each edge
// taken as two arcs, iterated until the 2-norm of the change is below tol,
// as gonum's PageRankSparse does; isolated nodes spread their rank evenly.
func pageRank(ctx context.Context, g *csr, damp, tol float64) ([]float64, error) {
	n := g.n()
	last, next := make([]float64, n), make([]float64, n)
	for i := range last {
		last[i] = 1 / float64(n)
	}
	for iter := 0; iter < 1000; iter++ {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		var dangling float64
		for v := range n {
			if g.off[v+1] == g.off[v] {
				dangling += last[v]
			}
		}
		base := (1-damp)/float64(n) + damp*dangling/float64(n)
		var diff float64
		for v := range n {
			var sum float64
			for _, u := range g.neighbours(int32(v)) {
				sum += last[u] / float64(g.off[u+1]-g.off[u])
			}
			next[v] = base + damp*sum
			d := next[v] - last[v]
			diff += d * d
		}
		last, next = next, last
		if math.Sqrt(diff) < tol {
			break
		}
	}
	return last, nil
}

// betweenness is Brandes' algorithm from each of sources (every node when
// sources is nil), scaled by n/len(sources) so that a sample estimates the
// whole. Like gonum, each unordered pair is counted once per direction.
// Sources are shared out among workers, each with its own arrays.
func betweenness(ctx context.Context, g *csr, sources []int32) ([]float64, error) {
	n := g.n()
	if sources == nil {
		sources = make([]int32, n)
		for i := range sources {
			sources[i] = int32(i)
		}
	}
	// One core is left to the requests served meanwhile.
	workers := max(1, min(runtime.GOMAXPROCS(0)-1, len(sources)))
	parts := make([][]float64, workers)
	var wg sync.WaitGroup
	next := make(chan int32)
	ctxDone := ctx.Done()
	go func() {
		defer close(next)
		for _, s := range sources {
			select {
			case next <- s:
			case <-ctxDone:
				return
			}
		}
	}()
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			cb := make([]float64, n)
			sigma := make([]float64, n)
			delta := make([]float64, n)
			dist := make([]int32, n)
			for i := range dist {
				dist[i] = -1
			}
			order := make([]int32, 0, n)
			for s := range next {
				if ctx.Err() != nil {
					continue
				}
				order = order[:0]
				order = append(order, s)
				sigma[s], dist[s] = 1, 0
				for head := 0; head < len(order); head++ {
					v := order[head]
					for _, w := range g.neighbours(v) {
						if dist[w] < 0 {
							dist[w] = dist[v] + 1
							order = append(order, w)
						}
						if dist[w] == dist[v]+1 {
							sigma[w] += sigma[v]
						}
					}
				}
				for i := len(order) - 1; i > 0; i-- {
					w := order[i]
					coeff := (1 + delta[w]) / sigma[w]
					for _, v := range g.neighbours(w) {
						if dist[v] == dist[w]-1 {
							delta[v] += sigma[v] * coeff
						}
					}
					cb[w] += delta[w]
				}
				for _, v := range order {
					sigma[v], delta[v], dist[v] = 0, 0, -1
				}
			}
			parts[w] = cb
		}()
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	out := parts[0]
	for _, p := range parts[1:] {
		for i, x := range p {
			out[i] += x
		}
	}
	scale := float64(n) / float64(len(sources))
	for i := range out {
		out[i] *= scale
	}
	return out, nil
}

// pivots draws k distinct source nodes with a fixed seed, so the same
// graph always gets the same estimate.
func pivots(n, k int) []int32 {
	rng := rand.New(rand.NewPCG(3, 4))
	perm := rng.Perm(n)[:k]
	out := make([]int32, k)
	for i, p := range perm {
		out[i] = int32(p)
	}
	slices.Sort(out)
	return out
}

// louvain returns a community per node by Louvain modularity optimisation
// at resolution 1: nodes move, in index order, to the neighbouring
// community that gains most, until none moves; then each community becomes
// a node and the moves start again, until a level merges nothing.
// Communities are numbered by size, largest first, ties by lowest node.
// w weighs each entry of g.adj (both ends of an edge alike); nil weighs
// every edge 1.
func louvain(ctx context.Context, g *csr, w []float64) ([]int, error) {
	n := g.n()
	assign := make([]int32, n)
	for i := range assign {
		assign[i] = int32(i)
	}
	// The level graph: weighted adjacency and node degrees (a community's
	// degree is the sum of its members', internal edges included).
	off, adj := g.off, g.adj
	if w == nil {
		w = make([]float64, len(adj))
		for i := range w {
			w[i] = 1
		}
	}
	k := make([]float64, n)
	var m2 float64
	for v := range n {
		for e := off[v]; e < off[v+1]; e++ {
			k[v] += w[e]
		}
		m2 += k[v]
	}
	if m2 == 0 {
		return numberCommunities(assign), nil
	}
	for {
		ln := len(k)
		comm := make([]int32, ln)
		tot := slices.Clone(k)
		for i := range comm {
			comm[i] = int32(i)
		}
		weightTo := make([]float64, ln)
		seen := make([]bool, ln)
		var touched []int32
		moved := false
		for pass := 0; pass < 100; pass++ {
			moves := 0
			for v := range ln {
				if v%every == 0 && ctx.Err() != nil {
					return nil, ctx.Err()
				}
				cv := comm[v]
				touched = touched[:0]
				for e := off[v]; e < off[v+1]; e++ {
					c := comm[adj[e]]
					if !seen[c] {
						seen[c] = true
						touched = append(touched, c)
					}
					weightTo[c] += w[e]
				}
				tot[cv] -= k[v]
				best, bestGain := cv, weightTo[cv]-tot[cv]*k[v]/m2
				for _, c := range touched {
					if gain := weightTo[c] - tot[c]*k[v]/m2; gain > bestGain+1e-12 {
						best, bestGain = c, gain
					}
				}
				tot[best] += k[v]
				if best != cv {
					comm[v] = best
					moves++
				}
				for _, c := range touched {
					seen[c], weightTo[c] = false, 0
				}
			}
			if moves == 0 {
				break
			}
			moved = true
		}
		if !moved {
			break
		}
		// Renumber the level's communities densely and fold them into nodes.
		dense := make([]int32, ln)
		for i := range dense {
			dense[i] = -1
		}
		var cn int32
		for v := range ln {
			if dense[comm[v]] < 0 {
				dense[comm[v]] = cn
				cn++
			}
			comm[v] = dense[comm[v]]
		}
		for i, a := range assign {
			assign[i] = comm[a]
		}
		type arc struct {
			key uint64
			w   float64
		}
		arcs := make([]arc, 0, len(adj))
		nk := make([]float64, cn)
		for v := range ln {
			if v%every == 0 && ctx.Err() != nil {
				return nil, ctx.Err()
			}
			nk[comm[v]] += k[v]
			for e := off[v]; e < off[v+1]; e++ {
				if a, b := comm[v], comm[adj[e]]; a != b {
					arcs = append(arcs, arc{uint64(a)<<32 | uint64(b), w[e]})
				}
			}
		}
		slices.SortFunc(arcs, func(x, y arc) int { return cmp.Compare(x.key, y.key) })
		noff := make([]int32, cn+1)
		var nadj []int32
		var nw []float64
		for i := 0; i < len(arcs); {
			j, sum := i, 0.0
			for ; j < len(arcs) && arcs[j].key == arcs[i].key; j++ {
				sum += arcs[j].w
			}
			noff[arcs[i].key>>32+1]++
			nadj = append(nadj, int32(uint32(arcs[i].key)))
			nw = append(nw, sum)
			i = j
		}
		for i := range cn {
			noff[i+1] += noff[i]
		}
		off, adj, w, k = noff, nadj, nw, nk
	}
	return numberCommunities(assign), nil
}

func numberCommunities(assign []int32) []int {
	size := map[int32]int{}
	first := map[int32]int{}
	for i, c := range assign {
		if _, ok := first[c]; !ok {
			first[c] = i
		}
		size[c]++
	}
	cs := make([]int32, 0, len(size))
	for c := range size {
		cs = append(cs, c)
	}
	slices.SortFunc(cs, func(a, b int32) int { return cmp.Or(cmp.Compare(size[b], size[a]), cmp.Compare(first[a], first[b])) })
	number := make(map[int32]int, len(cs))
	for i, c := range cs {
		number[c] = i
	}
	out := make([]int, len(assign))
	for i, c := range assign {
		out[i] = number[c]
	}
	return out
}
