// Package memstore is the embedded store: the whole graph in memory, every
// document's extraction persisted in one bbolt file so that a restart
// rebuilds the graph without extracting again.
package memstore

import (
	"bytes"
	"cmp"
	"context"
	"encoding/binary"
	"encoding/gob"
	"errors"
	"fmt"
	"math"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/diplograph/diplograph/domain"
)

// formatVersion changes whenever the persisted encoding does; a file of a
// version this build cannot read is refused rather than misread.
//
//	1: extractions as gob.
//	2: the same, with the rule of each relation and evidence sentence.
//	3: the same, with the date of each evidence sentence and its kind, and
//	   the date of each document's markup.
//
// Gob matches fields by name, so a version 1 file reads as version 2 with
// every rule empty (as a curator's relation has); opening it marks it
// version 2, so that an older build refuses it rather than drop the rules of
// what this build writes. Its documents get rules when they are extracted
// again, and the loader skips a document whose text is unchanged: remove the
// file and load again to have rules everywhere. A version 2 file reads as
// version 3 the same way, every evidence undated.
const (
	formatVersion       = 3
	oldestFormatVersion = 1
)

var (
	bucketDocs = []byte("documents")
	bucketMeta = []byte("meta")
	keyVersion = []byte("format")
	keySeq     = []byte("seq")
)

// Store is safe for concurrent use: many readers, one writer at a time.
type Store struct {
	mu  sync.RWMutex
	g   *graph
	seq uint64
	db  *bolt.DB // nil for a store that lives in memory only
	// version is read on every API request, without the lock.
	version atomic.Uint64
	// curations is the curation log, in entry ID order (see curation.go).
	curations []domain.Curation
	// lenses are the saved views by ID (see lens.go), under a lock of
	// their own: saving one never waits for a load.
	lensMu sync.RWMutex
	lenses map[string]domain.Lens
}

type persisted struct {
	Seq        uint64
	Extraction domain.Extraction
}

// New returns a store that lives in memory only.
func New() *Store {
	return &Store{g: newGraph(), lenses: map[string]domain.Lens{}}
}

// Options tune how the file is written.
type Options struct {
	// BulkLoad leaves flushing each commit to the operating system and
	// syncs the file once, on Close. A killed process loses nothing it
	// committed (the bytes are in the OS's page cache) and the file stays
	// consistent; only a power cut during the load can cost its last
	// commits. The load command uses it; the server does not.
	BulkLoad bool
}

// Open returns a store persisted to the file at path, creating it if needed
// and rebuilding the graph from what it holds.
func Open(path string) (*Store, error) {
	return OpenWith(path, Options{})
}

// OpenWith is Open with options.
func OpenWith(path string, opts Options) (*Store, error) {
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: 2 * time.Second, NoFreelistSync: true})
	if err != nil {
		return nil, fmt.Errorf("open embedded store %s: %w", path, err)
	}
	db.NoSync = opts.BulkLoad
	s := &Store{g: newGraph(), db: db, lenses: map[string]domain.Lens{}}
	if err := s.restore(); err != nil {
		db.Close()
		return nil, fmt.Errorf("open embedded store %s: %w", path, err)
	}
	return s, nil
}

func (s *Store) restore() error {
	return s.db.Update(func(tx *bolt.Tx) error {
		meta, err := tx.CreateBucketIfNotExists(bucketMeta)
		if err != nil {
			return err
		}
		got := uint64(0) // a new file
		if v := meta.Get(keyVersion); v != nil {
			got = binary.BigEndian.Uint64(v)
			if got < oldestFormatVersion || got > formatVersion {
				return fmt.Errorf("file format %d, this build reads %d to %d: remove the file and load again",
					got, oldestFormatVersion, formatVersion)
			}
		}
		if got != formatVersion {
			if err := meta.Put(keyVersion, binary.BigEndian.AppendUint64(nil, formatVersion)); err != nil {
				return err
			}
		}
		if v := meta.Get(keySeq); v != nil {
			s.seq = binary.BigEndian.Uint64(v)
		}
		docs, err := tx.CreateBucketIfNotExists(bucketDocs)
		if err != nil {
			return err
		}
		var keys, records [][]byte
		if err := docs.ForEach(func(k, v []byte) error {
			keys, records = append(keys, k), append(records, v)
			return nil
		}); err != nil {
			return err
		}
		all, err := decodeRecords(keys, records)
		if err != nil {
			return err
		}
		if err := s.restoreCurations(tx); err != nil {
			return err
		}
		if err := s.restoreLenses(tx); err != nil {
			return err
		}
		// Replaying in application order gives the same "latest wins" fields.
		sortBySeq(all)
		for i := range all {
			s.g.apply(all[i].Extraction, all[i].Seq)
			// The graph keeps what it needs of the extraction; the rest can
			// go before the next is applied.
			all[i] = persisted{}
		}
		s.g.refresh()
		return nil
	})
}

// Apply validates every extraction first, so a bad one refuses the batch
// before anything changes, then commits the batch in one file transaction.
func (s *Store) Apply(ctx context.Context, xs []domain.Extraction) error {
	if err := validate(xs); err != nil {
		return fmt.Errorf("embedded apply: %w", err)
	}
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("embedded apply: %w", err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.commit(xs, nil)
}

// validate checks xs on every core, before the write lock is taken: it is
// a tenth of a load's work and needs nothing of the graph. It returns the
// error of the first extraction that fails, as checking them in turn would.
func validate(xs []domain.Extraction) error {
	errs := make([]error, len(xs))
	eachOnEveryCore(len(xs), func() func(int) {
		return func(i int) { errs[i] = cmp.Or(xs[i].Validate(), fitsInt32(&xs[i])) }
	})
	return cmp.Or(errs...)
}

// eachOnEveryCore calls each(i) for every i below n, spread over one
// goroutine per core; worker makes each goroutine's each, which may keep
// state of its own (an encoder) from one i to the next.
func eachOnEveryCore(n int, worker func() func(i int)) {
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), n) {
		each := worker()
		wg.Go(func() {
			for i := next.Add(1) - 1; i < int64(n); i = next.Add(1) - 1 {
				each(int(i))
			}
		})
	}
	wg.Wait()
}

// fitsInt32 checks what the graph keeps as 32-bit integers: offsets into a
// document's text, which would need a text of 2 GB to go beyond them.
func fitsInt32(x *domain.Extraction) error {
	fits := func(start, end int) bool {
		return start >= math.MinInt32 && start <= math.MaxInt32 && end >= math.MinInt32 && end <= math.MaxInt32
	}
	if len(x.Document.Text) > math.MaxInt32 {
		return fmt.Errorf("extraction %s: a text of more than 2 GB", x.Document.Name)
	}
	for _, m := range x.Mentions {
		if !fits(m.Start, m.End) {
			return fmt.Errorf("extraction %s: mention offsets %d-%d beyond 32 bits", x.Document.Name, m.Start, m.End)
		}
	}
	for _, r := range x.Relations {
		for _, ev := range r.Evidence {
			if !fits(ev.Start, ev.End) {
				return fmt.Errorf("extraction %s: evidence offsets %d-%d beyond 32 bits", x.Document.Name, ev.Start, ev.End)
			}
		}
	}
	return nil
}

// encodeRecords encodes each extraction's file record, numbered from
// first, on every core. Each record is read alone, so each holds gob's
// descriptions of the types before the value; writing them costs as much
// as the value, so every worker writes them once (see recordEncoder).
func encodeRecords(xs []domain.Extraction, first uint64) ([][]byte, error) {
	records := make([][]byte, len(xs))
	errs := make([]error, len(xs))
	eachOnEveryCore(len(xs), func() func(int) {
		var enc recordEncoder
		return func(i int) {
			var err error
			if records[i], err = enc.encode(persisted{Seq: first + uint64(i), Extraction: xs[i]}); err != nil {
				errs[i] = fmt.Errorf("encode %s: %w", xs[i].Document.Name, err)
			}
		}
	})
	return records, cmp.Or(errs...)
}

// recordEncoder writes records byte for byte as a new gob.Encoder would:
// the types' descriptions, then the value. An encoder describes a type the
// first time it sends one; recordEncoder keeps one encoder, takes the
// descriptions from its first record (that record less the same value sent
// again), and puts them before each later value.
type recordEncoder struct {
	buf   bytes.Buffer
	enc   *gob.Encoder
	types []byte // the descriptions, once the first record is written
	// alone says the stream was not as expected: each record then gets an
	// encoder of its own.
	alone bool
}

func (r *recordEncoder) encode(p persisted) ([]byte, error) {
	switch {
	case r.alone:
		var buf bytes.Buffer
		err := gob.NewEncoder(&buf).Encode(p)
		return buf.Bytes(), err
	case r.enc == nil:
		r.enc = gob.NewEncoder(&r.buf)
		if err := r.enc.Encode(p); err != nil {
			return nil, err
		}
		full := bytes.Clone(r.buf.Bytes())
		r.buf.Reset()
		if err := r.enc.Encode(p); err != nil {
			return nil, err
		}
		if value := r.buf.Bytes(); bytes.HasSuffix(full, value) {
			r.types = full[:len(full)-len(value)]
		} else {
			r.alone = true
		}
		return full, nil
	}
	r.buf.Reset()
	if err := r.enc.Encode(p); err != nil {
		return nil, err
	}
	return append(append(make([]byte, 0, len(r.types)+r.buf.Len()), r.types...), r.buf.Bytes()...), nil
}

// decodeRecords decodes the file's records (keyed by document ID) on every
// core, and returns the error of the first, in key order, that fails.
func decodeRecords(keys, records [][]byte) ([]persisted, error) {
	all := make([]persisted, len(records))
	errs := make([]error, len(records))
	eachOnEveryCore(len(records), func() func(int) {
		var dec recordDecoder
		return func(i int) {
			if err := dec.decode(records[i], &all[i]); err != nil {
				errs[i] = fmt.Errorf("decode document %s: %w", keys[i], err)
			}
		}
	})
	if err := cmp.Or(errs...); err != nil {
		return nil, err
	}
	return all, nil
}

// recordDecoder reads records as a new gob.Decoder reads each: reading
// the types' descriptions costs more than the value, and every record one
// build writes opens with the same ones. A record that opens with the
// descriptions the last decoder read is read from its value on by that
// decoder; any other gets a decoder of its own, kept for the next.
type recordDecoder struct {
	r     bytes.Reader
	dec   *gob.Decoder
	types []byte
}

func (d *recordDecoder) decode(rec []byte, p *persisted) error {
	if d.dec != nil && len(rec) > len(d.types) && bytes.HasPrefix(rec, d.types) {
		d.r.Reset(rec[len(d.types):])
		if err := d.dec.Decode(p); err == nil && d.r.Len() == 0 {
			return nil
		}
		*p = persisted{} // read again below, alone, to give its own error
	}
	d.r.Reset(rec)
	d.dec = gob.NewDecoder(&d.r)
	if err := d.dec.Decode(p); err != nil {
		d.dec = nil
		return err
	}
	n, ok := gobTypesLen(rec)
	if !ok || d.r.Len() != 0 {
		d.dec = nil
		return nil
	}
	d.types = bytes.Clone(rec[:n])
	return nil
}

// gobTypesLen returns the length of the messages that describe types at the
// start of a gob stream, before its first value. In gob's wire format each
// message is its length (an unsigned integer as gob writes one) and a type
// id, negative when the message describes that type.
func gobTypesLen(b []byte) (int, bool) {
	for pos := 0; pos < len(b); {
		n, w := gobUint(b[pos:])
		body := pos + w
		if w == 0 || n > uint64(len(b)-body) {
			return 0, false
		}
		id, w := gobUint(b[body:])
		if w == 0 {
			return 0, false
		}
		if id&1 == 0 { // a non-negative id: a value
			return pos, true
		}
		pos = body + int(n)
	}
	return 0, false
}

// gobUint reads an unsigned integer as gob writes it: a byte below 128 is
// the number; otherwise the byte is minus the count of big-endian bytes
// that follow. It returns the bytes read, 0 for a malformed number.
func gobUint(b []byte) (uint64, int) {
	if len(b) == 0 {
		return 0, 0
	}
	if b[0] < 0x80 {
		return uint64(b[0]), 1
	}
	n := -int(int8(b[0]))
	if n > 8 || len(b) < 1+n {
		return 0, 0
	}
	var x uint64
	for _, c := range b[1 : 1+n] {
		x = x<<8 | uint64(c)
	}
	return x, 1 + n
}

// commit persists and applies xs, and runs also in the same file
// transaction; the caller holds the write lock.
func (s *Store) commit(xs []domain.Extraction, also func(tx *bolt.Tx) error) error {
	first := s.seq + 1
	if s.db == nil {
		s.g.applyBatch(xs, first)
	} else if err := s.persistWhileApplying(xs, first, also); err != nil {
		return fmt.Errorf("embedded apply: %w", err)
	}
	s.seq = first + uint64(len(xs)) - 1
	s.version.Add(1)
	return nil
}

// persistWhileApplying writes xs to the file while the graph takes them
// in: bbolt's write and its sync wait on the disk, a third of a load's
// time, and the graph's work need not wait with them. Readers wait on the
// write lock either way, so none sees the graph before the file has the
// batch; if the file refuses it, the graph gives it back (takeBack).
func (s *Store) persistWhileApplying(xs []domain.Extraction, first uint64, also func(tx *bolt.Tx) error) error {
	records, err := encodeRecords(xs, first)
	if err != nil {
		return err
	}
	applied := make(chan struct{})
	go func() {
		defer close(applied)
		s.g.applyBatch(xs, first)
	}()
	err = s.db.Update(func(tx *bolt.Tx) error {
		if also != nil {
			if err := also(tx); err != nil {
				return err
			}
		}
		docs := tx.Bucket(bucketDocs)
		for i, x := range xs {
			if err := docs.Put([]byte(x.Document.ID), records[i]); err != nil {
				return fmt.Errorf("write %s: %w", x.Document.Name, err)
			}
		}
		return tx.Bucket(bucketMeta).Put(keySeq, binary.BigEndian.AppendUint64(nil, first+uint64(len(xs))-1))
	})
	<-applied
	if err != nil {
		if back := s.takeBack(xs); back != nil {
			return errors.Join(err, back)
		}
		return err
	}
	return nil
}

// takeBack undoes applyBatch(xs) after the file refused the batch: each
// document xs named goes back to what the file still holds for it, which
// is nothing for a new one. The file's records are read as opening it
// reads them, oldest first.
func (s *Store) takeBack(xs []domain.Extraction) error {
	ids := map[string]bool{}
	for _, x := range xs {
		ids[x.Document.ID] = true
	}
	var held []persisted
	err := s.db.View(func(tx *bolt.Tx) error {
		docs := tx.Bucket(bucketDocs)
		var keys, records [][]byte
		for id := range ids {
			if rec := docs.Get([]byte(id)); rec != nil {
				keys, records = append(keys, []byte(id)), append(records, rec)
			}
		}
		var err error
		held, err = decodeRecords(keys, records)
		return err
	})
	if err != nil {
		return fmt.Errorf("take the batch back out of the graph: %w", err)
	}
	for id := range ids {
		s.g.retract(id)
	}
	sortBySeq(held)
	for _, p := range held {
		s.g.apply(p.Extraction, p.Seq)
	}
	s.g.refresh()
	return nil
}

// RemoveDocument takes a document and all that only it stated out.
func (s *Store) RemoveDocument(ctx context.Context, id string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.g.hasDocument(id) {
		return fmt.Errorf("remove document %s: %w", id, domain.ErrNotFound)
	}
	if s.db != nil {
		err := s.db.Update(func(tx *bolt.Tx) error { return tx.Bucket(bucketDocs).Delete([]byte(id)) })
		if err != nil {
			return fmt.Errorf("remove document %s: %w", id, err)
		}
	}
	s.g.remove(id)
	s.version.Add(1)
	return nil
}

// Version counts the changes since the store was opened: this process is
// the file's only user, so no other writer can change the graph.
func (s *Store) Version(ctx context.Context) (uint64, error) {
	return s.version.Load(), nil
}

// Documents lists the loaded documents by name.
func (s *Store) Documents(ctx context.Context) ([]domain.DocumentInfo, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.g.documents(), nil
}

// Document returns a document with its mentions in text order.
func (s *Store) Document(ctx context.Context, id string) (domain.Doc, []domain.Mention, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	d, ms, ok := s.g.document(id)
	if !ok {
		return domain.Doc{}, nil, fmt.Errorf("document %s: %w", id, domain.ErrNotFound)
	}
	return d, ms, nil
}

// Node returns one node.
func (s *Store) Node(ctx context.Context, id string) (domain.Node, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	n, ok := s.g.node(id)
	if !ok {
		return domain.Node{}, fmt.Errorf("node %s: %w", id, domain.ErrNotFound)
	}
	return n, nil
}

// Nodes returns the nodes that exist among ids, in the order asked.
func (s *Store) Nodes(ctx context.Context, ids []string) ([]domain.Node, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	out := make([]domain.Node, 0, len(ids))
	for _, id := range ids {
		if n, ok := s.g.node(id); ok {
			out = append(out, n)
		}
	}
	return out, nil
}

// ListNodes filters, orders and pages the nodes.
func (s *Store) ListNodes(ctx context.Context, q domain.NodeQuery) ([]domain.Node, int, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	nodes, total := s.g.listNodes(q)
	return nodes, total, nil
}

// Relations filters and pages the relations in ID order.
func (s *Store) Relations(ctx context.Context, q domain.RelationQuery) ([]domain.Relation, int, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	rels, total := s.g.relations(q)
	return rels, total, nil
}

// Search ranks nodes by how well their name or an alias matches text.
func (s *Store) Search(ctx context.Context, text string, kinds []domain.Kind, limit int) ([]domain.SearchHit, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.g.search(text, kinds, limit), nil
}

// Neighbourhood returns a node with what lies within depth hops.
func (s *Store) Neighbourhood(ctx context.Context, id string, depth int, types []domain.RelationType, limit int) (domain.Subgraph, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.g.neighbourhood(id, depth, types, limit)
}

// ShortestPath finds a shortest walk between two nodes.
func (s *Store) ShortestPath(ctx context.Context, from, to string, types []domain.RelationType, maxLength int) (domain.Path, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.g.shortestPath(from, to, types, maxLength)
}

// Graph returns every node and relation.
func (s *Store) Graph(ctx context.Context) (domain.Subgraph, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.g.whole(), nil
}

// Counts sums the graph up.
func (s *Store) Counts(ctx context.Context) (domain.Counts, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.g.counts(), nil
}

// Ping always succeeds: the store lives in this process.
func (s *Store) Ping(ctx context.Context) error { return nil }

// Close releases the file.
func (s *Store) Close(ctx context.Context) error {
	if s.db == nil {
		return nil
	}
	if s.db.NoSync {
		if err := s.db.Sync(); err != nil && !errors.Is(err, bolt.ErrDatabaseNotOpen) {
			return fmt.Errorf("sync embedded store: %w", err)
		}
	}
	if err := s.db.Close(); err != nil && !errors.Is(err, bolt.ErrDatabaseNotOpen) {
		return fmt.Errorf("close embedded store: %w", err)
	}
	return nil
}
