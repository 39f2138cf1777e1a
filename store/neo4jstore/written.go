package neo4jstore

import (
	"crypto/rand"
	"maps"
	"sync"
)

// written is what a store's own writes left in the graph: the state of the
// entities it wrote and the relations it gave evidence for. While the store
// is the graph's only writer, its batches take entity state and which
// relations are known from here instead of reading them back, which was a
// third of a bulk load's statement time. Whether it still holds is decided
// under the writers' lock by cypherBegin: the counter must name this store
// as its last writer and stand where this store's last commit left it;
// otherwise another writer (or a wipe) came between, and the store starts
// over from what it reads.
type written struct {
	// mu is held across a whole write: the store's own writers take turns
	// here as they would on the counter's lock.
	mu    sync.Mutex
	token string // this store's mark on the counter
	seq   int64  // the counter after this store's last commit; -1: none
	view
}

// view is what a batch may take as known without reading the graph.
type view struct {
	entities map[string]entity // as stored
	// allEntities says that an entity missing from entities does not
	// exist, as when the graph held none when the store began to write.
	allEntities bool
	relations   map[string]bool // relation IDs some evidence states
	// allRelations says that relations holds every relation stated.
	allRelations bool
}

func newWritten() *written {
	return &written{token: rand.Text(), seq: -1}
}

// trusted returns what a batch may take as known, given what cypherBegin
// read: the counter before the batch (base), its last writer and whether
// any entity existed. An untrusted memory is worth nothing, but an empty
// graph is known whole.
func (w *written) trusted(base int64, last string, populated bool) (v view, ok bool) {
	if last == w.token && base == w.seq {
		return w.view, true
	}
	return view{
		entities: map[string]entity{}, allEntities: !populated,
		relations: map[string]bool{}, allRelations: !populated,
	}, false
}

// outcome is what one committed batch changed, for written to remember.
type outcome struct {
	seq       int64 // the counter after the batch
	view      view  // what the batch started from
	entities  map[string]entity
	gone      []string
	relations []string // every relation the batch gave evidence for
	// retracted says that the batch deleted earlier evidence: a relation
	// it stated may be stated no more.
	retracted bool
}

// commit remembers what a committed batch changed. The maps of o.view are
// the store's own when the batch trusted them, else fresh ones: either way
// they become the store's.
func (w *written) commit(o outcome) {
	w.seq, w.view = o.seq, o.view
	maps.Copy(w.entities, o.entities)
	for _, id := range o.gone {
		delete(w.entities, id)
	}
	if o.retracted {
		w.relations, w.allRelations = map[string]bool{}, false
	}
	for _, id := range o.relations {
		w.relations[id] = true
	}
}

// forget drops everything, after a write whose outcome is unknown.
func (w *written) forget() {
	w.seq, w.view = -1, view{}
}
