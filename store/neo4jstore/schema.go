package neo4jstore

import (
	"context"
	"fmt"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/diplograph/diplograph/domain"
)

// fulltextIndex is the index Search asks for candidates by word.
const fulltextIndex = "entity_names"

// schema lists the constraints and indexes, all idempotent, and last waits
// for the indexes so that the first search finds them online. Labels and
// relationship types come from the domain's closed enums, never from data.
//
// Evidence relationships have no index: writes and reads reach them from
// their end nodes, found through entity_id, and a document keeps the ends
// of its evidence (evidenceFrom, evidenceTo, indexes into entityIds) so
// that replacing or listing it needs no search by property.
var schema = []string{
	"CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE",
	"CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE",
	"CREATE CONSTRAINT meta_key IF NOT EXISTS FOR (m:Meta) REQUIRE m.key IS UNIQUE",
	// Saved lenses, found by ID (see lens.go); the constraint also keeps two
	// concurrent saves of one view from making two nodes.
	"CREATE CONSTRAINT lens_id IF NOT EXISTS FOR (l:Lens) REQUIRE l.id IS UNIQUE",
	// No index on name or degree: listings take their top k in one pass
	// over the entities anyway, and degree changes with every load.
	"CREATE INDEX entity_kind IF NOT EXISTS FOR (e:Entity) ON (e.kind)",
	"CREATE FULLTEXT INDEX " + fulltextIndex + " IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliases]" +
		" OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}}",
}

// legacyIndexes are the names of the per-type evidence constraints and
// indexes of the earlier model (one relationship per sentence, keyed), which
// ensureSchema drops: every evidence write paid for two of them.
var legacyIndexes = func() []string {
	var out []string
	for _, t := range domain.RelationTypes {
		name := strings.ToLower(string(t))
		out = append(out, "evidence_key_"+name, "evidence_rel_"+name)
	}
	return out
}()

// ensureSchema runs each schema statement in its own transaction, as Neo4j
// requires for schema changes, drops what the earlier model left, and
// converts a graph the earlier model wrote.
func (s *Store) ensureSchema(ctx context.Context) error {
	sess := s.session(ctx, neo4j.AccessModeWrite)
	defer sess.Close(ctx)
	run := func(stmt string, params map[string]any) ([]*neo4j.Record, error) {
		res, err := sess.Run(ctx, stmt, params)
		if err != nil {
			return nil, wrap("schema", fmt.Errorf("%s: %w", stmt, err))
		}
		recs, err := res.Collect(ctx)
		if err != nil {
			return nil, wrap("schema", fmt.Errorf("%s: %w", stmt, err))
		}
		return recs, nil
	}
	for _, stmt := range schema {
		if _, err := run(stmt, nil); err != nil {
			return err
		}
	}
	if err := s.migrate(ctx, sess); err != nil {
		return err
	}
	recs, err := run("SHOW CONSTRAINTS YIELD name WHERE name IN $names RETURN name", map[string]any{"names": legacyIndexes})
	if err != nil {
		return err
	}
	for _, rec := range recs {
		if _, err := run("DROP CONSTRAINT "+asString(rec.Values[0])+" IF EXISTS", nil); err != nil {
			return err
		}
	}
	recs, err = run("SHOW INDEXES YIELD name WHERE name IN $names RETURN name", map[string]any{"names": legacyIndexes})
	if err != nil {
		return err
	}
	for _, rec := range recs {
		if _, err := run("DROP INDEX "+asString(rec.Values[0])+" IF EXISTS", nil); err != nil {
			return err
		}
	}
	_, err = run("CALL db.awaitIndexes(120)", nil)
	return err
}

// model is the version of the graph model, kept on the sequence counter:
// 2 is one evidence relationship per relation and document, 3 keeps what a
// document says about each entity on the document rather than on its
// MENTIONS, and 4 lists an entity's documents on the entity in place of
// the MENTIONS, a document naming the entities of its mentions and of its
// evidence's ends by their indexes in its entityIds. A counter without it was written by the first model, one
// relationship per sentence.
const model = 4

// cypherMigrate rewrites, in transactions of a hundred documents, each
// document's sentence relationships into one evidence relationship per
// relation, and records the ends of its evidence on the document. The old
// ones are found from the entities the document mentions, as the ends of a
// document's evidence always are.
const cypherMigrate = `
MATCH (d:Document) WHERE d.evidenceSources IS NULL
CALL (d) {
  OPTIONAL CALL (d) {
    MATCH (d)-[:MENTIONS]->(a:Entity)-[r]->(b:Entity)
    WHERE r.doc = d.id AND r.key IS NOT NULL
    WITH a, b, r ORDER BY r.key
    WITH a, b, type(r) AS type, r.relId AS relId, collect(r) AS rs
    WITH a, b, type, relId, rs, [r IN rs WHERE r.start IS NOT NULL] AS ss
    CREATE (a)-[n:$(type)]->(b)
    SET n.relId = relId, n.doc = d.id,
      n.confidence = reduce(c = 0.0, r IN rs | CASE WHEN r.confidence > c THEN r.confidence ELSE c END),
      n.texts = CASE WHEN size(ss) > 0 THEN [r IN ss | r.text] END,
      n.starts = CASE WHEN size(ss) > 0 THEN [r IN ss | r.start] END,
      n.ends = CASE WHEN size(ss) > 0 THEN [r IN ss | r.end] END,
      n.years = CASE WHEN size(ss) > 0 THEN [r IN ss | coalesce(r.year, 0)] END
    FOREACH (r IN rs | DELETE r)
    RETURN DISTINCT a.id AS source, b.id AS target
  }
  WITH d, collect(source) AS sources, collect(target) AS targets
  SET d.evidenceSources = [s IN sources WHERE s IS NOT NULL], d.evidenceTargets = [t IN targets WHERE t IS NOT NULL]
} IN TRANSACTIONS OF 100 ROWS`

// cypherMigrateMentions moves, in transactions of a hundred documents,
// what each document's MENTIONS say about the entities it mentions into
// the document's lists (see batch.add), and empties the MENTIONS.
const cypherMigrateMentions = `
MATCH (d:Document) WHERE d.entityIds IS NULL
CALL (d) {
  OPTIONAL CALL (d) {
    MATCH (d)-[m:MENTIONS]->(e:Entity)
    RETURN e.id AS id, coalesce(m.kind, e.kind) AS kind, coalesce(m.name, '') AS name,
      coalesce(m.subtype, '') AS subtype, coalesce(m.code, '') AS code, coalesce(m.aliases, []) AS aliases,
      coalesce(m.count, 0) AS count, m
  }
  WITH d, collect(id) AS ids, collect(kind) AS kinds, collect(name) AS names, collect(subtype) AS subtypes,
    collect(code) AS codes, collect(aliases) AS aliasLists, collect(count) AS counts, collect(m) AS ms
  SET d.entityIds = ids, d.entityKinds = kinds, d.entityNames = names, d.entitySubtypes = subtypes,
    d.entityCodes = codes, d.entityCounts = counts,
    d.entityAliases = reduce(all = [], l IN aliasLists | all + l),
    d.entityAliasStarts = reduce(starts = [0], l IN aliasLists | starts + [starts[-1] + size(l)])
  FOREACH (m IN ms | SET m = {})
} IN TRANSACTIONS OF 100 ROWS`

// cypherMigrateDocuments lists on each entity, in transactions of a
// thousand entities, the documents its MENTIONS come from, in load order.
const cypherMigrateDocuments = `
MATCH (e:Entity) WHERE e.documents IS NULL
CALL (e) {
  SET e.documents = COLLECT { MATCH (d:Document)-[:MENTIONS]->(e) RETURN d.id ORDER BY d.seq }
} IN TRANSACTIONS OF 1000 ROWS`

// cypherMigrateIndexes names the entities of each document's mentions and
// of its evidence's ends by their indexes in its entityIds, in
// transactions of a hundred documents.
const cypherMigrateIndexes = `
MATCH (d:Document) WHERE d.evidenceFrom IS NULL
CALL (d) {
  WITH d, d.entityIds AS ids
  SET d.mentionIndexes = [m IN coalesce(d.mentionEntities, []) | [i IN range(0, size(ids) - 1) WHERE ids[i] = m][0]],
    d.evidenceFrom = [s IN coalesce(d.evidenceSources, []) | [i IN range(0, size(ids) - 1) WHERE ids[i] = s][0]],
    d.evidenceTo = [t IN coalesce(d.evidenceTargets, []) | [i IN range(0, size(ids) - 1) WHERE ids[i] = t][0]]
  REMOVE d.mentionEntities, d.evidenceSources, d.evidenceTargets
} IN TRANSACTIONS OF 100 ROWS`

// cypherDropMentions deletes the MENTIONS, in transactions of ten
// thousand.
const cypherDropMentions = `
MATCH (:Document)-[m:MENTIONS]->(:Entity)
CALL (m) { DELETE m } IN TRANSACTIONS OF 10000 ROWS`

// migrate converts a graph an earlier model wrote, once: later opens find
// the counter marked with the current model and skip it.
func (s *Store) migrate(ctx context.Context, sess neo4j.SessionWithContext) error {
	res, err := sess.Run(ctx, "MATCH (m:Meta {key: 'seq'}) RETURN m.model", nil)
	if err != nil {
		return wrap("migrate", err)
	}
	recs, err := res.Collect(ctx)
	if err != nil {
		return wrap("migrate", err)
	}
	if len(recs) == 0 {
		return nil // a new graph
	}
	var steps []string
	switch from, known := recs[0].Values[0].(int64); {
	case !known:
		steps = append(steps, cypherMigrate, cypherMigrateMentions, cypherMigrateDocuments, cypherDropMentions, cypherMigrateIndexes)
	case from < 3:
		steps = append(steps, cypherMigrateMentions, cypherMigrateDocuments, cypherDropMentions, cypherMigrateIndexes)
	case from < 4:
		steps = append(steps, cypherMigrateDocuments, cypherDropMentions, cypherMigrateIndexes)
	default:
		return nil
	}
	for _, stmt := range append(steps, "MATCH (m:Meta {key: 'seq'}) SET m.model = $model") {
		res, err := sess.Run(ctx, stmt, map[string]any{"model": model})
		if err == nil {
			_, err = res.Consume(ctx)
		}
		if err != nil {
			return wrap("migrate", err)
		}
	}
	return nil
}

// evidenceOfDocument is a pattern binding r, a and b to every evidence
// relationship of the document whose ID is docExpr, from a to b: the
// document lists the ends of its evidence, so each is one index seek per
// end and a walk between the two.
func evidenceOfDocument(docExpr string) string {
	return "MATCH (d:Document {id: " + docExpr + "})" +
		" UNWIND range(0, coalesce(size(d.evidenceFrom), 0) - 1) AS i" +
		" MATCH (a:Entity {id: d.entityIds[d.evidenceFrom[i]]})-[r]->(b:Entity {id: d.entityIds[d.evidenceTo[i]]})" +
		" WHERE r.doc = d.id"
}

// entityKindLabels is the REMOVE list that clears an entity's kind label
// before its new kind's label is set.
var entityKindLabels = func() string {
	var b strings.Builder
	b.WriteString("e")
	for _, k := range domain.EntityKinds {
		b.WriteString(":" + string(k))
	}
	return b.String()
}()
