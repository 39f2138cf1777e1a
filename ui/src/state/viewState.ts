import { isKind, isRelationType, type Kind, type RelationType } from "../api/types";

export type ColorMode = "kind" | "community";
export type SizeMode = "degree" | "centrality";
export type ViewMode = "graph" | "list" | "stances";

/**
 * Everything a shared link must restore. Empty lists mean "no filter", so a
 * plain URL shows everything and only deliberate narrowing shows up in links.
 */
export interface ViewState {
  node: string | null;
  /** The relation open in the relation panel. */
  rel: string | null;
  focus: string | null;
  depth: number;
  kinds: Kind[];
  subtypes: string[];
  rels: RelationType[];
  doc: string | null;
  minDegree: number;
  /** Relations below this confidence (0-1) are hidden. */
  minConfidence: number;
  /** Whether entities with no shown relation are drawn (hidden by default). */
  isolated: boolean;
  /** The time window in years (both included): relations that held in it show; null shows all. */
  years: [number, number] | null;
  /** Whether relations no sentence dates show (the timeline's switch). */
  undated: boolean;
  q: string;
  color: ColorMode;
  size: SizeMode;
  view: ViewMode;
  /** The document open in the reader. */
  read: string | null;
  /** The path finder's ends; the path shows when both are set. */
  from: string | null;
  to: string | null;
}

export const DEFAULT_STATE: ViewState = {
  node: null,
  rel: null,
  focus: null,
  depth: 1,
  kinds: [],
  subtypes: [],
  rels: [],
  doc: null,
  minDegree: 0,
  minConfidence: 0,
  isolated: false,
  years: null,
  undated: true,
  q: "",
  color: "kind",
  size: "degree",
  view: "graph",
  read: null,
  from: null,
  to: null,
};

function list(params: URLSearchParams, key: string): string[] {
  return (params.get(key) ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Reads "2015-2020" (or "2016") as a window of years; anything else is no window. */
function parseYears(value: string | null): [number, number] | null {
  const m = /^(\d{4})(?:-(\d{4}))?$/.exec(value ?? "");
  if (!m) return null;
  const from = Number(m[1]);
  const to = Number(m[2] ?? m[1]);
  return from <= to ? [from, to] : null;
}

function clampDepth(value: number): number {
  return Number.isFinite(value) ? Math.min(3, Math.max(1, Math.round(value))) : 1;
}

/** Reads a state from a query string, ignoring anything malformed rather than failing. */
export function parseState(search: string): ViewState {
  const p = new URLSearchParams(search);
  const minDegree = Number(p.get("minDegree") ?? 0);
  const minConfidence = Number(p.get("minConfidence") ?? 0);
  return {
    node: p.get("node") || null,
    rel: p.get("rel") || null,
    focus: p.get("focus") || null,
    depth: clampDepth(Number(p.get("depth") ?? 1)),
    kinds: list(p, "kinds").map((k) => k.toUpperCase()).filter(isKind),
    subtypes: list(p, "subtypes"),
    rels: list(p, "rels").map((r) => r.toUpperCase()).filter(isRelationType),
    doc: p.get("doc") || null,
    minDegree: Number.isFinite(minDegree) && minDegree > 0 ? Math.floor(minDegree) : 0,
    minConfidence: Number.isFinite(minConfidence) && minConfidence > 0 ? Math.min(1, Math.round(minConfidence * 100) / 100) : 0,
    isolated: p.get("isolated") === "1",
    years: parseYears(p.get("years")),
    undated: p.get("undated") !== "0",
    q: p.get("q") ?? "",
    color: p.get("color") === "community" ? "community" : "kind",
    size: p.get("size") === "centrality" ? "centrality" : "degree",
    view: p.get("view") === "list" || p.get("view") === "stances" ? (p.get("view") as ViewMode) : "graph",
    read: p.get("read") || null,
    from: p.get("from") || null,
    to: p.get("to") || null,
  };
}

/** Writes only what differs from the defaults, so links stay short and readable. */
export function serializeState(state: ViewState): string {
  const p = new URLSearchParams();
  const put = (key: string, value: string | null) => {
    if (value) p.set(key, value);
  };
  put("node", state.node);
  put("rel", state.rel);
  put("focus", state.focus);
  if (state.focus && state.depth !== 1) p.set("depth", String(state.depth));
  put("kinds", state.kinds.join(","));
  put("subtypes", state.subtypes.join(","));
  put("rels", state.rels.join(","));
  put("doc", state.doc);
  if (state.minDegree > 0) p.set("minDegree", String(state.minDegree));
  if (state.minConfidence > 0) p.set("minConfidence", String(state.minConfidence));
  if (state.isolated) p.set("isolated", "1");
  if (state.years) p.set("years", state.years[0] === state.years[1] ? String(state.years[0]) : state.years.join("-"));
  if (!state.undated) p.set("undated", "0");
  put("q", state.q);
  if (state.color !== "kind") p.set("color", state.color);
  if (state.size !== "degree") p.set("size", state.size);
  if (state.view !== "graph") p.set("view", state.view);
  put("read", state.read);
  put("from", state.from);
  put("to", state.to);
  const s = p.toString();
  return s ? `?${s}` : "";
}

/** A tiny observable holder: the app has one state and many views of it. */
export class Store {
  private listeners: ((next: ViewState, prev: ViewState) => void)[] = [];

  constructor(private current: ViewState) {}

  get(): ViewState {
    return this.current;
  }

  update(patch: Partial<ViewState>): void {
    const prev = this.current;
    const next = { ...prev, ...patch };
    if (sameState(prev, next)) return;
    this.current = next;
    for (const l of this.listeners) l(next, prev);
  }

  replace(next: ViewState): void {
    const prev = this.current;
    this.current = next;
    for (const l of this.listeners) l(next, prev);
  }

  subscribe(listener: (next: ViewState, prev: ViewState) => void): void {
    this.listeners.push(listener);
  }
}

export function sameState(a: ViewState, b: ViewState): boolean {
  return serializeState(a) === serializeState(b);
}
