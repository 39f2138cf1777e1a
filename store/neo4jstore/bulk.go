package neo4jstore

import (
	"bufio"
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/diplograph/diplograph/domain"
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
type Bulk struct {
	dir      string
	files    []*os.File
	buffers  []*bufio.Writer
	docs     *csv.Writer
	mentions *csv.Writer
	evidence *csv.Writer
	// lines says that some field has a line break, which the importer
	// must then look for in every file (--multiline-fields): that reads
	// each file on one thread, twice as slow on two cores.
	lines    bool
	seq      int // documents written
	seen     map[string]bool
	entities map[string]*entity
	order    []string // entities in order of first mention
	stated   map[string]bool
	info     []domain.DocumentInfo
}

// bulkArrayDelimiter separates list elements and labels in the CSV files:
// a control character no text of ours holds, checked on every value.
const bulkArrayDelimiter = "\x1f"

// BulkArgs is the name of the file, in a Bulk's folder, that lists the
// importer's arguments one a line, the files named relative to the folder.
const BulkArgs = "import.args"

// bulkColumn is one CSV column: a key of the rows Apply builds and the
// importer's header for it (name:type).
type bulkColumn struct{ key, header string }

var (
	entityColumns = []bulkColumn{
		{"id", "id:ID(Entity)"}, {"labels", ":LABEL"}, {"kind", "kind"}, {"name", "name"},
		{"subtype", "subtype"}, {"code", "code"}, {"allAliases", "allAliases:string[]"},
		{"aliases", "aliases:string[]"}, {"forms", "forms:string[]"},
		{"mentions", "mentions:long"}, {"degree", "degree:long"},
	}
	documentColumns = []bulkColumn{
		{"id", "id:ID(Document)"}, {"name", "name"}, {"text", "text"}, {"hash", "hash"},
		{"size", "size:long"}, {"seq", "seq:long"}, {"date", "date"},
		{"mentionEntities", "mentionEntities:string[]"}, {"mentionTexts", "mentionTexts:string[]"},
		{"mentionStarts", "mentionStarts:long[]"}, {"mentionEnds", "mentionEnds:long[]"},
		{"entityIds", "entityIds:string[]"}, {"entityKinds", "entityKinds:string[]"},
		{"entityNames", "entityNames:string[]"}, {"entitySubtypes", "entitySubtypes:string[]"},
		{"entityCodes", "entityCodes:string[]"}, {"entityAliases", "entityAliases:string[]"},
		{"entityAliasStarts", "entityAliasStarts:long[]"}, {"entityCounts", "entityCounts:long[]"},
		{"evidenceSources", "evidenceSources:string[]"}, {"evidenceTargets", "evidenceTargets:string[]"},
	}
	mentionColumns  = []bulkColumn{{"doc", ":START_ID(Document)"}, {"entity", ":END_ID(Entity)"}}
	evidenceColumns = []bulkColumn{
		{"source", ":START_ID(Entity)"}, {"target", ":END_ID(Entity)"}, {"type", ":TYPE"},
		{"relId", "relId"}, {"doc", "doc"}, {"confidence", "confidence:double"}, {"rule", "rule"},
		{"texts", "texts:string[]"}, {"starts", "starts:long[]"}, {"ends", "ends:long[]"},
		{"years", "years:long[]"}, {"rules", "rules:string[]"},
		{"dates", "dates:string[]"}, {"dateKinds", "dateKinds:string[]"},
	}
	metaColumns = []bulkColumn{{"key", "key"}, {"value", "value:long"}, {"model", "model:long"}}
)

// NewBulk starts a bulk import in dir, which it creates; files already
// there are overwritten.
func NewBulk(dir string) (*Bulk, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("neo4j bulk: %w", err)
	}
	b := &Bulk{dir: dir, seen: map[string]bool{}, entities: map[string]*entity{}, stated: map[string]bool{}}
	var err error
	open := func(name string, cols []bulkColumn) *csv.Writer {
		if err != nil {
			return nil
		}
		var w *csv.Writer
		if w, err = b.create(name); err == nil {
			err = w.Write(headers(cols))
		}
		return w
	}
	b.docs = open("documents.csv", documentColumns)
	b.mentions = open("mentions.csv", mentionColumns)
	b.evidence = open("evidence.csv", evidenceColumns)
	if err != nil {
		b.abort()
		return nil, fmt.Errorf("neo4j bulk: %w", err)
	}
	return b, nil
}

func (b *Bulk) create(name string) (*csv.Writer, error) {
	f, err := os.Create(filepath.Join(b.dir, name))
	if err != nil {
		return nil, err
	}
	buf := bufio.NewWriterSize(f, 1<<20)
	b.files, b.buffers = append(b.files, f), append(b.buffers, buf)
	return csv.NewWriter(buf), nil
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
	for _, bt := range batches(xs) {
		if err := b.write(bt); err != nil {
			return fmt.Errorf("neo4j bulk %s: %w", bt.name(), err)
		}
	}
	return nil
}

func (b *Bulk) write(bt *batch) error {
	for _, doc := range bt.docs {
		doc["seq"] = b.seq + doc["i"].(int)
		if err := b.writeRow(b.docs, documentColumns, doc); err != nil {
			return err
		}
		for _, id := range doc["entityIds"].([]string) {
			if err := b.writeRow(b.mentions, mentionColumns, map[string]any{"doc": doc["id"], "entity": id}); err != nil {
				return err
			}
		}
		b.info = append(b.info, domain.DocumentInfo{
			ID: doc["id"].(string), Name: doc["name"].(string), Hash: doc["hash"].(string), Size: doc["size"].(int),
		})
	}
	b.seq += len(bt.docs)
	for _, ev := range bt.evidence {
		if err := b.writeRow(b.evidence, evidenceColumns, ev); err != nil {
			return err
		}
	}
	// Entity state as settle derives it for a graph that holds only what
	// this import wrote: contributions merged in document order, and the
	// degree grown by each relation the first time it is stated.
	for _, id := range bt.entities {
		e := b.entities[id]
		if e == nil {
			e = &entity{}
			b.entities[id] = e
			b.order = append(b.order, id)
		}
		for _, c := range bt.added[id] {
			e.merge(c)
		}
	}
	for _, r := range bt.rels {
		if !b.stated[r.id] {
			b.stated[r.id] = true
			b.entities[r.source].degree++
			if r.target != r.source {
				b.entities[r.target].degree++
			}
		}
	}
	return nil
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
	entities, err := b.create("entities.csv")
	if err != nil {
		return err
	}
	if err := entities.Write(headers(entityColumns)); err != nil {
		return err
	}
	for _, id := range b.order {
		e := b.entities[id]
		props := e.props()
		props["id"], props["labels"] = id, []string{"Entity", e.kind}
		if err := b.writeRow(entities, entityColumns, props); err != nil {
			return err
		}
	}
	meta, err := b.create("meta.csv")
	if err != nil {
		return err
	}
	if err := meta.Write(headers(metaColumns)); err != nil {
		return err
	}
	if err := b.writeRow(meta, metaColumns, map[string]any{"key": "seq", "value": b.seq, "model": model}); err != nil {
		return err
	}
	for _, w := range []*csv.Writer{b.docs, b.mentions, b.evidence, entities, meta} {
		if w.Flush(); w.Error() != nil {
			return w.Error()
		}
	}
	// Evidence relationships take their type from the :TYPE column; every
	// other file names its label or type here.
	// The importer's list of multiline files (--multiline-fields-format=v2)
	// would spare the other files, but it failed on a documents file of
	// 33 MB ("Weird input data, reached beginning with no previous CR at
	// position 0 of buffer of length 4194304").
	args := []string{
		"--array-delimiter=U+001F",
		"--multiline-fields=" + strconv.FormatBool(b.lines),
		"--nodes=Entity=entities.csv",
		"--nodes=Document=documents.csv",
		"--nodes=Meta=meta.csv",
		"--relationships=MENTIONS=mentions.csv",
		"--relationships=evidence.csv",
	}
	return os.WriteFile(filepath.Join(b.dir, BulkArgs), []byte(strings.Join(args, "\n")+"\n"), 0o644)
}

func headers(cols []bulkColumn) []string {
	out := make([]string, len(cols))
	for i, c := range cols {
		out[i] = c.header
	}
	return out
}

// writeRow writes the columns of row; a missing or nil value is an empty
// field, which the importer leaves unset as Apply leaves nil unset.
func (b *Bulk) writeRow(w *csv.Writer, cols []bulkColumn, row map[string]any) error {
	fields := make([]string, len(cols))
	for i, c := range cols {
		f, err := field(row[c.key])
		if err != nil {
			return fmt.Errorf("%s: %w", c.key, err)
		}
		fields[i] = f
		b.lines = b.lines || strings.ContainsAny(f, "\r\n")
	}
	return w.Write(fields)
}

func field(v any) (string, error) {
	switch v := v.(type) {
	case nil:
		return "", nil
	case string:
		return v, checkDelimiter(v)
	case int:
		return strconv.Itoa(v), nil
	case float64:
		return strconv.FormatFloat(v, 'g', -1, 64), nil
	case []string:
		for _, s := range v {
			if err := checkDelimiter(s); err != nil {
				return "", err
			}
		}
		return strings.Join(v, bulkArrayDelimiter), nil
	case []int:
		parts := make([]string, len(v))
		for i, n := range v {
			parts[i] = strconv.Itoa(n)
		}
		return strings.Join(parts, bulkArrayDelimiter), nil
	}
	return "", fmt.Errorf("no CSV form for %T", v)
}

func checkDelimiter(s string) error {
	if strings.Contains(s, bulkArrayDelimiter) {
		return fmt.Errorf("%q holds the importer's array delimiter U+001F", s)
	}
	return nil
}
