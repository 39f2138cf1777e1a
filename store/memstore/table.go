package memstore

// table holds the graph's records (documents, nodes, relations) in blocks
// of a fixed size rather than in one slice. A slice that grows copies all
// it holds, a million relations some five times over a load, with the
// collector's write barriers on every pointer of the nodes and documents it
// moves, and keeps up to a quarter of its length as spare capacity; a table
// adds a block and leaves the others where they are. An index freed by
// remove is reused by the next add.
type table[T any] struct {
	blocks []*[blockLen]T
	n      int32   // the indexes given out, freed ones included
	free   []int32 // freed indexes, reused before n grows
}

const (
	blockBits = 10
	blockLen  = 1 << blockBits
)

// at returns the record at index i, which add has given out.
func (t *table[T]) at(i int32) *T {
	return &t.blocks[i>>blockBits][i&(blockLen-1)]
}

// add gives out an index: a freed one, whose record the caller overwrites,
// or a new one, whose record is zero.
func (t *table[T]) add() int32 {
	if n := len(t.free); n > 0 {
		i := t.free[n-1]
		t.free = t.free[:n-1]
		return i
	}
	if int(t.n>>blockBits) == len(t.blocks) {
		t.blocks = append(t.blocks, new([blockLen]T))
	}
	t.n++
	return t.n - 1
}

// remove frees index i; the caller has marked its record free.
func (t *table[T]) remove(i int32) {
	t.free = append(t.free, i)
}

// len is the number of indexes given out, freed ones included: the records
// are at 0 to len-1.
func (t *table[T]) len() int32 { return t.n }
