// dist/embed.js: a script a host page includes to get <diplograph-graph>.
// It stays tiny and dependency-free: it only frames /embed and relays the
// iframe's selection messages as DOM events, so the page needs no knowledge
// of postMessage or origins.

const PASSED_ATTRIBUTES = ["focus", "depth", "node", "kinds", "subtypes", "rels", "doc", "color", "size", "minDegree"] as const;

// The script's own address is the natural default server: a page that loads
// http://host:port/embed.js wants the graph from http://host:port.
const scriptBase = (() => {
  const script = document.currentScript as HTMLScriptElement | null;
  return script?.src ? new URL(".", script.src).toString() : location.origin + "/";
})();

class DiplographGraph extends HTMLElement {
  static observedAttributes = ["src", "title", "height", ...PASSED_ATTRIBUTES];

  private frame: HTMLIFrameElement | null = null;
  private readonly onMessage = (event: MessageEvent) => this.relay(event);

  connectedCallback(): void {
    if (!this.frame) {
      const root = this.attachShadow({ mode: "open" });
      const style = document.createElement("style");
      style.textContent = ":host{display:block;height:480px;min-height:200px;position:relative}iframe{border:0;width:100%;height:100%;display:block}";
      this.frame = document.createElement("iframe");
      this.frame.setAttribute("loading", "lazy");
      this.frame.setAttribute("allow", "clipboard-write");
      root.append(style, this.frame);
    }
    window.addEventListener("message", this.onMessage);
    this.update();
  }

  disconnectedCallback(): void {
    window.removeEventListener("message", this.onMessage);
  }

  attributeChangedCallback(): void {
    if (this.frame) this.update();
  }

  /** The server the graph comes from: the src attribute, or where this script came from. */
  get base(): URL {
    const src = this.getAttribute("src");
    const base = src ? new URL(src, location.href) : new URL(scriptBase);
    if (!base.pathname.endsWith("/")) base.pathname += "/";
    return base;
  }

  private update(): void {
    const frame = this.frame!;
    const url = new URL("embed", this.base);
    for (const name of PASSED_ATTRIBUTES) {
      const value = this.getAttribute(name);
      if (value) url.searchParams.set(name, value);
    }
    frame.title = this.getAttribute("title") || "Diplograph graph";
    const height = this.getAttribute("height");
    if (height) this.style.height = /^\d+$/.test(height) ? `${height}px` : height;
    if (frame.src !== url.toString()) frame.src = url.toString();
  }

  // Only messages from our own iframe and its origin count: other frames on
  // the page may speak a similar language.
  private relay(event: MessageEvent): void {
    if (!this.frame || event.source !== this.frame.contentWindow) return;
    if (event.origin !== this.base.origin) return;
    const data = event.data as { type?: unknown; id?: unknown; name?: unknown; kind?: unknown } | null;
    if (!data || typeof data !== "object") return;
    if (data.type === "diplograph:select") {
      this.dispatchEvent(
        new CustomEvent("diplograph-select", {
          detail: { id: data.id, name: data.name, kind: data.kind },
          bubbles: true,
          composed: true,
        }),
      );
    } else if (data.type === "diplograph:ready") {
      this.dispatchEvent(new CustomEvent("diplograph-ready", { detail: data, bubbles: true, composed: true }));
    }
  }
}

if (!customElements.get("diplograph-graph")) customElements.define("diplograph-graph", DiplographGraph);
