import type { DiploGraph } from "../graph/model";
import { KIND_LABELS, RELATION_LABELS, prettySubtype } from "../graph/palette";
import { h } from "./dom";

// Big tables freeze the page; past this many rows the list says so rather
// than pretend to be complete.
const ROW_LIMIT = 1500;

/**
 * The same entities and relations as the drawing, as tables a screen reader
 * can walk, and a plain fallback where WebGL is missing.
 */
export function renderListView(
  graph: DiploGraph,
  isNodeVisible: (id: string) => boolean,
  isEdgeVisible: (id: string) => boolean,
  select: (id: string) => void,
): HTMLElement {
  const nodes: { id: string; name: string; kind: string; subtype: string; degree: number; community: number }[] = [];
  graph.forEachNode((id, a) => {
    if (isNodeVisible(id)) nodes.push({ id, name: a.label, kind: a.kind, subtype: a.subtype, degree: a.degree, community: a.community });
  });
  nodes.sort((a, b) => b.degree - a.degree || a.name.localeCompare(b.name));
  const edges: { id: string; source: string; target: string; type: string }[] = [];
  graph.forEachEdge((id, a, source, target) => {
    if (isEdgeVisible(id)) {
      edges.push({ id, type: RELATION_LABELS[a.relation], source: graph.getNodeAttribute(source, "label"), target: graph.getNodeAttribute(target, "label") });
    }
  });
  edges.sort((a, b) => a.source.localeCompare(b.source) || a.type.localeCompare(b.type));
  const link = (id: string, name: string) => h("button", { type: "button", class: "link", onClick: () => select(id) }, name);
  return h(
    "div",
    { class: "list-view-inner" },
    h(
      "table",
      null,
      h("caption", null, `Entities shown (${nodes.length})${nodes.length > ROW_LIMIT ? `, first ${ROW_LIMIT} by relations` : ""}`),
      h("thead", null, h("tr", null, ["Name", "Kind", "Subtype", "Relations", "Community"].map((c) => h("th", { scope: "col" }, c)))),
      h(
        "tbody",
        null,
        nodes.slice(0, ROW_LIMIT).map((n) =>
          h(
            "tr",
            { "data-id": n.id },
            h("th", { scope: "row" }, link(n.id, n.name)),
            h("td", null, KIND_LABELS[n.kind as keyof typeof KIND_LABELS] ?? n.kind),
            h("td", null, prettySubtype(n.subtype)),
            h("td", { class: "num" }, String(n.degree)),
            h("td", { class: "num" }, String(n.community)),
          ),
        ),
      ),
    ),
    h(
      "table",
      null,
      h("caption", null, `Relations shown (${edges.length})${edges.length > ROW_LIMIT ? `, first ${ROW_LIMIT}` : ""}`),
      h("thead", null, h("tr", null, ["Source", "Relation", "Target"].map((c) => h("th", { scope: "col" }, c)))),
      h(
        "tbody",
        null,
        edges.slice(0, ROW_LIMIT).map((e) =>
          h("tr", { "data-id": e.id }, h("td", null, e.source), h("td", null, e.type), h("td", null, e.target)),
        ),
      ),
    ),
  );
}
