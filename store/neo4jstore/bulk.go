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
// extractions as Apply does, streaming documents, mentions and evidence to
// their files and keeping only each entity's derived state and the set of
// relations it has seen, and writes the entities when closed. The importer
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
	mentions *bufio.Writer
	evidence *bufio.Writer
	row      csvRow
	seq      int // documents written
	seen     map[string]bool
	// Entities in order of first mention: their IDs, their state, and
	// from ID to the number the files know them by, their index here.
	order    []string
	states   []entity
	entities map[string]int
	stated   map[string]bool
	info     []domain.DocumentInfo
	// scratch, reused from one document to the next
	listed  map[string]int // entity ID to its index in merged
	merged  []contribution
	ids     []string       // merged's entity IDs
	numbers []int          // merged's entity numbers (see entities)
	byRel   map[string]int // relation ID to its index in rels
	rels    []statedRelation
	pairs   map[[2]string]bool
	sources []string
	targets []string
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
		"aliases:string[]", "forms:string[]", "mentions:long", "degree:long",
	}
	documentHeaders = []string{
		":ID(Document)", "id", "name", "text", "hash", "size:long", "seq:long", "date",
		"mentionEntities:string[]", "mentionTexts:string[]", "mentionStarts:long[]", "mentionEnds:long[]",
		"entityIds:string[]", "entityKinds:string[]", "entityNames:string[]", "entitySubtypes:string[]",
		"entityCodes:string[]", "entityAliases:string[]", "entityAliasStarts:long[]", "entityCounts:long[]",
		"evidenceSources:string[]", "evidenceTargets:string[]",
	}
	mentionHeaders  = []string{":START_ID(Document)", ":END_ID(Entity)"}
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
		dir: dir, seen: map[string]bool{}, entities: map[string]int{}, stated: map[string]bool{},
		listed: map[string]int{}, byRel: map[string]int{}, pairs: map[[2]string]bool{},
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
	b.mentions = open("mentions.csv", mentionHeaders)
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
	for i := range xs {
		if err := b.write(&xs[i]); err != nil {
			return fmt.Errorf("neo4j bulk %s: %w", xs[i].Document.Name, err)
		}
	}
	return nil
}

// write writes one document's rows as batch.add and settle would have
// Apply write them, and folds what it says into the entities' state.
func (b *Bulk) write(x *domain.Extraction) error {
	doc := x.Document.ID
	b.mergeEntities(x)
	b.stateRelations(x)
	b.fold()
	merged, ids := b.merged, b.ids

	size := utf8.RuneCountInString(x.Document.Text)
	r := &b.row
	r.int(b.seq)
	r.str(doc)
	r.str(x.Document.Name)
	r.str(x.Document.Text)
	r.str(x.Document.Hash)
	r.int(size)
	r.int(b.seq)
	r.str(x.Document.Date.String())
	ms := x.Mentions
	r.strs(len(ms), func(i int) string { return ms[i].Entity })
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
	r.strs(len(b.sources), func(i int) string { return b.sources[i] })
	r.strs(len(b.targets), func(i int) string { return b.targets[i] })
	if err := r.end(b.docs); err != nil {
		return fmt.Errorf("documents.csv: %w", err)
	}

	for _, n := range b.numbers {
		r.int(b.seq)
		r.int(n)
		if err := r.end(b.mentions); err != nil {
			return fmt.Errorf("mentions.csv: %w", err)
		}
	}

	for i := range b.rels {
		if err := b.writeEvidence(doc, &b.rels[i]); err != nil {
			return fmt.Errorf("evidence.csv: %w", err)
		}
	}

	b.info = append(b.info, domain.DocumentInfo{ID: doc, Name: x.Document.Name, Hash: x.Document.Hash, Size: size})
	b.seq++
	return nil
}

// fold brings the entities' state up to the document b.mergeEntities and
// b.stateRelations read, as settle derives it for a graph that holds only
// what this import wrote: contributions merged in document order, and the
// degree grown by each relation the first time it is stated. It numbers
// the entities new to it, and leaves in b.numbers and the relations' ends
// the numbers of the document's entities.
func (b *Bulk) fold() {
	b.numbers = b.numbers[:0]
	for i, id := range b.ids {
		n, known := b.entities[id]
		if !known {
			n = len(b.order)
			b.entities[id] = n
			b.order, b.states = append(b.order, id), append(b.states, entity{})
		}
		b.states[n].merge(b.merged[i])
		b.numbers = append(b.numbers, n)
	}
	for i := range b.rels {
		st := &b.rels[i]
		st.source, st.target = b.numbers[b.listed[st.r.Source]], b.numbers[b.listed[st.r.Target]]
		if !b.stated[st.r.ID] {
			b.stated[st.r.ID] = true
			b.states[st.source].degree++
			if st.target != st.source {
				b.states[st.target].degree++
			}
		}
	}
}

// mergeEntities leaves in b.merged and b.ids what x says about each entity
// it lists, in order of first listing, as batch.add merges it: an entity
// listed twice is one contribution, later non-empty fields winning and
// aliases adding up; count is its mentions.
func (b *Bulk) mergeEntities(x *domain.Extraction) {
	clear(b.listed)
	b.merged, b.ids = b.merged[:0], b.ids[:0]
	for i := range x.Entities {
		e := &x.Entities[i]
		j, seen := b.listed[e.ID]
		if !seen {
			j = len(b.merged)
			b.listed[e.ID] = j
			b.ids = append(b.ids, e.ID)
			// The extraction's own aliases, until a second listing adds
			// to them in a copy.
			b.merged = append(b.merged, contribution{kind: string(e.Kind), aliases: slices.Clip(e.Aliases)})
		} else {
			b.merged[j].aliases = append(b.merged[j].aliases, e.Aliases...)
		}
		c := &b.merged[j]
		c.name = cmp.Or(e.Name, c.name)
		c.subtype = cmp.Or(e.Subtype, c.subtype)
		c.code = cmp.Or(e.Code, c.code)
	}
	for _, m := range x.Mentions {
		b.merged[b.listed[m.Entity]].count++
	}
}

// stateRelations leaves in b.rels each relation x states, once, in order
// of first statement, and in b.sources and b.targets the ends of each pair
// of entities they join, once, as batch.add lists them.
func (b *Bulk) stateRelations(x *domain.Extraction) {
	clear(b.byRel)
	clear(b.pairs)
	b.rels, b.sources, b.targets = b.rels[:0], b.sources[:0], b.targets[:0]
	for i := range x.Relations {
		r := &x.Relations[i]
		j, seen := b.byRel[r.ID]
		if !seen {
			j = len(b.rels)
			b.byRel[r.ID] = j
			// The relation's own evidence, until a second statement adds
			// to it in a copy.
			b.rels = append(b.rels, statedRelation{r: r, evidence: slices.Clip(r.Evidence)})
			if pair := [2]string{r.Source, r.Target}; !b.pairs[pair] {
				b.pairs[pair] = true
				b.sources, b.targets = append(b.sources, r.Source), append(b.targets, r.Target)
			}
		} else {
			b.rels[j].evidence = append(b.rels[j].evidence, r.Evidence...)
		}
		st := &b.rels[j]
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
	r := &b.row
	for n, id := range b.order {
		e := &b.states[n]
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
		"--relationships=MENTIONS=mentions.csv",
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
