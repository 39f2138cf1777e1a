// A minimal element builder: the explorer is small enough not to need a
// framework, and building nodes (never innerHTML) keeps document text and
// entity names from ever being parsed as markup.

type Child = Node | string | number | null | undefined | false;
type Props = Record<string, unknown>;

const PROPERTIES = new Set(["value", "checked", "disabled", "hidden", "selected", "indeterminate", "open"]);

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props | null = null,
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith("on") && typeof value === "function") {
      el.addEventListener(key.slice(2).toLowerCase(), value as EventListener);
    } else if (key === "class") {
      el.className = String(value);
    } else if (key === "style" && typeof value === "object") {
      Object.assign(el.style, value);
    } else if (PROPERTIES.has(key)) {
      (el as unknown as Record<string, unknown>)[key] = value;
    } else {
      el.setAttribute(key, value === true ? "" : String(value));
    }
  }
  append(el, children);
  return el;
}

export function append(parent: Element, children: (Child | Child[])[]): void {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(child instanceof Node ? child : String(child));
  }
}

export function clear(el: Element): void {
  el.replaceChildren();
}

let nextId = 0;
/** Unique IDs for aria-controls and label wiring. */
export function uid(prefix: string): string {
  return `${prefix}-${++nextId}`;
}

export function kindDot(color: string): HTMLSpanElement {
  return h("span", { class: "dot", style: { background: color }, "aria-hidden": "true" });
}

/** replaceChildren that, like h(), skips null and false children. */
export function fill(el: Element, ...children: (Child | Child[])[]): void {
  el.replaceChildren();
  append(el, children);
}
