// The peer of bench/peerbench: the Neo4j GraphQL Library serving, read-only,
// the graph Diplograph writes to Neo4j (store/neo4jstore/store.go documents
// it), on Apollo Server's standalone HTTP server.
//
//   NEO4J_URI=bolt://127.0.0.1:7687 PORT=4000 node bench/peer/server.mjs
//
// Everything is left at the defaults a user gets from the Library's and
// Apollo's getting-started guides; the only settings made are the ones the
// benchmark needs: no auth (the bench Neo4j has none), no mutations (the
// comparison is read-only) and listening on 127.0.0.1 only.
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { Neo4jGraphQL } from "@neo4j/graphql";
import neo4j from "neo4j-driver";

// Each relation type of Diplograph's ontology becomes one field per
// direction, as the Library maps a relationship: [type, outgoing, incoming].
// bench/peerbench/main.go keeps the same table to build its query.
const relationFields = [
  ["MEMBER_OF", "memberOf", "members"],
  ["PARTICIPATES_IN", "participatesIn", "participants"],
  ["SUPPORTS", "supports", "supporters"],
  ["OPPOSES", "opposes", "opponents"],
  ["PARTY_TO", "partyTo", "parties"],
  ["AUTHORED", "authored", "authors"],
  ["COOPERATES_WITH", "cooperatesWith", "cooperatedWithBy"],
  ["IN_TENSION_WITH", "inTensionWith", "inTensionWithBy"],
  ["ADDRESSES", "addresses", "addressedBy"],
  ["ENGAGES_ON", "engagesOn", "engagedOnBy"],
  ["PART_OF", "partOf", "parts"],
  ["AFFILIATED_WITH", "affiliatedWith", "affiliates"],
  ["REFERENCES", "references", "referencedBy"],
];

const relationshipFields = relationFields
  .flatMap(([type, out, inc]) => [
    `  ${out}: [Entity!]! @relationship(type: "${type}", direction: OUT, properties: "Evidence")`,
    `  ${inc}: [Entity!]! @relationship(type: "${type}", direction: IN, properties: "Evidence")`,
  ])
  .join("\n");

// The full-text index is the one Diplograph creates (entity_names, on name
// and aliases); the Library only accepts String fields in @fulltext, and
// only uses the index name to query, so aliases is left out of "fields".
const typeDefs = /* GraphQL */ `
extend schema @mutation(operations: [])

"""An entity: (:Entity:Actor|Forum|Treaty|Issue)."""
type Entity @node(labels: ["Entity"])
  @fulltext(indexes: [{ indexName: "entity_names", queryName: "searchEntities", fields: ["name"] }]) {
  id: ID!
  kind: String!
  subtype: String!
  name: String!
  aliases: [String!]!
  code: String
  documents: [String!]!
  mentions: Int!
  degree: Int!
  forms: [String!]!
${relationshipFields}
}

"""One sentence of one document stating a relation; a relation is the set sharing a relId."""
type Evidence @relationshipProperties {
  relId: String!
  doc: String!
  key: String!
  confidence: Float!
  text: String
  start: Int
  end: Int
  year: Int
}

type Document @node(labels: ["Document"]) {
  id: ID!
  name: String!
  text: String!
  hash: String!
  size: Int!
  seq: Int!
}
`;

async function main() {
  const uri = process.env.NEO4J_URI;
  if (!uri) {
    throw new Error("NEO4J_URI is not set (bolt://host:port of a Neo4j without auth)");
  }
  const port = Number(process.env.PORT || 4000);
  // Default driver settings, like Diplograph's own driver (pool of 100).
  // package.json pins neo4j-driver 6, what npm installs today: 5.x leaves
  // Nagle's algorithm on, which stalls every Bolt message over 1,400 bytes
  // (the node query's Cypher is about 4 KB) for a delayed ACK, ~40 ms.
  const driver = neo4j.driver(uri);
  await driver.verifyConnectivity();
  const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
  const server = new ApolloServer({ schema });
  const { url } = await startStandaloneServer(server, { listen: { host: "127.0.0.1", port } });
  console.log(`peer serving ${url} from ${uri}`);

  // The bench stops the peer with SIGINT/SIGTERM: drain, then close the pool.
  const stop = async () => {
    await server.stop();
    await driver.close();
    process.exit(0);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main().catch((err) => {
  console.error("peer:", err);
  process.exit(1);
});
