import type { Evidence, RelationDetail } from "../api/types";
import { SYMMETRIC_TYPES } from "../api/types";
import { documentTitle } from "../api/titles";
import {
  KIND_COLORS,
  KIND_LABELS,
  RELATION_LABELS,
  RELATION_VERBS,
  confidenceLevel,
  confidenceTitle,
  edgeSwatchStyle,
  explainRule,
} from "../graph/palette";
import { h, kindDot } from "./dom";
import { renderEvidence, uniqueEvidence } from "./nodePanel";

export interface RelationPanelActions {
  select(id: string): void;
  openEvidence(evidence: Evidence): void;
  close(): void;
}

/** A relation on its own: both ends, how sure the extractor is and why, and every sentence that states it. */
export function renderRelationPanel(r: RelationDetail, actions: RelationPanelActions): HTMLElement {
  const evidence = uniqueEvidence(r.evidence);
  const documents = new Map(evidence.map((e) => [e.document.id, e.document]));
  const level = confidenceLevel(r.confidence);
  const end = (role: string, e: RelationDetail["source"]) =>
    h(
      "div",
      { class: "relation-end" },
      h("span", { class: "muted" }, role),
      h(
        "button",
        { type: "button", class: "entity-link", "data-id": e.id, onClick: () => actions.select(e.id) },
        kindDot(KIND_COLORS[e.kind]),
        e.name,
      ),
      h("span", { class: "muted" }, ` · ${KIND_LABELS[e.kind]}`),
    );
  const mutual = SYMMETRIC_TYPES.has(r.type);
  return h(
    "section",
    { class: "relation-panel", "aria-labelledby": "relation-panel-title", "data-relation": r.id },
    h(
      "header",
      { class: "panel-header" },
      h(
        "div",
        null,
        h("p", { class: "eyebrow" }, h("span", { class: "edge-swatch", style: edgeSwatchStyle(r.type), "aria-hidden": "true" }), `Relation · ${RELATION_LABELS[r.type]}`),
        h("h2", { id: "relation-panel-title", tabindex: "-1" }, `${r.source.name} ${RELATION_VERBS[r.type]} ${r.target.name}`),
      ),
      h("button", { class: "icon-button close", type: "button", "aria-label": "Close relation", onClick: actions.close }, "×"),
    ),
    h("div", { class: "relation-ends" }, end(mutual ? "Between" : "From", r.source), end(mutual ? "and" : "To", r.target)),
    h(
      "dl",
      { class: "figures relation-figures" },
      h(
        "div",
        { title: confidenceTitle(r.confidence) },
        h("dt", null, "Confidence"),
        h("dd", { class: `confidence-level level-${level}`, "data-confidence": String(r.confidence) }, capitalise(level)),
      ),
      h("div", null, h("dt", null, "Evidence"), h("dd", null, `${evidence.length} sentence${evidence.length === 1 ? "" : "s"}`)),
      h("div", null, h("dt", null, "Documents"), h("dd", null, String(documents.size))),
    ),
    h(
      "p",
      { class: "rule" },
      h("span", { class: "muted" }, "How it was read: "),
      explainRule(r.rule),
      " ",
      h("code", { class: "rule-name", title: "The extraction rule's name (Relation.rule in the API)" }, r.rule ?? "curator"),
    ),
    h("h3", { class: "section-title" }, "Evidence"),
    evidence.length === 0 ? h("p", { class: "muted" }, "No sentence recorded (added by a curator).") : null,
    h(
      "ul",
      { class: "evidence-list" },
      evidence.map((ev) => {
        const item = renderEvidence(ev, actions);
        if (ev.rule && ev.rule !== r.rule) {
          item.append(h("p", { class: "evidence-rule muted", title: explainRule(ev.rule) }, `read by ${ev.rule}`));
        }
        return item;
      }),
    ),
    documents.size
      ? h(
          "p",
          { class: "muted relation-docs" },
          "In: ",
          [...documents.values()].map((d, i) => [i ? "; " : "", documentTitle(d)]).flat(),
        )
      : null,
  );
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
