import Sigma from "sigma";
import { EdgeArrowProgram, EdgeLineProgram, EdgeRectangleProgram, NodeCircleProgram, NodePointProgram } from "sigma/rendering";
import type { Settings } from "sigma/settings";
import type { NodeDisplayData, EdgeDisplayData, PartialButFor } from "sigma/types";
import { drawDiscNodeLabel } from "sigma/rendering";
import type { RelationType } from "../api/types";
import { edgeHolds, nodesOnly, type DiploGraph, type EdgeAttrs, type NodeAttrs, type YearWindow } from "./model";
import { LayoutRunner, type LayoutStatus } from "./layout";
import { styledEdgePrograms } from "./edgeStyles";
import { DIMMED_EDGE_COLOR, DIMMED_NODE_COLOR, PATH_COLOR, RELATION_COLORS } from "./palette";

export interface GraphViewEvents {
  onClickNode(id: string): void;
  /** A node double-clicked (the explorer expands it; sigma's double-click zoom is then skipped). */
  onDoubleClickNode?(id: string): void;
  /** A relation clicked on the canvas (small graphs only: picking edges costs a pass). */
  onClickEdge?(id: string): void;
  /** The pointer entered (id, at viewport x/y) or left (null) a relation. */
  onHoverEdge?(id: string | null, at: { x: number; y: number } | null): void;
  onClickStage(): void;
  onLayoutStatus?(status: LayoutStatus): void;
  onFirstDraw?(ms: number): void;
  onEdgesDrawn?(ms: number): void;
}

/** Which nodes and relation types the filters let through. */
export interface Visibility {
  nodes: Set<string> | null;
  relationTypes: Set<RelationType> | null;
  /** Relations below this confidence are hidden. */
  minConfidence: number;
  /** How many entities have no shown relation (hidden unless asked for). */
  isolatedCount: number;
  /** The time window relations must hold in; null for none. */
  years?: YearWindow | null;
  /**
   * Whether `nodes` can hide an edge's end. False when it only hides entities
   * with no shown relation: edges then skip two set lookups each per refresh.
   */
  nodesHideEdges?: boolean;
}

/**
 * Owns the sigma renderer and everything that only changes how the graph
 * looks (filters, hover, selection, path, labels): all of it goes through
 * reducers, so the graphology graph stays the plain data the exports write.
 */
export class GraphView {
  private renderer: Sigma<NodeAttrs, EdgeAttrs> | null = null;
  private layout: LayoutRunner | null = null;
  private graph: DiploGraph | null = null;
  private visibility: Visibility = { nodes: null, relationTypes: null, minConfidence: 0, isolatedCount: 0 };
  private hovered: string | null = null;
  /**
   * The node the first press of a click landed on: a double-click expands
   * the node its first click hit. That click selects the node and opens the
   * details panel, which narrows the canvas and moves the nodes under the
   * pointer, so the second click may land on another node, on the stage or
   * on the panel; sigma's own double-click (its click count and its picking
   * at the second click) then misses, or zooms instead.
   */
  private pressedNode: string | null = null;
  private hoveredEdge: string | null = null;
  private selectedEdge: string | null = null;
  private selected: string | null = null;
  private hoverSet: Set<string> | null = null;
  private selectSet: Set<string> | null = null;
  private large = false;
  private styledEdges = true;
  private refreshFrame = 0;
  /** On a large first graph the first frame shows nodes only (sigma draws a copy of them); edges follow a frame later. */
  private edgesDeferred = false;
  private edgesReported = false;
  private pathNodes = new Set<string>();
  private pathEdges = new Set<string>();
  private labelled = new Set<string>();
  private focusId: string | null = null;
  private insets = () => ({ bottom: 0 });
  private firstDrawReported = false;
  layoutStatus: LayoutStatus = "idle";
  visibleNodeCount = 0;
  visibleEdgeCount = 0;

  constructor(
    private readonly container: HTMLElement,
    private readonly events: GraphViewEvents,
  ) {
    container.addEventListener("keydown", (e) => this.onKey(e));
    for (const type of ["wheel", "pointerdown", "touchstart"]) {
      container.addEventListener(type, () => (this.userMovedCamera = true), { passive: true });
    }
    // Sigma only listens to the window's resize; a drawer or a bar that
    // changes the container's size would leave a cleared, undrawn canvas.
    if (typeof ResizeObserver !== "undefined") new ResizeObserver(() => this.resize()).observe(container);
    const page = container.ownerDocument;
    page.addEventListener("mousedown", (e) => {
      if (e.detail <= 1 && !(e.target instanceof Node && container.contains(e.target))) this.pressedNode = null;
    });
    page.addEventListener("dblclick", (e) => {
      const node = this.pressedNode;
      this.pressedNode = null;
      if (!node || !this.events.onDoubleClickNode || !this.graph?.hasNode(node)) return;
      e.preventDefault();
      this.events.onDoubleClickNode(node);
    });
  }

  /** Matches the canvases to the container and redraws them (a resized canvas is blank). */
  resize(): void {
    const renderer = this.renderer;
    if (!renderer) return;
    const { width, height } = renderer.getDimensions();
    if (width === this.container.offsetWidth && height === this.container.offsetHeight) return;
    renderer.resize();
    renderer.refresh();
  }

  // The canvas takes focus like any control: arrows pan, +/- zoom, 0 fits.
  private onKey(e: KeyboardEvent): void {
    if (e.target !== this.container || e.altKey || e.ctrlKey || e.metaKey) return;
    const step = 0.15;
    const actions: Record<string, () => void> = {
      ArrowLeft: () => this.pan(-step, 0),
      ArrowRight: () => this.pan(step, 0),
      ArrowUp: () => this.pan(0, step),
      ArrowDown: () => this.pan(0, -step),
      "+": () => this.zoomIn(),
      "=": () => this.zoomIn(),
      "-": () => this.zoomOut(),
      "0": () => this.resetCamera(),
    };
    const action = actions[e.key];
    if (action) {
      e.preventDefault();
      this.userMovedCamera = true;
      action();
    }
  }

  get isLarge(): boolean {
    return this.large;
  }

  get sigma(): Sigma<NodeAttrs, EdgeAttrs> | null {
    return this.renderer;
  }

  get currentGraph(): DiploGraph | null {
    return this.graph;
  }

  /**
   * Draws a new graph. The visibility comes with it so that the first,
   * synchronous draw already hides what the filters hide (a second full
   * refresh right after would delay the first picture on a big graph).
   */
  setGraph(graph: DiploGraph, visibility?: Visibility): void {
    this.layout?.stop();
    if (visibility) this.visibility = visibility;
    this.edgesDeferred = !this.firstDrawReported && isLarge(graph);
    this.graph = graph;
    this.userMovedCamera = false;
    this.hovered = null;
    this.pathNodes.clear();
    this.pathEdges.clear();
    if (!this.renderer) {
      this.large = isLarge(graph);
      // Dashed and dotted programs cost shader compilations; a big first graph
      // draws thin lines only, so it goes without them (see reduceEdge).
      this.styledEdges = !this.large;
      // Sigma's constructor spends most of a big graph's first draw on its
      // edges, hidden or not (5,000 nodes and 20,000 edges: 0.5 s of 0.7
      // s), so a large first graph is drawn from a copy of its nodes and
      // handed over whole once that picture is up.
      this.renderer = new Sigma(this.edgesDeferred ? nodesOnly(graph) : graph, this.container, {
        ...PROGRAMS,
        edgeProgramClasses: { ...PROGRAMS.edgeProgramClasses, ...(this.styledEdges ? styledEdgePrograms<NodeAttrs, EdgeAttrs>() : {}) },
        ...renderingFor(this.large, graph.order),
        allowInvalidContainer: true,
        enableEdgeEvents: !this.large,
        renderEdgeLabels: false,
        defaultEdgeType: "arrow",
        labelFont: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
        labelSize: 13,
        labelWeight: "500",
        labelColor: { color: "#1f2328" },
        // Labels appear as the user zooms in: sizes grow with zoom and only
        // nodes drawn large enough get one, thinned by a density grid.
        zIndex: true,
        minCameraRatio: 0.02,
        maxCameraRatio: 8,
        stagePadding: 24,
        nodeReducer: (node, data) => this.reduceNode(node, data),
        edgeReducer: (edge, data) => this.reduceEdge(edge, data),
      });
      this.renderer.on("beforeRender", () => (pendingLabels.length = 0));
      this.renderer.on("afterRender", flushLabels);
      this.bindEvents(this.renderer);
      this.watchEdgesDrawn(this.renderer);
    } else {
      const large = isLarge(graph);
      const rendering = renderingFor(large, graph.order);
      // The reducers read `large` to pick programs, so it changes first.
      this.large = large;
      this.renderer.setSettings({ ...rendering, enableEdgeEvents: !large });
      this.renderer.setGraph(graph);
      this.renderer.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
    }
    performance.mark("diplograph:renderer");
    this.recomputeEmphasis();
    this.recount();
    this.layout = new LayoutRunner(graph, (status) => {
      const wasHiding = this.hidingEdgesForLayout;
      this.layoutStatus = status;
      if (wasHiding !== this.hidingEdgesForLayout) this.scheduleRefresh();
      this.events.onLayoutStatus?.(status);
    });
    const layout = this.layout;
    // Sigma draws synchronously when given a graph; the drawing reaches the
    // screen with the next frame, so that frame's end is the first draw.
    // Tens of thousands of edges can take longer to rasterise than all the
    // nodes, so a large graph shows its nodes first and its edges a frame
    // later; the layout starts once the first picture is up, not before.
    if (!this.firstDrawReported && graph.order > 0) {
      this.firstDrawReported = true;
      requestAnimationFrame(() =>
        setTimeout(() => {
          this.events.onFirstDraw?.(performance.now());
          if (this.layout === layout) layout.start();
          if (this.edgesDeferred) {
            this.edgesDeferred = false;
            if (this.renderer && this.renderer.getGraph() !== this.graph && this.graph) this.renderer.setGraph(this.graph);
            else this.renderer?.refresh();
          }
        }, 0),
      );
    } else {
      layout.start();
    }
  }

  /** Reports, once, the frame in which edges were first on screen. */
  private watchEdgesDrawn(renderer: Sigma<NodeAttrs, EdgeAttrs>): void {
    renderer.on("afterRender", () => {
      if (this.edgesReported || this.edgesDeferred || this.hidingEdgesForLayout || !this.graph?.size) return;
      this.edgesReported = true;
      requestAnimationFrame(() => setTimeout(() => this.events.onEdgesDrawn?.(performance.now()), 0));
    });
  }

  restartLayout(): void {
    this.layout?.start();
  }

  stopLayout(): void {
    this.layout?.stop();
  }

  get layoutDurationMs(): number {
    return this.layout?.lastDurationMs ?? 0;
  }

  get isolatedCount(): number {
    return this.visibility.isolatedCount;
  }

  get layoutIterations(): { iterations: number; converged: boolean } {
    return { iterations: this.layout?.iterations ?? 0, converged: this.layout?.converged ?? false };
  }

  setVisibility(visibility: Visibility): void {
    const open = (v: Visibility) => !v.nodes && !v.relationTypes && !(v.minConfidence > 0) && !v.years;
    const unchanged = open(visibility) && open(this.visibility);
    this.visibility = visibility;
    if (unchanged) {
      this.recount();
      return;
    }
    this.recount();
    this.recomputeEmphasis();
    this.scheduleRefresh();
  }

  setSelected(id: string | null): void {
    const next = id && this.graph?.hasNode(id) ? id : null;
    if (next === this.selected && !next) return;
    this.selected = next;
    this.recomputeEmphasis();
    this.scheduleRefresh();
  }

  /** The relation shown in the relation panel: drawn thick, its ends labelled. */
  setSelectedEdge(id: string | null): void {
    const next = id && this.graph?.hasEdge(id) ? id : null;
    if (next === this.selectedEdge) return;
    this.selectedEdge = next;
    this.scheduleRefresh();
  }

  /** Where an edge's middle is on screen (for tests and tooltips). */
  edgeMidpoint(id: string): { x: number; y: number } | null {
    const renderer = this.renderer;
    const graph = this.graph;
    if (!renderer || !graph?.hasEdge(id)) return null;
    const a = renderer.getNodeDisplayData(graph.source(id));
    const b = renderer.getNodeDisplayData(graph.target(id));
    if (!a || !b) return null;
    return renderer.framedGraphToViewport({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });
  }

  setPath(nodes: string[], edges: string[]): void {
    if (nodes.length === 0 && this.pathNodes.size === 0) return;
    this.pathNodes = new Set(nodes);
    this.pathEdges = new Set(edges);
    this.scheduleRefresh();
  }

  /** The node a neighbourhood view is centred on: always labelled and ringed. */
  setFocusNode(id: string | null): void {
    if (id === this.focusId) return;
    this.focusId = id;
    this.scheduleRefresh();
  }

  /** What covers the bottom of the canvas (a phone's bottom sheet), so centring avoids it. */
  setInsets(insets: () => { bottom: number }): void {
    this.insets = insets;
  }

  /** Nodes whose labels always show, e.g. the matches of the search text. */
  setLabelled(ids: Iterable<string>): void {
    const next = new Set(ids);
    if (next.size === 0 && this.labelled.size === 0) return;
    this.labelled = next;
    this.scheduleRefresh();
  }

  refresh(): void {
    this.scheduleRefresh();
  }

  /**
   * Indexes nodes and relations just added to the drawn graph at once.
   * Sigma indexes an added node only at its next frame, and an attribute
   * update in between (sizes and colours recomputed) would find it missing.
   */
  reindex(): void {
    this.renderer?.refresh();
  }

  // Several state changes often land together (a load applies filters,
  // selection, labels and a path): one refresh at the next frame serves them
  // all, where a refresh each would re-reduce every item several times.
  // (Sigma's own scheduleRefresh re-reduces at once and only defers drawing.)
  private scheduleRefresh(): void {
    if (this.refreshFrame || !this.renderer) return;
    this.refreshFrame = requestAnimationFrame(() => {
      this.refreshFrame = 0;
      this.renderer?.refresh();
    });
  }

  isNodeVisible(id: string): boolean {
    return !!this.graph?.hasNode(id) && (!this.visibility.nodes || this.visibility.nodes.has(id));
  }

  isEdgeVisible(edge: string): boolean {
    const graph = this.graph;
    if (!graph || !graph.hasEdge(edge)) return false;
    const types = this.visibility.relationTypes;
    if (types && !types.has(graph.getEdgeAttribute(edge, "relation"))) return false;
    if (this.visibility.minConfidence > 0 && graph.getEdgeAttribute(edge, "confidence") < this.visibility.minConfidence) return false;
    if (this.visibility.years && !edgeHolds(graph.getEdgeAttributes(edge), this.visibility.years)) return false;
    if (this.visibility.nodesHideEdges === false) return true;
    return this.isNodeVisible(graph.source(edge)) && this.isNodeVisible(graph.target(edge));
  }

  /** Centres the camera on a node (in the uncovered part of the canvas), zooming in only if the view is far out. */
  focusNode(id: string, animate = true): void {
    const renderer = this.renderer;
    const display = renderer?.getNodeDisplayData(id);
    if (!renderer || !display) return;
    const camera = renderer.getCamera();
    const target = { ...camera.getState(), x: display.x, y: display.y, ratio: Math.min(camera.ratio, 0.6) };
    const covered = Math.max(0, this.insets().bottom);
    if (covered > 0) {
      // Aim the camera below the node so the node lands mid-way in what stays visible.
      const { width, height } = renderer.getDimensions();
      const below = renderer.viewportToFramedGraph({ x: width / 2, y: height / 2 + covered / 2 }, { cameraState: target });
      target.x = below.x;
      target.y = below.y;
    }
    if (animate) void camera.animate(target, { duration: 450 });
    else camera.setState(target);
  }

  /**
   * Frames a set of nodes (a path, a neighbourhood, what is visible) in the
   * part of the canvas no panel covers, with a margin for labels.
   */
  frameNodes(ids: Iterable<string>, animate = true): void {
    const renderer = this.renderer;
    if (!renderer) return;
    // Display positions are those of the last frame, and sigma re-normalises
    // them to the graph's extent: a layout that just moved nodes needs a fresh frame first.
    renderer.refresh();
    let [minX, maxX, minY, maxY] = [Infinity, -Infinity, Infinity, -Infinity];
    for (const id of ids) {
      const d = renderer.getNodeDisplayData(id);
      if (!d || d.hidden) continue;
      minX = Math.min(minX, d.x);
      maxX = Math.max(maxX, d.x);
      minY = Math.min(minY, d.y);
      maxY = Math.max(maxY, d.y);
    }
    if (!Number.isFinite(minX)) return;
    const { width, height } = renderer.getDimensions();
    const covered = Math.min(height * 0.6, Math.max(0, this.insets().bottom));
    // Labels run right of their nodes: the right side keeps more room than the left.
    const margin = { left: Math.min(50, width * 0.08), right: Math.min(190, width * 0.28), top: 45, bottom: 45 + covered };
    const free = { width: Math.max(80, width - margin.left - margin.right), height: Math.max(80, height - margin.top - margin.bottom) };
    // The box's size on screen at ratio 1; on-screen size scales with 1/ratio.
    const unit = { x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio: 1, angle: 0 };
    const a = renderer.framedGraphToViewport({ x: minX, y: minY }, { cameraState: unit });
    const b = renderer.framedGraphToViewport({ x: maxX, y: maxY }, { cameraState: unit });
    const ratio = Math.min(1.2, Math.max(0.08, Math.abs(b.x - a.x) / free.width, Math.abs(b.y - a.y) / free.height));
    const target = { ...unit, ratio, angle: renderer.getCamera().angle };
    // Aim the camera so the box's centre lands in the middle of the free area.
    const centre = { x: margin.left + free.width / 2, y: margin.top + free.height / 2 };
    const aim = renderer.viewportToFramedGraph({ x: width - centre.x, y: height - centre.y }, { cameraState: target });
    target.x = aim.x;
    target.y = aim.y;
    const camera = renderer.getCamera();
    if (animate) void camera.animate(target, { duration: 450 });
    else camera.setState(target);
  }

  /** Frames everything the filters let through. */
  frameVisible(animate = true): void {
    const graph = this.graph;
    if (!graph) return;
    this.frameNodes(graph.filterNodes((id) => this.isNodeVisible(id)), animate);
  }

  /** Whether the user moved the camera since the graph was drawn (then it is left alone). */
  userMovedCamera = false;

  zoomIn(): void {
    void this.renderer?.getCamera().animatedZoom({ duration: 250 });
  }

  zoomOut(): void {
    void this.renderer?.getCamera().animatedUnzoom({ duration: 250 });
  }

  resetCamera(): void {
    void this.renderer?.getCamera().animatedReset({ duration: 350 });
  }

  /** Moves the camera by a fraction of the viewport, for keyboard panning. */
  pan(dx: number, dy: number): void {
    const camera = this.renderer?.getCamera();
    if (!camera) return;
    const state = camera.getState();
    // Camera coordinates are normalised to the graph, so scale by the ratio.
    void camera.animate({ x: state.x + dx * state.ratio, y: state.y + dy * state.ratio }, { duration: 120 });
  }

  /**
   * Composes sigma's layered canvases into one PNG. WebGL buffers are only
   * readable right after drawing, hence the synchronous refresh first.
   */
  exportPng(): Promise<Blob> {
    const renderer = this.renderer;
    if (!renderer) return Promise.reject(new Error("Nothing is drawn yet."));
    const { width, height } = renderer.getDimensions();
    const ratio = window.devicePixelRatio || 1;
    const out = document.createElement("canvas");
    out.width = Math.round(width * ratio);
    out.height = Math.round(height * ratio);
    const ctx = out.getContext("2d")!;
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(0, 0, out.width, out.height);
    renderer.refresh();
    const canvases = renderer.getCanvases();
    for (const layer of ["edges", "nodes", "edgeLabels", "labels", "hovers", "hoverNodes"]) {
      const canvas = canvases[layer];
      if (canvas) ctx.drawImage(canvas, 0, 0, out.width, out.height);
    }
    return new Promise((resolve, reject) =>
      out.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("The browser could not encode a PNG."))), "image/png"),
    );
  }

  kill(): void {
    this.layout?.stop();
    this.renderer?.kill();
    this.renderer = null;
  }

  private bindEvents(renderer: Sigma<NodeAttrs, EdgeAttrs>): void {
    renderer.on("enterNode", ({ node }) => this.hover(node));
    renderer.on("leaveNode", () => this.hover(null));
    // The second click of a double-click is no click of its own: sigma
    // reports it as one when the first click's work outlasted its timer.
    const secondClick = (original: MouseEvent | TouchEvent) => original instanceof MouseEvent && original.detail >= 2;
    renderer.on("clickNode", ({ node, event }) => {
      if (!secondClick(event.original)) this.events.onClickNode(node);
    });
    renderer.on("clickStage", ({ event }) => {
      if (!secondClick(event.original)) this.events.onClickStage();
    });
    renderer.on("downNode", ({ node, event }) => {
      if (!secondClick(event.original)) this.pressedNode = node;
    });
    renderer.on("downStage", ({ event }) => {
      if (!secondClick(event.original)) this.pressedNode = null;
    });
    const onDoubleClickNode = this.events.onDoubleClickNode;
    if (onDoubleClickNode) {
      // A mouse's double-click is the page's dblclick (see pressedNode); a
      // double tap has none, so sigma's is taken for touch.
      renderer.on("doubleClickNode", ({ node, event, preventSigmaDefault }) => {
        preventSigmaDefault();
        if (!(event.original instanceof MouseEvent)) onDoubleClickNode(node);
      });
      renderer.on("doubleClickStage", ({ event, preventSigmaDefault }) => {
        if (event.original instanceof MouseEvent && this.pressedNode) preventSigmaDefault();
      });
    }
    renderer.on("enterEdge", ({ edge, event }) => {
      this.hoveredEdge = edge;
      this.container.style.cursor = "pointer";
      this.events.onHoverEdge?.(edge, { x: event.x, y: event.y });
      this.scheduleRefresh();
    });
    renderer.on("leaveEdge", () => {
      this.hoveredEdge = null;
      this.container.style.cursor = "";
      this.events.onHoverEdge?.(null, null);
      this.scheduleRefresh();
    });
    renderer.on("clickEdge", ({ edge }) => this.events.onClickEdge?.(edge));
  }

  private recomputeEmphasis(): void {
    this.hoverSet = this.neighbourhood(this.hovered);
    this.selectSet = this.neighbourhood(this.selected);
  }

  private neighbourhood(id: string | null): Set<string> | null {
    const graph = this.graph;
    if (!graph || !id || !graph.hasNode(id)) return null;
    const set = new Set([id]);
    graph.forEachEdge(id, (edge, _a, source, target) => {
      if (this.isEdgeVisible(edge)) set.add(source === id ? target : source);
    });
    return set;
  }

  /**
   * On a large graph, hovering only lights up the hovered neighbourhood and
   * repaints just those items; dimming everything else would repaint the
   * whole graph at every pointer move.
   */
  private hover(node: string | null): void {
    const renderer = this.renderer;
    const graph = this.graph;
    if (!renderer || !graph) return;
    const before = this.hoverSet;
    const previous = this.hovered;
    this.hovered = node;
    this.recomputeEmphasis();
    this.container.style.cursor = node ? "pointer" : "";
    if (!this.large) {
      renderer.refresh();
      return;
    }
    const nodes = new Set([...(before ?? []), ...(this.hoverSet ?? [])]);
    const edges = new Set<string>();
    for (const id of [previous, node]) if (id && graph.hasNode(id)) graph.forEachEdge(id, (e) => void edges.add(e));
    renderer.refresh({ partialGraph: { nodes: [...nodes], edges: [...edges] }, skipIndexation: true });
  }

  private recount(): void {
    const graph = this.graph;
    if (!graph) return;
    let nodes = 0;
    let edges = 0;
    graph.forEachNode((id) => {
      if (this.isNodeVisible(id)) nodes++;
    });
    graph.forEachEdge((id) => {
      if (this.isEdgeVisible(id)) edges++;
    });
    this.visibleNodeCount = nodes;
    this.visibleEdgeCount = edges;
  }

  private reduceNode(node: string, data: NodeAttrs): Partial<NodeDisplayData> {
    // Point sprites are far cheaper to rasterise than instanced discs (several
    // times over on software WebGL), which decides how a big graph pans.
    const type = this.large ? "point" : "circle";
    if (this.visibility.nodes && !this.visibility.nodes.has(node)) return { ...data, type, hidden: true };
    const res: Partial<NodeDisplayData> = { ...data, type };
    const fullHover = this.hoverSet && !this.large;
    if (this.pathNodes.size > 0 && !fullHover) {
      if (this.pathNodes.has(node)) {
        res.forceLabel = true;
        res.zIndex = 2;
      } else {
        dimNode(res);
      }
    } else if (fullHover) {
      if (this.hoverSet!.has(node)) res.zIndex = 2;
      else dimNode(res);
    } else if (this.selectSet) {
      if (this.selectSet.has(node)) res.zIndex = 2;
      else dimNode(res);
    }
    if (this.large && this.hoverSet?.has(node)) {
      res.color = data.color;
      res.label = data.label;
      res.zIndex = 2;
    }
    if (this.labelled.has(node) && res.label) res.forceLabel = true;
    if (this.selectedEdge && graph_hasEnd(this.graph, this.selectedEdge, node) && res.label) {
      res.forceLabel = true;
      res.zIndex = 3;
      res.color = data.color;
      res.label = data.label;
    }
    // The selection's neighbours are named (label collisions are resolved when drawing).
    if (this.selectSet?.has(node) && !this.large && res.label) res.forceLabel = true;
    if (node === this.hovered) res.forceLabel = true;
    if (node === this.focusId && res.label) {
      res.forceLabel = true;
      res.highlighted = true;
    }
    if (node === this.selected) {
      res.highlighted = true;
      res.forceLabel = true;
      res.zIndex = 3;
    }
    return res;
  }

  /**
   * Without a GPU (software WebGL), rasterising tens of thousands of edges at
   * every layout step starves the layout worker of CPU; such a machine sees a
   * large graph's nodes settle first and its edges once they have.
   */
  private get hidingEdgesForLayout(): boolean {
    return this.large && this.layoutStatus === "running" && softwareRendering(this.renderer);
  }

  private reduceEdge(edge: string, data: EdgeAttrs): Partial<EdgeDisplayData> {
    // One-pixel lines for a big graph: at that density arrowheads are noise.
    const type = this.large ? "thin" : this.styledEdges ? data.type : data.type.replace(/-.*$/, "");
    if (this.edgesDeferred || this.hidingEdgesForLayout || !this.isEdgeVisible(edge)) return { ...data, type, hidden: true };
    const res: Partial<EdgeDisplayData> = { ...data, type };
    const graph = this.graph!;
    const touches = (id: string | null) => !!id && (graph.source(edge) === id || graph.target(edge) === id);
    const strong = () => {
      res.color = RELATION_COLORS[data.relation] ?? "#999999";
      res.size = data.size * 1.6;
      res.zIndex = 1;
    };
    const fullHover = this.hoverSet && !this.large;
    if (this.pathNodes.size > 0 && !fullHover) {
      if (this.pathEdges.has(edge)) {
        res.color = PATH_COLOR;
        res.size = data.size * 2 + 2;
        res.zIndex = 2;
      } else {
        res.color = DIMMED_EDGE_COLOR;
        res.zIndex = 0;
      }
      return res;
    }
    if (fullHover) {
      // Hiding rather than dimming keeps the hovered neighbourhood legible.
      if (touches(this.hovered)) strong();
      else res.hidden = true;
      return res;
    }
    if (this.selectSet) {
      if (touches(this.selected)) strong();
      else {
        res.color = DIMMED_EDGE_COLOR;
        res.zIndex = 0;
      }
    }
    if (this.large && touches(this.hovered)) strong();
    if (edge === this.hoveredEdge || edge === this.selectedEdge) {
      strong();
      res.size = data.size * 2.4 + 1;
      res.zIndex = 3;
    }
    return res;
  }
}

function graph_hasEnd(graph: DiploGraph | null, edge: string, node: string): boolean {
  return !!graph?.hasEdge(edge) && (graph.source(edge) === node || graph.target(edge) === node);
}

function dimNode(res: Partial<NodeDisplayData>): void {
  res.color = DIMMED_NODE_COLOR;
  res.label = "";
  res.zIndex = 0;
}

// Past a few thousand items, drawing cost decides whether panning feels
// smooth: point sprites are far cheaper to rasterise than instanced discs
// (several times over on software WebGL), and edges can wait until the
// camera stops. Small graphs keep the nicer defaults.
export const LARGE_GRAPH_NODES = 2000;
export const LARGE_GRAPH_EDGES = 8000;

let software: boolean | undefined;
function softwareRendering(renderer: Sigma<NodeAttrs, EdgeAttrs> | null): boolean {
  if (software !== undefined || !renderer) return software ?? false;
  const canvas = renderer.getCanvases().nodes;
  const gl = (canvas?.getContext("webgl2") ?? canvas?.getContext("webgl")) as WebGLRenderingContext | null;
  const info = gl?.getExtension("WEBGL_debug_renderer_info");
  const name = gl && info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : "";
  software = /swiftshader|llvmpipe|softpipe|software/i.test(name);
  return software;
}

function isLarge(graph: DiploGraph): boolean {
  return graph.order > LARGE_GRAPH_NODES || graph.size > LARGE_GRAPH_EDGES;
}

// Both sets of programs are registered from the start: swapping program
// classes on a live renderer left nodes undrawn, so the reducers pick the
// program per item instead.
const PROGRAMS: Partial<Settings<NodeAttrs, EdgeAttrs>> = {
  nodeProgramClasses: { circle: NodeCircleProgram, point: NodePointProgram },
  nodeHoverProgramClasses: {},
  edgeProgramClasses: { arrow: EdgeArrowProgram, line: EdgeRectangleProgram, thin: EdgeLineProgram },
};

function renderingFor(large: boolean, order: number): Partial<Settings<NodeAttrs, EdgeAttrs>> {
  if (large) {
    // Thousands of nodes: sigma's density grid alone, labels as you zoom in.
    return { labelRenderedSizeThreshold: 7, labelDensity: 0.6, labelGridCellSize: 80, hideEdgesOnMove: true, defaultDrawNodeLabel: drawDiscNodeLabel };
  }
  return {
    // A small neighbourhood can name every node; a bigger graph names its larger
    // nodes first, and no label is drawn over another (drawLabelAvoiding).
    labelRenderedSizeThreshold: order <= 60 ? 0 : 4,
    labelDensity: 1.6,
    labelGridCellSize: 70,
    hideEdgesOnMove: false,
    defaultDrawNodeLabel: drawLabelAvoiding,
  };
}

type LabelData = PartialButFor<NodeDisplayData, "x" | "y" | "size" | "label" | "color">;

/** The labels sigma chose for the current frame, drawn together once it ends. */
const pendingLabels: { context: CanvasRenderingContext2D; data: LabelData; settings: Settings<NodeAttrs, EdgeAttrs> }[] = [];

/**
 * Sigma picks labels cell by cell of its grid, with no order across cells;
 * collecting them and drawing the most important first (the selection, then
 * larger nodes) lets a hub's name win over a leaf's when two would overlap.
 */
function drawLabelAvoiding(context: CanvasRenderingContext2D, data: LabelData, settings: Settings<NodeAttrs, EdgeAttrs>): void {
  if (data.label) pendingLabels.push({ context, data, settings });
}

export interface DrawnLabel {
  label: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}
/** The labels on screen after the last frame, with their boxes (for the tests). */
export let lastDrawnLabels: DrawnLabel[] = [];

export function flushLabels(): void {
  if (pendingLabels.length === 0) return;
  const rank = (d: LabelData) => (d.highlighted ? 1e6 : 0) + (d.zIndex ?? 0) * 1e4 + d.size;
  pendingLabels.sort((a, b) => rank(b.data) - rank(a.data));
  const drawn: DrawnLabel[] = [];
  lastDrawnLabels = drawn;
  for (const { context, data, settings } of pendingLabels) {
    const size = settings.labelSize;
    context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
    const label = data.label!;
    const width = context.measureText(label).width;
    // A label that would run off the right edge goes to the node's left.
    const right = data.x + data.size + 3 + width <= context.canvas.width / (window.devicePixelRatio || 1);
    const x = right ? data.x + data.size + 3 : data.x - data.size - 3 - width;
    const y = data.y + size / 3;
    const box = { x0: x - 2, y0: data.y - size / 2 - 1, x1: x + width + 2, y1: data.y + size / 2 + 1 };
    if (data.highlighted) {
      // Sigma draws a highlighted node's label itself, boxed, on its right: keep that room.
      const at = data.x + data.size + 3;
      drawn.push({ label, x0: at - 2, y0: box.y0 - 2, x1: at + width + 6, y1: box.y1 + 2 });
      continue;
    }
    if (drawn.some((b) => box.x0 < b.x1 && box.x1 > b.x0 && box.y0 < b.y1 && box.y1 > b.y0)) continue;
    drawn.push({ ...box, label });
    context.lineJoin = "round";
    context.lineWidth = 3;
    context.strokeStyle = "rgba(255,255,255,0.92)";
    context.strokeText(label, x, y);
    context.fillStyle = settings.labelColor.color ?? "#1f2328";
    context.fillText(label, x, y);
  }
  pendingLabels.length = 0;
}
