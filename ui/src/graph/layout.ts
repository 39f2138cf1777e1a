import FA2Layout from "graphology-layout-forceatlas2/worker";
import forceAtlas2 from "graphology-layout-forceatlas2";
import Graph from "graphology";
import type { DiploGraph } from "./model";

export type LayoutStatus = "idle" | "running" | "settled";

/**
 * Runs ForceAtlas2 in a web worker and stops it once nodes barely move, so
 * an idle explorer costs no CPU and tests can tell when the picture is final.
 *
 * The worker writes into a private copy of the graph; positions reach the
 * drawn graph at a bounded rate. Otherwise every iteration would re-render
 * the whole drawing, and on a large graph the renderer, not the layout,
 * would eat the CPU (and the frames of a user panning meanwhile).
 */
const MIN_ITERATIONS = 200;
const HARD_LIMIT_MS = 30_000;

type LayoutGraph = Graph<{ x: number; y: number }, { confidence: number }>;

/** Only what ForceAtlas2 reads: a full copy would duplicate every attribute. */
function layoutCopy(graph: DiploGraph): LayoutGraph {
  const copy: LayoutGraph = new Graph({ multi: true, type: "directed" });
  graph.forEachNode((id, a) => copy.addNode(id, { x: a.x, y: a.y }));
  graph.forEachEdge((id, a, source, target) => copy.addDirectedEdgeWithKey(id, source, target, { confidence: a.confidence }));
  return copy;
}

export class LayoutRunner {
  private supervisor: FA2Layout | null = null;
  private shadow: LayoutGraph | null = null;
  private previous: Float64Array | null = null;
  private calmIterations = 0;
  private startedAt = 0;
  private deadline = 0;
  private syncTimer = 0;
  private dirty = false;
  private readonly onIteration = () => this.afterIteration();
  status: LayoutStatus = "idle";
  /** Milliseconds from start to settling, for the benchmark. */
  lastDurationMs = 0;
  /** Iterations of the last run, and whether it calmed down rather than ran out of time. */
  iterations = 0;
  converged = false;

  constructor(
    private readonly graph: DiploGraph,
    private readonly onStatus: (status: LayoutStatus) => void,
  ) {}

  start(): void {
    this.stop();
    if (this.graph.order < 2) {
      this.setStatus("settled");
      return;
    }
    const shadow = layoutCopy(this.graph);
    this.shadow = shadow;
    const settings = forceAtlas2.inferSettings(shadow.order);
    this.supervisor = new FA2Layout(shadow, {
      settings: {
        ...settings,
        barnesHutOptimize: shadow.order > 400,
        slowDown: 1 + Math.log10(shadow.order),
        gravity: 1,
      },
      getEdgeWeight: "confidence",
    });
    this.previous = null;
    this.calmIterations = 0;
    this.iterations = 0;
    this.converged = false;
    this.startedAt = performance.now();
    // Large graphs get longer, but the layout always ends: a graph that never
    // calms down still stops, and the user can run it again.
    this.deadline = this.startedAt + 3000 + shadow.order * 1.5;
    shadow.on("eachNodeAttributesUpdated", this.onIteration);
    // Watching a big graph unfold needs few frames; each costs a full redraw.
    const interval = this.graph.order > 1500 ? 1000 : this.graph.order > 500 ? 60 : 16;
    this.syncTimer = window.setInterval(() => this.sync(), interval);
    this.supervisor.start();
    this.setStatus("running");
  }

  stop(): void {
    if (!this.supervisor) return;
    this.shadow?.off("eachNodeAttributesUpdated", this.onIteration);
    this.supervisor.kill();
    this.supervisor = null;
    window.clearInterval(this.syncTimer);
    this.dirty = true;
    this.sync();
    this.shadow = null;
    if (this.status === "running") {
      this.lastDurationMs = performance.now() - this.startedAt;
      this.setStatus("settled");
    }
  }

  private setStatus(status: LayoutStatus): void {
    this.status = status;
    this.onStatus(status);
  }

  private sync(): void {
    const shadow = this.shadow;
    if (!shadow || !this.dirty) return;
    this.dirty = false;
    // Nodes added to the drawing meanwhile (a path's ends) keep their spot.
    this.graph.updateEachNodeAttributes(
      (node, attrs) => {
        if (shadow.hasNode(node)) {
          const p = shadow.getNodeAttributes(node);
          attrs.x = p.x;
          attrs.y = p.y;
        }
        return attrs;
      },
      { attributes: ["x", "y"] },
    );
  }

  // Movement is measured relative to the drawing's extent, so the threshold
  // means the same for ten nodes and for ten thousand.
  private afterIteration(): void {
    const shadow = this.shadow;
    if (!shadow) return;
    this.dirty = true;
    this.iterations++;
    const n = shadow.order;
    const current = new Float64Array(n * 2);
    let i = 0;
    let minX = Infinity,
      maxX = -Infinity,
      minY = Infinity,
      maxY = -Infinity;
    shadow.forEachNode((_, a) => {
      current[i++] = a.x;
      current[i++] = a.y;
      if (a.x < minX) minX = a.x;
      if (a.x > maxX) maxX = a.x;
      if (a.y < minY) minY = a.y;
      if (a.y > maxY) maxY = a.y;
    });
    const previous = this.previous;
    this.previous = current;
    // The time budget assumes a free CPU; on a busy one the layout still gets
    // a minimum of iterations, within a hard limit.
    const now = performance.now();
    if ((now > this.deadline && this.iterations >= MIN_ITERATIONS) || now > this.deadline + HARD_LIMIT_MS) {
      this.stopSoon();
      return;
    }
    if (!previous || previous.length !== current.length) return;
    let moved = 0;
    for (let j = 0; j < current.length; j++) moved += Math.abs(current[j]! - previous[j]!);
    const extent = Math.max(maxX - minX, maxY - minY, 1e-9);
    // A thousandth of the drawing per iteration is below what the eye sees move;
    // ForceAtlas2 keeps jittering around that level rather than reaching zero.
    this.calmIterations = moved / n / extent < 0.001 ? this.calmIterations + 1 : 0;
    if (this.calmIterations >= 8) {
      this.converged = true;
      this.stopSoon();
    }
  }

  // This runs inside the supervisor's message handler, which still uses its
  // buffers after the graph update: killing it there would pull them away.
  private stopSoon(): void {
    this.shadow?.off("eachNodeAttributesUpdated", this.onIteration);
    const current = this.supervisor;
    setTimeout(() => {
      if (this.supervisor === current) this.stop();
    }, 0);
  }
}
