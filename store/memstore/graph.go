package memstore

import (
	"cmp"
	"slices"
	"sync"
	"sync/atomic"
	"unicode/utf8"

	"github.com/diplograph/diplograph/domain"
	"github.com/diplograph/diplograph/store"
)

// nodeState keeps what each document said about a node, so that replacing
// or removing one document can recompute the node from the others.
type nodeState struct {
	byDoc map[string]nodeContribution
	rels  map[string]struct{}
	view  domain.Node
	forms []string // folded name and aliases, for search and name filters
}

type nodeContribution struct {
	seq      uint64
	node     domain.Node
	mentions int
}

type relState struct {
	byDoc map[string]relContribution
	view  domain.Relation
}

// relContribution is what one document says about a relation: its
// strongest statement (confidence and rule) and its sentences.
type relContribution struct {
	best     store.Provenance
	evidence []domain.Evidence
}

type docState struct {
	seq  uint64
	x    domain.Extraction
	size int // the text's length in code points
}

// graph is the derived, queryable form of the applied documents. It is not
// safe for concurrent use; Store guards it.
type graph struct {
	docs    map[string]*docState
	nodes   map[string]*nodeState
	rels    map[string]*relState
	docList []domain.DocumentInfo // the documents by name, built by refresh

	// forms is every entity's folded forms in one string, for search; nil
	// after a change until the next search builds it (see searchForms).
	forms   atomic.Pointer[formIndex]
	formsMu sync.Mutex // one search builds the index, the others wait for it

	// sums is counts' answer for the graph as it is; nil after a change
	// until the next call sums it up (see counts).
	sums   atomic.Pointer[domain.Counts]
	sumsMu sync.Mutex
}

func newGraph() *graph {
	return &graph{docs: map[string]*docState{}, nodes: map[string]*nodeState{}, rels: map[string]*relState{}, docList: []domain.DocumentInfo{}}
}

// touched collects what a batch changed, so that derived views are
// recomputed once per batch: a hub that most documents mention would
// otherwise be rebuilt once per document.
type touched struct {
	nodes, rels map[string]struct{}
}

func newTouched() touched {
	return touched{nodes: map[string]struct{}{}, rels: map[string]struct{}{}}
}

// applyBatch replaces, for each extraction in turn, whatever its document
// contributed; the i-th extraction gets sequence number first+i.
func (g *graph) applyBatch(xs []domain.Extraction, first uint64) {
	t := newTouched()
	for i, x := range xs {
		g.apply(x, first+uint64(i), t)
	}
	g.refresh(t.nodes, t.rels)
}

func (g *graph) apply(x domain.Extraction, seq uint64, t touched) {
	touchedNodes, touchedRels := t.nodes, t.rels
	g.retract(x.Document.ID, touchedNodes, touchedRels)
	g.docs[x.Document.ID] = &docState{seq: seq, x: x, size: utf8.RuneCountInString(x.Document.Text)}
	mentions := map[string]int{}
	for _, m := range x.Mentions {
		mentions[m.Entity]++
	}
	for _, e := range x.Entities {
		n := g.nodes[e.ID]
		if n == nil {
			n = &nodeState{byDoc: map[string]nodeContribution{}, rels: map[string]struct{}{}}
			g.nodes[e.ID] = n
		}
		c := n.byDoc[x.Document.ID]
		c.seq = seq
		c.node = mergeContribution(c.node, e)
		c.mentions = mentions[e.ID]
		n.byDoc[x.Document.ID] = c
		touchedNodes[e.ID] = struct{}{}
	}
	for _, r := range x.Relations {
		s := g.rels[r.ID]
		if s == nil {
			s = &relState{byDoc: map[string]relContribution{}}
			g.rels[r.ID] = s
			g.nodes[r.Source].rels[r.ID] = struct{}{}
			g.nodes[r.Target].rels[r.ID] = struct{}{}
		}
		c := s.byDoc[x.Document.ID]
		if p := (store.Provenance{Confidence: r.Confidence, Rule: r.Rule, Document: x.Document.ID}); p.Outranks(c.best) {
			c.best = p
		}
		c.evidence = append(c.evidence, r.Evidence...)
		s.byDoc[x.Document.ID] = c
		s.view = domain.Relation{ID: r.ID, Type: r.Type, Source: r.Source, Target: r.Target}
		touchedRels[r.ID] = struct{}{}
		touchedNodes[r.Source] = struct{}{}
		touchedNodes[r.Target] = struct{}{}
	}
}

// mergeContribution folds a repeated entity of one extraction into one
// contribution: the later non-empty field wins and aliases add up.
func mergeContribution(prev, e domain.Node) domain.Node {
	if prev.ID == "" {
		e.Aliases = slices.Clone(e.Aliases)
		return e
	}
	prev.Aliases = append(prev.Aliases, e.Aliases...)
	prev.Name = cmp.Or(e.Name, prev.Name)
	prev.Subtype = cmp.Or(e.Subtype, prev.Subtype)
	prev.Code = cmp.Or(e.Code, prev.Code)
	return prev
}

// remove takes a document out; it reports whether the document existed.
func (g *graph) remove(docID string) bool {
	if _, ok := g.docs[docID]; !ok {
		return false
	}
	touchedNodes := map[string]struct{}{}
	touchedRels := map[string]struct{}{}
	g.retract(docID, touchedNodes, touchedRels)
	g.refresh(touchedNodes, touchedRels)
	return true
}

func (g *graph) retract(docID string, touchedNodes, touchedRels map[string]struct{}) {
	old, ok := g.docs[docID]
	if !ok {
		return
	}
	delete(g.docs, docID)
	for _, r := range old.x.Relations {
		if s := g.rels[r.ID]; s != nil {
			delete(s.byDoc, docID)
			touchedRels[r.ID] = struct{}{}
		}
	}
	for _, e := range old.x.Entities {
		if n := g.nodes[e.ID]; n != nil {
			delete(n.byDoc, docID)
			touchedNodes[e.ID] = struct{}{}
		}
	}
}

// refresh drops what no document supports any more and recomputes the views
// of what changed.
func (g *graph) refresh(touchedNodes, touchedRels map[string]struct{}) {
	g.listDocuments()
	g.forms.Store(nil)
	g.sums.Store(nil)
	for id := range touchedRels {
		s := g.rels[id]
		if len(s.byDoc) == 0 {
			delete(g.rels, id)
			delete(g.nodes[s.view.Source].rels, id)
			delete(g.nodes[s.view.Target].rels, id)
			touchedNodes[s.view.Source] = struct{}{}
			touchedNodes[s.view.Target] = struct{}{}
			continue
		}
		var best store.Provenance
		s.view.Evidence = s.view.Evidence[:0]
		for _, c := range s.byDoc {
			if c.best.Outranks(best) {
				best = c.best
			}
			s.view.Evidence = append(s.view.Evidence, c.evidence...)
		}
		s.view.Confidence, s.view.Rule = best.Confidence, best.Rule
		slices.SortFunc(s.view.Evidence, func(a, b domain.Evidence) int {
			return cmp.Or(cmp.Compare(a.Document, b.Document), cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End))
		})
	}
	for id := range touchedNodes {
		n := g.nodes[id]
		if n == nil {
			continue
		}
		if len(n.byDoc) == 0 {
			// A relation cannot outlive its ends: every relation of a
			// document names entities of the same document.
			delete(g.nodes, id)
			continue
		}
		n.view = n.compute()
		n.forms = n.forms[:0]
		n.forms = append(n.forms, domain.Fold(n.view.Name))
		for _, a := range n.view.Aliases {
			n.forms = append(n.forms, domain.Fold(a))
		}
	}
}

func (n *nodeState) compute() domain.Node {
	var v domain.Node
	// Each field comes from the latest contribution that has it: track the
	// sequence number that set it instead of sorting contributions.
	var nameSeq, subtypeSeq, codeSeq uint64
	docs := make([]string, 0, len(n.byDoc))
	aliases := map[string]struct{}{}
	for d, c := range n.byDoc {
		docs = append(docs, d)
		v.ID, v.Kind = c.node.ID, c.node.Kind
		if c.node.Name != "" && c.seq >= nameSeq {
			v.Name, nameSeq = c.node.Name, c.seq
		}
		if c.node.Subtype != "" && c.seq >= subtypeSeq {
			v.Subtype, subtypeSeq = c.node.Subtype, c.seq
		}
		if c.node.Code != "" && c.seq >= codeSeq {
			v.Code, codeSeq = c.node.Code, c.seq
		}
		v.Mentions += c.mentions
		for _, a := range c.node.Aliases {
			aliases[a] = struct{}{}
		}
	}
	delete(aliases, v.Name)
	for a := range aliases {
		v.Aliases = append(v.Aliases, a)
	}
	slices.Sort(v.Aliases)
	slices.Sort(docs)
	v.Documents = docs
	v.Degree = len(n.rels)
	return v
}
