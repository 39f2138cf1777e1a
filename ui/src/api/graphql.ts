import type {
  Api,
  DocumentRef,
  DocumentText,
  EntityDetail,
  GraphNode,
  Lens,
  LensApi,
  LensInput,
  LoadReport,
  PathResult,
  RelationDetail,
  RelationType,
  SearchHit,
  AlignmentSummary,
  CurationApi,
  StanceApi,
  StanceMatrix,
  Subgraph,
} from "./types";
import { titleOf } from "./titles";

// Fragments keep every query asking for exactly what its consumer reads, so
// a large overview does not drag evidence sentences along.
const DRAW_NODE = `fragment DrawNode on Entity {
  id kind subtype name aliases degree
  centrality { pageRank community }
  documents { id }
}`;
const DRAW_EDGE = `fragment DrawEdge on Relation { id type confidence from until source { id } target { id } }`;
const RELATION_DETAIL = `fragment RelationDetail on Relation {
  id type confidence rule
  source { id name kind }
  target { id name kind }
  evidence { text start end year rule document { id name } }
}`;
// A lens as the explorer shows it: its view to restore, whether the graph
// has changed since and how, and its citations (the first 1,000 listed;
// the copyable text and BibTeX hold them all).
const LENS_FIELDS = `fragment LensFields on Lens {
  id title createdAt graphHash currentGraphHash stale relationCount savedRelationCount
  view { focus depth selected kinds subtypes relationTypes document minDegree minConfidence asOf from to undated mode }
  changes { addedCount removedCount added { id type source { name } target { name } } removed { id type source target sourceName targetName } }
  citationCount citations(first: 1000) { key sentence documentName date relationType source target text bibtex }
  citationsText citationsBibtex
}`;
const SUBGRAPH = `truncated nodes { ...DrawNode } edges { ...DrawEdge }`;

const QUERIES = {
  overview: `query Overview($limit: Int!) { subgraph(limit: $limit) { ${SUBGRAPH} } } ${DRAW_NODE} ${DRAW_EDGE}`,
  neighbourhood: `query Neighbourhood($id: ID!, $depth: Int!, $limit: Int!) {
    neighbourhood(id: $id, depth: $depth, limit: $limit) { ${SUBGRAPH} } } ${DRAW_NODE} ${DRAW_EDGE}`,
  search: `query Search($text: String!, $first: Int!) {
    search(text: $text, first: $first) { score entity { id name kind subtype aliases } } }`,
  entity: `query Entity($id: ID!) { node(id: $id) { id ... on Entity {
    kind subtype name aliases degree mentionCount
    centrality { pageRank betweenness community }
    documents { id name }
    relations(first: 200) { ...RelationDetail }
  } ... on Actor { isoCode } } } ${RELATION_DETAIL}`,
  path: `query Path($from: ID!, $to: ID!, $types: [RelationType!]) {
    shortestPath(from: $from, to: $to, relationTypes: $types) {
      length nodes { ...DrawNode } edges { ...RelationDetail } } } ${DRAW_NODE} ${RELATION_DETAIL}`,
  document: `query Document($id: ID!) { document(id: $id) {
    id name text mentions { start end entity { id name kind } } } }`,
  documents: `query Documents { documents { id name text } }`,
  ingest: `mutation Ingest($name: String!, $text: String!) {
    ingestDocument(name: $name, text: $text) { document { id name } entityCount relationCount } }`,
  stances: `query Stances($maxActors: Int!, $maxTargets: Int!) { stances(maxActors: $maxActors, maxTargets: $maxTargets) {
    actors { id name } targets { id name kind }
    cells { actor { id } target { id } evidenceCount stances { type evidenceCount evidence { text document { id name } } } } } }`,
  alignedWith: `query AlignedWith($id: ID!, $first: Int!, $furthest: Boolean!) {
    alignedWith(id: $id, first: $first, furthest: $furthest) {
      b { id name } score common targets { target { id name } agreement } } }`,
  reject: `mutation Reject($id: ID!, $reason: String!) { rejectRelation(id: $id, reason: $reason) { id } }`,
  merge: `mutation Merge($into: ID!, $from: ID!, $reason: String!) { mergeEntities(into: $into, from: $from, reason: $reason) { id } }`,
  add: `mutation Add($type: RelationType!, $source: ID!, $target: ID!, $document: ID!, $evidence: String!, $reason: String!) {
    addRelation(type: $type, source: $source, target: $target, document: $document, evidence: $evidence, reason: $reason) { id } }`,
  saveLens: `mutation SaveLens($input: LensInput!) { saveLens(input: $input) { ...LensFields } } ${LENS_FIELDS}`,
  lens: `query Lens($id: ID!) { lens(id: $id) { ...LensFields } } ${LENS_FIELDS}`,
  relation: `query Relation($node: ID!) {
    relations(filter: { node: $node }, first: 200) { edges { node { ...RelationDetail } } } } ${RELATION_DETAIL}`,
};

interface WireNode {
  id: string;
  kind: GraphNode["kind"];
  subtype: string;
  name: string;
  aliases: string[];
  degree: number;
  // Null while a large graph's figures are first computed (see the API's
  // Centrality.status); the explorer then draws every node at rest size.
  centrality: { pageRank: number | null; community: number | null };
  documents: { id: string }[];
}
interface WireEdge {
  id: string;
  type: RelationType;
  confidence: number;
  source: { id: string };
  target: { id: string };
  from: string | null;
  until: string | null;
}
interface WireSubgraph {
  truncated: boolean;
  nodes: WireNode[];
  edges: WireEdge[];
}

export class GraphQLError extends Error {}

export class GraphQLApi implements Api, StanceApi, CurationApi, LensApi {
  constructor(private readonly endpoint: string) {}

  private async request<T>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
    const headers: Record<string, string> = { "Content-Type": "application/json", Accept: "application/json" };
    if (token) headers.Authorization = `Bearer ${token}`;
    const response = await fetch(this.endpoint, {
      method: "POST",
      headers,
      body: JSON.stringify({ query, variables }),
    });
    let body: { data?: T; errors?: { message: string }[] };
    try {
      body = await response.json();
    } catch {
      throw new GraphQLError(`The server answered ${response.status} ${response.statusText} without JSON.`);
    }
    if (body.errors?.length) throw new GraphQLError(body.errors.map((e) => e.message).join("; "));
    if (!response.ok || !body.data) throw new GraphQLError(`The server answered ${response.status}.`);
    return body.data;
  }

  async overview(limit: number): Promise<Subgraph> {
    const data = await this.request<{ subgraph: WireSubgraph }>(QUERIES.overview, { limit });
    return toSubgraph(data.subgraph);
  }

  async neighbourhood(id: string, depth: number, limit: number): Promise<Subgraph> {
    const data = await this.request<{ neighbourhood: WireSubgraph }>(QUERIES.neighbourhood, { id, depth, limit });
    return toSubgraph(data.neighbourhood);
  }

  async search(text: string, first: number): Promise<SearchHit[]> {
    const data = await this.request<{ search: SearchHit[] }>(QUERIES.search, { text, first });
    return data.search;
  }

  async entity(id: string): Promise<EntityDetail | null> {
    const data = await this.request<{ node: WireEntity | null }>(QUERIES.entity, { id });
    const n = data.node;
    if (!n || !n.kind || n.kind === ("DOCUMENT" as string)) return null;
    return {
      id: n.id,
      kind: n.kind,
      subtype: n.subtype,
      name: n.name,
      aliases: n.aliases,
      isoCode: n.isoCode ?? null,
      degree: n.degree,
      mentionCount: n.mentionCount,
      pageRank: n.centrality.pageRank ?? 0,
      betweenness: n.centrality.betweenness ?? 0,
      community: n.centrality.community ?? 0,
      documents: n.documents,
      relations: n.relations,
    };
  }

  async shortestPath(from: string, to: string, relationTypes: RelationType[] | null): Promise<PathResult | null> {
    const data = await this.request<{ shortestPath: { length: number; nodes: WireNode[]; edges: RelationDetail[] } | null }>(
      QUERIES.path,
      { from, to, types: relationTypes },
    );
    const p = data.shortestPath;
    if (!p) return null;
    return { length: p.length, nodes: p.nodes.map(toNode), edges: p.edges };
  }

  async document(id: string): Promise<DocumentText | null> {
    const data = await this.request<{ document: DocumentText | null }>(QUERIES.document, { id });
    return data.document;
  }

  async documents(): Promise<DocumentRef[]> {
    const data = await this.request<{ documents: (DocumentRef & { text: string })[] }>(QUERIES.documents);
    return data.documents.map((d) => ({ id: d.id, name: d.name, title: titleOf(d.text, d.name) }));
  }

  async ingestDocument(name: string, text: string, token: string): Promise<LoadReport> {
    const data = await this.request<{ ingestDocument: LoadReport }>(QUERIES.ingest, { name, text }, token);
    return data.ingestDocument;
  }

  async stances(maxActors: number, maxTargets: number): Promise<StanceMatrix> {
    const data = await this.request<{ stances: StanceMatrix }>(QUERIES.stances, { maxActors, maxTargets });
    return data.stances;
  }

  async alignedWith(id: string, first: number, furthest: boolean): Promise<AlignmentSummary[]> {
    type Wire = { b: { id: string; name: string }; score: number; common: number; targets: AlignmentSummary["shared"] };
    const data = await this.request<{ alignedWith: Wire[] }>(QUERIES.alignedWith, { id, first, furthest });
    return data.alignedWith.map((a) => ({
      other: a.b,
      score: a.score,
      common: a.common,
      shared: a.targets.filter((t) => t.agreement !== "ONE_SIDED"),
    }));
  }

  async rejectRelation(id: string, reason: string, token: string): Promise<void> {
    await this.request(QUERIES.reject, { id, reason }, token);
  }

  async mergeEntities(into: string, from: string, reason: string, token: string): Promise<void> {
    await this.request(QUERIES.merge, { into, from, reason }, token);
  }

  async addRelation(type: RelationType, source: string, target: string, document: string, evidence: string, reason: string, token: string): Promise<void> {
    await this.request(QUERIES.add, { type, source, target, document, evidence, reason }, token);
  }

  async saveLens(input: LensInput): Promise<Lens> {
    const data = await this.request<{ saveLens: Lens }>(QUERIES.saveLens, { input });
    return data.saveLens;
  }

  async lens(id: string): Promise<Lens | null> {
    const data = await this.request<{ lens: Lens | null }>(QUERIES.lens, { id });
    return data.lens;
  }

  async relation(id: string, end: string): Promise<RelationDetail | null> {
    const data = await this.request<{ relations: { edges: { node: RelationDetail }[] } }>(QUERIES.relation, { node: end });
    return data.relations.edges.map((e) => e.node).find((r) => r.id === id) ?? null;
  }
}

interface WireEntity {
  id: string;
  kind?: EntityDetail["kind"];
  subtype: string;
  name: string;
  aliases: string[];
  isoCode?: string | null;
  degree: number;
  mentionCount: number;
  centrality: { pageRank: number | null; betweenness: number | null; community: number | null };
  documents: DocumentRef[];
  relations: RelationDetail[];
}

function toNode(n: WireNode): GraphNode {
  return {
    id: n.id,
    kind: n.kind,
    subtype: n.subtype,
    name: n.name,
    aliases: n.aliases,
    degree: n.degree,
    pageRank: n.centrality.pageRank ?? 0,
    community: n.centrality.community ?? 0,
    documents: n.documents.map((d) => d.id),
  };
}

function toSubgraph(s: WireSubgraph): Subgraph {
  return {
    truncated: s.truncated,
    nodes: s.nodes.map(toNode),
    edges: s.edges.map((e) => ({
      id: e.id,
      type: e.type,
      confidence: e.confidence,
      source: e.source.id,
      target: e.target.id,
      from: e.from,
      until: e.until,
    })),
  };
}
