import type { Api, GraphNode, Kind, PathResult, Subgraph } from "../api/types";
import { KINDS } from "../api/types";
import { addEdge, addNode, applyAppearance, buildGraph, positionNear, type DiploGraph } from "../graph/model";
import type { GraphView, Visibility } from "../graph/view";
import type { ViewState } from "../state/viewState";

/** How many entities the first view asks for: enough for the seed graph, bounded for big stores. */
export const OVERVIEW_LIMIT = 5000;
export const FOCUS_LIMIT = 2000;

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
      applyAppearance(graph, state.color, state.size);
      this.applyVisibility(state);
    }
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
  return { nodes, relationTypes, minConfidence, isolatedCount, nodesHideEdges: !!filtering };
}
