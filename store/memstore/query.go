package memstore

import (
	"bytes"
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/diplograph/diplograph/domain"
	"github.com/diplograph/diplograph/store"
)

// The views callers get are built on every read from the indexes: each
// caller gets its own slices, and the graph keeps no second copy of what
// its documents said.

func (g *graph) node(id string) (domain.Node, bool) {
	ni, ok := g.nodeIDs[id]
	if !ok {
		return domain.Node{}, false
	}
	return g.nodeView(ni), true
}

func (g *graph) nodeView(ni int32) domain.Node {
	n := g.nodes.at(ni)
	v := domain.Node{
		ID: n.id, Kind: n.kind, Subtype: n.subtype, Name: n.name, Code: n.code,
		Mentions: n.mentions, Degree: len(n.rels),
		Documents: make([]string, len(n.claims)),
	}
	if len(n.aliases) > 0 {
		v.Aliases = slices.Clone(n.aliases)
	}
	for i, c := range n.claims {
		v.Documents[i] = g.docs.at(c.doc).doc.ID
	}
	return v
}

func (g *graph) relationView(ri int32) domain.Relation {
	r := g.rels.at(ri)
	v := domain.Relation{ID: r.key.id(), Type: domain.RelationTypes[r.typ], Source: g.nodes.at(r.src).id, Target: g.nodes.at(r.dst).id}
	claims := []relClaim{r.claim}
	if r.claim.doc < 0 {
		claims = slices.Clone(g.shared[ri])
		slices.SortFunc(claims, func(a, b relClaim) int { return cmp.Compare(g.docs.at(a.doc).doc.ID, g.docs.at(b.doc).doc.ID) })
	}
	var best store.Provenance
	n := 0
	for _, c := range claims {
		n += int(c.to - c.from)
	}
	if n > 0 {
		v.Evidence = make([]domain.Evidence, 0, n)
	}
	for _, c := range claims {
		d := g.docs.at(c.doc)
		if p := (store.Provenance{Confidence: c.conf, Rule: g.rules.values[c.rule], Document: d.doc.ID}); p.Outranks(best) {
			best = p
		}
		for _, ev := range d.evidence[c.from:c.to] {
			m := &g.metas.values[ev.meta]
			v.Evidence = append(v.Evidence, domain.Evidence{
				Document: d.doc.ID, Text: d.text(ev.span), Start: int(ev.start), End: int(ev.end),
				Year: m.year, Date: m.date, DateKind: m.dateKind, Rule: m.rule,
			})
		}
	}
	v.Confidence, v.Rule = best.Confidence, best.Rule
	// The claims are in document order already; within a document the
	// sentences go by place.
	slices.SortStableFunc(v.Evidence, func(a, b domain.Evidence) int {
		return cmp.Or(cmp.Compare(a.Document, b.Document), cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End))
	})
	return v
}

// claimedBy reports whether document di has a claim on relation ri.
func (g *graph) claimedBy(ri, di int32) bool {
	if c := g.rels.at(ri).claim; c.doc >= 0 {
		return c.doc == di
	}
	return slices.ContainsFunc(g.shared[ri], func(c relClaim) bool { return c.doc == di })
}

func (g *graph) matches(n *node, q domain.NodeQuery) bool {
	if len(q.Kinds) > 0 && !slices.Contains(q.Kinds, n.kind) {
		return false
	}
	if len(q.Subtypes) > 0 && !slices.Contains(q.Subtypes, n.subtype) {
		return false
	}
	if len(n.rels) < q.MinDegree {
		return false
	}
	if q.NameContains != "" {
		want := domain.Fold(q.NameContains)
		return slices.ContainsFunc(n.forms, func(f string) bool { return strings.Contains(f, want) })
	}
	return true
}

// liveNodes lists the indexes of every node.
func (g *graph) liveNodes() []int32 {
	out := make([]int32, 0, len(g.nodeIDs))
	for i := range g.nodes.len() {
		if g.nodes.at(i).id != "" {
			out = append(out, int32(i))
		}
	}
	return out
}

func (g *graph) liveRelations() []int32 {
	out := make([]int32, 0, g.relCount)
	for i := range g.rels.len() {
		if g.rels.at(i).src >= 0 {
			out = append(out, int32(i))
		}
	}
	return out
}

func (g *graph) listNodes(q domain.NodeQuery) ([]domain.Node, int) {
	var candidates []int32
	if q.Document != "" {
		// A document's own nodes are the only ones it can have.
		if di, ok := g.docIDs[q.Document]; ok {
			candidates = g.docs.at(di).nodes
		}
	} else {
		candidates = g.liveNodes()
	}
	var hits []int32
	for _, ni := range candidates {
		if g.matches(g.nodes.at(ni), q) {
			hits = append(hits, ni)
		}
	}
	byID := func(a, b int32) int { return cmp.Compare(g.nodes.at(a).id, g.nodes.at(b).id) }
	switch q.Order {
	case domain.OrderByDegree:
		slices.SortFunc(hits, func(a, b int32) int {
			return cmp.Or(cmp.Compare(len(g.nodes.at(b).rels), len(g.nodes.at(a).rels)), byID(a, b))
		})
	default:
		slices.SortFunc(hits, func(a, b int32) int {
			return cmp.Or(cmp.Compare(g.nodes.at(a).name, g.nodes.at(b).name), byID(a, b))
		})
	}
	total := len(hits)
	hits = page(hits, q.Offset, q.Limit)
	out := make([]domain.Node, len(hits))
	for i, ni := range hits {
		out[i] = g.nodeView(ni)
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

func (g *graph) byRelationID(a, b int32) int {
	return bytes.Compare(g.rels.at(a).key[:], g.rels.at(b).key[:])
}

func (g *graph) relations(q domain.RelationQuery) ([]domain.Relation, int) {
	doc := int32(-1)
	if q.Document != "" {
		di, ok := g.docIDs[q.Document]
		if !ok {
			return []domain.Relation{}, 0
		}
		doc = di
	}
	var candidates []int32
	switch {
	case len(q.NodeIDs) > 0:
		var among map[int32]bool
		if q.Among {
			among = make(map[int32]bool, len(q.NodeIDs))
			for _, id := range q.NodeIDs {
				if ni, ok := g.nodeIDs[id]; ok {
					among[ni] = true
				}
			}
		}
		seen := map[int32]bool{}
		for _, id := range q.NodeIDs {
			ni, ok := g.nodeIDs[id]
			if !ok {
				continue
			}
			for _, ri := range g.nodes.at(ni).rels {
				if !seen[ri] && (among == nil || among[g.other(ri, ni)]) {
					seen[ri] = true
					candidates = append(candidates, ri)
				}
			}
		}
	case doc >= 0:
		candidates = g.docs.at(doc).rels
	default:
		candidates = g.liveRelations()
	}
	var hits []int32
	for _, ri := range candidates {
		if len(q.Types) > 0 && !slices.Contains(q.Types, domain.RelationTypes[g.rels.at(ri).typ]) {
			continue
		}
		if doc >= 0 && !g.claimedBy(ri, doc) {
			continue
		}
		hits = append(hits, ri)
	}
	slices.SortFunc(hits, g.byRelationID)
	total := len(hits)
	hits = page(hits, q.Offset, q.Limit)
	out := make([]domain.Relation, len(hits))
	for i, ri := range hits {
		out[i] = g.relationView(ri)
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

func formScore(form, q string, isName bool) float64 {
	switch {
	case form == q && isName:
		return scoreExactName
	case form == q:
		return scoreExactAlias
	case strings.HasPrefix(form, q):
		// A closer length means a better match: "german" prefers "germany" to "german marshall fund".
		return scorePrefix + 10*float64(len(q))/float64(len(form))
	case strings.Contains(form, " "+q):
		return scoreWordPrefix + 10*float64(len(q))/float64(len(form))
	case strings.Contains(form, q):
		return scoreSubstring
	}
	return 0
}

func (g *graph) search(text string, kinds []domain.Kind, limit int) []domain.SearchHit {
	q := domain.Fold(text)
	if q == "" {
		return nil
	}
	type hit struct {
		node  int32
		score float64
	}
	var hits []hit
	for i := range g.nodes.len() {
		n := g.nodes.at(i)
		if n.id == "" || len(kinds) > 0 && !slices.Contains(kinds, n.kind) {
			continue
		}
		best := 0.0
		for j, f := range n.forms {
			best = max(best, formScore(f, q, j == 0))
		}
		if best > 0 {
			hits = append(hits, hit{int32(i), best})
		}
	}
	slices.SortFunc(hits, func(a, b hit) int {
		na, nb := g.nodes.at(a.node), g.nodes.at(b.node)
		return cmp.Or(cmp.Compare(b.score, a.score), cmp.Compare(len(nb.rels), len(na.rels)), cmp.Compare(na.id, nb.id))
	})
	hits = page(hits, 0, limit)
	if len(hits) == 0 {
		return nil
	}
	out := make([]domain.SearchHit, len(hits))
	for i, h := range hits {
		out[i] = domain.SearchHit{Node: g.nodeView(h.node), Score: h.score}
	}
	return out
}

// neighbours lists the relations of a node allowed by types, in ID order so
// that walks are deterministic.
func (g *graph) neighbours(ni int32, types []domain.RelationType) []int32 {
	rels := g.nodes.at(ni).rels
	out := make([]int32, 0, len(rels))
	for _, ri := range rels {
		if len(types) == 0 || slices.Contains(types, domain.RelationTypes[g.rels.at(ri).typ]) {
			out = append(out, ri)
		}
	}
	slices.SortFunc(out, g.byRelationID)
	return out
}

// hasType reports whether relation ri is of one of types (any, when none
// is given).
func (g *graph) hasType(ri int32, types []domain.RelationType) bool {
	return len(types) == 0 || slices.Contains(types, domain.RelationTypes[g.rels.at(ri).typ])
}

// other is the end of relation ri that is not node ni.
func (g *graph) other(ri, ni int32) int32 {
	if r := g.rels.at(ri); r.src != ni {
		return r.src
	}
	return g.rels.at(ri).dst
}

func (g *graph) neighbourhood(id string, depth int, types []domain.RelationType, limit int) (domain.Subgraph, error) {
	start, ok := g.nodeIDs[id]
	if !ok {
		return domain.Subgraph{}, fmt.Errorf("neighbourhood of %s: %w", id, domain.ErrNotFound)
	}
	kept := map[int32]bool{start: true}
	order := []int32{start}
	frontier := []int32{start}
	truncated := false
	for d := 0; d < depth && len(frontier) > 0 && !truncated; d++ {
		var next []int32
		for _, ni := range frontier {
			// In any order: the ring is sorted below.
			for _, ri := range g.nodes.at(ni).rels {
				if !g.hasType(ri, types) {
					continue
				}
				o := g.other(ri, ni)
				if kept[o] {
					continue
				}
				kept[o] = true
				next = append(next, o)
			}
		}
		// Within one ring the best-connected nodes are the ones worth keeping.
		slices.SortFunc(next, func(a, b int32) int {
			na, nb := g.nodes.at(a), g.nodes.at(b)
			return cmp.Or(cmp.Compare(len(nb.rels), len(na.rels)), cmp.Compare(na.id, nb.id))
		})
		if limit > 0 && len(order)+len(next) > limit {
			for _, ni := range next[limit-len(order):] {
				delete(kept, ni)
			}
			next = next[:limit-len(order)]
			truncated = true
		}
		order = append(order, next...)
		frontier = next
	}
	sg := domain.Subgraph{Truncated: truncated}
	for _, ni := range order {
		sg.Nodes = append(sg.Nodes, g.nodeView(ni))
	}
	sg.Relations = g.relationsAmong(kept, types)
	return sg, nil
}

func (g *graph) relationsAmong(kept map[int32]bool, types []domain.RelationType) []domain.Relation {
	var hits []int32
	for ni := range kept {
		for _, ri := range g.nodes.at(ni).rels {
			// Each relation is listed at both its ends: take it at its
			// source, which is kept too.
			if r := g.rels.at(ri); r.src == ni && kept[r.dst] && g.hasType(ri, types) {
				hits = append(hits, ri)
			}
		}
	}
	slices.SortFunc(hits, g.byRelationID)
	out := make([]domain.Relation, 0, len(hits))
	for _, ri := range hits {
		out = append(out, g.relationView(ri))
	}
	return out
}

func (g *graph) shortestPath(from, to string, types []domain.RelationType, maxLength int) (domain.Path, error) {
	start, ok := g.nodeIDs[from]
	if !ok {
		return domain.Path{}, fmt.Errorf("path from %s: %w", from, domain.ErrNotFound)
	}
	end, ok := g.nodeIDs[to]
	if !ok {
		return domain.Path{}, fmt.Errorf("path to %s: %w", to, domain.ErrNotFound)
	}
	const none = -1
	via := map[int32]int32{start: none} // the relation each reached node was reached by
	frontier := []int32{start}
	for d := 0; d < maxLength && len(frontier) > 0; d++ {
		var next []int32
		for _, ni := range frontier {
			// In any order: the ring is sorted below.
			for _, ri := range g.nodes.at(ni).rels {
				if !g.hasType(ri, types) {
					continue
				}
				o := g.other(ri, ni)
				if _, seen := via[o]; seen {
					continue
				}
				via[o] = ri
				next = append(next, o)
			}
		}
		frontier = next
		if _, found := via[end]; found {
			break
		}
	}
	if _, found := via[end]; !found {
		return domain.Path{}, fmt.Errorf("path from %s to %s within %d hops: %w", from, to, maxLength, domain.ErrNotFound)
	}
	var p domain.Path
	for at := end; ; {
		p.Nodes = append(p.Nodes, g.nodeView(at))
		ri := via[at]
		if ri == none {
			break
		}
		p.Relations = append(p.Relations, g.relationView(ri))
		at = g.other(ri, at)
	}
	slices.Reverse(p.Nodes)
	slices.Reverse(p.Relations)
	return p, nil
}

// counts sums the graph up once per change; callers get their own maps.
func (g *graph) counts() domain.Counts {
	c := g.sums.Load()
	if c == nil {
		sum := g.sum()
		c = &sum
		g.sums.Store(c)
	}
	out := *c
	out.ByKind, out.ByRelationType = maps.Clone(c.ByKind), maps.Clone(c.ByRelationType)
	return out
}

func (g *graph) sum() domain.Counts {
	c := domain.Counts{
		Nodes: len(g.nodeIDs), Relations: g.relCount, Documents: len(g.docIDs),
		ByKind: map[domain.Kind]int{}, ByRelationType: map[domain.RelationType]int{},
	}
	for i := range g.nodes.len() {
		if n := g.nodes.at(i); n.id != "" {
			c.ByKind[n.kind]++
		}
	}
	for i := range g.rels.len() {
		if r := g.rels.at(i); r.src >= 0 {
			c.ByRelationType[domain.RelationTypes[r.typ]]++
		}
	}
	return c
}

func (g *graph) whole() domain.Subgraph {
	var sg domain.Subgraph
	nodes := g.liveNodes()
	slices.SortFunc(nodes, func(a, b int32) int { return cmp.Compare(g.nodes.at(a).id, g.nodes.at(b).id) })
	for _, ni := range nodes {
		sg.Nodes = append(sg.Nodes, g.nodeView(ni))
	}
	rels := g.liveRelations()
	slices.SortFunc(rels, g.byRelationID)
	for _, ri := range rels {
		sg.Relations = append(sg.Relations, g.relationView(ri))
	}
	return sg
}

func (g *graph) hasDocument(id string) bool {
	_, ok := g.docIDs[id]
	return ok
}

// document returns a document with its mentions, which apply put in text
// order.
func (g *graph) document(id string) (domain.Doc, []domain.Mention, bool) {
	di, ok := g.docIDs[id]
	if !ok {
		return domain.Doc{}, nil, false
	}
	d := g.docs.at(di)
	var ms []domain.Mention
	if len(d.mentions) > 0 {
		ms = make([]domain.Mention, len(d.mentions))
	}
	for i, m := range d.mentions {
		ms[i] = domain.Mention{Entity: g.nodes.at(m.entity).id, Text: d.text(m.span), Start: int(m.start), End: int(m.end)}
	}
	return d.doc, ms, true
}

// documents lists the documents by name. The list is read on every request
// that shows centrality (its version) or a document, so the first reader
// after a change builds it for the others; each caller gets its own copy.
// Readers share the store's read lock, so two may build it at once, alike.
func (g *graph) documents() []domain.DocumentInfo {
	if l := g.docList.Load(); l != nil {
		return slices.Clone(*l)
	}
	list := make([]domain.DocumentInfo, 0, len(g.docIDs))
	for i := range g.docs.len() {
		if d := g.docs.at(i); d.doc.ID != "" {
			list = append(list, domain.DocumentInfo{ID: d.doc.ID, Name: d.doc.Name, Hash: d.doc.Hash, Size: d.size})
		}
	}
	slices.SortFunc(list, func(a, b domain.DocumentInfo) int {
		return cmp.Or(cmp.Compare(a.Name, b.Name), cmp.Compare(a.ID, b.ID))
	})
	g.docList.Store(&list)
	return slices.Clone(list)
}
