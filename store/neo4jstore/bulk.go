package neo4jstore

import (
	"bufio"
	"cmp"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/diplograph/diplograph/domain"
	"github.com/diplograph/diplograph/store"
)

// Bulk writes a graph as CSV files for Neo4j's own importer (neo4j-admin
// database import full), in the very model Apply writes, so that a first
// load into an empty database skips the transactional path: the importer
// builds the store files directly, several times faster. It takes
// extractions as Apply does, streaming documents and evidence to their
// files and keeping only each entity's derived state, the IDs of its
// documents and the set of relations it has seen, and writes the entities
// when closed. The importer
// then needs the database stopped or new (scripts/neo4j.sh import DIR);
// Open adds the constraints and indexes on first connection.
//
// It writes each row straight from the extraction rather than through the
// rows Apply builds for its statements: building those maps was half of
// the time Bulk took.
type Bulk struct {
	dir      string
	files    []*os.File
	buffers  []*bufio.Writer
	docs     *bufio.Writer
	evidence *bufio.Writer
	row      csvRow
	seq      int // documents written
	seen     map[string]bool
	// Entities in order of first mention: their IDs, their state, and
	// from ID to the number the files know them by, their index here.
	order    []string
	states   []entity
	entities map[string]int
	// Which entity each document mentions, as pairs of numbers in load
	// order (entity, document seq), sorted into each entity's list of
	// documents when closed: a list per entity, grown as documents came,
	// was two million string headers for the collector to scan.
	mentioned, mentionedIn []int32
	// The relations stated so far, by type and ends, which Validate holds
	// their IDs to: a million relation IDs as keys were a third of the
	// time Bulk took, hashing them and collecting what they kept alive.
	stated map[statedKey]bool
	info   []domain.DocumentInfo
	// scratch, reused from one document to the next
	listed  map[string]int // entity ID to its index in docRows.merged
	numbers []int          // docRows.merged's entity numbers (see entities)
	byRel   map[string]int // relation ID to its index in docRows.rels
	pairs   map[[2]int]bool
	// Documents' rows in two runs: one being folded while the other is
	// written.
	spare [2][]docRows
}

// bulkRun is the number of documents folded before their rows are handed
// to the writer: handing over each on its own cost more than it saved.
const bulkRun = 64

// docRows is what one document adds to the files: what it says of each
// entity and relation, and the numbers that tie them to the rest.
type docRows struct {
	x        *domain.Extraction
	seq      int
	size     int            // the text's runes
	merged   []contribution // what it says of each entity, in order of first listing
	ids      []string       // merged's entity IDs
	mentions []int          // each mention's entity, its index in merged
	rels     []statedRelation
	sources  []int // the ends of each pair of entities its relations join, indexes in merged
	targets  []int
}

// statedKey is a relation's type, as its index in domain.RelationTypes,
// and the numbers of its ends.
type statedKey struct {
	source, target int32
	kind           int8
}

// statedRelation is what one document says of one relation: the evidence
// of every statement, and the confidence and rule of the best.
type statedRelation struct {
	r              *domain.Relation
	best           store.Provenance
	evidence       []domain.Evidence
	source, target int // the ends' numbers
}

// bulkArrayDelimiter separates list elements and labels in the CSV files:
// a control character no text of ours holds, checked on every value.
const bulkArrayDelimiter = '\x1f'

// BulkArgs is the name of the file, in a Bulk's folder, that lists the
// importer's arguments one a line, the files named relative to the folder.
const BulkArgs = "import.args"

// The importer's headers (name:type), in the order each row writes its
// fields. Nodes are known to the importer by numbers (--id-type=integer),
// an entity by its order of first mention and a document by its seq:
// matching the relationships' ends to numbers rather than to the IDs'
// strings took a seventh of the importer's time, and the relationship
// files are a third smaller. The ID column is not stored (:ID without a
// name); the id property is the usual string.
var (
	entityHeaders = []string{
		":ID(Entity)", "id", ":LABEL", "kind", "name", "subtype", "code", "allAliases:string[]",
		"aliases:string[]", "forms:string[]", "mentions:long", "degree:long", "documents:string[]",
	}
	documentHeaders = []string{
		":ID(Document)", "id", "name", "text", "hash", "size:long", "seq:long", "date",
		"mentionIndexes:long[]", "mentionTexts:string[]", "mentionStarts:long[]", "mentionEnds:long[]",
		"entityIds:string[]", "entityKinds:string[]", "entityNames:string[]", "entitySubtypes:string[]",
		"entityCodes:string[]", "entityAliases:string[]", "entityAliasStarts:long[]", "entityCounts:long[]",
		"evidenceFrom:long[]", "evidenceTo:long[]",
	}
	evidenceHeaders = []string{
		":START_ID(Entity)", ":END_ID(Entity)", ":TYPE", "relId", "doc", "confidence:double", "rule",
		"texts:string[]", "starts:long[]", "ends:long[]", "years:long[]", "rules:string[]",
		"dates:string[]", "dateKinds:string[]",
	}
	metaHeaders = []string{"key", "value:long", "model:long"}
)

// NewBulk starts a bulk import in dir, which it creates; files already
// there are overwritten.
func NewBulk(dir string) (*Bulk, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("neo4j bulk: %w", err)
	}
	b := &Bulk{
		dir: dir, seen: map[string]bool{}, entities: map[string]int{}, stated: map[statedKey]bool{},
		listed: map[string]int{}, byRel: map[string]int{}, pairs: map[[2]int]bool{},
	}
	var err error
	open := func(name string, headers []string) *bufio.Writer {
		if err != nil {
			return nil
		}
		var w *bufio.Writer
		if w, err = b.create(name, headers); err != nil {
			err = fmt.Errorf("%s: %w", name, err)
		}
		return w
	}
	b.docs = open("documents.csv", documentHeaders)
	b.evidence = open("evidence.csv", evidenceHeaders)
	if err != nil {
		b.abort()
		return nil, fmt.Errorf("neo4j bulk: %w", err)
	}
	return b, nil
}

// create opens a CSV file in the folder and writes its header line.
func (b *Bulk) create(name string, headers []string) (*bufio.Writer, error) {
	f, err := os.Create(filepath.Join(b.dir, name))
	if err != nil {
		return nil, err
	}
	w := bufio.NewWriterSize(f, 1<<20)
	b.files, b.buffers = append(b.files, f), append(b.buffers, w)
	for _, h := range headers {
		b.row.str(h)
	}
	return w, b.row.end(w)
}

func (b *Bulk) abort() {
	for _, f := range b.files {
		f.Close()
	}
}

// Apply writes the documents of xs with their mentions and evidence. A
// bulk import writes a new database, where every document is new: one
// given twice is refused.
//
// Folding a document into the entities' state and writing its rows take
// about as long as each other, so a second goroutine writes each
// document's rows while the next one is folded.
func (b *Bulk) Apply(_ context.Context, xs []domain.Extraction) error {
	for _, x := range xs {
		if err := x.Validate(); err != nil {
			return fmt.Errorf("neo4j bulk %s: %w", x.Document.Name, err)
		}
		if b.seen[x.Document.ID] {
			return fmt.Errorf("neo4j bulk %s: document given twice", x.Document.Name)
		}
		b.seen[x.Document.ID] = true
	}
	free, todo, written := make(chan []docRows, len(b.spare)), make(chan []docRows), make(chan error)
	for _, run := range b.spare {
		free <- run
	}
	go func() {
		var err error
		for run := range todo {
			for i := range run {
				if err == nil {
					if err = b.write(&run[i]); err != nil {
						err = fmt.Errorf("neo4j bulk %s: %w", run[i].x.Document.Name, err)
					}
				}
			}
			free <- run
		}
		written <- err
	}()
	for chunk := range slices.Chunk(xs, bulkRun) {
		run := <-free
		run = slices.Grow(run[:0], len(chunk))[:len(chunk)]
		for i := range chunk {
			b.fold(&chunk[i], &run[i])
		}
		todo <- run
	}
	close(todo)
	// Both runs are back once the writer is done; keep them, grown.
	b.spare[0], b.spare[1] = <-free, <-free
	return <-written
}

// write writes one document's rows as batch.add and settle would have
// Apply write them.
func (b *Bulk) write(d *docRows) error {
	x, merged, ids := d.x, d.merged, d.ids
	r := &b.row
	r.int(d.seq)
	r.str(x.Document.ID)
	r.str(x.Document.Name)
	r.str(x.Document.Text)
	r.str(x.Document.Hash)
	r.int(d.size)
	r.int(d.seq)
	r.str(x.Document.Date.String())
	ms := x.Mentions
	r.ints(len(ms), func(i int) int { return d.mentions[i] })
	r.strs(len(ms), func(i int) string { return ms[i].Text })
	r.ints(len(ms), func(i int) int { return ms[i].Start })
	r.ints(len(ms), func(i int) int { return ms[i].End })
	r.strs(len(ids), func(i int) string { return ids[i] })
	r.strs(len(merged), func(i int) string { return merged[i].kind })
	r.strs(len(merged), func(i int) string { return merged[i].name })
	r.strs(len(merged), func(i int) string { return merged[i].subtype })
	r.strs(len(merged), func(i int) string { return merged[i].code })
	// The aliases of entity i are entityAliases[entityAliasStarts[i]..
	// entityAliasStarts[i+1]] (see batch.add).
	r.field()
	n := 0
	for _, c := range merged {
		for _, a := range c.aliases {
			if n > 0 {
				r.buf = append(r.buf, bulkArrayDelimiter)
			}
			r.appendElement(a)
			n++
		}
	}
	r.done()
	r.field()
	n = 0
	r.buf = strconv.AppendInt(r.buf, 0, 10)
	for _, c := range merged {
		n += len(c.aliases)
		r.buf = append(r.buf, bulkArrayDelimiter)
		r.buf = strconv.AppendInt(r.buf, int64(n), 10)
	}
	r.ints(len(merged), func(i int) int { return merged[i].count })
	r.ints(len(d.sources), func(i int) int { return d.sources[i] })
	r.ints(len(d.targets), func(i int) int { return d.targets[i] })
	if err := r.end(b.docs); err != nil {
		return fmt.Errorf("documents.csv: %w", err)
	}

	for i := range d.rels {
		if err := b.writeEvidence(x.Document.ID, &d.rels[i]); err != nil {
			return fmt.Errorf("evidence.csv: %w", err)
		}
	}
	return nil
}

// fold leaves in d the rows of x, the next document, and brings the
// entities' state up to it, as settle derives it for a graph that holds
// only what this import wrote: contributions merged in document order,
// the degree grown by each relation the first time it is stated, and the
// document added to their documents. It numbers the entities new to it,
// which the relations' ends in d then carry.
func (b *Bulk) fold(x *domain.Extraction, d *docRows) {
	d.x, d.seq, d.size = x, b.seq, utf8.RuneCountInString(x.Document.Text)
	b.seq++
	b.info = append(b.info, domain.DocumentInfo{ID: x.Document.ID, Name: x.Document.Name, Hash: x.Document.Hash, Size: d.size})
	b.mergeEntities(x, d)
	b.stateRelations(x, d)
	d.mentions = d.mentions[:0]
	for _, m := range x.Mentions {
		d.mentions = append(d.mentions, b.listed[m.Entity])
	}
	b.numbers = b.numbers[:0]
	for i, id := range d.ids {
		n, known := b.entities[id]
		if !known {
			n = len(b.order)
			b.entities[id] = n
			b.order, b.states = append(b.order, id), append(b.states, entity{})
		}
		b.states[n].merge(d.merged[i])
		b.mentioned, b.mentionedIn = append(b.mentioned, int32(n)), append(b.mentionedIn, int32(d.seq))
		b.numbers = append(b.numbers, n)
	}
	for i := range d.rels {
		st := &d.rels[i]
		st.source, st.target = b.numbers[b.listed[st.r.Source]], b.numbers[b.listed[st.r.Target]]
		key := statedKey{int32(st.source), int32(st.target), int8(slices.Index(domain.RelationTypes, st.r.Type))}
		if !b.stated[key] {
			b.stated[key] = true
			b.states[st.source].degree++
			if st.target != st.source {
				b.states[st.target].degree++
			}
		}
	}
}

// mergeEntities leaves in d.merged and d.ids what x says about each entity
// it lists, in order of first listing, as batch.add merges it: an entity
// listed twice is one contribution, later non-empty fields winning and
// aliases adding up; count is its mentions.
func (b *Bulk) mergeEntities(x *domain.Extraction, d *docRows) {
	clear(b.listed)
	d.merged, d.ids = d.merged[:0], d.ids[:0]
	for i := range x.Entities {
		e := &x.Entities[i]
		j, seen := b.listed[e.ID]
		if !seen {
			j = len(d.merged)
			b.listed[e.ID] = j
			d.ids = append(d.ids, e.ID)
			// The extraction's own aliases, until a second listing adds
			// to them in a copy.
			d.merged = append(d.merged, contribution{kind: string(e.Kind), aliases: slices.Clip(e.Aliases)})
		} else {
			d.merged[j].aliases = append(d.merged[j].aliases, e.Aliases...)
		}
		c := &d.merged[j]
		c.name = cmp.Or(e.Name, c.name)
		c.subtype = cmp.Or(e.Subtype, c.subtype)
		c.code = cmp.Or(e.Code, c.code)
	}
	for _, m := range x.Mentions {
		d.merged[b.listed[m.Entity]].count++
	}
}

// stateRelations leaves in d.rels each relation x states, once, in order
// of first statement, and in d.sources and d.targets the ends of each pair
// of entities they join, once, by their indexes in d.merged, as batch.add
// lists them.
func (b *Bulk) stateRelations(x *domain.Extraction, d *docRows) {
	clear(b.byRel)
	clear(b.pairs)
	d.rels, d.sources, d.targets = d.rels[:0], d.sources[:0], d.targets[:0]
	for i := range x.Relations {
		r := &x.Relations[i]
		j, seen := b.byRel[r.ID]
		if !seen {
			j = len(d.rels)
			b.byRel[r.ID] = j
			// The relation's own evidence, until a second statement adds
			// to it in a copy.
			d.rels = append(d.rels, statedRelation{r: r, evidence: slices.Clip(r.Evidence)})
			if pair := [2]int{b.listed[r.Source], b.listed[r.Target]}; !b.pairs[pair] {
				b.pairs[pair] = true
				d.sources, d.targets = append(d.sources, pair[0]), append(d.targets, pair[1])
			}
		} else {
			d.rels[j].evidence = append(d.rels[j].evidence, r.Evidence...)
		}
		st := &d.rels[j]
		if p := (store.Provenance{Confidence: r.Confidence, Rule: r.Rule, Document: x.Document.ID}); p.Outranks(st.best) {
			st.best = p
		}
	}
}

// writeEvidence writes the relationship that carries what one document
// says of one relation, its sentences in parallel lists.
func (b *Bulk) writeEvidence(doc string, st *statedRelation) error {
	r, evs := &b.row, st.evidence
	r.int(st.source)
	r.int(st.target)
	r.str(string(st.r.Type))
	r.str(st.r.ID)
	r.str(doc)
	r.float(st.best.Confidence)
	r.str(st.best.Rule)
	r.strs(len(evs), func(i int) string { return evs[i].Text })
	r.ints(len(evs), func(i int) int { return evs[i].Start })
	r.ints(len(evs), func(i int) int { return evs[i].End })
	r.ints(len(evs), func(i int) int { return evs[i].Year })
	// Rules, dates and their kinds only where some sentence has one, as
	// batch.add and addDates store them.
	named, dated := false, false
	for i := range evs {
		named = named || evs[i].Rule != ""
		dated = dated || !evs[i].Date.IsZero()
	}
	if named {
		r.strs(len(evs), func(i int) string { return evs[i].Rule })
	} else {
		r.empty()
	}
	if dated {
		r.strs(len(evs), func(i int) string { return evs[i].Date.String() })
		r.strs(len(evs), func(i int) string { return string(evs[i].DateKind) })
	} else {
		r.empty()
		r.empty()
	}
	return r.end(b.evidence)
}

// RemoveDocument refuses: a bulk import only adds to a new database.
func (b *Bulk) RemoveDocument(context.Context, string) error {
	return errors.New("neo4j bulk: a bulk import cannot remove documents; load into the database instead")
}

// Documents lists the documents written so far.
func (b *Bulk) Documents(context.Context) ([]domain.DocumentInfo, error) {
	return b.info, nil
}

// Relations is the number of distinct relations written so far.
func (b *Bulk) Relations() int { return len(b.stated) }

// Close writes the entities, the sequence counter and the importer's
// arguments (BulkArgs), and closes the files.
func (b *Bulk) Close() error {
	err := b.finish()
	for i, f := range b.files {
		if ferr := b.buffers[i].Flush(); err == nil {
			err = ferr
		}
		if ferr := f.Close(); err == nil {
			err = ferr
		}
	}
	if err != nil {
		return fmt.Errorf("neo4j bulk close: %w", err)
	}
	return nil
}

func (b *Bulk) finish() error {
	entities, err := b.create("entities.csv", entityHeaders)
	if err != nil {
		return err
	}
	// Each entity's documents, in load order: docs[starts[n]:starts[n+1]]
	// are entity n's seqs.
	starts := make([]int, len(b.order)+1)
	for _, n := range b.mentioned {
		starts[n+1]++
	}
	for n := range b.order {
		starts[n+1] += starts[n]
	}
	docs, next := make([]int32, len(b.mentioned)), slices.Clone(starts)
	for i, n := range b.mentioned {
		docs[next[n]] = b.mentionedIn[i]
		next[n]++
	}
	r := &b.row
	for n, id := range b.order {
		e, docs := &b.states[n], docs[starts[n]:starts[n+1]]
		r.int(n)
		r.str(id)
		r.field()
		r.appendElement("Entity")
		r.buf = append(r.buf, bulkArrayDelimiter)
		r.appendElement(e.kind)
		r.done()
		r.str(e.kind)
		r.str(e.name)
		r.str(e.subtype)
		r.str(e.code)
		// As entity.props: the aliases but the name, and the folded name
		// with the folded aliases.
		r.strs(len(e.allAliases), func(i int) string { return e.allAliases[i] })
		r.field()
		n := 0
		for _, a := range e.allAliases {
			if a != e.name {
				if n > 0 {
					r.buf = append(r.buf, bulkArrayDelimiter)
				}
				r.appendElement(a)
				n++
			}
		}
		r.done()
		r.field()
		r.appendElement(domain.Fold(e.name))
		for _, a := range e.allAliases {
			if a != e.name {
				r.buf = append(r.buf, bulkArrayDelimiter)
				r.appendElement(domain.Fold(a))
			}
		}
		r.done()
		r.int(e.mentions)
		r.int(e.degree)
		r.strs(len(docs), func(i int) string { return b.info[docs[i]].ID })
		if err := r.end(entities); err != nil {
			return fmt.Errorf("entities.csv: %w", err)
		}
	}
	meta, err := b.create("meta.csv", metaHeaders)
	if err != nil {
		return err
	}
	r.str("seq")
	r.int(b.seq)
	r.int(model)
	if err := r.end(meta); err != nil {
		return fmt.Errorf("meta.csv: %w", err)
	}
	// Evidence relationships take their type from the :TYPE column; every
	// other file names its label or type here.
	// The importer's list of multiline files (--multiline-fields-format=v2)
	// would spare the other files, but it failed on a documents file of
	// 33 MB ("Weird input data, reached beginning with no previous CR at
	// position 0 of buffer of length 4194304").
	args := []string{
		"--id-type=integer",
		"--array-delimiter=U+001F",
		"--multiline-fields=" + strconv.FormatBool(r.lines),
		"--nodes=Entity=entities.csv",
		"--nodes=Document=documents.csv",
		"--nodes=Meta=meta.csv",
		"--relationships=evidence.csv",
	}
	return os.WriteFile(filepath.Join(b.dir, BulkArgs), []byte(strings.Join(args, "\n")+"\n"), 0o644)
}

// csvRow builds one CSV record at a time in the form encoding/csv writes
// (fields quoted only when they must be, quotes doubled, "\n" after each
// record), appending values as they come instead of through a []string:
// the files hold tens of millions of fields.
type csvRow struct {
	buf    []byte
	fields int // in the record so far
	start  int // where the current field starts in buf
	// lines says that some field has a line break, which the importer
	// must then look for in every file (--multiline-fields): that reads
	// each file on one thread, twice as slow on two cores.
	lines bool
	err   error // the first value refused in the record
}

// field starts a field.
func (r *csvRow) field() {
	if r.fields > 0 {
		r.buf = append(r.buf, ',')
	}
	r.fields++
	r.start = len(r.buf)
}

// done ends a field, quoting it if encoding/csv would.
func (r *csvRow) done() {
	f := r.buf[r.start:]
	quote := false
	for _, c := range f {
		switch c {
		case '\r', '\n':
			r.lines = true
			quote = true
		case ',', '"':
			quote = true
		}
	}
	if !quote && len(f) > 0 {
		c, _ := utf8.DecodeRune(f)
		quote = unicode.IsSpace(c) || string(f) == `\.`
	}
	if !quote {
		return
	}
	raw := string(f)
	r.buf = append(r.buf[:r.start], '"')
	for i := 0; i < len(raw); i++ {
		if raw[i] == '"' {
			r.buf = append(r.buf, '"')
		}
		r.buf = append(r.buf, raw[i])
	}
	r.buf = append(r.buf, '"')
}

// appendElement appends s to the current field, refusing a value that
// holds the array delimiter.
func (r *csvRow) appendElement(s string) {
	if r.err == nil && strings.IndexByte(s, bulkArrayDelimiter) >= 0 {
		r.err = fmt.Errorf("%q holds the importer's array delimiter U+001F", s)
	}
	r.buf = append(r.buf, s...)
}

// str writes a string field; the empty string is an empty field, which the
// importer leaves unset as Apply leaves an empty value unset.
func (r *csvRow) str(s string) {
	r.field()
	r.appendElement(s)
	r.done()
}

// strs writes a list of n strings, at(i) the i-th; an empty list is an
// empty field.
func (r *csvRow) strs(n int, at func(int) string) {
	r.field()
	for i := range n {
		if i > 0 {
			r.buf = append(r.buf, bulkArrayDelimiter)
		}
		r.appendElement(at(i))
	}
	r.done()
}

// ints writes a list of n integers, at(i) the i-th.
func (r *csvRow) ints(n int, at func(int) int) {
	r.field()
	for i := range n {
		if i > 0 {
			r.buf = append(r.buf, bulkArrayDelimiter)
		}
		r.buf = strconv.AppendInt(r.buf, int64(at(i)), 10)
	}
}

// Numbers never need quotes.
func (r *csvRow) int(n int) {
	r.field()
	r.buf = strconv.AppendInt(r.buf, int64(n), 10)
}

func (r *csvRow) float(f float64) {
	r.field()
	r.buf = strconv.AppendFloat(r.buf, f, 'g', -1, 64)
}

func (r *csvRow) empty() { r.field() }

// end writes the record to w and starts the next, returning the first
// value it refused.
func (r *csvRow) end(w *bufio.Writer) error {
	r.buf = append(r.buf, '\n')
	err := r.err
	if err == nil {
		_, err = w.Write(r.buf)
	}
	r.buf, r.fields, r.err = r.buf[:0], 0, nil
	return err
}
