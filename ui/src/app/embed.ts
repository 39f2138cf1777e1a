import { isLensApi, type Api, type Kind, type Lens } from "../api/types";
import { GraphView } from "../graph/view";
import { KIND_COLORS, KIND_LABELS } from "../graph/palette";
import { stateOfLens } from "../state/lens";
import { parseState, serializeState, type ViewState } from "../state/viewState";
import { h, kindDot } from "../ui/dom";
import { renderLegend } from "../ui/legend";
import { GraphSession } from "./session";
import { installHooks, mirrorToDataset } from "./testHooks";

/** What the embed tells its host page; the custom element re-dispatches it as a DOM event. */
export interface SelectMessage {
  type: "diplograph:select";
  id: string;
  name: string;
  kind: Kind;
}

/**
 * The chrome-less view for iframes: the graph, zoom buttons, a folded legend
 * and a link to the full explorer. Selecting a node tells the host page.
 */
export function startEmbed(root: HTMLElement, api: Api): void {
  let state: ViewState = parseState(location.search);
  // ?lens=ID shows a saved view (what <diplograph-lens> frames): its state
  // replaces the query's, and the footer says whether the graph has moved on.
  const lensId = new URLSearchParams(location.search).get("lens");
  let lens: Lens | null = null;
  let ready = false;
  let error: string | null = null;
  let firstDrawMs: number | null = null;
  let edgesDrawnMs: number | null = null;

  const graphEl = h("div", { id: "graph", class: "graph", tabindex: "0", role: "application", "aria-roledescription": "graph", "aria-label": "Graph of entities. Arrow keys pan, plus and minus zoom, 0 resets." });
  const chip = h("div", { class: "embed-chip", "aria-live": "polite", hidden: true });
  const openLink = h("a", { class: "embed-open", target: "_blank", rel: "noopener" }, "Open in Diplograph ↗");
  const legendHost = h("div", { class: "legend-host" });
  const banner = h("div", { class: "banner", role: "alert", hidden: true });
  const lensNote = h("span", { class: "embed-lens", hidden: true });
  root.classList.add("embed");
  root.replaceChildren(
    graphEl,
    banner,
    h(
      "div",
      { class: "canvas-controls", role: "group", "aria-label": "Zoom" },
      h("button", { type: "button", class: "icon-button", "aria-label": "Zoom in", onClick: () => view.zoomIn() }, "+"),
      h("button", { type: "button", class: "icon-button", "aria-label": "Zoom out", onClick: () => view.zoomOut() }, "−"),
      h("button", { type: "button", class: "icon-button", "aria-label": "Fit", onClick: () => view.resetCamera() }, "⤢"),
    ),
    legendHost,
    h("div", { class: "embed-footer" }, chip, lensNote, openLink),
  );

  const view = new GraphView(graphEl, {
    onClickNode: (id) => select(id),
    onClickStage: () => select(null),
    onLayoutStatus: () => mirrorToDataset(graphEl, view, session, state.node),
    onFirstDraw: (ms) => (firstDrawMs = ms),
    onEdgesDrawn: (ms) => (edgesDrawnMs = ms),
  });
  const session = new GraphSession(api, view);
  installHooks({
    mode: "embed",
    view,
    session,
    state: () => state,
    ready: () => ready,
    error: () => error,
    firstDrawMs: () => firstDrawMs,
    edgesDrawnMs: () => edgesDrawnMs,
    pathNodes: () => [],
  });
  updateLink();

  openLens()
    .then(() => session.load(state))
    .then(() => {
      ready = true;
      view.setFocusNode(state.focus);
      legendHost.replaceChildren(renderLegend(session.graph, state.color));
      legendHost.querySelector("details")?.removeAttribute("open");
      if (state.node) select(state.node, false);
      mirrorToDataset(graphEl, view, session, state.node);
      graphEl.dataset.ready = "true";
      post({ type: "diplograph:ready", nodeCount: session.graph?.order ?? 0 });
    })
    .catch((e: unknown) => {
      error = e instanceof Error ? e.message : String(e);
      banner.hidden = false;
      banner.textContent = `Could not load the graph: ${error}`;
    });

  async function openLens(): Promise<void> {
    if (!lensId) return;
    lens = isLensApi(api) ? await api.lens(lensId) : null;
    if (!lens) throw new Error(`no lens has the ID “${lensId}”`);
    state = stateOfLens(lens);
    lensNote.hidden = false;
    lensNote.dataset.lensId = lens.id;
    lensNote.dataset.stale = String(lens.stale);
    lensNote.textContent = lens.stale
      ? `Saved ${lens.createdAt.slice(0, 10)}; the graph has changed since (${lens.changes.addedCount} added, ${lens.changes.removedCount} removed)`
      : `Saved ${lens.createdAt.slice(0, 10)}`;
    updateLink();
  }

  function select(id: string | null, announce = true): void {
    state = { ...state, node: id };
    view.setSelected(id);
    if (!lens) history.replaceState(null, "", `${location.pathname}${serializeState(state)}`);
    updateLink();
    mirrorToDataset(graphEl, view, session, id);
    const graph = session.graph;
    if (!id || !graph?.hasNode(id)) {
      chip.hidden = true;
      return;
    }
    const attrs = graph.getNodeAttributes(id);
    chip.hidden = false;
    chip.replaceChildren(kindDot(KIND_COLORS[attrs.kind]), h("strong", null, attrs.label), ` · ${KIND_LABELS[attrs.kind]}`);
    if (announce) {
      const message: SelectMessage = { type: "diplograph:select", id, name: attrs.label, kind: attrs.kind };
      post(message);
    }
  }

  function updateLink(): void {
    const base = location.pathname.replace(/embed\/?$/, "");
    // A lens opens as itself in the explorer, banner and citations included.
    openLink.href = lens ? `${base}lens/${encodeURIComponent(lens.id)}` : `${base}${serializeState({ ...state, view: "graph" })}`;
  }
}

/**
 * The messages carry only public graph data, so any host may read them;
 * "*" is what lets the widget work on pages of other origins.
 */
function post(message: object): void {
  if (window.parent !== window) window.parent.postMessage(message, "*");
}
