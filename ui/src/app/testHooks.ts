import { lastDrawnLabels, type DrawnLabel, type GraphView } from "../graph/view";
import type { ViewState } from "../state/viewState";
import type { GraphSession } from "./session";

/**
 * What the browser tests and the benchmark read. Kept on window (and mirrored
 * as data attributes on the graph element) because a WebGL canvas shows
 * nothing a test could query.
 */
export interface DiplographHooks {
  readonly mode: "explorer" | "embed";
  readonly ready: boolean;
  readonly error: string | null;
  readonly nodeCount: number;
  readonly edgeCount: number;
  readonly visibleNodeCount: number;
  readonly visibleEdgeCount: number;
  readonly selected: string | null;
  readonly layout: string;
  /** Since navigation start, when the first frame with the graph (its nodes, at least) was shown. */
  readonly firstDrawMs: number | null;
  /** Since navigation start, when the edges were shown too (later on large graphs). */
  readonly edgesDrawnMs: number | null;
  readonly layoutMs: number;
  readonly pathNodes: string[];
  /** Expansions (double-clicks that added neighbours) Backspace can still undo. */
  readonly expansionCount: number;
  /** The node labels drawn in the last frame, with their boxes in viewport pixels. */
  readonly labels: DrawnLabel[];
  readonly state: ViewState;
  readonly view: GraphView;
  readonly session: GraphSession;
}

declare global {
  interface Window {
    __diplograph?: DiplographHooks;
    /** Set by a page that wants the UI to read a JSON graph instead of the API (the benchmark). */
    __DIPLOGRAPH_DATA__?: string;
  }
}

export interface HookSources {
  mode: "explorer" | "embed";
  view: GraphView;
  session: GraphSession;
  state(): ViewState;
  ready(): boolean;
  error(): string | null;
  firstDrawMs(): number | null;
  edgesDrawnMs(): number | null;
  pathNodes(): string[];
}

export function installHooks(s: HookSources): void {
  window.__diplograph = {
    mode: s.mode,
    get ready() {
      return s.ready();
    },
    get error() {
      return s.error();
    },
    get nodeCount() {
      return s.session.graph?.order ?? 0;
    },
    get edgeCount() {
      return s.session.graph?.size ?? 0;
    },
    get visibleNodeCount() {
      return s.view.visibleNodeCount;
    },
    get visibleEdgeCount() {
      return s.view.visibleEdgeCount;
    },
    get selected() {
      return s.state().node;
    },
    get layout() {
      return s.view.layoutStatus;
    },
    get firstDrawMs() {
      return s.firstDrawMs();
    },
    get edgesDrawnMs() {
      return s.edgesDrawnMs();
    },
    get layoutMs() {
      return s.view.layoutDurationMs;
    },
    get pathNodes() {
      return s.pathNodes();
    },
    get expansionCount() {
      return s.session.expansionCount;
    },
    get labels() {
      return lastDrawnLabels;
    },
    get state() {
      return s.state();
    },
    view: s.view,
    session: s.session,
  };
}

export function mirrorToDataset(el: HTMLElement, view: GraphView, session: GraphSession, selected: string | null): void {
  el.dataset.nodeCount = String(session.graph?.order ?? 0);
  el.dataset.edgeCount = String(session.graph?.size ?? 0);
  el.dataset.visibleNodeCount = String(view.visibleNodeCount);
  el.dataset.visibleEdgeCount = String(view.visibleEdgeCount);
  el.dataset.layout = view.layoutStatus;
  el.dataset.selected = selected ?? "";
}
