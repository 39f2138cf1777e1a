package memstore

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"

	"github.com/diplograph/diplograph/domain"
)

func (g *graph) node(id string) (domain.Node, bool) {
	n, ok := g.nodes[id]
	if !ok {
		return domain.Node{}, false
	}
	return cloneNode(n.view), true
}

func cloneNode(n domain.Node) domain.Node {
	n.Aliases = slices.Clone(n.Aliases)
	n.Documents = slices.Clone(n.Documents)
	return n
}

func cloneRelation(r domain.Relation) domain.Relation {
	r.Evidence = slices.Clone(r.Evidence)
	return r
}

func (g *graph) matches(n *nodeState, q domain.NodeQuery) bool {
	v := &n.view
	if len(q.Kinds) > 0 && !slices.Contains(q.Kinds, v.Kind) {
		return false
	}
	if len(q.Subtypes) > 0 && !slices.Contains(q.Subtypes, v.Subtype) {
		return false
	}
	if q.Document != "" {
		if _, ok := n.byDoc[q.Document]; !ok {
			return false
		}
	}
	if v.Degree < q.MinDegree {
		return false
	}
	if q.NameContains != "" {
		want := domain.Fold(q.NameContains)
		return slices.ContainsFunc(n.forms, func(f string) bool { return strings.Contains(f, want) })
	}
	return true
}

func (g *graph) listNodes(q domain.NodeQuery) ([]domain.Node, int) {
	var hits []*nodeState
	for _, n := range g.nodes {
		if g.matches(n, q) {
			hits = append(hits, n)
		}
	}
	byID := func(a, b *nodeState) int { return cmp.Compare(a.view.ID, b.view.ID) }
	switch q.Order {
	case domain.OrderByDegree:
		slices.SortFunc(hits, func(a, b *nodeState) int {
			return cmp.Or(cmp.Compare(b.view.Degree, a.view.Degree), byID(a, b))
		})
	default:
		slices.SortFunc(hits, func(a, b *nodeState) int {
			return cmp.Or(cmp.Compare(a.view.Name, b.view.Name), byID(a, b))
		})
	}
	total := len(hits)
	hits = page(hits, q.Offset, q.Limit)
	out := make([]domain.Node, len(hits))
	for i, n := range hits {
		out[i] = cloneNode(n.view)
	}
	return out, total
}

func page[T any](xs []T, offset, limit int) []T {
	offset = min(max(offset, 0), len(xs))
	xs = xs[offset:]
	if limit > 0 && limit < len(xs) {
		xs = xs[:limit]
	}
	return xs
}

func (g *graph) relations(q domain.RelationQuery) ([]domain.Relation, int) {
	keep := func(r *relState) bool {
		if len(q.Types) > 0 && !slices.Contains(q.Types, r.view.Type) {
			return false
		}
		if q.Document != "" {
			if _, ok := r.byDoc[q.Document]; !ok {
				return false
			}
		}
		return true
	}
	var hits []*relState
	switch {
	case len(q.NodeIDs) > 0 && q.Among:
		// Each relation among the nodes is met once, from its source: no
		// set of candidates to gather first. The explorer's overview asks
		// for the relations among 5,000 entities, 100,000 and more at
		// 50,000 entities, and gathering them in a map was a third of it.
		among := make(map[string]*nodeState, len(q.NodeIDs))
		for _, id := range q.NodeIDs {
			if n, ok := g.nodes[id]; ok {
				among[id] = n
			}
		}
		for id, n := range among {
			for r := range n.rels {
				s := g.rels[r]
				if s.view.Source != id {
					continue
				}
				if _, ok := among[s.view.Target]; ok && keep(s) {
					hits = append(hits, s)
				}
			}
		}
	case len(q.NodeIDs) > 0:
		candidates := map[string]*relState{}
		for _, id := range q.NodeIDs {
			if n, ok := g.nodes[id]; ok {
				for r := range n.rels {
					candidates[r] = g.rels[r]
				}
			}
		}
		for _, r := range candidates {
			if keep(r) {
				hits = append(hits, r)
			}
		}
	default:
		for _, r := range g.rels {
			if keep(r) {
				hits = append(hits, r)
			}
		}
	}
	slices.SortFunc(hits, func(a, b *relState) int { return cmp.Compare(a.view.ID, b.view.ID) })
	total := len(hits)
	hits = page(hits, q.Offset, q.Limit)
	out := make([]domain.Relation, len(hits))
	for i, r := range hits {
		out[i] = cloneRelation(r.view)
	}
	return out, total
}

// Scores of the ways a folded form can match a folded query.
const (
	scoreExactName  = 100
	scoreExactAlias = 90
	scorePrefix     = 60
	scoreWordPrefix = 50
	scoreSubstring  = 20
)

// formScoreSpaced scores a folded form against a folded query; spaced is
// " "+q, made once per search.
func formScoreSpaced(form, q, spaced string, isName bool) float64 {
	i := strings.Index(form, q)
	switch {
	case i < 0:
		return 0
	case form == q && isName:
		return scoreExactName
	case form == q:
		return scoreExactAlias
	case i == 0:
		// A closer length means a better match: "german" prefers "germany" to "german marshall fund".
		return scorePrefix + 10*float64(len(q))/float64(len(form))
	case strings.Contains(form[i-1:], spaced):
		return scoreWordPrefix + 10*float64(len(q))/float64(len(form))
	}
	return scoreSubstring
}

// formIndex is every entity's folded forms laid end to end, each followed
// by a zero byte, so that a search is one strings.Index pass over a few
// megabytes rather than a visit to every entity: at 50,000 entities the
// visits took 30 ms a search, cache misses mostly, and searches are what
// the explorer's search box sends on every keystroke.
type formIndex struct {
	text   string
	starts []int // where each form starts in text, ascending
	forms  []formRef
}

type formRef struct {
	n      *nodeState
	isName bool
}

// searchForms returns the form index, building it when the graph changed
// since the last search. Searches hold the store's read lock, so the graph
// cannot change while one builds it.
func (g *graph) searchForms() *formIndex {
	if idx := g.forms.Load(); idx != nil {
		return idx
	}
	g.formsMu.Lock()
	defer g.formsMu.Unlock()
	if idx := g.forms.Load(); idx != nil {
		return idx
	}
	idx := &formIndex{}
	var b strings.Builder
	for _, n := range g.nodes {
		for i, f := range n.forms {
			idx.starts = append(idx.starts, b.Len())
			idx.forms = append(idx.forms, formRef{n, i == 0})
			b.WriteString(f)
			b.WriteByte(0)
		}
	}
	idx.text = b.String()
	g.forms.Store(idx)
	return idx
}

// search scores every entity's forms against text. It keeps pointers to
// the hits and copies only the page it returns: a common prefix matches
// thousands of entities.
func (g *graph) search(text string, kinds []domain.Kind, limit int) []domain.SearchHit {
	q := domain.Fold(text)
	if q == "" || strings.IndexByte(q, 0) >= 0 {
		return nil
	}
	spaced := " " + q
	idx := g.searchForms()
	best := map[*nodeState]float64{}
	for at := 0; at < len(idx.text); {
		i := strings.Index(idx.text[at:], q)
		if i < 0 {
			break
		}
		// The form the match starts in: the last one starting at or before it.
		k := sort.SearchInts(idx.starts, at+i+1) - 1
		start := idx.starts[k]
		end := start + strings.IndexByte(idx.text[start:], 0)
		ref := idx.forms[k]
		if len(kinds) == 0 || slices.Contains(kinds, ref.n.view.Kind) {
			if score := formScoreSpaced(idx.text[start:end], q, spaced, ref.isName); score > best[ref.n] {
				best[ref.n] = score
			}
		}
		at = end + 1 // the form is scored whole: on to the next
	}
	type hit struct {
		n     *nodeState
		score float64
	}
	hits := make([]hit, 0, len(best))
	for n, score := range best {
		hits = append(hits, hit{n, score})
	}
	slices.SortFunc(hits, func(a, b hit) int {
		return cmp.Or(cmp.Compare(b.score, a.score), cmp.Compare(b.n.view.Degree, a.n.view.Degree), cmp.Compare(a.n.view.ID, b.n.view.ID))
	})
	hits = page(hits, 0, limit)
	out := make([]domain.SearchHit, len(hits))
	for i, h := range hits {
		out[i] = domain.SearchHit{Node: cloneNode(h.n.view), Score: h.score}
	}
	return out
}

// neighbours lists the relations of a node allowed by types, in ID order so
// that walks are deterministic.
func (g *graph) neighbours(n *nodeState, types []domain.RelationType) []*relState {
	out := make([]*relState, 0, len(n.rels))
	for id := range n.rels {
		r := g.rels[id]
		if len(types) == 0 || slices.Contains(types, r.view.Type) {
			out = append(out, r)
		}
	}
	slices.SortFunc(out, func(a, b *relState) int { return cmp.Compare(a.view.ID, b.view.ID) })
	return out
}

func other(r *relState, id string) string {
	if r.view.Source == id {
		return r.view.Target
	}
	return r.view.Source
}

func (g *graph) neighbourhood(id string, depth int, types []domain.RelationType, limit int) (domain.Subgraph, error) {
	start, ok := g.nodes[id]
	if !ok {
		return domain.Subgraph{}, fmt.Errorf("neighbourhood of %s: %w", id, domain.ErrNotFound)
	}
	kept := map[string]bool{id: true}
	order := []*nodeState{start}
	frontier := []*nodeState{start}
	truncated := false
	for d := 0; d < depth && len(frontier) > 0 && !truncated; d++ {
		var next []*nodeState
		for _, n := range frontier {
			for _, r := range g.neighbours(n, types) {
				o := other(r, n.view.ID)
				if kept[o] {
					continue
				}
				kept[o] = true
				next = append(next, g.nodes[o])
			}
		}
		// Within one ring the best-connected nodes are the ones worth keeping.
		slices.SortFunc(next, func(a, b *nodeState) int {
			return cmp.Or(cmp.Compare(b.view.Degree, a.view.Degree), cmp.Compare(a.view.ID, b.view.ID))
		})
		if limit > 0 && len(order)+len(next) > limit {
			for _, n := range next[limit-len(order):] {
				delete(kept, n.view.ID)
			}
			next = next[:limit-len(order)]
			truncated = true
		}
		order = append(order, next...)
		frontier = next
	}
	sg := domain.Subgraph{Truncated: truncated}
	for _, n := range order {
		sg.Nodes = append(sg.Nodes, cloneNode(n.view))
	}
	sg.Relations = g.relationsAmong(kept, types)
	return sg, nil
}

func (g *graph) relationsAmong(kept map[string]bool, types []domain.RelationType) []domain.Relation {
	seen := map[string]bool{}
	var out []domain.Relation
	for id := range kept {
		for _, r := range g.neighbours(g.nodes[id], types) {
			if !seen[r.view.ID] && kept[r.view.Source] && kept[r.view.Target] {
				seen[r.view.ID] = true
				out = append(out, cloneRelation(r.view))
			}
		}
	}
	slices.SortFunc(out, func(a, b domain.Relation) int { return cmp.Compare(a.ID, b.ID) })
	return out
}

func (g *graph) shortestPath(from, to string, types []domain.RelationType, maxLength int) (domain.Path, error) {
	start, ok := g.nodes[from]
	if !ok {
		return domain.Path{}, fmt.Errorf("path from %s: %w", from, domain.ErrNotFound)
	}
	if _, ok := g.nodes[to]; !ok {
		return domain.Path{}, fmt.Errorf("path to %s: %w", to, domain.ErrNotFound)
	}
	via := map[string]*relState{from: nil}
	frontier := []*nodeState{start}
	for d := 0; d < maxLength && len(frontier) > 0; d++ {
		var next []*nodeState
		for _, n := range frontier {
			for _, r := range g.neighbours(n, types) {
				o := other(r, n.view.ID)
				if _, seen := via[o]; seen {
					continue
				}
				via[o] = r
				next = append(next, g.nodes[o])
			}
		}
		frontier = next
		if _, found := via[to]; found {
			break
		}
	}
	if _, found := via[to]; !found {
		return domain.Path{}, fmt.Errorf("path from %s to %s within %d hops: %w", from, to, maxLength, domain.ErrNotFound)
	}
	var p domain.Path
	for at := to; ; {
		p.Nodes = append(p.Nodes, cloneNode(g.nodes[at].view))
		r := via[at]
		if r == nil {
			break
		}
		p.Relations = append(p.Relations, cloneRelation(r.view))
		at = other(r, at)
	}
	slices.Reverse(p.Nodes)
	slices.Reverse(p.Relations)
	return p, nil
}

// counts sums the graph up once per change and hands out copies: the sums
// visit every entity and relation (200 ms of CPU at 50,000 entities and
// 370,000 relations), and stats { entityCount } is a light query anyone may
// send in distinct spellings that the answer cache cannot share; clients
// doing so took half the server's CPU.
func (g *graph) counts() domain.Counts {
	c := g.sums.Load()
	if c == nil {
		g.sumsMu.Lock()
		if c = g.sums.Load(); c == nil {
			sum := g.sum()
			c = &sum
			g.sums.Store(c)
		}
		g.sumsMu.Unlock()
	}
	out := *c
	out.ByKind, out.ByRelationType = maps.Clone(c.ByKind), maps.Clone(c.ByRelationType)
	return out
}

func (g *graph) sum() domain.Counts {
	c := domain.Counts{
		Nodes: len(g.nodes), Relations: len(g.rels), Documents: len(g.docs),
		ByKind: map[domain.Kind]int{}, ByRelationType: map[domain.RelationType]int{},
	}
	for _, n := range g.nodes {
		c.ByKind[n.view.Kind]++
	}
	for _, r := range g.rels {
		c.ByRelationType[r.view.Type]++
	}
	return c
}

func (g *graph) whole() domain.Subgraph {
	var sg domain.Subgraph
	for _, n := range g.nodes {
		sg.Nodes = append(sg.Nodes, cloneNode(n.view))
	}
	for _, r := range g.rels {
		sg.Relations = append(sg.Relations, cloneRelation(r.view))
	}
	slices.SortFunc(sg.Nodes, func(a, b domain.Node) int { return cmp.Compare(a.ID, b.ID) })
	slices.SortFunc(sg.Relations, func(a, b domain.Relation) int { return cmp.Compare(a.ID, b.ID) })
	return sg
}

func (g *graph) document(id string) (domain.Doc, []domain.Mention, bool) {
	d, ok := g.docs[id]
	if !ok {
		return domain.Doc{}, nil, false
	}
	ms := slices.Clone(d.x.Mentions)
	slices.SortStableFunc(ms, func(a, b domain.Mention) int { return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End)) })
	return d.x.Document, ms, true
}

// documents lists the documents by name. The list is read on every request
// that shows centrality (its version) or a document, so refresh builds it
// once per change of the graph; callers get their own copy.
func (g *graph) documents() []domain.DocumentInfo {
	return slices.Clone(g.docList)
}

func (g *graph) listDocuments() {
	g.docList = make([]domain.DocumentInfo, 0, len(g.docs))
	for _, d := range g.docs {
		doc := d.x.Document
		g.docList = append(g.docList, domain.DocumentInfo{ID: doc.ID, Name: doc.Name, Hash: doc.Hash, Size: d.size})
	}
	slices.SortFunc(g.docList, func(a, b domain.DocumentInfo) int {
		return cmp.Or(cmp.Compare(a.Name, b.Name), cmp.Compare(a.ID, b.ID))
	})
}
