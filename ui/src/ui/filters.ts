import type { DocumentRef, RelationType } from "../api/types";
import { KINDS } from "../api/types";
import type { Facets } from "../app/session";
import { EDGE_FAMILIES, KIND_COLORS, KIND_LABELS, RELATION_LABELS, confidenceLevel, edgeSwatchStyle, prettySubtype } from "../graph/palette";
import { documentTitle } from "../api/titles";
import type { ViewState } from "../state/viewState";
import { fill, h, kindDot, uid } from "./dom";

/**
 * The filter form. It is rebuilt when the loaded data changes (new facets)
 * and only synced when the state changes, so dragging the slider or tabbing
 * through checkboxes never loses focus to a re-render.
 */
export class FiltersPanel {
  readonly element: HTMLElement;
  private facets: Facets | null = null;
  private documents: DocumentRef[] = [];
  private state: ViewState | null = null;

  constructor(
    private readonly onChange: (patch: Partial<ViewState>) => void,
    private readonly onClose: () => void,
  ) {
    this.element = h("section", { class: "filters", "aria-labelledby": "filters-title" });
  }

  setData(facets: Facets, documents: DocumentRef[], state: ViewState): void {
    this.facets = facets;
    this.documents = documents;
    this.state = state;
    this.build();
  }

  sync(state: ViewState): void {
    this.state = state;
    if (!this.facets) return;
    const shown = (list: string[], value: string) => list.length === 0 || list.includes(value);
    this.element.querySelectorAll<HTMLInputElement>("input[data-kind]").forEach((i) => (i.checked = shown(state.kinds, i.dataset.kind!)));
    this.element
      .querySelectorAll<HTMLInputElement>("input[data-subtype]")
      .forEach((i) => (i.checked = shown(state.subtypes, i.dataset.subtype!)));
    this.element.querySelectorAll<HTMLInputElement>("input[data-rel]").forEach((i) => (i.checked = shown(state.rels, i.dataset.rel!)));
    const doc = this.element.querySelector<HTMLSelectElement>("select[name=doc]");
    if (doc) doc.value = state.doc ?? "";
    const slider = this.element.querySelector<HTMLInputElement>("input[name=minDegree]");
    const output = this.element.querySelector<HTMLOutputElement>("output[name=minDegreeValue]");
    if (slider && document.activeElement !== slider) slider.value = String(state.minDegree);
    if (output) output.value = String(state.minDegree);
    const confidence = this.element.querySelector<HTMLInputElement>("input[name=minConfidence]");
    const confidenceOut = this.element.querySelector<HTMLOutputElement>("output[name=minConfidenceValue]");
    if (confidence && document.activeElement !== confidence) confidence.value = String(state.minConfidence);
    if (confidenceOut) confidenceOut.value = confidenceWords(state.minConfidence);
  }

  private build(): void {
    const facets = this.facets!;
    const state = this.state!;
    const kindBoxes = KINDS.map((kind) =>
      checkbox(`${KIND_LABELS[kind]} (${facets.kindCounts.get(kind) ?? 0})`, { "data-kind": kind }, kindDot(KIND_COLORS[kind]), () =>
        this.toggle("kinds", KINDS, kind),
      ),
    );
    const allSubtypes = KINDS.flatMap((k) => [...(facets.subtypesByKind.get(k)?.keys() ?? [])]);
    const subtypeGroups = KINDS.filter((k) => (facets.subtypesByKind.get(k)?.size ?? 0) > 0).map((kind) =>
      h(
        "div",
        { class: "subtype-group" },
        h("p", { class: "group-label" }, KIND_LABELS[kind]),
        [...facets.subtypesByKind.get(kind)!.entries()]
          .sort((a, b) => a[0].localeCompare(b[0]))
          .map(([subtype, count]) =>
            checkbox(`${prettySubtype(subtype)} (${count})`, { "data-subtype": subtype }, null, () =>
              this.toggle("subtypes", allSubtypes, subtype),
            ),
          ),
      ),
    );
    const relBoxes = EDGE_FAMILIES.map((family) =>
      h(
        "div",
        { class: "subtype-group" },
        h("p", { class: "group-label" }, h("span", { class: "edge-swatch", style: { background: family.color }, "aria-hidden": "true" }), family.label),
        family.types.map((t) =>
          checkbox(RELATION_LABELS[t], { "data-rel": t }, h("span", { class: "edge-swatch", style: edgeSwatchStyle(t), "aria-hidden": "true" }), () =>
            this.toggle("rels", allRelationTypes(), t),
          ),
        ),
      ),
    );
    const sliderId = uid("min-degree");
    const docId = uid("doc");
    const confidenceId = uid("min-confidence");
    const maxDegree = Math.max(1, Math.min(facets.maxDegree, 60));
    fill(this.element,
      h(
        "header",
        { class: "panel-header" },
        h("h2", { id: "filters-title" }, "Filters"),
        h("button", { class: "icon-button close", type: "button", "aria-label": "Close filters", onClick: this.onClose }, "×"),
      ),
      h("fieldset", null, h("legend", null, "Kinds"), kindBoxes),
      allSubtypes.length ? h("fieldset", null, h("legend", null, "Subtypes"), subtypeGroups) : null,
      h("fieldset", null, h("legend", null, "Relation types"), relBoxes),
      h(
        "div",
        { class: "field" },
        h("label", { for: docId }, "Source document"),
        h(
          "select",
          {
            id: docId,
            name: "doc",
            onChange: (e: Event) => this.onChange({ doc: (e.target as HTMLSelectElement).value || null }),
          },
          h("option", { value: "" }, "All documents"),
          this.documents.map((d) => h("option", { value: d.id, title: d.name }, documentTitle(d))),
        ),
      ),
      h(
        "div",
        { class: "field" },
        h("label", { for: sliderId }, "Minimum relations: ", h("output", { name: "minDegreeValue", for: sliderId }, String(state.minDegree))),
        h("input", {
          id: sliderId,
          name: "minDegree",
          type: "range",
          min: "0",
          max: String(maxDegree),
          step: "1",
          value: String(Math.min(state.minDegree, maxDegree)),
          onInput: (e: Event) => this.onChange({ minDegree: Number((e.target as HTMLInputElement).value) }),
        }),
      ),
      h(
        "div",
        { class: "field" },
        h(
          "label",
          { for: confidenceId, title: "Hide relations the extractor is less sure of. High: 65% and up; medium: 40% and up; low: below." },
          "Minimum confidence: ",
          h("output", { name: "minConfidenceValue", for: confidenceId }, confidenceWords(state.minConfidence)),
        ),
        h("input", {
          id: confidenceId,
          name: "minConfidence",
          type: "range",
          min: "0",
          max: "0.9",
          step: "0.05",
          value: String(state.minConfidence),
          onInput: (e: Event) => this.onChange({ minConfidence: Number((e.target as HTMLInputElement).value) }),
        }),
      ),
      h(
        "button",
        {
          type: "button",
          class: "reset",
          onClick: () => this.onChange({ kinds: [], subtypes: [], rels: [], doc: null, minDegree: 0, minConfidence: 0 }),
        },
        "Reset filters",
      ),
    );
    this.sync(state);
  }

  /** Lists hold what is shown; an empty list (everything shown) keeps URLs short. */
  private toggle<K extends "kinds" | "subtypes" | "rels">(key: K, universe: readonly string[], value: string): void {
    const current = this.state![key] as string[];
    const shown = new Set(current.length ? current : universe);
    if (shown.has(value)) shown.delete(value);
    else shown.add(value);
    const next = universe.filter((v) => shown.has(v));
    // An empty list means "everything", so hiding the last one is refused.
    if (next.length === 0) {
      this.sync(this.state!);
      return;
    }
    this.onChange({ [key]: next.length === universe.length ? [] : next } as Partial<ViewState>);
  }
}

function allRelationTypes(): RelationType[] {
  return EDGE_FAMILIES.flatMap((f) => f.types);
}

function checkbox(label: string, data: Record<string, string>, decoration: Node | null, onToggle: () => void): HTMLElement {
  return h("label", { class: "check" }, h("input", { type: "checkbox", ...data, onChange: onToggle }), decoration, label);
}

function confidenceWords(value: number): string {
  return value > 0 ? `${Math.round(value * 100)}% (${confidenceLevel(value)} and up)` : "any";
}
