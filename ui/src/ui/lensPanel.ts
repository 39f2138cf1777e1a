import type { Lens, LensApi } from "../api/types";
import { h, fill } from "./dom";

/** What the lens bar's buttons do in the page that shows it. */
export interface LensBarActions {
  /** Leave the lens for the same view as a plain link of the explorer. */
  showCurrent: () => void;
  openCitations: () => void;
}

/**
 * The bar above a lens's drawing: when it was saved and, when the graph has
 * changed since, by how much the view has (with the relations it gained and
 * lost a click away) and a way to the current view.
 */
export function renderLensBar(lens: Lens, actions: LensBarActions): HTMLElement {
  const saved = lens.createdAt.slice(0, 10);
  const title = lens.title ? `“${lens.title}”` : lens.id;
  const c = lens.changes;
  const bar = h("section", {
    class: `lens-bar${lens.stale ? " stale" : ""}`,
    "aria-label": "Lens",
    "data-lens-id": lens.id,
    "data-stale": String(lens.stale),
  });
  const summary = lens.stale
    ? c.addedCount || c.removedCount
      ? `The graph has changed since: ${count(c.addedCount, "relation")} added, ${c.removedCount} removed.`
      : "The graph has changed since, though not the relations this view shows."
    : "The graph is as it was then.";
  const changes = lens.stale && (c.addedCount || c.removedCount) ? renderChanges(lens) : null;
  fill(
    bar,
    h("p", { class: "lens-summary" }, h("strong", null, `Lens ${title}`), ` saved on ${saved}. `, summary),
    h(
      "div",
      { class: "lens-actions" },
      lens.stale ? h("button", { type: "button", name: "showCurrent", onClick: actions.showCurrent }, "Show current view") : null,
      h("button", { type: "button", name: "citations", onClick: actions.openCitations }, `Citations (${lens.citationCount})`),
    ),
    changes,
  );
  return bar;
}

function renderChanges(lens: Lens): HTMLElement {
  const c = lens.changes;
  const line = (type: string, source: string, target: string) => `${source} ${type.toLowerCase().replaceAll("_", " ")} ${target}`;
  return h(
    "details",
    { class: "lens-changes" },
    h("summary", null, "What changed"),
    c.added.length
      ? h("div", null, h("h3", null, "Added"), h("ul", { class: "lens-added" }, c.added.map((r) => h("li", null, line(r.type, r.source.name, r.target.name)))))
      : null,
    c.removed.length
      ? h(
          "div",
          null,
          h("h3", null, "Removed"),
          h("ul", { class: "lens-removed" }, c.removed.map((r) => h("li", null, line(r.type, r.sourceName ?? r.source, r.targetName ?? r.target)))),
        )
      : null,
  );
}

/**
 * The lens's citations: every evidence sentence its view shows, and the
 * whole list to copy as text or as BibTeX. What was copied also shows in a
 * text box, to copy by hand where the clipboard is out of reach.
 */
export class CitationPanel {
  readonly element: HTMLElement;
  private readonly copyBox = h("textarea", { class: "citations-copy", readonly: true, rows: 6, "aria-label": "Citations to copy", hidden: true });
  private readonly status = h("p", { class: "citations-status", role: "status", "aria-live": "polite" });

  constructor(lens: Lens, onClose: () => void) {
    this.element = h(
      "aside",
      { class: "citations", "aria-label": "Citations", hidden: true },
      h(
        "header",
        null,
        h("h2", null, `Citations (${lens.citationCount})`),
        h("button", { type: "button", class: "icon-button", "aria-label": "Close citations", onClick: onClose }, "×"),
      ),
      h(
        "div",
        { class: "citations-actions" },
        h("button", { type: "button", name: "copyText", onClick: () => void this.copy(lens.citationsText, "text") }, "Copy as text"),
        h("button", { type: "button", name: "copyBibtex", onClick: () => void this.copy(lens.citationsBibtex, "BibTeX") }, "Copy as BibTeX"),
      ),
      this.status,
      this.copyBox,
      lens.citations.length
        ? h(
            "ol",
            { class: "citations-list" },
            lens.citations.map((c) =>
              h(
                "li",
                { "data-key": c.key },
                h("q", null, c.sentence),
                h("span", { class: "muted" }, ` ${c.documentName}${c.date ? ", " + c.date : ""} · ${c.source} ${c.relationType} ${c.target}`),
              ),
            ),
          )
        : h("p", { class: "muted" }, "The view shows no relation, so it cites no sentence."),
    );
  }

  private async copy(text: string, format: string): Promise<void> {
    this.copyBox.value = text;
    this.copyBox.hidden = false;
    try {
      await navigator.clipboard.writeText(text);
      this.status.textContent = `Copied as ${format}.`;
    } catch {
      this.copyBox.select();
      this.status.textContent = `Select and copy the ${format} below.`;
    }
  }
}

/**
 * The toolbar's "Save lens" menu: an optional title, then the lens's address
 * and the markup that embeds it, each ready to copy.
 */
export class SaveLensMenu {
  readonly element: HTMLDetailsElement;
  private readonly titleInput = h("input", { type: "text", name: "lensTitle", maxlength: "200", placeholder: "Title (optional)", "aria-label": "Lens title" });
  private readonly result = h("div", { class: "lens-saved", "aria-live": "polite" });

  constructor(
    private readonly api: LensApi,
    private readonly input: (title: string | null) => Parameters<LensApi["saveLens"]>[0],
  ) {
    this.element = h(
      "details",
      { class: "menu save-lens" },
      h("summary", null, "Save lens"),
      h(
        "div",
        { class: "menu-items upload-form" },
        h("p", { class: "muted" }, "Keep this view under a short link, with the sentences it shows, to cite or embed."),
        this.titleInput,
        h("button", { type: "button", class: "primary", name: "saveLens", onClick: () => void this.save() }, "Save"),
        this.result,
      ),
    );
  }

  private async save(): Promise<void> {
    fill(this.result, h("p", { class: "upload-message" }, "Saving…"));
    try {
      const lens = await this.api.saveLens(this.input(this.titleInput.value.trim() || null));
      const url = new URL(`lens/${lens.id}`, document.baseURI).toString();
      const script = new URL("embed.js", document.baseURI).toString();
      const snippet = `<script src="${script}"></script>\n<diplograph-lens id="${lens.id}"></diplograph-lens>`;
      const field = (name: string, value: string, label: string) => h("input", { type: "text", name, value, readonly: true, "aria-label": label });
      fill(
        this.result,
        h("label", null, "Link"),
        field("lensUrl", url, "Link to the lens"),
        h("button", { type: "button", onClick: () => void copyOrSelect(url, this.result.querySelector("input[name=lensUrl]")) }, "Copy link"),
        h("label", null, "Embed"),
        h("textarea", { name: "lensEmbed", readonly: true, rows: 3, "aria-label": "Markup that embeds the lens", value: snippet }),
        h("a", { href: url, "data-lens-id": lens.id }, "Open the lens"),
      );
    } catch (e) {
      fill(this.result, h("p", { class: "upload-message error" }, `Could not save: ${e instanceof Error ? e.message : String(e)}`));
    }
  }
}

async function copyOrSelect(text: string, field: HTMLInputElement | null): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    field?.select();
  }
}

function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
