import type { AlignmentSummary, StanceApi, StanceMatrix } from "../api/types";
import { RELATION_COLORS, RELATION_LABELS } from "../graph/palette";
import { h } from "./dom";

// A cell takes the colour of its strongest stance: opposition and support
// first, then being party, then membership and participation, then
// engagement without a stated stance.
const PRECEDENCE = ["OPPOSES", "SUPPORTS", "PARTY_TO", "MEMBER_OF", "PARTICIPATES_IN", "ENGAGES_ON"] as const;

type Cell = StanceMatrix["cells"][number];

/**
 * Who stands where: the most connected actors (rows) against the targets
 * they take most stances on (columns), each cell coloured by its strongest
 * stance; a click on a cell lists the sentences behind it.
 */
export function renderStanceView(matrix: StanceMatrix, select: (id: string) => void): HTMLElement {
  const byPair = new Map<string, Cell>();
  for (const c of matrix.cells) byPair.set(`${c.actor.id}\u0000${c.target.id}`, c);
  const evidence = h("section", { class: "stance-evidence", "aria-live": "polite" }, h("p", { class: "muted" }, "Choose a cell to read the sentences behind it."));
  let chosen: HTMLElement | null = null;
  const show = (button: HTMLElement, actor: string, target: string, cell: Cell) => {
    chosen?.setAttribute("aria-pressed", "false");
    button.setAttribute("aria-pressed", "true");
    chosen = button;
    evidence.replaceChildren(
      h("h3", null, `${actor} — ${target}`),
      ...cell.stances.map((s) =>
        h(
          "div",
          { class: "stance-evidence-group" },
          h("h4", null, `${RELATION_LABELS[s.type]} (${s.evidenceCount} sentence${s.evidenceCount === 1 ? "" : "s"})`),
          h(
            "ul",
            null,
            s.evidence.map((e) => h("li", null, h("q", null, e.text), " ", h("span", { class: "muted" }, e.document.name))),
          ),
        ),
      ),
    );
  };
  const legend = h(
    "ul",
    { class: "stance-legend", "aria-label": "Stance colours" },
    PRECEDENCE.map((t) => h("li", null, h("span", { class: "swatch", style: { background: RELATION_COLORS[t] } }), RELATION_LABELS[t])),
  );
  const table = h(
    "table",
    { class: "stance-grid" },
    h("caption", null, `Stances of ${matrix.actors.length} actors on ${matrix.targets.length} targets`),
    h(
      "thead",
      null,
      h(
        "tr",
        null,
        h("td", null),
        matrix.targets.map((t) =>
          h("th", { scope: "col" }, h("button", { type: "button", class: "link", title: t.name, onClick: () => select(t.id) }, t.name)),
        ),
      ),
    ),
    h(
      "tbody",
      null,
      matrix.actors.map((a) =>
        h(
          "tr",
          { "data-id": a.id },
          h("th", { scope: "row" }, h("button", { type: "button", class: "link", onClick: () => select(a.id) }, a.name)),
          matrix.targets.map((t) => {
            const cell = byPair.get(`${a.id}\u0000${t.id}`);
            if (!cell) return h("td", { class: "stance-empty", "aria-label": `${a.name} takes no stance on ${t.name}` });
            const top = PRECEDENCE.find((p) => cell.stances.some((s) => s.type === p)) ?? "ENGAGES_ON";
            const label = cell.stances.map((s) => RELATION_LABELS[s.type]).join(", ");
            const button: HTMLElement = h(
              "button",
              {
                type: "button",
                class: "stance-cell",
                "data-actor": a.id,
                "data-target": t.id,
                "data-stance": top,
                "aria-pressed": "false",
                title: `${a.name}: ${label} ${t.name} (${cell.evidenceCount} sentences)`,
                style: { background: RELATION_COLORS[top] },
                onClick: () => show(button, a.name, t.name, cell),
              },
              String(cell.evidenceCount),
            );
            return h("td", null, button);
          }),
        ),
      ),
    ),
  );
  return h("div", { class: "stance-view-inner" }, legend, h("div", { class: "stance-grid-wrap" }, table), evidence);
}

/**
 * The actors closest to and furthest from one actor by alignment (agreements
 * less disagreements over the targets both take a stance on), with the
 * stances they share.
 */
export function renderAlignmentPanel(api: StanceApi, id: string, select: (id: string) => void): HTMLElement {
  const host = h("section", { class: "alignment-panel", "aria-label": "Alignment" }, h("h3", null, "Alignment"), h("p", { class: "muted" }, "Loading…"));
  const list = (title: string, rows: AlignmentSummary[]) =>
    h(
      "div",
      { class: "alignment-list" },
      h("h4", null, title),
      rows.length
        ? h(
            "ol",
            null,
            rows.map((r) =>
              h(
                "li",
                null,
                h("button", { type: "button", class: "link", onClick: () => select(r.other.id) }, r.other.name),
                ` ${r.score >= 0 ? "+" : ""}${r.score.toFixed(2)} on ${r.common} shared`,
                h("span", { class: "muted" }, ` (${r.shared.map((s) => `${s.agreement === "AGREE" ? "agree" : s.agreement === "DISAGREE" ? "disagree" : "neutral"}: ${s.target.name}`).join("; ")})`),
              ),
            ),
          )
        : h("p", { class: "muted" }, "No actor shares a stance target."),
    );
  void Promise.all([api.alignedWith(id, 5, false), api.alignedWith(id, 5, true)])
    .then(([closest, furthest]) => host.replaceChildren(h("h3", null, "Alignment"), list("Closest", closest), list("Furthest", furthest)))
    .catch((e: unknown) => host.replaceChildren(h("h3", null, "Alignment"), h("p", { class: "banner-inline" }, `Could not load alignment: ${e instanceof Error ? e.message : String(e)}`)));
  return host;
}
