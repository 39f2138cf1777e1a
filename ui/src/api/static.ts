import type {
  Api,
  DocumentRef,
  DocumentText,
  EntityDetail,
  EntityRef,
  GraphEdge,
  GraphNode,
  PathResult,
  RelationDetail,
  RelationType,
  SearchHit,
  Subgraph,
} from "./types";
import { foldText } from "../state/text";
import { titleOf } from "./titles";

/** A whole graph in one JSON file, as the benchmark generates it. */
export interface StaticDataset {
  nodes: (GraphNode & { mentionCount?: number; betweenness?: number; isoCode?: string | null })[];
  edges: (GraphEdge & {
    evidence?: { document: string; text: string; start: number; end: number; year?: number | null }[];
  })[];
  documents?: { id: string; name: string; text: string; mentions: { start: number; end: number; entity: string }[] }[];
}

/**
 * Answers the explorer's questions from a dataset held in memory. It follows
 * the GraphQL API's meaning (undirected neighbourhoods and paths, limits that
 * truncate) closely enough for benchmarks and offline development; it is not
 * a second implementation of the server.
 */
export class StaticApi implements Api {
  private readonly nodes = new Map<string, StaticDataset["nodes"][number]>();
  private readonly adjacency = new Map<string, StaticDataset["edges"]>();
  private readonly docs = new Map<string, NonNullable<StaticDataset["documents"]>[number]>();

  constructor(private readonly data: StaticDataset) {
    for (const n of data.nodes) {
      this.nodes.set(n.id, n);
      this.adjacency.set(n.id, []);
    }
    for (const e of data.edges) {
      this.adjacency.get(e.source)?.push(e);
      this.adjacency.get(e.target)?.push(e);
    }
    for (const d of data.documents ?? []) this.docs.set(d.id, d);
  }

  static async load(url: string): Promise<StaticApi> {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`Could not load ${url}: ${response.status}`);
    return new StaticApi((await response.json()) as StaticDataset);
  }

  async overview(limit: number): Promise<Subgraph> {
    const ids = this.data.nodes.slice(0, limit).map((n) => n.id);
    return this.induced(new Set(ids), this.data.nodes.length > limit);
  }

  async neighbourhood(id: string, depth: number, limit: number): Promise<Subgraph> {
    if (!this.nodes.has(id)) return { nodes: [], edges: [], truncated: false };
    const seen = new Set([id]);
    let frontier = [id];
    let truncated = false;
    for (let hop = 0; hop < depth && !truncated; hop++) {
      const next: string[] = [];
      for (const at of frontier) {
        for (const e of this.adjacency.get(at) ?? []) {
          const other = e.source === at ? e.target : e.source;
          if (seen.has(other)) continue;
          if (seen.size >= limit) {
            truncated = true;
            break;
          }
          seen.add(other);
          next.push(other);
        }
      }
      frontier = next;
    }
    return this.induced(seen, truncated);
  }

  async search(text: string, first: number): Promise<SearchHit[]> {
    const needle = foldText(text);
    if (!needle) return [];
    const hits: SearchHit[] = [];
    for (const n of this.data.nodes) {
      const score = Math.max(...[n.name, ...n.aliases].map((name) => matchScore(foldText(name), needle)));
      if (score > 0) {
        hits.push({ score, entity: { id: n.id, name: n.name, kind: n.kind, subtype: n.subtype, aliases: n.aliases } });
      }
    }
    return hits.sort((a, b) => b.score - a.score || a.entity.name.localeCompare(b.entity.name)).slice(0, first);
  }

  async entity(id: string): Promise<EntityDetail | null> {
    const n = this.nodes.get(id);
    if (!n) return null;
    return {
      id: n.id,
      kind: n.kind,
      name: n.name,
      subtype: n.subtype,
      aliases: n.aliases,
      isoCode: n.isoCode ?? null,
      degree: n.degree,
      mentionCount: n.mentionCount ?? 0,
      pageRank: n.pageRank,
      betweenness: n.betweenness ?? 0,
      community: n.community,
      documents: n.documents.map((d) => this.documentRef(d)),
      relations: (this.adjacency.get(id) ?? []).map((e) => this.detail(e)),
    };
  }

  async shortestPath(from: string, to: string, relationTypes: RelationType[] | null): Promise<PathResult | null> {
    if (!this.nodes.has(from) || !this.nodes.has(to)) return null;
    const allowed = relationTypes ? new Set(relationTypes) : null;
    const via = new Map<string, StaticDataset["edges"][number] | null>([[from, null]]);
    let frontier = [from];
    for (let hop = 0; hop < 6 && !via.has(to); hop++) {
      const next: string[] = [];
      for (const at of frontier) {
        for (const e of this.adjacency.get(at) ?? []) {
          if (allowed && !allowed.has(e.type)) continue;
          const other = e.source === at ? e.target : e.source;
          if (via.has(other)) continue;
          via.set(other, e);
          next.push(other);
        }
      }
      frontier = next;
    }
    if (!via.has(to)) return null;
    const nodes: GraphNode[] = [];
    const edges: RelationDetail[] = [];
    for (let at = to; ; ) {
      nodes.unshift(this.nodes.get(at)!);
      const e = via.get(at);
      if (!e) break;
      edges.unshift(this.detail(e));
      at = e.source === at ? e.target : e.source;
    }
    return { nodes, edges, length: edges.length };
  }

  async document(id: string): Promise<DocumentText | null> {
    const d = this.docs.get(id);
    if (!d) return null;
    return {
      id: d.id,
      name: d.name,
      text: d.text,
      mentions: d.mentions.map((m) => ({ start: m.start, end: m.end, entity: this.ref(m.entity) })),
    };
  }

  async documents(): Promise<DocumentRef[]> {
    return [...this.docs.values()]
      .map((d) => ({ id: d.id, name: d.name, title: titleOf(d.text, d.name) }))
      .sort((a, b) => a.name.localeCompare(b.name));
  }

  async relation(id: string): Promise<RelationDetail | null> {
    const e = this.data.edges.find((x) => x.id === id);
    return e ? this.detail(e) : null;
  }

  private induced(ids: Set<string>, truncated: boolean): Subgraph {
    const nodes = [...ids].map((id) => this.nodes.get(id)!);
    const edges = this.data.edges.filter((e) => ids.has(e.source) && ids.has(e.target));
    return { nodes, edges, truncated };
  }

  private ref(id: string): EntityRef {
    const n = this.nodes.get(id);
    return n ? { id, name: n.name, kind: n.kind } : { id, name: id, kind: "ISSUE" };
  }

  private documentRef(id: string): DocumentRef {
    return { id, name: this.docs.get(id)?.name ?? id };
  }

  private detail(e: StaticDataset["edges"][number]): RelationDetail {
    return {
      id: e.id,
      type: e.type,
      confidence: e.confidence,
      source: this.ref(e.source),
      target: this.ref(e.target),
      evidence: (e.evidence ?? []).map((ev) => ({
        document: this.documentRef(ev.document),
        text: ev.text,
        start: ev.start,
        end: ev.end,
        year: ev.year ?? null,
      })),
    };
  }
}

function matchScore(haystack: string, needle: string): number {
  if (haystack === needle) return 4;
  if (haystack.startsWith(needle)) return 3;
  if (haystack.split(/\s+/).some((w) => w.startsWith(needle))) return 2;
  return haystack.includes(needle) ? 1 : 0;
}
