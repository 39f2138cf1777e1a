import type { DiploGraph } from "./model";

/**
 * Writes GraphML by hand: graphology's GraphML package only reads, and the
 * format is small enough that a writer is clearer than a dependency.
 * Only visible items are written, so an export matches what is on screen.
 */
export function toGraphML(
  graph: DiploGraph,
  isNodeVisible: (id: string) => boolean,
  isEdgeVisible: (id: string) => boolean,
): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
    '  <key id="kind" for="node" attr.name="kind" attr.type="string"/>',
    '  <key id="subtype" for="node" attr.name="subtype" attr.type="string"/>',
    '  <key id="degree" for="node" attr.name="degree" attr.type="int"/>',
    '  <key id="pageRank" for="node" attr.name="pageRank" attr.type="double"/>',
    '  <key id="community" for="node" attr.name="community" attr.type="int"/>',
    '  <key id="x" for="node" attr.name="x" attr.type="double"/>',
    '  <key id="y" for="node" attr.name="y" attr.type="double"/>',
    '  <key id="color" for="node" attr.name="color" attr.type="string"/>',
    '  <key id="relation" for="edge" attr.name="relation" attr.type="string"/>',
    '  <key id="confidence" for="edge" attr.name="confidence" attr.type="double"/>',
    '  <graph id="diplograph" edgedefault="directed">',
  ];
  graph.forEachNode((id, a) => {
    if (!isNodeVisible(id)) return;
    lines.push(
      `    <node id="${xml(id)}">` +
        data("label", a.label) +
        data("kind", a.kind) +
        data("subtype", a.subtype) +
        data("degree", String(a.degree)) +
        data("pageRank", String(a.pageRank)) +
        data("community", String(a.community)) +
        data("x", a.x.toFixed(3)) +
        data("y", a.y.toFixed(3)) +
        data("color", a.color) +
        "</node>",
    );
  });
  graph.forEachEdge((id, a, source, target) => {
    if (!isEdgeVisible(id)) return;
    lines.push(
      `    <edge id="${xml(id)}" source="${xml(source)}" target="${xml(target)}">` +
        data("relation", a.relation) +
        data("confidence", String(a.confidence)) +
        "</edge>",
    );
  });
  lines.push("  </graph>", "</graphml>", "");
  return lines.join("\n");
}

/** Graphology's own serialisation, which graphology's `import` reads back. */
export function toJSON(
  graph: DiploGraph,
  isNodeVisible: (id: string) => boolean,
  isEdgeVisible: (id: string) => boolean,
): string {
  const exported = graph.export();
  exported.nodes = exported.nodes.filter((n) => isNodeVisible(n.key));
  exported.edges = (exported.edges ?? []).filter((e) => e.key !== undefined && isEdgeVisible(e.key));
  return JSON.stringify(exported, null, 1);
}

export function download(name: string, content: Blob | string, type = "application/octet-stream"): void {
  const blob = typeof content === "string" ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function data(key: string, value: string): string {
  return `<data key="${key}">${xml(value)}</data>`;
}

function xml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&apos;" })[c]!);
}
