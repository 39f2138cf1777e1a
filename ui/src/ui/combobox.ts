import type { Api, SearchHit } from "../api/types";
import { KIND_COLORS, KIND_LABELS, prettySubtype } from "../graph/palette";
import { foldText } from "../state/text";
import { h, kindDot, uid } from "./dom";

export interface ComboboxOptions {
  api: Api;
  label: string;
  placeholder: string;
  /** Called with the chosen suggestion. */
  onSelect(hit: SearchHit): void;
  /** Called as the text changes, e.g. to keep it in the URL. */
  onInput?(text: string): void;
  className?: string;
}

/**
 * An ARIA 1.2 combobox over the API's `search`: arrow keys move through the
 * suggestions, Enter takes the highlighted one (or the first), Escape closes
 * the list and, when it is already closed, lets the event bubble so the app
 * can close a panel.
 */
export class SearchCombobox {
  readonly element: HTMLDivElement;
  readonly input: HTMLInputElement;
  private readonly list: HTMLUListElement;
  private hits: SearchHit[] = [];
  private active = -1;
  private request = 0;
  private timer: number | undefined;

  constructor(private readonly options: ComboboxOptions) {
    const listId = uid("suggestions");
    const inputId = uid("search");
    this.input = h("input", {
      id: inputId,
      type: "search",
      role: "combobox",
      autocomplete: "off",
      spellcheck: "false",
      placeholder: options.placeholder,
      "aria-autocomplete": "list",
      "aria-expanded": "false",
      "aria-controls": listId,
      onInput: () => this.onInput(),
      onKeydown: (e: KeyboardEvent) => this.onKeydown(e),
      onBlur: () => setTimeout(() => this.close(), 150),
      onFocus: () => {
        if (this.hits.length && this.input.value) this.open();
      },
    });
    this.list = h("ul", { id: listId, role: "listbox", class: "suggestions", "aria-label": `${options.label} suggestions`, hidden: true });
    this.element = h(
      "div",
      { class: `combobox ${options.className ?? ""}` },
      h("label", { for: inputId, class: "visually-hidden" }, options.label),
      this.input,
      this.list,
    );
  }

  setText(text: string): void {
    this.input.value = text;
  }

  focus(): void {
    this.input.focus();
    this.input.select();
  }

  private onInput(): void {
    this.options.onInput?.(this.input.value);
    window.clearTimeout(this.timer);
    const text = this.input.value.trim();
    if (!text) {
      this.hits = [];
      this.close();
      return;
    }
    // A short pause stops a request per keystroke without feeling slow.
    this.timer = window.setTimeout(() => void this.fetch(text), 120);
  }

  private async fetch(text: string): Promise<SearchHit[]> {
    const ticket = ++this.request;
    try {
      const hits = await this.options.api.search(text, 8);
      // An older, slower answer must not replace a newer one.
      if (ticket !== this.request) return this.hits;
      this.hits = hits;
      this.active = -1;
      this.render(text);
      if (document.activeElement === this.input) this.open();
      return hits;
    } catch {
      return [];
    }
  }

  private render(text: string): void {
    const needle = foldText(text);
    this.list.replaceChildren(
      ...(this.hits.length
        ? this.hits.map((hit, i) => {
            const alias = hit.entity.aliases.find((a) => foldText(a).includes(needle) && !foldText(hit.entity.name).includes(needle));
            return h(
              "li",
              {
                id: `${this.list.id}-${i}`,
                role: "option",
                "aria-selected": "false",
                class: "suggestion",
                "data-id": hit.entity.id,
                onMousedown: (e: MouseEvent) => e.preventDefault(),
                onClick: () => this.choose(i),
              },
              kindDot(KIND_COLORS[hit.entity.kind]),
              h("span", { class: "suggestion-name" }, hit.entity.name),
              alias ? h("span", { class: "suggestion-alias" }, `(${alias})`) : null,
              h(
                "span",
                { class: "suggestion-kind" },
                [KIND_LABELS[hit.entity.kind], prettySubtype(hit.entity.subtype)].filter(Boolean).join(" · "),
              ),
            );
          })
        : [h("li", { class: "suggestion empty", role: "option", "aria-disabled": "true" }, "No match")]),
    );
  }

  private onKeydown(e: KeyboardEvent): void {
    const count = this.hits.length;
    switch (e.key) {
      case "ArrowDown":
        e.preventDefault();
        if (this.list.hidden && count) this.open();
        this.move(count ? (this.active + 1) % count : -1);
        break;
      case "ArrowUp":
        e.preventDefault();
        if (this.list.hidden && count) this.open();
        this.move(count ? (this.active - 1 + count) % count : -1);
        break;
      case "Home":
      case "End":
        if (!this.list.hidden && count) {
          e.preventDefault();
          this.move(e.key === "Home" ? 0 : count - 1);
        }
        break;
      case "Enter":
        e.preventDefault();
        void this.enter();
        break;
      case "Escape":
        if (!this.list.hidden) {
          e.preventDefault();
          e.stopPropagation();
          this.close();
        }
        break;
    }
  }

  // Enter right after typing must still work, so it waits for the answer
  // to the current text when the list is stale.
  private async enter(): Promise<void> {
    const text = this.input.value.trim();
    if (!text) return;
    if (this.active >= 0 && this.hits[this.active]) {
      this.choose(this.active);
      return;
    }
    window.clearTimeout(this.timer);
    const hits = await this.fetch(text);
    if (hits.length) this.choose(0);
  }

  private move(index: number): void {
    this.active = index;
    const items = this.list.querySelectorAll<HTMLLIElement>("[role=option]");
    items.forEach((item, i) => item.setAttribute("aria-selected", String(i === index)));
    const current = items[index];
    if (current && index >= 0) {
      this.input.setAttribute("aria-activedescendant", current.id);
      current.scrollIntoView({ block: "nearest" });
    } else {
      this.input.removeAttribute("aria-activedescendant");
    }
  }

  private choose(index: number): void {
    const hit = this.hits[index];
    if (!hit) return;
    this.close();
    this.options.onSelect(hit);
  }

  private open(): void {
    this.list.hidden = false;
    this.input.setAttribute("aria-expanded", "true");
  }

  private close(): void {
    this.list.hidden = true;
    this.active = -1;
    this.input.setAttribute("aria-expanded", "false");
    this.input.removeAttribute("aria-activedescendant");
  }
}
