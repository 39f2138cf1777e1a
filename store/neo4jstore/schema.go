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

// keySep joins the parts of an evidence key: document, relation, sentence.
// A document's keys share the prefix document+keySep, which the key's
// uniqueness index answers as a range.
const keySep = "\x1f"

// schema lists the constraints and indexes, all idempotent, and last waits
// for the indexes so that the first search finds them online. Labels and
// relationship types come from the domain's closed enums, never from data.
var schema = func() []string {
	stmts := []string{
		"CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE",
		"CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE",
		"CREATE CONSTRAINT meta_key IF NOT EXISTS FOR (m:Meta) REQUIRE m.key IS UNIQUE",
		// No index on name or degree: listings take their top k in one pass
		// over the entities anyway, and degree changes with every load.
		"CREATE INDEX entity_kind IF NOT EXISTS FOR (e:Entity) ON (e.kind)",
		"CREATE FULLTEXT INDEX " + fulltextIndex + " IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliases]" +
			" OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}}",
	}
	for _, t := range domain.RelationTypes {
		name := strings.ToLower(string(t))
		stmts = append(stmts,
			fmt.Sprintf("CREATE CONSTRAINT evidence_key_%s IF NOT EXISTS FOR ()-[r:%s]-() REQUIRE r.key IS UNIQUE", name, t),
			fmt.Sprintf("CREATE INDEX evidence_rel_%s IF NOT EXISTS FOR ()-[r:%s]-() ON (r.relId)", name, t))
	}
	return append(stmts, "CALL db.awaitIndexes(120)")
}()

// ensureSchema runs each schema statement in its own transaction, as Neo4j
// requires for schema changes.
func (s *Store) ensureSchema(ctx context.Context) error {
	sess := s.session(ctx, neo4j.AccessModeWrite)
	defer sess.Close(ctx)
	for _, stmt := range schema {
		res, err := sess.Run(ctx, stmt, nil)
		if err == nil {
			_, err = res.Consume(ctx)
		}
		if err != nil {
			return wrap("schema", fmt.Errorf("%s: %w", stmt, err))
		}
	}
	return nil
}

// evidenceOf is a subquery yielding r, every evidence relationship of the
// document whose ID is docExpr and whose key prefix is prefixExpr: one index
// seek per relation type instead of a scan of all relationships.
func evidenceOf(docExpr, prefixExpr string) string {
	parts := make([]string, len(domain.RelationTypes))
	for i, t := range domain.RelationTypes {
		parts[i] = fmt.Sprintf("MATCH ()-[r:%s]->() WHERE r.key STARTS WITH %s AND r.doc = %s RETURN r", t, prefixExpr, docExpr)
	}
	return strings.Join(parts, " UNION ALL ")
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

// existingOfType, per relation type, returns which of the relation IDs $ids
// some evidence already states, through the type's relId index.
var existingOfType = func() map[domain.RelationType]string {
	out := map[domain.RelationType]string{}
	for _, t := range domain.RelationTypes {
		out[t] = fmt.Sprintf("UNWIND $ids AS id MATCH ()-[r:%s]->() WHERE r.relId = id RETURN DISTINCT id", t)
	}
	return out
}()
