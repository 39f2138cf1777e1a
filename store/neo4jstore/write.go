package neo4jstore

import (
	"cmp"
	"context"
	"fmt"
	"maps"
	"reflect"
	"slices"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/diplograph/diplograph/domain"
	"github.com/diplograph/diplograph/store"
)

// batchRows caps the rows of each kind (entities, mentions, evidence) that
// one transaction writes, and so the rows of each UNWIND: large enough that
// a bulk load runs few statements, small enough that a transaction's state
// stays well inside a modest heap.
const batchRows = 10_000

// Every value below is a parameter; the relationship type and kind label
// come from row fields checked by domain.Extraction.Validate.
const (
	// cypherBegin takes the writers' lock and the batch's sequence numbers,
	// says which of the batch's documents are loaded already, and marks the
	// counter with the writer: the writer it names before ours and whether
	// any entity exists tell a store whether what it remembers of its own
	// writes is still the whole truth (see written).
	cypherBegin = `
MERGE (m:Meta {key: 'seq'}) ON CREATE SET m.value = 0, m.model = $model
WITH m, m.writer AS last
SET m.value = m.value + $n, m.writer = $writer
WITH m.value - $n AS base, last
RETURN base, COLLECT { UNWIND $ids AS id MATCH (d:Document {id: id}) RETURN d.id } AS existing,
  last, EXISTS { MATCH (:Entity) } AS populated`

	// cypherRetract deletes what documents said, their evidence and their
	// mentions, and returns the entities they mentioned: the ends of their
	// evidence are among them, so these are all whose state may change.
	cypherRetract = `
UNWIND $ids AS id
MATCH (d:Document {id: id})
CALL (d) {
  UNWIND range(0, coalesce(size(d.evidenceFrom), 0) - 1) AS i
  MATCH (a:Entity {id: d.entityIds[d.evidenceFrom[i]]})-[r]->(b:Entity {id: d.entityIds[d.evidenceTo[i]]})
  WHERE r.doc = d.id
  DELETE r
}
CALL (d) {
  UNWIND d.entityIds AS id
  MATCH (e:Entity {id: id})
  SET e.documents = [x IN e.documents WHERE x <> d.id]
  RETURN collect(id) AS mentioned
}
UNWIND mentioned AS entity
RETURN DISTINCT entity`

	cypherEntityStates = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN id, e {.kind, .name, .subtype, .code, .allAliases, .mentions, .degree}`

	// cypherContributions reads what every document mentioning each entity
	// says about it, from the document's lists (see batch.add).
	cypherContributions = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN id, e.kind,
  COLLECT { UNWIND e.documents AS doc
            MATCH (d:Document {id: doc})
            WITH d, [i IN range(0, size(d.entityIds) - 1) WHERE d.entityIds[i] = id][0] AS i
            RETURN {kind: d.entityKinds[i], name: d.entityNames[i], subtype: d.entitySubtypes[i],
              code: d.entityCodes[i], aliases: d.entityAliases[d.entityAliasStarts[i]..d.entityAliasStarts[i + 1]],
              count: d.entityCounts[i]} ORDER BY d.seq } AS contributions,
  COUNT { MATCH (e)-[r]-(:Entity) RETURN DISTINCT r.relId } AS degree`

	// cypherKnownRelations returns which relations already have evidence,
	// walking from one end to the other.
	cypherKnownRelations = `
UNWIND $rows AS row
MATCH (a:Entity {id: row.source})
MATCH (b:Entity {id: row.target})
WHERE EXISTS { (a)-[r]->(b) WHERE r.relId = row.relId }
RETURN row.relId`

	cypherCreateEntities = `
UNWIND $rows AS row
CREATE (e:Entity)
SET e = row.props, e:$(row.props.kind)`

	cypherUpdateEntities = `
UNWIND $rows AS row
MATCH (e:Entity {id: row.id})
SET e += row.props`

	cypherDeleteEntities = `
UNWIND $ids AS id
MATCH (e:Entity {id: id})
DETACH DELETE e`

	// cypherWriteDocuments writes each document, with what it says about
	// each entity it mentions.
	cypherWriteDocuments = `
UNWIND $rows AS row
MERGE (d:Document {id: row.id})
SET d.name = row.name, d.text = row.text, d.hash = row.hash, d.size = row.size, d.seq = $base + row.i, d.date = row.date,
  d.mentionIndexes = row.mentionIndexes, d.mentionTexts = row.mentionTexts,
  d.mentionStarts = row.mentionStarts, d.mentionEnds = row.mentionEnds,
  d.entityIds = row.entityIds, d.entityKinds = row.entityKinds, d.entityNames = row.entityNames,
  d.entitySubtypes = row.entitySubtypes, d.entityCodes = row.entityCodes, d.entityAliases = row.entityAliases,
  d.entityAliasStarts = row.entityAliasStarts, d.entityCounts = row.entityCounts,
  d.evidenceFrom = row.evidenceFrom, d.evidenceTo = row.evidenceTo`

	// cypherAddDocuments adds to each entity the batch's documents that
	// mention it. An entity lists its documents rather than each document
	// linking to its entities: a relationship per mention was two thirds of
	// a graph's relationships and a quarter of a bulk import's time, and
	// the lists are only read whole.
	cypherAddDocuments = `
UNWIND $rows AS row
MATCH (e:Entity {id: row.id})
SET e.documents = coalesce(e.documents, []) + row.docs`

	// cypherCreateEvidence writes one relationship per relation and
	// document, its sentences in parallel lists.
	cypherCreateEvidence = `
UNWIND $rows AS row
MATCH (a:Entity {id: row.source})
MATCH (b:Entity {id: row.target})
CREATE (a)-[:$(row.type) {relId: row.relId, doc: row.doc, confidence: row.confidence, rule: row.rule,
  texts: row.texts, starts: row.starts, ends: row.ends, years: row.years, rules: row.rules,
  dates: row.dates, dateKinds: row.dateKinds}]->(b)`

	cypherDeleteDocument = `MATCH (d:Document {id: $id}) DETACH DELETE d`
)

// An entity changes kind only when an extraction reuses its ID with another
// kind, which a well-formed ID (kind:slug) never does.
var cypherRelabelEntities = `
UNWIND $rows AS row
MATCH (e:Entity {id: row.id})
REMOVE ` + entityKindLabels + `
SET e:$(row.kind)`

// Apply validates every extraction first, so that a bad one refuses the
// whole batch before anything changes. It then writes the extractions in
// batches, one transaction each, that run one statement per kind of row
// over the whole batch: each extraction is applied atomically, and a bulk
// load runs a handful of statements per thousand documents.
//
// Writers serialise on the sequence counter (:Meta {key: 'seq'}), which
// each transaction updates first and so locks until it commits: once per
// batch, not per document. That lock is what keeps the writes below correct
// without relationship indexes or MERGE:
//   - a document's evidence is deleted before its new evidence is created,
//     in the same transaction, and a batch holds each document once and
//     each relation once per document, so there is exactly one evidence
//     relationship per (relation, document);
//   - which entities and relations exist, read at the start or
//     remembered from the store's own writes (see written), stays true
//     until commit, so entities are created without MERGE and derived
//     state (mentions, degree, aliases) is updated from what is known;
//   - sequence numbers grow in commit order, so "the latest extraction
//     wins" means the same thing for every reader.
func (s *Store) Apply(ctx context.Context, xs []domain.Extraction) error {
	for _, x := range xs {
		if err := x.Validate(); err != nil {
			return fmt.Errorf("neo4j apply %s: %w", x.Document.Name, err)
		}
	}
	// A failed batch may follow committed ones: the version is read again
	// whatever the outcome.
	defer s.changed()
	w := s.written
	w.mu.Lock()
	defer w.mu.Unlock()
	for _, b := range batches(xs) {
		var o outcome
		if err := write(ctx, s, "apply "+b.name(), b.apply(ctx, w, &o)); err != nil {
			// The commit may have happened all the same.
			w.forget()
			return err
		}
		w.commit(o)
	}
	return nil
}

// RemoveDocument takes a document out with everything only it stated.
func (s *Store) RemoveDocument(ctx context.Context, id string) error {
	defer s.changed()
	w := s.written
	w.mu.Lock()
	defer w.mu.Unlock()
	var o outcome
	err := write(ctx, s, "remove document "+id, func(tx neo4j.ManagedTransaction) error {
		// Taking a sequence number takes the writers' lock (settle reads
		// and rewrites entity state, which must not interleave) and moves
		// the graph's version on (see Version).
		base, v, existing, err := begin(ctx, tx, w, 1, []string{id})
		if err != nil {
			return err
		}
		if len(existing) == 0 {
			return domain.ErrNotFound
		}
		retracted, err := retract(ctx, tx, existing)
		if err != nil {
			return err
		}
		if err := exec(ctx, tx, cypherDeleteDocument, map[string]any{"id": id}); err != nil {
			return err
		}
		o, err = (&batch{}).settle(ctx, tx, v, retracted)
		o.seq = base + 1
		return err
	})
	if err != nil {
		w.forget()
		return err
	}
	w.commit(o)
	return nil
}

// contribution is what one document says about one entity.
type contribution struct {
	kind, name, subtype, code string
	aliases                   []string
	count                     int // mentions
}

// relation is a relation a batch states, for existence checks and degrees.
type relation struct {
	id, source, target string
}

// batch is extractions of distinct documents written in one transaction.
type batch struct {
	docs     []map[string]any // with their contributions
	evidence []map[string]any
	rows     int // contribution rows over docs
	names    []string
	ids      []string                  // document IDs
	entities []string                  // in order of first mention
	added    map[string][]contribution // by entity, in document order
	mentions map[string][]string       // by entity, the documents that mention it
	rels     []relation                // each relation once, in order of first statement
	relSeen  map[string]bool
	docSeen  map[string]bool
}

func (b *batch) name() string {
	if len(b.names) == 1 {
		return b.names[0]
	}
	return fmt.Sprintf("%s … %s (%d documents)", b.names[0], b.names[len(b.names)-1], len(b.names))
}

// batches splits xs into transactions of at most about batchRows rows of
// each kind. A document seen again starts a new batch, so that its later
// extraction replaces the earlier one exactly as if each had been applied
// alone.
func batches(xs []domain.Extraction) []*batch {
	var out []*batch
	var b *batch
	for _, x := range xs {
		if b == nil || b.docSeen[x.Document.ID] ||
			len(b.evidence)+len(x.Relations) > batchRows ||
			b.rows+len(x.Entities) > batchRows ||
			len(b.entities)+len(x.Entities) > batchRows {
			b = &batch{added: map[string][]contribution{}, mentions: map[string][]string{}, relSeen: map[string]bool{}, docSeen: map[string]bool{}}
			out = append(out, b)
		}
		b.add(x)
	}
	return out
}

func (b *batch) add(x domain.Extraction) {
	doc := x.Document.ID
	b.docSeen[doc] = true
	b.ids = append(b.ids, doc)
	b.names = append(b.names, x.Document.Name)

	// An entity listed twice in one extraction is one contribution: later
	// non-empty fields win and aliases add up.
	var order []string
	index := map[string]int{} // in order
	merged := map[string]contribution{}
	for _, e := range x.Entities {
		c, seen := merged[e.ID]
		if !seen {
			index[e.ID] = len(order)
			order = append(order, e.ID)
			c.kind = string(e.Kind)
		}
		c.name = cmp.Or(e.Name, c.name)
		c.subtype = cmp.Or(e.Subtype, c.subtype)
		c.code = cmp.Or(e.Code, c.code)
		c.aliases = append(c.aliases, e.Aliases...)
		merged[e.ID] = c
	}
	// The document keeps its mentions in the extraction's order, so that
	// Document reads them with one lookup and sorts them stably, each
	// naming its entity by its index in entityIds: a list of IDs was a
	// third of a document's lists.
	n := len(x.Mentions)
	entities, texts, starts, ends := make([]int, n), make([]string, n), make([]int, n), make([]int, n)
	counts := map[string]int{}
	for i, m := range x.Mentions {
		entities[i], texts[i], starts[i], ends[i] = index[m.Entity], m.Text, m.Start, m.End
		counts[m.Entity]++
	}

	// The document keeps what it says about each entity in lists parallel
	// to entityIds, the aliases of entity i being entityAliases[
	// entityAliasStarts[i]..entityAliasStarts[i+1]]: as properties of every
	// MENTIONS they were as many values to write as all the evidence.
	k := len(order)
	kinds, names, subtypes, codes := make([]string, k), make([]string, k), make([]string, k), make([]string, k)
	aliases, aliasStarts, entityCounts := []string{}, make([]int, k+1), make([]int, k)
	for i, id := range order {
		c := merged[id]
		c.count = counts[id]
		if len(b.added[id]) == 0 {
			b.entities = append(b.entities, id)
		}
		b.added[id] = append(b.added[id], c)
		b.mentions[id] = append(b.mentions[id], doc)
		kinds[i], names[i], subtypes[i], codes[i], entityCounts[i] = c.kind, c.name, c.subtype, c.code, c.count
		aliases = append(aliases, c.aliases...)
		aliasStarts[i+1] = len(aliases)
	}
	b.rows += k

	// One relationship per relation this document states, its sentences
	// in parallel lists; a relation stated without a sentence still has
	// one, to carry its confidence and keep it alive.
	type stated struct {
		r        domain.Relation
		best     store.Provenance // the confidence and the rule that gave it
		evidence []domain.Evidence
	}
	var rels []string
	byRel := map[string]*stated{}
	for _, r := range x.Relations {
		st := byRel[r.ID]
		if st == nil {
			st = &stated{r: r}
			byRel[r.ID] = st
			rels = append(rels, r.ID)
		}
		if p := (store.Provenance{Confidence: r.Confidence, Rule: r.Rule, Document: doc}); p.Outranks(st.best) {
			st.best = p
		}
		st.evidence = append(st.evidence, r.Evidence...)
	}
	// The document lists the ends of its evidence, each pair once, by
	// their indexes in entityIds: its evidence is then what joins those
	// pairs and names it.
	sources, targets := []int{}, []int{}
	pairs := map[[2]string]bool{}
	for _, id := range rels {
		st := byRel[id]
		if !b.relSeen[id] {
			b.relSeen[id] = true
			b.rels = append(b.rels, relation{id, st.r.Source, st.r.Target})
		}
		if pair := [2]string{st.r.Source, st.r.Target}; !pairs[pair] {
			pairs[pair] = true
			sources, targets = append(sources, index[pair[0]]), append(targets, index[pair[1]])
		}
		row := map[string]any{
			"type": string(st.r.Type), "source": st.r.Source, "target": st.r.Target,
			"relId": id, "doc": doc, "confidence": st.best.Confidence, "rule": orNil(st.best.Rule),
		}
		if k := len(st.evidence); k > 0 {
			texts, starts, ends, years, rules := make([]string, k), make([]int, k), make([]int, k), make([]int, k), make([]string, k)
			named := false
			for i, ev := range st.evidence {
				texts[i], starts[i], ends[i], years[i], rules[i] = ev.Text, ev.Start, ev.End, ev.Year, ev.Rule
				named = named || ev.Rule != ""
			}
			row["texts"], row["starts"], row["ends"], row["years"] = texts, starts, ends, years
			// The sentences' rules, "" where none, are stored only when
			// some sentence has one, as other empty values are not.
			if named {
				row["rules"] = rules
			}
			addDates(row, st.evidence)
		}
		b.evidence = append(b.evidence, row)
	}

	b.docs = append(b.docs, map[string]any{
		"id": doc, "name": x.Document.Name, "text": x.Document.Text, "hash": x.Document.Hash,
		"size": len([]rune(x.Document.Text)), "i": len(b.docs),
		"mentionIndexes": entities, "mentionTexts": texts, "mentionStarts": starts, "mentionEnds": ends,
		"evidenceFrom": sources, "evidenceTo": targets,
		"entityIds": orEmpty(order), "entityKinds": kinds, "entityNames": names, "entitySubtypes": subtypes,
		"entityCodes": codes, "entityAliases": aliases, "entityAliasStarts": aliasStarts, "entityCounts": entityCounts,
		"date": orNil(x.Document.Date.String()),
	})
}

// begin runs cypherBegin for a write of n documents, ids those of them
// that may exist, and returns the counter before it, what the batch may
// take as known (see written) and which of ids exist.
func begin(ctx context.Context, tx neo4j.ManagedTransaction, w *written, n int, ids []string) (int64, view, []string, error) {
	recs, err := collect(ctx, tx, cypherBegin, map[string]any{"model": model, "n": n, "ids": ids, "writer": w.token})
	if err != nil {
		return 0, view{}, nil, err
	}
	base := int64(asInt(recs[0].Values[0]))
	populated, _ := recs[0].Values[3].(bool)
	v, _ := w.trusted(base, asString(recs[0].Values[2]), populated)
	return base, v, asStrings(recs[0].Values[1]), nil
}

// apply returns the transaction work that writes the batch, leaving in o
// what it changed. It keeps no state between attempts, as the driver may
// run it again after a failure, and only reads w, which the caller updates
// once the batch is committed.
func (b *batch) apply(ctx context.Context, w *written, o *outcome) func(tx neo4j.ManagedTransaction) error {
	return func(tx neo4j.ManagedTransaction) error {
		base, v, existing, err := begin(ctx, tx, w, len(b.docs), b.ids)
		if err != nil {
			return err
		}
		retracted, err := retract(ctx, tx, existing)
		if err != nil {
			return err
		}
		// Entities first, so that the documents' mentions and the
		// evidence find both their ends.
		if *o, err = b.settle(ctx, tx, v, retracted); err != nil {
			return err
		}
		o.seq = base + int64(len(b.docs))
		for chunk := range chunks(b.docs, func(d map[string]any) int { return len(d["entityIds"].([]string)) }) {
			if err := exec(ctx, tx, cypherWriteDocuments, map[string]any{"rows": chunk, "base": base}); err != nil {
				return err
			}
		}
		for chunk := range slices.Chunk(b.mentionRows(), batchRows) {
			if err := exec(ctx, tx, cypherAddDocuments, map[string]any{"rows": chunk}); err != nil {
				return err
			}
		}
		for chunk := range slices.Chunk(b.evidence, batchRows) {
			if err := exec(ctx, tx, cypherCreateEvidence, map[string]any{"rows": chunk}); err != nil {
				return err
			}
		}
		return nil
	}
}

// mentionRows are the rows of cypherAddDocuments: each entity the batch
// mentions, with the batch's documents that mention it.
func (b *batch) mentionRows() []map[string]any {
	rows := make([]map[string]any, len(b.entities))
	for i, id := range b.entities {
		rows[i] = map[string]any{"id": id, "docs": b.mentions[id]}
	}
	return rows
}

// retract deletes what the documents said before and returns the entities
// they mentioned.
func retract(ctx context.Context, tx neo4j.ManagedTransaction, docIDs []string) (map[string]bool, error) {
	touched := map[string]bool{}
	if len(docIDs) == 0 {
		return touched, nil
	}
	recs, err := collect(ctx, tx, cypherRetract, map[string]any{"ids": docIDs})
	if err != nil {
		return nil, err
	}
	for _, rec := range recs {
		touched[asString(rec.Values[0])] = true
	}
	return touched, nil
}

// entity is the derived state of an entity, the properties settle writes.
type entity struct {
	kind, name, subtype, code string
	allAliases                []string // sorted, the name included if some document calls it an alias
	mentions, degree          int
}

// merge folds in a contribution later than all merged so far.
func (e *entity) merge(c contribution) {
	e.kind = c.kind
	e.name = cmp.Or(c.name, e.name)
	e.subtype = cmp.Or(c.subtype, e.subtype)
	e.code = cmp.Or(c.code, e.code)
	e.mentions += c.count
	// A hub's aliases are mostly known already: sorting a copy of them
	// for each of its mentions was a tenth of a bulk import's CSV time.
	if !containsAll(e.allAliases, c.aliases) {
		e.allAliases = slices.Compact(slices.Sorted(slices.Values(append(slices.Clone(e.allAliases), c.aliases...))))
	}
}

// containsAll reports whether the sorted list holds every one of xs.
func containsAll(sorted, xs []string) bool {
	for _, x := range xs {
		if _, found := slices.BinarySearch(sorted, x); !found {
			return false
		}
	}
	return true
}

// props is e as node properties; nil removes one.
func (e *entity) props() map[string]any {
	var aliases []string
	forms := []string{domain.Fold(e.name)}
	for _, a := range e.allAliases {
		if a != e.name {
			aliases = append(aliases, a)
			forms = append(forms, domain.Fold(a))
		}
	}
	return map[string]any{
		"kind": e.kind, "name": e.name, "subtype": orNil(e.subtype), "code": orNil(e.code),
		"allAliases": orNil(e.allAliases), "aliases": orNil(aliases), "forms": forms,
		"mentions": e.mentions, "degree": e.degree,
	}
}

// settle brings every entity the transaction touches to its new state, in
// one statement per kind of change, before the batch's mentions and
// evidence are written: it creates the batch's new entities, updates those
// that gain, and recomputes those that lost a document's say (retracted)
// from all their remaining documents and relations, deleting those no
// document mentions any more. Entities that only gain are merged with what
// the batch adds, which keeps a bulk load from rereading every hub's
// history in each batch; their state, and which of the batch's relations
// are stated already, come from v when it knows them and from the graph
// otherwise. It returns what changed, for the store to remember.
func (b *batch) settle(ctx context.Context, tx neo4j.ManagedTransaction, v view, retracted map[string]bool) (outcome, error) {
	type state struct {
		e      entity
		stored string         // kind as stored
		before map[string]any // props as stored; nil: write them all
	}
	states := map[string]*state{}
	o := outcome{view: v, entities: map[string]entity{}, retracted: len(retracted) > 0}

	full := slices.Sorted(maps.Keys(retracted))
	for chunk := range slices.Chunk(full, batchRows) {
		recs, err := collect(ctx, tx, cypherContributions, map[string]any{"ids": chunk})
		if err != nil {
			return o, err
		}
		for _, rec := range recs {
			st := &state{stored: asString(rec.Values[1]), e: entity{degree: asInt(rec.Values[3])}}
			cs, _ := rec.Values[2].([]any)
			for _, c := range cs {
				m := asMap(c)
				st.e.merge(contribution{
					kind: asString(m["kind"]), name: asString(m["name"]), subtype: asString(m["subtype"]),
					code: asString(m["code"]), aliases: asStrings(m["aliases"]), count: asInt(m["count"]),
				})
			}
			states[asString(rec.Values[0])] = st
		}
	}

	var incremental, unknown []string
	for _, id := range b.entities {
		if retracted[id] {
			continue
		}
		incremental = append(incremental, id)
		if e, ok := v.entities[id]; ok {
			states[id] = &state{stored: e.kind, e: e, before: e.props()}
		} else if !v.allEntities {
			unknown = append(unknown, id)
		}
	}
	for chunk := range slices.Chunk(unknown, batchRows) {
		recs, err := collect(ctx, tx, cypherEntityStates, map[string]any{"ids": chunk})
		if err != nil {
			return o, err
		}
		for _, rec := range recs {
			m := asMap(rec.Values[1])
			st := &state{stored: asString(m["kind"]), e: entity{
				kind: asString(m["kind"]), name: asString(m["name"]), subtype: asString(m["subtype"]),
				code: asString(m["code"]), allAliases: asStrings(m["allAliases"]),
				mentions: asInt(m["mentions"]), degree: asInt(m["degree"]),
			}}
			st.before = st.e.props()
			states[asString(rec.Values[0])] = st
		}
	}

	// A relation is new when no evidence states it yet; only one between
	// two entities that existed before the batch can have some. What v
	// knows was true before the batch retracted anything.
	known := map[string]bool{}
	var candidates []map[string]any
	for _, r := range b.rels {
		if states[r.source] == nil || states[r.target] == nil {
			continue
		}
		switch {
		case o.retracted:
		case v.relations[r.id]:
			known[r.id] = true
			continue
		case v.allRelations:
			continue
		}
		candidates = append(candidates, map[string]any{"relId": r.id, "source": r.source, "target": r.target})
	}
	for chunk := range slices.Chunk(candidates, batchRows) {
		recs, err := collect(ctx, tx, cypherKnownRelations, map[string]any{"rows": chunk})
		if err != nil {
			return o, err
		}
		for _, rec := range recs {
			known[asString(rec.Values[0])] = true
		}
	}
	gained := map[string]int{}
	for _, r := range b.rels {
		o.relations = append(o.relations, r.id)
		if !known[r.id] {
			gained[r.source]++
			if r.target != r.source {
				gained[r.target]++
			}
		}
	}

	var created, updated, relabelled []map[string]any
	for _, id := range full {
		if st := states[id]; st != nil && st.e.kind == "" && len(b.added[id]) == 0 {
			o.gone = append(o.gone, id) // no document mentions it any more
		}
	}
	for _, id := range append(full, incremental...) {
		st := states[id]
		if st == nil {
			st = &state{} // new
		} else if st.e.kind == "" && len(b.added[id]) == 0 {
			continue // gone
		}
		st.e.degree += gained[id]
		for _, c := range b.added[id] {
			st.e.merge(c)
		}
		o.entities[id] = st.e
		props := st.e.props()
		switch {
		case st.stored == "":
			props["id"] = id
			created = append(created, map[string]any{"props": props})
			continue
		case st.before != nil:
			// Only what changed is written: rewriting an unchanged name
			// would still cost an update of every index on it.
			for k, v := range props {
				if reflect.DeepEqual(v, st.before[k]) {
					delete(props, k)
				}
			}
		}
		if len(props) > 0 {
			updated = append(updated, map[string]any{"id": id, "props": props})
		}
		if st.e.kind != st.stored {
			relabelled = append(relabelled, map[string]any{"id": id, "kind": st.e.kind})
		}
	}

	for _, step := range []struct {
		query string
		rows  []map[string]any
	}{{cypherCreateEntities, created}, {cypherUpdateEntities, updated}, {cypherRelabelEntities, relabelled}} {
		for chunk := range slices.Chunk(step.rows, batchRows) {
			if err := exec(ctx, tx, step.query, map[string]any{"rows": chunk}); err != nil {
				return o, err
			}
		}
	}
	for chunk := range slices.Chunk(o.gone, batchRows) {
		if err := exec(ctx, tx, cypherDeleteEntities, map[string]any{"ids": chunk}); err != nil {
			return o, err
		}
	}
	return o, nil
}

// chunks splits rows into runs whose sizes (by size) add up to at most
// batchRows, each run holding at least one row.
func chunks(rows []map[string]any, size func(map[string]any) int) func(yield func([]map[string]any) bool) {
	return func(yield func([]map[string]any) bool) {
		start, n := 0, 0
		for i, r := range rows {
			k := size(r)
			if i > start && n+k > batchRows {
				if !yield(rows[start:i]) {
					return
				}
				start, n = i, 0
			}
			n += k
		}
		if start < len(rows) {
			yield(rows[start:])
		}
	}
}

// orNil turns an empty value into nil, so that it is not stored.
func orNil[T string | []string](v T) any {
	if len(v) == 0 {
		return nil
	}
	return v
}

// orEmpty turns nil into an empty list, which is stored: a document always
// lists its entities, if only to say there are none, which is how the
// migrations tell it from one an earlier model wrote.
func orEmpty(v []string) []string {
	if v == nil {
		return []string{}
	}
	return v
}
