import { isCurationApi, isLensApi, isStanceApi, type Api, type DocumentRef, type Evidence, type Lens, type PathResult } from "../api/types";
import { download, toGraphML, toJSON } from "../graph/export";
import { GraphView } from "../graph/view";
import { foldText } from "../state/text";
import { lensInputOf, stateOfLens } from "../state/lens";
import { parseState, serializeState, Store, type ViewState } from "../state/viewState";
import { SearchCombobox } from "../ui/combobox";
import { renderDocument } from "../ui/documentReader";
import { h } from "../ui/dom";
import { FiltersPanel } from "../ui/filters";
import { renderLegend } from "../ui/legend";
import { renderListView } from "../ui/listView";
import { renderAlignmentPanel, renderStanceView } from "../ui/stanceView";
import { entityCorrections, relationCorrections, type CuratorActions } from "../ui/curatorControls";
import { TimelineStrip } from "../ui/timeline";
import { renderNodePanel } from "../ui/nodePanel";
import { renderRelationPanel } from "../ui/relationPanel";
import { documentTitle, rememberTitles } from "../api/titles";
import { RELATION_LABELS, RELATION_VERBS, edgeSwatchStyle } from "../graph/palette";
import type { RelationDetail } from "../api/types";
import { PathPanel } from "../ui/pathPanel";
import { UploadBox, curatorToken } from "../ui/uploadBox";
import { CitationPanel, SaveLensMenu, renderLensBar } from "../ui/lensPanel";
import { GraphSession } from "./session";
import { installHooks, mirrorToDataset } from "./testHooks";

type FilterKey = "kinds" | "subtypes" | "rels" | "doc" | "minDegree" | "minConfidence" | "isolated" | "years" | "undated";
const FILTER_KEYS: FilterKey[] = ["kinds", "subtypes", "rels", "doc", "minDegree", "minConfidence", "isolated", "years", "undated"];

/** The full explorer: search, filters, panels, reader, path finder, list view, exports. */
/** A lens the page opens (/lens/ID): its ID, and the lens itself unless none has the ID. */
export interface OpenedLens {
  id: string;
  lens: Lens | null;
}

export function startExplorer(root: HTMLElement, api: Api, opened: OpenedLens | null = null): void {
  // A lens sets the first view; a query string, written as its reader
  // moved on from it (and kept over a reload), wins.
  const store = new Store(opened?.lens && !location.search ? stateOfLens(opened.lens) : parseState(location.search));
  let ready = false;
  let error: string | null = null;
  let firstDrawMs: number | null = null;
  let edgesDrawnMs: number | null = null;
  let pathResult: PathResult | null = null;
  let pathOpen = !!(store.get().from || store.get().to);
  let filtersOpen = window.matchMedia?.("(min-width: 1100px)").matches ?? false;
  let documents: DocumentRef[] = [];
  let readerHighlight: { start: number; end: number } | null = null;
  let readerReturnFocus: HTMLElement | null = null;
  let entityTicket = 0;
  let pathTicket = 0;
  let readerTicket = 0;
  let relationTicket = 0;
  const relationCache = new Map<string, Promise<RelationDetail | null>>();
  let frameWhenSettled = false;

  // ---- DOM skeleton -------------------------------------------------------
  const search = new SearchCombobox({
    api,
    label: "Search entities",
    placeholder: "Search actors, forums, treaties, issues…  ( / )",
    className: "main-search",
    onInput: (text) => store.update({ q: text }),
    onSelect: (hit) => selectFromUser(hit.entity.id),
  });
  search.input.id = "search-input";
  const filtersButton = toolbarButton("Filters", "filters-drawer", () => setFiltersOpen(!filtersOpen));
  const pathButton = toolbarButton("Path", "side-panel", () => openPathFinder());
  const graphToggle = h("button", { type: "button", "aria-pressed": "true", onClick: () => store.update({ view: "graph" }) }, "Graph");
  const listToggle = h("button", { type: "button", "aria-pressed": "false", onClick: () => store.update({ view: "list" }) }, "List");
  const stanceApi = isStanceApi(api) ? api : null;
  const stanceToggle = h(
    "button",
    { type: "button", "aria-pressed": "false", hidden: !stanceApi, onClick: () => store.update({ view: "stances" }) },
    "Stances",
  );
  const colorSelect = h(
    "select",
    { "aria-label": "Colour nodes by", onChange: (e: Event) => store.update({ color: (e.target as HTMLSelectElement).value as ViewState["color"] }) },
    h("option", { value: "kind" }, "Colour: kind"),
    h("option", { value: "community" }, "Colour: community"),
  );
  const sizeSelect = h(
    "select",
    { "aria-label": "Size nodes by", onChange: (e: Event) => store.update({ size: (e.target as HTMLSelectElement).value as ViewState["size"] }) },
    h("option", { value: "degree" }, "Size: relations"),
    h("option", { value: "centrality" }, "Size: centrality"),
  );
  const exportMenu = h(
    "details",
    { class: "menu" },
    h("summary", null, "Export"),
    h(
      "div",
      { class: "menu-items", role: "group", "aria-label": "Export the current view" },
      h("button", { type: "button", "data-export": "png", onClick: () => void exportAs("png") }, "PNG image"),
      h("button", { type: "button", "data-export": "graphml", onClick: () => void exportAs("graphml") }, "GraphML"),
      h("button", { type: "button", "data-export": "json", onClick: () => void exportAs("json") }, "JSON (graphology)"),
    ),
  );
  const shareButton = h("button", { type: "button", onClick: () => void share() }, "Share");
  const lensApi = isLensApi(api) ? api : null;
  const saveLensMenu = lensApi ? new SaveLensMenu(lensApi, (title) => lensInputOf(store.get(), title)) : null;
  const lens = opened?.lens ?? null;
  const citationPanel = lens ? new CitationPanel(lens, () => (citationPanel!.element.hidden = true)) : null;
  const lensBar = lens
    ? renderLensBar(lens, {
        // The same view as a plain explorer link: what the lens shows, on the graph as it is.
        showCurrent: () => location.assign(`${new URL("./", document.baseURI).pathname}${serializeState(store.get())}`),
        openCitations: () => (citationPanel!.element.hidden = false),
      })
    : null;
  // Curators open the page with #token=… (the server's DIPLOGRAPH_ADMIN_TOKEN) to get the upload box.
  const token = curatorToken();
  const ingest = api.ingestDocument?.bind(api);
  const uploadBox =
    token && ingest
      ? new UploadBox({
          ingest: (name, text) => ingest(name, text, token),
          loaded: (report) => reloadAfterUpload(report.document?.name ?? "the document"),
        })
      : null;
  // With the token, panels also offer corrections; each redraws the graph as corrected.
  const corrections = token && isCurationApi(api) ? api : null;
  const curator: CuratorActions | null = corrections && token
    ? {
        reject: async (id, reason) => {
          await corrections.rejectRelation(id, reason, token);
          await reloadAfterCorrection("The relation is rejected.");
        },
        merge: async (into, from, reason) => {
          await corrections.mergeEntities(into, from, reason, token);
          await reloadAfterCorrection("The entities are merged.");
        },
        add: async (type, source, target, document, evidence, reason) => {
          await corrections.addRelation(type, source, target, document, evidence, reason, token);
          await reloadAfterCorrection("The relation is added.");
        },
      }
    : null;

  const graphEl = h("div", {
    id: "graph",
    class: "graph",
    tabindex: "0",
    role: "application",
    "aria-roledescription": "graph",
    "aria-label": "Graph of entities. Arrow keys pan, plus and minus zoom, 0 resets. Use the List view for a readable table.",
  });
  const listEl = h("div", { id: "list-view", class: "list-view", hidden: true });
  const stanceEl = h("div", { id: "stance-view", class: "stance-view", hidden: true });
  const legendHost = h("div", { class: "legend-host" });
  const status = h("p", { class: "status", "aria-live": "polite" });
  const layoutStatus = h("span", { class: "layout-status" });
  const isolatedToggle = h("button", {
    type: "button",
    class: "isolated-toggle",
    hidden: true,
    onClick: () => store.update({ isolated: !store.get().isolated }),
  });
  const focusBar = h("div", { class: "focus-bar", hidden: true });
  const busy = h("div", { class: "busy", role: "status", hidden: true }, "Loading the graph…");
  const banner = h("div", { class: "banner", role: "alert", hidden: true });
  const toast = h("div", { class: "toast", role: "status", "aria-live": "polite", hidden: true });
  const edgeTip = h("div", { class: "edge-tip", role: "tooltip", hidden: true });
  const controls = h(
    "div",
    { class: "canvas-controls", role: "group", "aria-label": "Zoom and layout" },
    h("button", { type: "button", class: "icon-button", "aria-label": "Zoom in", title: "Zoom in", onClick: () => view.zoomIn() }, "+"),
    h("button", { type: "button", class: "icon-button", "aria-label": "Zoom out", title: "Zoom out", onClick: () => view.zoomOut() }, "−"),
    h("button", { type: "button", class: "icon-button", "aria-label": "Fit the whole graph", title: "Fit", onClick: () => view.resetCamera() }, "⤢"),
    h("button", { type: "button", class: "icon-button", "aria-label": "Run the layout again", title: "Re-run layout", onClick: () => view.restartLayout() }, "↻"),
  );

  const filters = new FiltersPanel(
    (patch) => store.update(patch),
    () => setFiltersOpen(false),
  );
  const timeline = new TimelineStrip((patch) => store.update(patch));
  const filtersDrawer = h("aside", { id: "filters-drawer", class: "drawer", "aria-label": "Filters", hidden: true }, filters.element);
  const pathPanel = new PathPanel(api, {
    setEnds: (from, to) => store.update({ from, to }),
    select: (id) => selectFromUser(id),
    openEvidence: (ev) => openEvidence(ev),
    close: () => closePathFinder(),
  });
  const nodeHost = h("div", { class: "node-host" });
  const sidePanel = h("aside", { id: "side-panel", class: "side-panel", "aria-label": "Details", hidden: true }, pathPanel.element, nodeHost);
  const readerHost = h("div", { id: "reader", class: "reader-host", role: "dialog", "aria-modal": "false", "aria-label": "Document", hidden: true });

  const stage = h(
    "main",
    { class: "stage", "aria-label": "Graph" },
    focusBar,
    banner,
    graphEl,
    listEl,
    stanceEl,
    controls,
    legendHost,
    timeline.element,
    h("div", { class: "status-bar" }, status, layoutStatus, isolatedToggle),
    busy,
    edgeTip,
  );

  root.classList.add("explorer");
  root.replaceChildren(
    h("a", { class: "skip-link", href: "#search-input" }, "Skip to search"),
    h(
      "header",
      { class: "topbar" },
      h("a", { class: "brand", href: "./", "aria-label": "Diplograph home" }, "Diplograph"),
      search.element,
      h(
        "nav",
        { class: "toolbar", "aria-label": "View tools" },
        filtersButton,
        pathButton,
        h("div", { class: "segmented", role: "group", "aria-label": "Show as" }, graphToggle, listToggle, stanceToggle),
        colorSelect,
        sizeSelect,
        exportMenu,
        shareButton,
        saveLensMenu?.element ?? null,
        uploadBox?.element ?? null,
      ),
    ),
    ...(lensBar ? [lensBar] : []),
    h(
      "div",
      { class: "workspace" },
      filtersDrawer,
      stage,
      sidePanel,
    ),
    readerHost,
    ...(citationPanel ? [citationPanel.element] : []),
    toast,
  );
  if (opened && !opened.lens) showBanner(`No lens has the ID “${opened.id}”: this is the explorer's first view.`);

  // ---- graph --------------------------------------------------------------
  const view = new GraphView(graphEl, {
    onClickNode: (id) => selectFromUser(id, false),
    onDoubleClickNode: (id) => void expandFromUser(id),
    onClickStage: () => store.update({ node: null, rel: null }),
    onClickEdge: (id) => {
      hideEdgeTip();
      store.update({ rel: id, node: null });
    },
    onHoverEdge: (id, at) => showEdgeTip(id, at),
    onLayoutStatus: (status) => {
      updateStatus();
      // Once the layout has put things somewhere, the camera frames what the
      // view is about (a path, a neighbourhood, a shared link's node, or all
      // that is shown), unless the user has already moved it.
      if (status === "settled" && frameWhenSettled) {
        frameWhenSettled = false;
        if (view.userMovedCamera) return;
        const now = store.get();
        if (pathResult) view.frameNodes(pathResult.nodes.map((n) => n.id));
        else if (now.focus) view.frameVisible();
        else if (now.node && session.graph?.hasNode(now.node)) view.focusNode(now.node);
        else if (!view.isLarge) view.frameVisible();
      }
    },
    onFirstDraw: (ms) => {
      firstDrawMs = ms;
    },
    onEdgesDrawn: (ms) => {
      edgesDrawnMs = ms;
    },
  });
  const session = new GraphSession(api, view);
  // On a phone the details sheet covers the bottom of the canvas.
  view.setInsets(() => ({
    bottom: !sidePanel.hidden && getComputedStyle(sidePanel).position === "absolute" ? sidePanel.offsetHeight : 0,
  }));
  installHooks({
    mode: "explorer",
    view,
    session,
    state: () => store.get(),
    ready: () => ready,
    error: () => error,
    firstDrawMs: () => firstDrawMs,
    edgesDrawnMs: () => edgesDrawnMs,
    pathNodes: () => (pathResult ? pathResult.nodes.map((n) => n.id) : []),
  });

  // ---- state → view -------------------------------------------------------
  store.subscribe((next, prev) => {
    syncUrl(next, prev);
    void render(next, prev);
  });
  window.addEventListener("popstate", () => store.replace(parseState(location.search)));
  document.addEventListener("keydown", onGlobalKey);

  void api
    .documents()
    .then((docs) => {
      documents = docs;
      rememberTitles(docs);
      if (session.graph) filters.setData(session.facets(), documents, store.get());
    })
    .catch(() => undefined);
  void render(store.get(), null);

  async function render(next: ViewState, prev: ViewState | null): Promise<void> {
    const changed = (key: keyof ViewState) => !prev || JSON.stringify(prev[key]) !== JSON.stringify(next[key]);
    syncControls(next);
    if (changed("focus") || changed("depth")) {
      await loadGraph(next);
      return;
    }
    if (FILTER_KEYS.some(changed)) {
      session.applyVisibility(next);
      filters.sync(next);
      timeline.sync(next);
      renderList();
    }
    if (changed("color") || changed("size")) {
      session.applyAppearance(next);
      legendHost.replaceChildren(renderLegend(session.graph, next.color));
    }
    if (changed("node")) void showEntity(next.node);
    if (changed("rel")) void showRelation(next.rel);
    if (changed("q")) applySearchLabels(next.q);
    if (changed("view")) renderList();
    if (changed("read")) void showReader(next.read);
    if (changed("from") || changed("to")) void showPath(next);
    updateStatus();
  }

  async function loadGraph(state: ViewState): Promise<void> {
    busy.hidden = false;
    banner.hidden = true;
    try {
      const changedGraph = await session.load(state);
      error = null;
      if (!changedGraph) return;
      const now = store.get();
      filters.setData(session.facets(), documents, now);
      legendHost.replaceChildren(renderLegend(session.graph, now.color));
      refreshTimeline(now);
      updateFocusBar(now);
      applySearchLabels(now.q);
      view.setFocusNode(now.focus);
      view.setSelected(now.node);
      frameWhenSettled = true;
      void showEntity(now.node);
      void showRelation(now.rel);
      void showReader(now.read);
      void showPath(now);
      renderList();
      if (session.graph?.order === 0 && now.focus) showBanner(`Nothing to show around “${now.focus}”.`);
      ready = true;
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
      showBanner(`Could not load the graph: ${error}`, () => void loadGraph(store.get()));
    } finally {
      busy.hidden = true;
      updateStatus();
    }
  }

  function syncControls(state: ViewState): void {
    colorSelect.value = state.color;
    sizeSelect.value = state.size;
    graphToggle.setAttribute("aria-pressed", String(state.view === "graph"));
    listToggle.setAttribute("aria-pressed", String(state.view === "list"));
    stanceToggle.setAttribute("aria-pressed", String(state.view === "stances"));
    if (document.activeElement !== search.input) search.setText(state.q);
    root.classList.toggle("has-side", !sidePanel.hidden);
  }

  function updateStatus(): void {
    const graph = session.graph;
    if (graph) {
      const shown = `${view.visibleNodeCount} of ${graph.order} entities · ${view.visibleEdgeCount} of ${graph.size} relations shown`;
      status.textContent = session.truncated ? `${shown} (the graph was cut at its size limit)` : shown;
    }
    layoutStatus.textContent = view.layoutStatus === "running" ? "· laying out…" : "";
    const isolated = view.isolatedCount;
    isolatedToggle.hidden = isolated === 0;
    const showing = store.get().isolated;
    isolatedToggle.textContent = showing ? `Hide ${isolated} unconnected` : `Show ${isolated} unconnected`;
    isolatedToggle.setAttribute("aria-pressed", String(showing));
    isolatedToggle.title = showing
      ? "Hide the entities that have no relation on screen"
      : `${isolated} entities have no relation on screen (none found, or all filtered out); show them as loose dots`;
    mirrorToDataset(graphEl, view, session, store.get().node);
    graphEl.dataset.ready = String(ready);
  }

  function updateFocusBar(state: ViewState): void {
    // The bar sits over the canvas top; the canvas shrinks so no node hides under it.
    stage.classList.toggle("has-focus-bar", !!state.focus);
    requestAnimationFrame(() => view.resize());
    if (!state.focus) {
      focusBar.hidden = true;
      return;
    }
    const name = session.graph?.hasNode(state.focus) ? session.graph.getNodeAttribute(state.focus, "label") : state.focus;
    const depth = h(
      "select",
      { "aria-label": "Depth", onChange: (e: Event) => store.update({ depth: Number((e.target as HTMLSelectElement).value) }) },
      [1, 2, 3].map((d) => h("option", { value: String(d), selected: d === state.depth }, `${d} hop${d > 1 ? "s" : ""}`)),
    );
    focusBar.hidden = false;
    focusBar.replaceChildren(
      h("span", null, "Neighbourhood of ", h("strong", null, name)),
      depth,
      h("button", { type: "button", onClick: () => store.update({ focus: null }) }, "Show whole graph"),
    );
  }

  // ---- selection ----------------------------------------------------------
  /** A user's pick: if the loaded subgraph lacks the node, show its neighbourhood. */
  function selectFromUser(id: string, centre = true): void {
    const graph = session.graph;
    if (graph && !graph.hasNode(id)) {
      store.update({ node: id, rel: null, focus: id, depth: 1 });
      return;
    }
    store.update({ node: id, rel: null });
    if (centre) view.focusNode(id);
  }

  async function showEntity(id: string | null): Promise<void> {
    view.setSelected(id);
    const ticket = ++entityTicket;
    if (!id) {
      if (!store.get().rel) nodeHost.replaceChildren();
      updateSidePanel();
      return;
    }
    nodeHost.replaceChildren(h("p", { class: "muted panel-loading" }, "Loading…"));
    updateSidePanel();
    try {
      const detail = await api.entity(id);
      if (ticket !== entityTicket) return;
      if (!detail) {
        nodeHost.replaceChildren(h("p", { class: "muted panel-loading" }, `No entity “${id}”.`));
        return;
      }
      nodeHost.replaceChildren(
        renderNodePanel(detail, store.get().focus === id ? store.get().depth : 1, {
          select: (other) => selectFromUser(other),
          focus: (other, depth) => store.update({ focus: other, depth, node: other }),
          pathFrom: (other) => openPathFinder(other, null),
          pathTo: (other) => openPathFinder(null, other),
          centre: (other) => view.focusNode(other),
          openEvidence: (ev) => openEvidence(ev),
          close: () => store.update({ node: null }),
        }),
      );
      if (stanceApi && detail.kind === "ACTOR") nodeHost.append(renderAlignmentPanel(stanceApi, id, (other) => selectFromUser(other)));
      if (curator) nodeHost.append(entityCorrections(id, documents, curator));
    } catch (e) {
      if (ticket === entityTicket) nodeHost.replaceChildren(h("p", { class: "banner-inline" }, `Could not load details: ${message(e)}`));
    }
  }

  // ---- expansion (double-click adds a node's neighbours; Backspace undoes) ---
  let expanding = false;
  async function expandFromUser(id: string): Promise<void> {
    const graph = session.graph;
    if (!graph?.hasNode(id) || expanding) return;
    expanding = true;
    const name = graph.getNodeAttribute(id, "label");
    try {
      const added = await session.expand(id, store.get());
      if (!added) return;
      if (!added.nodes.length && !added.edges.length) {
        showToast(`Every neighbour of ${name} is already shown.`);
        return;
      }
      afterGraphEdit();
      // The new arc can reach past the screen's edge: frame what is shown now.
      view.frameVisible();
      showToast(`Added ${plural(added.nodes.length, "entity", "entities")} and ${plural(added.edges.length, "relation", "relations")} around ${name}. Backspace takes them away.`);
    } catch (e) {
      showToast(`Could not expand ${name}: ${message(e)}`);
    } finally {
      expanding = false;
    }
  }

  function undoExpansion(): boolean {
    const undone = session.undoExpansion(store.get());
    if (!undone) return false;
    const graph = session.graph;
    const state = store.get();
    if (state.node && !graph?.hasNode(state.node)) store.update({ node: null });
    if (state.rel && !graph?.hasEdge(state.rel)) store.update({ rel: null });
    afterGraphEdit();
    const name = graph?.hasNode(undone.node) ? graph.getNodeAttribute(undone.node, "label") : undone.node;
    showToast(`Took away the ${plural(undone.nodes.length, "entity", "entities")} expanding ${name} added.`);
    return true;
  }

  /** Redraws the timeline strip for the drawn graph; the graph makes room for it when it shows. */
  function refreshTimeline(now: ViewState): void {
    timeline.setData(session.graph, now);
    stage.classList.toggle("has-timeline", !timeline.element.hidden);
  }

  /** What depends on the drawn graph's contents, after nodes joined or left it. */
  function afterGraphEdit(): void {
    const now = store.get();
    filters.setData(session.facets(), documents, now);
    legendHost.replaceChildren(renderLegend(session.graph, now.color));
    refreshTimeline(now);
    applySearchLabels(now.q);
    view.setSelected(now.node);
    renderList();
    updateStatus();
  }

  async function reloadAfterCorrection(done: string): Promise<void> {
    session.invalidate();
    relationCache.clear();
    stancesShown = false;
    await loadGraph(store.get());
    renderStances();
    showToast(done);
  }

  async function reloadAfterUpload(name: string): Promise<void> {
    session.invalidate();
    relationCache.clear();
    try {
      documents = await api.documents();
      rememberTitles(documents);
    } catch {
      // The document list is a nicety; the graph is what must be redrawn.
    }
    await loadGraph(store.get());
    showToast(`“${name}” is in the graph.`);
  }

  // ---- relations ------------------------------------------------------------
  function relationDetail(id: string): Promise<RelationDetail | null> {
    const graph = session.graph;
    let cached = relationCache.get(id);
    if (!cached) {
      const end = graph?.hasEdge(id) ? graph.source(id) : null;
      cached = end ? api.relation(id, end) : Promise.resolve(null);
      cached.catch(() => relationCache.delete(id));
      relationCache.set(id, cached);
    }
    return cached;
  }

  async function showRelation(id: string | null): Promise<void> {
    view.setSelectedEdge(id);
    const ticket = ++relationTicket;
    if (!id) {
      if (!store.get().node) nodeHost.replaceChildren();
      updateSidePanel();
      return;
    }
    nodeHost.replaceChildren(h("p", { class: "muted panel-loading" }, "Loading…"));
    updateSidePanel();
    try {
      const detail = await relationDetail(id);
      if (ticket !== relationTicket || store.get().rel !== id) return;
      if (!detail) {
        nodeHost.replaceChildren(h("p", { class: "muted panel-loading" }, `No relation “${id}” in this view.`));
        return;
      }
      nodeHost.replaceChildren(
        renderRelationPanel(detail, {
          select: (other) => {
            store.update({ rel: null });
            selectFromUser(other);
          },
          openEvidence: (ev) => openEvidence(ev),
          close: () => store.update({ rel: null }),
        }),
      );
      if (curator) nodeHost.append(relationCorrections(detail.id, curator));
      nodeHost.querySelector<HTMLElement>("#relation-panel-title")?.focus({ preventScroll: true });
    } catch (e) {
      if (ticket === relationTicket) nodeHost.replaceChildren(h("p", { class: "banner-inline" }, `Could not load the relation: ${message(e)}`));
    }
  }

  let tipEdge: string | null = null;
  let tipHide = 0;
  function showEdgeTip(id: string | null, at: { x: number; y: number } | null): void {
    const graph = session.graph;
    window.clearTimeout(tipHide);
    if (!id || !at || !graph?.hasEdge(id)) {
      // A short grace: thin lines are easy to slip off and back onto.
      tipHide = window.setTimeout(hideEdgeTip, 150);
      return;
    }
    if (id === tipEdge && !edgeTip.hidden) return;
    tipEdge = id;
    const a = graph.getEdgeAttributes(id);
    const source = graph.getNodeAttribute(graph.source(id), "label");
    const target = graph.getNodeAttribute(graph.target(id), "label");
    const sentence = h("p", { class: "edge-tip-sentence muted" }, "…");
    edgeTip.replaceChildren(
      h("p", { class: "edge-tip-type" }, h("span", { class: "edge-swatch", style: edgeSwatchStyle(a.relation), "aria-hidden": "true" }), RELATION_LABELS[a.relation]),
      h("p", { class: "edge-tip-title" }, `${source} ${RELATION_VERBS[a.relation]} ${target}`),
      sentence,
      h("p", { class: "edge-tip-hint muted" }, "Click for all the evidence"),
    );
    edgeTip.dataset.edge = id;
    // Near the pointer, kept inside the stage.
    const stageBox = stage.getBoundingClientRect();
    const graphBox = graphEl.getBoundingClientRect();
    const x = graphBox.left - stageBox.left + at.x + 14;
    const y = graphBox.top - stageBox.top + at.y + 14;
    edgeTip.hidden = false;
    edgeTip.style.left = `${Math.max(4, Math.min(x, stageBox.width - edgeTip.offsetWidth - 8))}px`;
    edgeTip.style.top = `${Math.max(4, Math.min(y, stageBox.height - edgeTip.offsetHeight - 36))}px`;
    void relationDetail(id)
      .then((detail) => {
        if (tipEdge !== id) return;
        const ev = detail?.evidence[0];
        sentence.textContent = ev ? `“${ev.text}”` : "No sentence recorded.";
        sentence.classList.remove("muted");
        if (ev) sentence.append(h("span", { class: "edge-tip-doc muted" }, ` — ${documentTitle(ev.document)}`));
      })
      .catch(() => {
        if (tipEdge === id) sentence.textContent = "Could not load the sentence.";
      });
  }

  function hideEdgeTip(): void {
    window.clearTimeout(tipHide);
    tipEdge = null;
    edgeTip.hidden = true;
    delete edgeTip.dataset.edge;
  }

  function updateSidePanel(): void {
    pathPanel.element.hidden = !pathOpen;
    pathButton.setAttribute("aria-expanded", String(pathOpen));
    sidePanel.hidden = !pathOpen && !store.get().node && !store.get().rel;
    root.classList.toggle("has-side", !sidePanel.hidden);
  }

  function applySearchLabels(q: string): void {
    const needle = foldText(q);
    const graph = session.graph;
    if (!graph || needle.length < 2) {
      view.setLabelled([]);
      return;
    }
    const hits: string[] = [];
    graph.forEachNode((id, a) => {
      if ([a.label, ...a.aliases].some((name) => foldText(name).includes(needle))) hits.push(id);
    });
    view.setLabelled(hits.length > 200 ? [] : hits);
  }

  // ---- path finder --------------------------------------------------------
  function openPathFinder(from?: string | null, to?: string | null): void {
    pathOpen = true;
    updateSidePanel();
    const state = store.get();
    const patch: Partial<ViewState> = {};
    if (from !== undefined && from !== null) patch.from = from;
    if (to !== undefined && to !== null) patch.to = to;
    store.update(patch);
    const next = store.get();
    pathPanel.setEnds(nameOf(next.from), nameOf(next.to));
    if (state === next || !(next.from && next.to)) pathPanel.focusFirstEmpty();
  }

  function closePathFinder(): void {
    pathOpen = false;
    store.update({ from: null, to: null });
    updateSidePanel();
  }

  async function showPath(state: ViewState): Promise<void> {
    const ticket = ++pathTicket;
    if (state.from || state.to) pathOpen = true;
    updateSidePanel();
    pathPanel.setEnds(nameOf(state.from), nameOf(state.to));
    if (!state.from || !state.to) {
      pathResult = null;
      view.setPath([], []);
      pathPanel.showMessage(state.from || state.to ? "Choose the other end." : "Choose two entities.");
      return;
    }
    if (state.from === state.to) {
      pathResult = null;
      view.setPath([], []);
      pathPanel.showMessage("Both ends are the same entity.");
      return;
    }
    pathPanel.showLoading();
    try {
      const path = await api.shortestPath(state.from, state.to, state.rels.length ? state.rels : null);
      if (ticket !== pathTicket) return;
      pathResult = path;
      pathPanel.showPath(path);
      if (!path) {
        view.setPath([], []);
        return;
      }
      const first = path.nodes[0];
      const last = path.nodes[path.nodes.length - 1];
      if (first && last) pathPanel.setEnds(first, last);
      session.addPath(path, store.get());
      view.setPath(
        path.nodes.map((n) => n.id),
        path.edges.map((e) => e.id),
      );
      view.frameNodes(path.nodes.map((n) => n.id));
      updateStatus();
    } catch (e) {
      if (ticket === pathTicket) pathPanel.showMessage(`Could not find a path: ${message(e)}`);
    }
  }

  function nameOf(id: string | null): { id: string; name: string } | null {
    if (!id) return null;
    const graph = session.graph;
    const fromPath = pathResult?.nodes.find((n) => n.id === id);
    if (fromPath) return { id, name: fromPath.name };
    return { id, name: graph?.hasNode(id) ? graph.getNodeAttribute(id, "label") : id };
  }

  // ---- document reader ----------------------------------------------------
  function openEvidence(ev: Evidence): void {
    readerHighlight = ev.end > ev.start ? { start: ev.start, end: ev.end } : null;
    readerReturnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (store.get().read === ev.document.id) void showReader(ev.document.id);
    else store.update({ read: ev.document.id });
  }

  async function showReader(id: string | null): Promise<void> {
    const ticket = ++readerTicket;
    if (!id) {
      readerHost.hidden = true;
      readerHost.replaceChildren();
      readerHighlight = null;
      readerReturnFocus?.focus();
      readerReturnFocus = null;
      return;
    }
    readerHost.hidden = false;
    readerHost.replaceChildren(h("p", { class: "muted panel-loading" }, "Loading the document…"));
    try {
      const doc = await api.document(id);
      if (ticket !== readerTicket) return;
      if (!doc) {
        readerHost.replaceChildren(h("p", { class: "panel-loading" }, `No document “${id}”.`));
        return;
      }
      readerHost.replaceChildren(
        renderDocument(doc, readerHighlight, {
          select: (entity) => {
            store.update({ read: null });
            selectFromUser(entity);
          },
          filterToDocument: (docId) => store.update({ doc: docId, read: null }),
          close: () => store.update({ read: null }),
        }),
      );
      readerHost.querySelector<HTMLElement>("#reader-title")?.focus();
    } catch (e) {
      if (ticket === readerTicket) readerHost.replaceChildren(h("p", { class: "panel-loading" }, `Could not load the document: ${message(e)}`));
    }
  }

  // ---- list view ----------------------------------------------------------
  // The stance matrix does not follow the drawing's filters: it is asked for
  // once, when the view first opens.
  let stancesShown = false;
  function renderStances(): void {
    stanceEl.hidden = store.get().view !== "stances";
    if (stanceEl.hidden || stancesShown || !stanceApi) return;
    stancesShown = true;
    stanceEl.replaceChildren(h("p", { class: "muted" }, "Loading the stances…"));
    stanceApi
      .stances(10, 10)
      .then((m) => stanceEl.replaceChildren(renderStanceView(m, (id) => selectFromUser(id, false))))
      .catch((e: unknown) => {
        stancesShown = false;
        stanceEl.replaceChildren(h("p", { class: "banner-inline" }, `Could not load the stances: ${message(e)}`));
      });
  }

  function renderList(): void {
    renderStances();
    const showList = store.get().view === "list";
    const covered = store.get().view !== "graph";
    listEl.hidden = !showList;
    graphEl.classList.toggle("behind", covered);
    controls.hidden = covered;
    legendHost.hidden = covered;
    if (!showList || !session.graph) {
      listEl.replaceChildren();
      return;
    }
    listEl.replaceChildren(
      renderListView(
        session.graph,
        (id) => view.isNodeVisible(id),
        (id) => view.isEdgeVisible(id),
        (id) => selectFromUser(id, false),
      ),
    );
  }

  // ---- filters drawer -----------------------------------------------------
  function setFiltersOpen(open: boolean): void {
    filtersOpen = open;
    filtersDrawer.hidden = !open;
    filtersButton.setAttribute("aria-expanded", String(open));
    root.classList.toggle("has-filters", open);
    if (open) filtersDrawer.querySelector<HTMLElement>("input, select, button")?.focus({ preventScroll: true });
    // The canvas changes size with the drawer; sigma only notices a window resize.
    requestAnimationFrame(() => view.resize());
  }
  setFiltersOpen(filtersOpen);

  // ---- exports & sharing --------------------------------------------------
  async function exportAs(format: "png" | "graphml" | "json"): Promise<void> {
    exportMenu.open = false;
    const graph = session.graph;
    if (!graph) return;
    const base = `diplograph${store.get().focus ? "-" + store.get().focus!.replace(/[^a-z0-9-]+/gi, "-") : ""}`;
    try {
      if (format === "png") download(`${base}.png`, await view.exportPng());
      else if (format === "graphml")
        download(`${base}.graphml`, toGraphML(graph, (id) => view.isNodeVisible(id), (id) => view.isEdgeVisible(id)), "application/graphml+xml");
      else download(`${base}.json`, toJSON(graph, (id) => view.isNodeVisible(id), (id) => view.isEdgeVisible(id)), "application/json");
    } catch (e) {
      showToast(`Export failed: ${message(e)}`);
    }
  }

  async function share(): Promise<void> {
    const url = location.href;
    try {
      await navigator.clipboard.writeText(url);
      showToast("Link copied: it restores this view.");
    } catch {
      // Clipboard access needs a secure context; offer the link to copy by hand.
      const field = h("input", { type: "text", value: url, readonly: true, "aria-label": "Link to this view" });
      toast.replaceChildren(h("span", null, "Copy this link: "), field);
      toast.hidden = false;
      field.select();
    }
  }

  function showToast(text: string): void {
    toast.replaceChildren(text);
    toast.hidden = false;
    window.setTimeout(() => (toast.hidden = true), 3500);
  }

  function showBanner(text: string, retry?: () => void): void {
    banner.hidden = false;
    banner.replaceChildren(text);
    if (retry) banner.append(h("button", { type: "button", onClick: retry }, "Retry"));
  }

  // ---- URL ----------------------------------------------------------------
  function syncUrl(next: ViewState, prev: ViewState): void {
    const url = `${location.pathname}${serializeState(next)}${location.hash}`;
    if (url === `${location.pathname}${location.search}${location.hash}`) return;
    // Moving between entities, neighbourhoods or documents is navigation the
    // Back button should undo; filter tweaks only rewrite the current entry.
    const navigation = next.node !== prev.node || next.rel !== prev.rel || next.focus !== prev.focus || next.depth !== prev.depth || next.read !== prev.read;
    if (navigation) history.pushState(null, "", url);
    else history.replaceState(null, "", url);
  }

  // ---- keyboard -----------------------------------------------------------
  function onGlobalKey(e: KeyboardEvent): void {
    const target = e.target as HTMLElement | null;
    const typing = !!target && (target.tagName === "INPUT" || target.tagName === "TEXTAREA" || target.tagName === "SELECT" || target.isContentEditable);
    if (e.key === "/" && !typing) {
      e.preventDefault();
      search.focus();
      return;
    }
    if (e.key === "Backspace" && !typing && !e.defaultPrevented && !e.altKey && !e.ctrlKey && !e.metaKey) {
      if (undoExpansion()) e.preventDefault();
      return;
    }
    if (e.key !== "Escape" || e.defaultPrevented) return;
    // Esc closes the topmost thing: reader, export menu, details, path finder, filters.
    const state = store.get();
    if (state.read) store.update({ read: null });
    else if (exportMenu.open) exportMenu.open = false;
    else if (state.rel) store.update({ rel: null });
    else if (state.node) {
      store.update({ node: null });
      search.input.focus();
    } else if (pathOpen) closePathFinder();
    else if (filtersOpen) {
      setFiltersOpen(false);
      filtersButton.focus();
    }
  }
}

function toolbarButton(label: string, controls: string, onClick: () => void): HTMLButtonElement {
  return h("button", { type: "button", "aria-controls": controls, "aria-expanded": "false", onClick }, label);
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
