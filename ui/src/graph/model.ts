import Graph from "graphology";
import { SYMMETRIC_TYPES, type GraphEdge, type GraphNode, type Kind, type RelationType, type Subgraph } from "../api/types";
import { COMMUNITY_COLORS, KIND_COLORS, OTHER_COMMUNITY_COLOR, RELATION_COLORS, RELATION_STYLES } from "./palette";
import type { ColorMode, SizeMode } from "../state/viewState";

export interface NodeAttrs {
  label: string;
  kind: Kind;
  subtype: string;
  aliases: string[];
  degree: number;
  pageRank: number;
  community: number;
  documents: string[];
  x: number;
  y: number;
  size: number;
  color: string;
}

export interface EdgeAttrs {
  relation: RelationType;
  confidence: number;
  size: number;
  color: string;
  /** Sigma's program: arrows for directed relations, lines for mutual ones, each solid, dashed or dotted. */
  type: string;
  /** The years the relation began and ended, null when no sentence says (both null: undated). */
  fromYear: number | null;
  untilYear: number | null;
}

/** A window of years (both ends included) and whether undated relations show in it. */
export interface YearWindow {
  from: number;
  to: number;
  undated: boolean;
}

/**
 * Whether a relation held at some time in the window: it began no later than
 * the window's last year and did not end before its first. Undated relations
 * show as the window says.
 */
export function edgeHolds(a: EdgeAttrs, w: YearWindow | null): boolean {
  if (!w) return true;
  if (a.fromYear === null && a.untilYear === null) return w.undated;
  return !(a.fromYear !== null && a.fromYear > w.to) && !(a.untilYear !== null && a.untilYear < w.from);
}

function yearOf(date: string | null | undefined): number | null {
  const y = date ? Number(date.slice(0, 4)) : NaN;
  return Number.isInteger(y) ? y : null;
}

export type DiploGraph = Graph<NodeAttrs, EdgeAttrs>;

/** Multi because two entities can be joined by several relation types at once. */
export function createGraph(): DiploGraph {
  return new Graph<NodeAttrs, EdgeAttrs>({ multi: true, type: "directed", allowSelfLoops: false });
}

/** A graph of the same nodes (their attributes shared, not copied) and no edges. */
export function nodesOnly(graph: DiploGraph): DiploGraph {
  const copy = createGraph();
  graph.forEachNode((node, attrs) => copy.addNode(node, attrs));
  return copy;
}

export function buildGraph(subgraph: Subgraph): DiploGraph {
  const graph = createGraph();
  const seeds = seedPositions(subgraph.nodes);
  for (const n of subgraph.nodes) addNode(graph, n, seeds.get(n.id)!);
  for (const e of subgraph.edges) addEdge(graph, e);
  return graph;
}

export function addNode(graph: DiploGraph, n: GraphNode, at: { x: number; y: number }): void {
  if (graph.hasNode(n.id)) return;
  graph.addNode(n.id, {
    label: n.name,
    kind: n.kind,
    subtype: n.subtype,
    aliases: n.aliases,
    degree: n.degree,
    pageRank: n.pageRank,
    community: n.community,
    documents: n.documents,
    x: at.x,
    y: at.y,
    size: 4,
    color: KIND_COLORS[n.kind] ?? "#777777",
  });
}

export function addEdge(graph: DiploGraph, e: GraphEdge): void {
  if (graph.hasEdge(e.id) || !graph.hasNode(e.source) || !graph.hasNode(e.target) || e.source === e.target) return;
  graph.addDirectedEdgeWithKey(e.id, e.source, e.target, {
    relation: e.type,
    confidence: e.confidence,
    size: 0.6 + 1.4 * clamp01(e.confidence),
    color: towardsWhite(RELATION_COLORS[e.type] ?? "#999999", 0.6),
    type: edgeProgram(e.type),
    fromYear: yearOf(e.from),
    untilYear: yearOf(e.until),
  });
}

/** The program that draws a relation type: arrow or line, with its line style. */
export function edgeProgram(type: RelationType): string {
  const base = SYMMETRIC_TYPES.has(type) ? "line" : "arrow";
  const style = RELATION_STYLES[type] ?? "solid";
  return style === "solid" ? base : `${base}-${style}`;
}

/**
 * Starts each community in its own patch of the plane, so the first frame
 * already hints at the structure and ForceAtlas2 has less to untangle.
 * Positions come from a hash of the ID, so a shared link starts identically.
 */
function seedPositions(nodes: GraphNode[]): Map<string, { x: number; y: number }> {
  const byCommunity = new Map<number, GraphNode[]>();
  for (const n of nodes) {
    const list = byCommunity.get(n.community) ?? [];
    list.push(n);
    byCommunity.set(n.community, list);
  }
  const groups = [...byCommunity.values()].sort((a, b) => b.length - a.length);
  const positions = new Map<string, { x: number; y: number }>();
  const golden = Math.PI * (3 - Math.sqrt(5));
  groups.forEach((group, i) => {
    const spread = Math.sqrt(group.length) * 10;
    const cx = i === 0 ? 0 : Math.cos(i * golden) * Math.sqrt(i) * 60;
    const cy = i === 0 ? 0 : Math.sin(i * golden) * Math.sqrt(i) * 60;
    for (const n of group) {
      const h = hash(n.id);
      const angle = (h % 3600) / 3600 * 2 * Math.PI;
      const radius = Math.sqrt(((h >>> 12) % 1000) / 1000) * spread;
      positions.set(n.id, { x: cx + Math.cos(angle) * radius, y: cy + Math.sin(angle) * radius });
    }
  });
  return positions;
}

/** Where to put a node that joins a drawn graph: beside a neighbour already there. */
export function positionNear(graph: DiploGraph, neighbours: string[], id: string): { x: number; y: number } {
  const anchor = neighbours.find((n) => graph.hasNode(n));
  const h = hash(id);
  const jitter = { x: ((h % 200) - 100) / 10, y: (((h >>> 8) % 200) - 100) / 10 };
  if (!anchor) return jitter;
  const a = graph.getNodeAttributes(anchor);
  return { x: a.x + jitter.x, y: a.y + jitter.y };
}

/** Colours the largest communities first so the palette goes to what is most visible. */
export function communityColors(graph: DiploGraph): Map<number, string> {
  const sizes = new Map<number, number>();
  graph.forEachNode((_, a) => sizes.set(a.community, (sizes.get(a.community) ?? 0) + 1));
  const ranked = [...sizes.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  return new Map(ranked.map(([c], i) => [c, COMMUNITY_COLORS[i] ?? OTHER_COMMUNITY_COLOR]));
}

export function applyAppearance(graph: DiploGraph, color: ColorMode, size: SizeMode): void {
  const palette = color === "community" ? communityColors(graph) : null;
  let maxRank = 0;
  graph.forEachNode((_, a) => (maxRank = Math.max(maxRank, a.pageRank)));
  // Fewer, bigger nodes read better; thousands need to shrink to stay legible.
  const scale = graph.order > 1500 ? 0.6 : graph.order > 300 ? 0.8 : 1;
  graph.updateEachNodeAttributes(
    (_, a) => {
      const raw =
        size === "centrality" && maxRank > 0
          ? 3 + 19 * Math.sqrt(a.pageRank / maxRank)
          : Math.min(22, 3 + 1.8 * Math.sqrt(a.degree));
      return {
        ...a,
        size: raw * scale,
        color: palette ? palette.get(a.community) ?? OTHER_COMMUNITY_COLOR : KIND_COLORS[a.kind] ?? "#777777",
      };
    },
    { attributes: ["size", "color"] },
  );
}

/**
 * Lightens a colour towards the white background. Sigma's WebGL output is
 * composited as premultiplied alpha, so translucent colours come out shifted
 * (orange turns yellow); a pre-mixed opaque colour looks as intended.
 */
export function towardsWhite(hex: string, keep: number): string {
  const n = parseInt(hex.slice(1, 7), 16);
  const mix = (c: number) => Math.round(255 - (255 - c) * clamp01(keep));
  return `rgb(${mix((n >> 16) & 255)},${mix((n >> 8) & 255)},${mix(n & 255)})`;
}

function clamp01(v: number): number {
  return Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : 1;
}

// FNV-1a: small, fast and stable across browsers, which is all seeding needs.
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
