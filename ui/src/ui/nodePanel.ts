import type { EntityDetail, EntityRef, Evidence, RelationDetail, RelationType } from "../api/types";
import { RELATION_TYPES, SYMMETRIC_TYPES } from "../api/types";
import {
  KIND_COLORS,
  KIND_LABELS,
  RELATION_INVERSE_LABELS,
  RELATION_LABELS,
  confidenceLevel,
  confidenceTitle,
  edgeSwatchStyle,
  prettySubtype,
} from "../graph/palette";
import { documentTitle } from "../api/titles";
import { h, kindDot } from "./dom";

export interface NodePanelActions {
  select(id: string): void;
  focus(id: string, depth: number): void;
  pathFrom(id: string): void;
  pathTo(id: string): void;
  centre(id: string): void;
  openEvidence(evidence: Evidence): void;
  close(): void;
}

/** A group of relations read from the selected entity's side: one type, one direction. */
interface RelationGroup {
  heading: string;
  outgoing: boolean;
  type: RelationType;
  items: { other: EntityRef; relation: RelationDetail }[];
}

export function groupRelations(entityId: string, relations: RelationDetail[]): RelationGroup[] {
  const groups = new Map<string, RelationGroup>();
  for (const r of relations) {
    const outgoing = r.source.id === entityId;
    const symmetric = SYMMETRIC_TYPES.has(r.type);
    const key = `${r.type}:${outgoing || symmetric ? "out" : "in"}`;
    const heading = outgoing || symmetric ? RELATION_LABELS[r.type] : RELATION_INVERSE_LABELS[r.type];
    const group = groups.get(key) ?? { heading, outgoing: outgoing || symmetric, type: r.type, items: [] };
    group.items.push({ other: outgoing ? r.target : r.source, relation: r });
    groups.set(key, group);
  }
  // The schema's order of types, so panels of different entities line up.
  return [...groups.values()].sort(
    (a, b) => RELATION_TYPES.indexOf(a.type) - RELATION_TYPES.indexOf(b.type) || Number(b.outgoing) - Number(a.outgoing),
  );
}

export function renderNodePanel(detail: EntityDetail, focusDepth: number, actions: NodePanelActions): HTMLElement {
  const groups = groupRelations(detail.id, detail.relations);
  const depthSelect = h(
    "select",
    { "aria-label": "Neighbourhood depth", class: "depth-select" },
    [1, 2, 3].map((d) => h("option", { value: String(d), selected: d === focusDepth }, `${d} hop${d > 1 ? "s" : ""}`)),
  );
  const evidenceCount = detail.relations.reduce((sum, r) => sum + r.evidence.length, 0);
  return h(
    "section",
    { class: "node-panel", "aria-labelledby": "node-panel-title", "data-entity": detail.id },
    h(
      "header",
      { class: "panel-header" },
      h(
        "div",
        null,
        h("p", { class: "eyebrow" }, kindDot(KIND_COLORS[detail.kind]), KIND_LABELS[detail.kind], detail.subtype ? ` · ${prettySubtype(detail.subtype)}` : ""),
        h("h2", { id: "node-panel-title", tabindex: "-1" }, detail.name),
      ),
      h("button", { class: "icon-button close", type: "button", "aria-label": "Close details", onClick: actions.close }, "×"),
    ),
    detail.aliases.length
      ? h("p", { class: "aliases" }, h("span", { class: "muted" }, "Also: "), detail.aliases.join(", "))
      : null,
    h(
      "dl",
      { class: "figures" },
      figure("Relations", String(detail.degree), "How many relations the documents state between this entity and others."),
      figure("Mentions", String(detail.mentionCount), "How many times the documents name this entity."),
      figure(
        "Influence",
        influenceWords(detail.pageRank),
        `PageRank ${detail.pageRank.toFixed(4)}: how much the entity is pointed to by entities that are themselves pointed to. Higher means more central to the network.`,
      ),
      figure(
        "Bridging",
        bridgingWords(detail.betweenness),
        `Betweenness ${detail.betweenness.toFixed(3)}: the share of shortest paths between other entities that pass through this one. High means it links groups that would otherwise be apart.`,
      ),
      figure(
        "Cluster",
        `#${detail.community}`,
        `Community ${detail.community} (Louvain): a group of entities more related to each other than to the rest. "Colour: community" shows the clusters.`,
      ),
      detail.isoCode ? figure("ISO code", detail.isoCode, "The country's ISO 3166 code.") : null,
    ),
    h(
      "div",
      { class: "panel-actions" },
      h(
        "div",
        { class: "focus-group" },
        h("button", { type: "button", class: "primary", onClick: () => actions.focus(detail.id, Number(depthSelect.value)) }, "Focus neighbourhood"),
        depthSelect,
      ),
      h("button", { type: "button", onClick: () => actions.centre(detail.id) }, "Centre"),
      h("button", { type: "button", onClick: () => actions.pathFrom(detail.id) }, "Path from here"),
      h("button", { type: "button", onClick: () => actions.pathTo(detail.id) }, "Path to here"),
    ),
    detail.documents.length
      ? h(
          "details",
          { class: "doc-list" },
          h("summary", null, `Mentioned in ${detail.documents.length} document${detail.documents.length > 1 ? "s" : ""}`),
          h(
            "ul",
            null,
            detail.documents.map((d) =>
              h("li", null, h("button", { type: "button", class: "link", title: d.name, onClick: () => actions.openEvidence({ document: d, text: "", start: 0, end: 0, year: null }) }, documentTitle(d))),
            ),
          ),
        )
      : null,
    h("h3", { class: "section-title" }, `Relations (${detail.relations.length}) · ${evidenceCount} evidence sentence${evidenceCount === 1 ? "" : "s"}`),
    groups.length === 0 ? h("p", { class: "muted" }, "No relations.") : null,
    // The API's complexity budget caps one request at 200 relations.
    detail.degree > detail.relations.length
      ? h("p", { class: "muted" }, `Showing ${detail.relations.length} of ${detail.degree} relations.`)
      : null,
    groups.map((group) =>
      h(
        "section",
        { class: "relation-group", "data-type": group.type },
        h(
          "h4",
          null,
          h("span", { class: "edge-swatch", style: edgeSwatchStyle(group.type), "aria-hidden": "true" }),
          `${group.heading} (${group.items.length})`,
        ),
        h(
          "ul",
          { class: "relations" },
          group.items.map(({ other, relation }) =>
            h(
              "li",
              { class: "relation", "data-relation": relation.id },
              h(
                "div",
                { class: "relation-head" },
                h(
                  "button",
                  { type: "button", class: "entity-link", onClick: () => actions.select(other.id), "data-id": other.id },
                  kindDot(KIND_COLORS[other.kind]),
                  other.name,
                ),
                h(
                  "span",
                  { class: `confidence level-${confidenceLevel(relation.confidence)}`, title: confidenceTitle(relation.confidence), "data-confidence": String(relation.confidence) },
                  `${confidenceLevel(relation.confidence)} confidence`,
                ),
              ),
              relation.evidence.length
                ? h("ul", { class: "evidence-list" }, uniqueEvidence(relation.evidence).map((ev) => renderEvidence(ev, actions)))
                : null,
            ),
          ),
        ),
      ),
    ),
  );
}

/** The same sentence can be stated at two offsets of one document; it reads once. */
export function uniqueEvidence(evidence: Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return evidence.filter((ev) => {
    const key = `${ev.document.id}\u0000${ev.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function renderEvidence(ev: Evidence, actions: Pick<NodePanelActions, "openEvidence">): HTMLElement {
  return h(
    "li",
    { class: "evidence" },
    h("blockquote", null, ev.text),
    h(
      "p",
      { class: "evidence-source" },
      "— ",
      h(
        "button",
        { type: "button", class: "link", onClick: () => actions.openEvidence(ev), title: `Read the sentence in its document (${ev.document.name})` },
        documentTitle(ev.document),
      ),
      ev.year ? `, ${ev.year}` : "",
    ),
  );
}

/** A figure with its meaning in a tooltip (and for screen readers, in the description). */
function figure(term: string, value: string, meaning: string): HTMLElement {
  return h("div", { title: meaning, class: "figure" }, h("dt", null, term), h("dd", { "aria-description": meaning }, value));
}

// PageRank over a few hundred entities averages 1/n; these cut-offs read it in words.
function influenceWords(pageRank: number): string {
  return pageRank >= 0.02 ? "High" : pageRank >= 0.006 ? "Medium" : "Low";
}

function bridgingWords(betweenness: number): string {
  return betweenness >= 0.05 ? "High" : betweenness >= 0.005 ? "Medium" : "Low";
}
