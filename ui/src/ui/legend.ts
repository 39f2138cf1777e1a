import { KINDS } from "../api/types";
import { communityColors, type DiploGraph } from "../graph/model";
import { EDGE_FAMILIES, KIND_COLORS, KIND_LABELS, OTHER_COMMUNITY_COLOR, RELATION_LABELS, edgeSwatchStyle } from "../graph/palette";
import { SYMMETRIC_TYPES } from "../api/types";
import type { ColorMode } from "../state/viewState";
import { h, kindDot } from "./dom";

/** The key to colours and line styles; it follows the colour switch. */
export function renderLegend(graph: DiploGraph | null, color: ColorMode): HTMLElement {
  let nodeItems: HTMLElement[];
  if (color === "community" && graph) {
    const colors = communityColors(graph);
    const sizes = new Map<number, number>();
    graph.forEachNode((_, a) => sizes.set(a.community, (sizes.get(a.community) ?? 0) + 1));
    const named = [...colors.entries()].filter(([, c]) => c !== OTHER_COMMUNITY_COLOR);
    const others = [...colors.entries()].filter(([, c]) => c === OTHER_COMMUNITY_COLOR).length;
    nodeItems = named.map(([community, c]) => h("li", null, kindDot(c), `Community ${community} (${sizes.get(community)})`));
    if (others) nodeItems.push(h("li", null, kindDot(OTHER_COMMUNITY_COLOR), others === 1 ? "1 smaller community" : `${others} smaller communities`));
  } else {
    nodeItems = KINDS.map((k) => h("li", null, kindDot(KIND_COLORS[k]), KIND_LABELS[k]));
  }
  return h(
    "details",
    { class: "legend", open: window.matchMedia?.("(min-width: 720px)").matches ?? true },
    h("summary", null, "Legend"),
    h("ul", { "aria-label": color === "community" ? "Node colours: communities" : "Node colours: kinds" }, nodeItems),
    h(
      "details",
      { class: "edge-legend", open: window.matchMedia?.("(min-height: 1000px) and (min-width: 720px)").matches ?? false },
      h("summary", null, "Relations"),
      EDGE_FAMILIES.map((f) =>
        h(
          "ul",
          { "aria-label": `Relation types: ${f.label}`, class: "edge-family" },
          f.types.map((t) =>
            h(
              "li",
              { "data-rel": t },
              h("span", { class: "edge-swatch", style: edgeSwatchStyle(t), "aria-hidden": "true" }),
              RELATION_LABELS[t],
              SYMMETRIC_TYPES.has(t) ? h("span", { class: "muted" }, " (mutual)") : null,
            ),
          ),
        ),
      ),
      h("p", { class: "muted legend-note" }, "Arrows point from subject to object. Hover a line for its sentence; click it for the evidence."),
    ),
  );
}
