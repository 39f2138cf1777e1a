// Shapes the explorer works with. They mirror schema.graphqls but flatten what
// the drawing needs (centrality, document IDs) so the graph code never sees
// GraphQL nesting.

export const KINDS = ["ACTOR", "FORUM", "TREATY", "ISSUE"] as const;
export type Kind = (typeof KINDS)[number];

export const RELATION_TYPES = [
  "MEMBER_OF",
  "PARTICIPATES_IN",
  "SUPPORTS",
  "OPPOSES",
  "PARTY_TO",
  "AUTHORED",
  "COOPERATES_WITH",
  "IN_TENSION_WITH",
  "ADDRESSES",
  "ENGAGES_ON",
  "PART_OF",
  "AFFILIATED_WITH",
  "REFERENCES",
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** The two relation types the store keeps once per pair, with no direction. */
export const SYMMETRIC_TYPES: ReadonlySet<RelationType> = new Set(["COOPERATES_WITH", "IN_TENSION_WITH"]);

export interface EntityRef {
  id: string;
  name: string;
  kind: Kind;
}

/** What a node needs to be drawn, filtered and coloured. */
export interface GraphNode extends EntityRef {
  subtype: string;
  aliases: string[];
  degree: number;
  pageRank: number;
  community: number;
  /** IDs of the documents that mention the entity, for the document filter. */
  documents: string[];
}

export interface GraphEdge {
  id: string;
  type: RelationType;
  source: string;
  target: string;
  confidence: number;
  /** When the relation began and ended (ISO dates as precise as the text: "2019", "2024-03"); null when unsaid. */
  from?: string | null;
  until?: string | null;
}

export interface Subgraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
  truncated: boolean;
}

export interface DocumentRef {
  id: string;
  name: string;
  /** The document's first heading or line, when known (see documentTitle). */
  title?: string;
}

export interface Evidence {
  document: DocumentRef;
  text: string;
  start: number;
  end: number;
  year: number | null;
  /** The extraction rule that read the relation in this sentence; null for a curator's. */
  rule?: string | null;
}

export interface RelationDetail {
  id: string;
  type: RelationType;
  confidence: number;
  source: EntityRef;
  target: EntityRef;
  evidence: Evidence[];
  /** The extraction rule that gave the relation its confidence; null for a curator's. */
  rule?: string | null;
}

export interface EntityDetail extends EntityRef {
  subtype: string;
  aliases: string[];
  isoCode: string | null;
  degree: number;
  mentionCount: number;
  pageRank: number;
  betweenness: number;
  community: number;
  documents: DocumentRef[];
  relations: RelationDetail[];
}

export interface SearchHit {
  entity: EntityRef & { subtype: string; aliases: string[] };
  score: number;
}

export interface PathResult {
  nodes: GraphNode[];
  /** edges[i] joins nodes[i] and nodes[i+1], in either direction. */
  edges: RelationDetail[];
  length: number;
}

export interface Mention {
  start: number;
  end: number;
  entity: EntityRef;
}

export interface DocumentText extends DocumentRef {
  text: string;
  mentions: Mention[];
}

/**
 * Everything the explorer asks of a data source. The GraphQL client is the
 * real one; the static one answers from a JSON file so the benchmark (and a
 * developer without a server) can run the same UI.
 */
export interface Api {
  overview(limit: number): Promise<Subgraph>;
  neighbourhood(id: string, depth: number, limit: number): Promise<Subgraph>;
  search(text: string, first: number): Promise<SearchHit[]>;
  entity(id: string): Promise<EntityDetail | null>;
  shortestPath(from: string, to: string, relationTypes: RelationType[] | null): Promise<PathResult | null>;
  document(id: string): Promise<DocumentText | null>;
  documents(): Promise<DocumentRef[]>;
  /** One relation with its evidence; `end` is either end's ID (the lookup goes through it). */
  relation(id: string, end: string): Promise<RelationDetail | null>;
  /** Loads (or reloads) a document through the curator mutation; absent where the graph is read-only. */
  ingestDocument?(name: string, text: string, token: string): Promise<LoadReport>;
}

/** What the server read from a document a curator uploaded. */
export interface LoadReport {
  document: { id: string; name: string } | null;
  entityCount: number;
  relationCount: number;
}

export function isKind(value: string): value is Kind {
  return (KINDS as readonly string[]).includes(value);
}

export function isRelationType(value: string): value is RelationType {
  return (RELATION_TYPES as readonly string[]).includes(value);
}

/** One stance relation of an actor on a target, with its sentences. */
export interface StanceDetail {
  type: RelationType;
  evidenceCount: number;
  evidence: { text: string; document: { id: string; name: string } }[];
}

/** Actors (rows) against targets (columns) and the cells that hold a stance. */
export interface StanceMatrix {
  actors: { id: string; name: string }[];
  targets: { id: string; name: string; kind: Kind }[];
  cells: { actor: { id: string }; target: { id: string }; evidenceCount: number; stances: StanceDetail[] }[];
}

/** How another actor lines up with one: the score and the targets both take a stance on. */
export interface AlignmentSummary {
  other: { id: string; name: string };
  score: number;
  common: number;
  shared: { target: { id: string; name: string }; agreement: "AGREE" | "DISAGREE" | "NEUTRAL" | "ONE_SIDED" }[];
}

/** The stance queries; absent where the graph has no API behind it. */
export interface StanceApi {
  stances(maxActors: number, maxTargets: number): Promise<StanceMatrix>;
  alignedWith(id: string, first: number, furthest: boolean): Promise<AlignmentSummary[]>;
}

export function isStanceApi(api: object): api is StanceApi {
  return typeof (api as Partial<StanceApi>).stances === "function" && typeof (api as Partial<StanceApi>).alignedWith === "function";
}

/** The curators' corrections (each needs the admin token and a reason). */
export interface CurationApi {
  rejectRelation(id: string, reason: string, token: string): Promise<void>;
  mergeEntities(into: string, from: string, reason: string, token: string): Promise<void>;
  addRelation(type: RelationType, source: string, target: string, document: string, evidence: string, reason: string, token: string): Promise<void>;
}

export function isCurationApi(api: object): api is CurationApi {
  return typeof (api as Partial<CurationApi>).rejectRelation === "function";
}

/** Which of the explorer's views a lens opens in. */
export type LensMode = "GRAPH" | "LIST" | "STANCES";

/** A view to save as a lens (the API's LensInput). */
export interface LensInput {
  title?: string | null;
  focus?: string | null;
  depth?: number;
  selected?: string | null;
  kinds?: Kind[];
  subtypes?: string[];
  relationTypes?: RelationType[];
  document?: string | null;
  minDegree?: number;
  minConfidence?: number;
  between?: { from: string | null; to: string | null } | null;
  undated?: boolean;
  mode?: LensMode;
}

/** An evidence sentence a lens shows, with its citation as text and as BibTeX. */
export interface Citation {
  key: string;
  sentence: string;
  documentName: string;
  date: string | null;
  relationType: RelationType;
  source: string;
  target: string;
  text: string;
  bibtex: string;
}

/** A saved view reopened on the graph as it is now (the API's Lens). */
export interface Lens {
  id: string;
  title: string | null;
  createdAt: string;
  view: {
    focus: string | null;
    depth: number;
    selected: string | null;
    kinds: Kind[];
    subtypes: string[];
    relationTypes: RelationType[];
    document: string | null;
    minDegree: number;
    minConfidence: number;
    asOf: string | null;
    from: string | null;
    to: string | null;
    undated: boolean;
    mode: LensMode;
  };
  graphHash: string;
  currentGraphHash: string;
  stale: boolean;
  relationCount: number;
  savedRelationCount: number;
  changes: {
    addedCount: number;
    removedCount: number;
    added: { id: string; type: RelationType; source: { name: string }; target: { name: string } }[];
    removed: { id: string; type: RelationType; source: string; target: string; sourceName: string | null; targetName: string | null }[];
  };
  citationCount: number;
  citations: Citation[];
  citationsText: string;
  citationsBibtex: string;
}

/** Saving and reopening lenses; absent where the graph has no API behind it. */
export interface LensApi {
  saveLens(input: LensInput): Promise<Lens>;
  lens(id: string): Promise<Lens | null>;
}

export function isLensApi(api: object): api is LensApi {
  return typeof (api as Partial<LensApi>).saveLens === "function" && typeof (api as Partial<LensApi>).lens === "function";
}
