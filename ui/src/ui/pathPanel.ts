import type { Api, EntityRef, Evidence, PathResult } from "../api/types";
import { KIND_COLORS, RELATION_VERBS } from "../graph/palette";
import { SearchCombobox } from "./combobox";
import { h, kindDot } from "./dom";
import { renderEvidence, uniqueEvidence } from "./nodePanel";

export interface PathPanelActions {
  setEnds(from: string | null, to: string | null): void;
  select(id: string): void;
  openEvidence(evidence: Evidence): void;
  close(): void;
}

/**
 * The path finder: two searches for the ends, and the steps of the shortest
 * path with the sentences that justify each hop.
 */
export class PathPanel {
  readonly element: HTMLElement;
  private readonly fromBox: SearchCombobox;
  private readonly toBox: SearchCombobox;
  private readonly result: HTMLElement;
  private from: string | null = null;
  private to: string | null = null;

  constructor(api: Api, private readonly actions: PathPanelActions) {
    this.fromBox = new SearchCombobox({
      api,
      label: "Path from",
      placeholder: "From…",
      onSelect: (hit) => {
        this.from = hit.entity.id;
        this.fromBox.setText(hit.entity.name);
        this.actions.setEnds(this.from, this.to);
        if (!this.to) this.toBox.focus();
      },
    });
    this.toBox = new SearchCombobox({
      api,
      label: "Path to",
      placeholder: "To…",
      onSelect: (hit) => {
        this.to = hit.entity.id;
        this.toBox.setText(hit.entity.name);
        this.actions.setEnds(this.from, this.to);
      },
    });
    this.result = h("div", { class: "path-result", "aria-live": "polite" });
    this.element = h(
      "section",
      { class: "path-panel", "aria-labelledby": "path-title" },
      h(
        "header",
        { class: "panel-header" },
        h("h2", { id: "path-title", tabindex: "-1" }, "Find a path"),
        h("button", { class: "icon-button close", type: "button", "aria-label": "Close path finder", onClick: actions.close }, "×"),
      ),
      h(
        "div",
        { class: "path-ends" },
        this.fromBox.element,
        h(
          "button",
          {
            type: "button",
            class: "icon-button",
            "aria-label": "Swap ends",
            title: "Swap ends",
            onClick: () => this.actions.setEnds(this.to, this.from),
          },
          "⇅",
        ),
        this.toBox.element,
      ),
      this.result,
    );
  }

  /** Shows the ends as names; falls back to IDs until a name is known. */
  setEnds(from: Pick<EntityRef, "id" | "name"> | string | null, to: Pick<EntityRef, "id" | "name"> | string | null): void {
    this.from = typeof from === "string" ? from : from?.id ?? null;
    this.to = typeof to === "string" ? to : to?.id ?? null;
    this.fromBox.setText(typeof from === "string" ? from : from?.name ?? "");
    this.toBox.setText(typeof to === "string" ? to : to?.name ?? "");
  }

  focusFirstEmpty(): void {
    (this.from ? this.toBox : this.fromBox).focus();
  }

  showLoading(): void {
    this.result.replaceChildren(h("p", { class: "muted" }, "Looking for a path…"));
  }

  showMessage(text: string): void {
    this.result.replaceChildren(h("p", { class: "muted" }, text));
  }

  showPath(path: PathResult | null): void {
    if (!path) {
      this.result.replaceChildren(h("p", { class: "path-none" }, "No path within six hops."));
      return;
    }
    const steps: HTMLElement[] = [];
    path.nodes.forEach((n, i) => {
      steps.push(
        h(
          "li",
          { class: "path-node" },
          h("button", { type: "button", class: "entity-link", onClick: () => this.actions.select(n.id), "data-id": n.id }, kindDot(KIND_COLORS[n.kind]), n.name),
        ),
      );
      const edge = path.edges[i];
      if (!edge) return;
      // Steps may run against a relation's direction, so each says it in full.
      const evidence = uniqueEvidence(edge.evidence);
      steps.push(
        h(
          "li",
          { class: "path-edge" },
          h("p", { class: "path-edge-label" }, `${edge.source.name} ${RELATION_VERBS[edge.type]} ${edge.target.name}`),
          evidence.length
            ? h("ul", { class: "evidence-list" }, evidence.map((ev) => renderEvidence(ev, this.actions)))
            : h("p", { class: "muted" }, "No evidence sentence."),
        ),
      );
    });
    this.result.replaceChildren(
      h("p", { class: "path-summary" }, `${path.length} hop${path.length === 1 ? "" : "s"}`),
      h("ol", { class: "path-steps" }, steps),
    );
  }
}
