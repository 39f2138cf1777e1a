import type { Api, GraphNode, Kind, PathResult, Subgraph } from "../api/types";
import { KINDS } from "../api/types";
import { addEdge, addNode, applyAppearance, buildGraph, edgeHolds, positionNear, type DiploGraph, type YearWindow } from "../graph/model";
import type { GraphView, Visibility } from "../graph/view";
import type { ViewState } from "../state/viewState";

/** How many entities the first view asks for: enough for the seed graph, bounded for big stores. */
export const OVERVIEW_LIMIT = 5000;
export const FOCUS_LIMIT = 2000;

/** What one expansion added to the drawing, so Backspace can take exactly that away. */
export interface Expansion {
  node: string;
  nodes: string[];
  edges: string[];
}

export interface Facets {
  kindCounts: Map<Kind, number>;
  subtypesByKind: Map<Kind, Map<string, number>>;
  maxDegree: number;
}

/**
 * What the explorer and the embed share: which subgraph is loaded, and how
 * the state's filters and colours turn into what the view shows.
 */
export class GraphSession {
  graph: DiploGraph | null = null;
  truncated = false;
  private loadedKey: string | null = null;
  private overviewCache: Promise<Subgraph> | null = null;
  private loading: Promise<boolean> | null = null;
  /** Expansions since the subgraph was loaded, the latest last. */
  private expansions: Expansion[] = [];

  constructor(
    private readonly api: Api,
    private readonly view: GraphView,
  ) {}

  /** Loads what the state asks for; resolves true when the graph changed. */
  load(state: ViewState): Promise<boolean> {
    const key = state.focus ? `focus:${state.focus}:${state.depth}` : "overview";
    if (key === this.loadedKey && this.loading) return this.loading.then(() => false);
    if (key === this.loadedKey) return Promise.resolve(false);
    this.loadedKey = key;
    this.loading = (async () => {
      const subgraph = state.focus
        ? await this.api.neighbourhood(state.focus, state.depth, FOCUS_LIMIT)
        : await (this.overviewCache ??= this.api.overview(OVERVIEW_LIMIT).catch((e) => {
            this.overviewCache = null;
            throw e;
          }));
      // A newer request owns the view now.
      if (this.loadedKey !== key) return false;
      // Marks let the benchmark split time to first draw into its parts.
      performance.mark("diplograph:data");
      this.truncated = subgraph.truncated;
      this.graph = buildGraph(subgraph);
      this.expansions = [];
      applyAppearance(this.graph, state.color, state.size);
      performance.mark("diplograph:graph");
      this.view.setGraph(this.graph, visibilityFor(this.graph, state));
      performance.mark("diplograph:view");
      return true;
    })();
    this.loading.catch(() => {
      if (this.loadedKey === key) this.loadedKey = null;
    });
    return this.loading;
  }

  /** Forgets the loaded subgraph, so the next load asks the server again (after a document was added). */
  invalidate(): void {
    this.loadedKey = null;
    this.overviewCache = null;
    this.loading = null;
  }

  applyAppearance(state: ViewState): void {
    if (!this.graph) return;
    applyAppearance(this.graph, state.color, state.size);
    this.view.refresh();
  }

  applyVisibility(state: ViewState): void {
    const graph = this.graph;
    if (!graph) return;
    this.view.setVisibility(visibilityFor(graph, state));
  }

  /** Adds a path's entities and relations to the drawing if the loaded subgraph lacks them. */
  addPath(path: PathResult, state: ViewState): void {
    const graph = this.graph;
    if (!graph) return;
    let added = false;
    path.nodes.forEach((n: GraphNode, i) => {
      if (graph.hasNode(n.id)) return;
      const neighbours = [path.nodes[i - 1]?.id, path.nodes[i + 1]?.id].filter((x): x is string => !!x);
      addNode(graph, n, positionNear(graph, neighbours, n.id));
      added = true;
    });
    for (const e of path.edges) {
      if (graph.hasEdge(e.id)) continue;
      addEdge(graph, { id: e.id, type: e.type, confidence: e.confidence, source: e.source.id, target: e.target.id });
      added = true;
    }
    if (added) {
      this.view.reindex();
      applyAppearance(graph, state.color, state.size);
      this.applyVisibility(state);
    }
  }

  get expansionCount(): number {
    return this.expansions.length;
  }

  /**
   * Adds a node's neighbours (and the relations among what is drawn) to the
   * current drawing without touching what is there: the nodes already drawn
   * keep their places, the new ones are set on an arc around the expanded
   * node, facing away from the rest of the graph. Resolves to what was added
   * (nothing when every neighbour was already drawn), or null when the
   * drawing changed meanwhile.
   */
  async expand(id: string, state: ViewState): Promise<Expansion | null> {
    const graph = this.graph;
    if (!graph || !graph.hasNode(id)) return null;
    const around = await this.api.neighbourhood(id, 1, FOCUS_LIMIT);
    if (this.graph !== graph || !graph.hasNode(id)) return null;
    const fresh = around.nodes.filter((n) => !graph.hasNode(n.id));
    const spots = arcAround(graph, id, fresh.length);
    const added: Expansion = { node: id, nodes: [], edges: [] };
    fresh.forEach((n, i) => {
      addNode(graph, n, spots[i]!);
      added.nodes.push(n.id);
    });
    for (const e of around.edges) {
      if (graph.hasEdge(e.id)) continue;
      addEdge(graph, e);
      if (graph.hasEdge(e.id)) added.edges.push(e.id);
    }
    if (added.nodes.length || added.edges.length) {
      this.expansions.push(added);
      this.view.reindex();
      applyAppearance(graph, state.color, state.size);
      this.applyVisibility(state);
    }
    return added;
  }

  /** Takes the last expansion's nodes and relations out again; null when there is none. */
  undoExpansion(state: ViewState): Expansion | null {
    const graph = this.graph;
    const last = this.expansions.pop();
    if (!graph || !last) return null;
    for (const e of last.edges) if (graph.hasEdge(e)) graph.dropEdge(e);
    for (const n of last.nodes) if (graph.hasNode(n)) graph.dropNode(n);
    applyAppearance(graph, state.color, state.size);
    this.applyVisibility(state);
    return last;
  }

  facets(): Facets {
    const kindCounts = new Map<Kind, number>(KINDS.map((k) => [k, 0]));
    const subtypesByKind = new Map<Kind, Map<string, number>>(KINDS.map((k) => [k, new Map()]));
    let maxDegree = 0;
    this.graph?.forEachNode((_, a) => {
      kindCounts.set(a.kind, (kindCounts.get(a.kind) ?? 0) + 1);
      if (a.subtype) {
        const m = subtypesByKind.get(a.kind)!;
        m.set(a.subtype, (m.get(a.subtype) ?? 0) + 1);
      }
      maxDegree = Math.max(maxDegree, a.degree);
    });
    return { kindCounts, subtypesByKind, maxDegree };
  }
}

/**
 * Filters narrow nodes; relation types and the confidence floor narrow edges,
 * and an edge shows only between visible nodes. A subtype filter narrows only
 * entities that have a subtype, so issues (which have none) are left to the
 * kind filter. Unless the state asks for them, entities left with no shown
 * relation are hidden too (and counted, for the "show N unconnected" switch).
 * The focused and selected nodes always stay, so a filter never hides what
 * the user is looking at.
 */
export function visibilityFor(graph: DiploGraph, state: ViewState): Visibility {
  const kinds = state.kinds.length ? new Set<string>(state.kinds) : null;
  const subtypes = state.subtypes.length ? new Set(state.subtypes) : null;
  const relationTypes = state.rels.length ? new Set(state.rels) : null;
  const minConfidence = state.minConfidence;
  // The undated switch works with or without a window of years.
  const years: YearWindow | null =
    state.years || !state.undated
      ? { from: state.years?.[0] ?? -Infinity, to: state.years?.[1] ?? Infinity, undated: state.undated }
      : null;
  const filtering = kinds || subtypes || state.doc || state.minDegree > 0;
  const pinned = (id: string) => id === state.focus || id === state.node;
  let nodes: Set<string> | null = null;
  if (filtering) {
    nodes = new Set<string>();
    graph.forEachNode((id, a) => {
      const keep =
        pinned(id) ||
        ((!kinds || kinds.has(a.kind)) &&
          (!subtypes || !a.subtype || subtypes.has(a.subtype)) &&
          (!state.doc || a.documents.includes(state.doc)) &&
          a.degree >= state.minDegree);
      if (keep) nodes!.add(id);
    });
  }
  // Which of the kept nodes have a relation on screen.
  const connected = new Set<string>();
  graph.forEachEdge((_e, a, source, target) => {
    if (relationTypes && !relationTypes.has(a.relation)) return;
    if (a.confidence < minConfidence) return;
    if (!edgeHolds(a, years)) return;
    if (nodes && (!nodes.has(source) || !nodes.has(target))) return;
    connected.add(source);
    connected.add(target);
  });
  let isolatedCount = 0;
  graph.forEachNode((id) => {
    if ((!nodes || nodes.has(id)) && !connected.has(id) && !pinned(id)) isolatedCount++;
  });
  if (!state.isolated && isolatedCount > 0) {
    const base = nodes;
    nodes = new Set<string>();
    graph.forEachNode((id) => {
      if ((!base || base.has(id)) && (connected.has(id) || pinned(id))) nodes!.add(id);
    });
  }
  // Without a node filter, the hidden entities are those with no shown edge: no edge needs its ends checked.
  return { nodes, relationTypes, minConfidence, isolatedCount, nodesHideEdges: !!filtering, years };
}

/**
 * Spots for `count` new neighbours of `id`: on an arc at about the distance
 * of its drawn neighbours, turned away from the drawing's centre (a full
 * circle when there are many), so they land in free space.
 */
export function arcAround(graph: DiploGraph, id: string, count: number): { x: number; y: number }[] {
  if (count === 0) return [];
  const a = graph.getNodeAttributes(id);
  let cx = 0;
  let cy = 0;
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  graph.forEachNode((_, n) => {
    cx += n.x;
    cy += n.y;
    minX = Math.min(minX, n.x);
    maxX = Math.max(maxX, n.x);
    minY = Math.min(minY, n.y);
    maxY = Math.max(maxY, n.y);
  });
  cx /= graph.order;
  cy /= graph.order;
  const extent = Math.max(maxX - minX, maxY - minY, 1);
  const distances: number[] = [];
  graph.forEachNeighbor(id, (_, n) => distances.push(Math.hypot(n.x - a.x, n.y - a.y)));
  distances.sort((p, q) => p - q);
  const typical = distances.length ? distances[Math.floor(distances.length / 2)]! : 0;
  const radius = Math.max(typical, extent * 0.08) * (1 + Math.min(count, 40) / 40);
  const outward = Math.hypot(a.x - cx, a.y - cy) > 1e-9 ? Math.atan2(a.y - cy, a.x - cx) : 0;
  const arc = count > 8 ? 2 * Math.PI : Math.PI;
  const step = arc === 2 * Math.PI ? arc / count : count > 1 ? arc / (count - 1) : 0;
  const start = arc === 2 * Math.PI ? outward : outward - (count > 1 ? arc / 2 : 0);
  const spots: { x: number; y: number }[] = [];
  for (let i = 0; i < count; i++) {
    const angle = start + i * step;
    // Every other spot a little further out, so labels on a crowded arc do not touch.
    const r = radius * (count > 12 && i % 2 ? 1.3 : 1);
    spots.push({ x: a.x + Math.cos(angle) * r, y: a.y + Math.sin(angle) * r });
  }
  return spots;
}
