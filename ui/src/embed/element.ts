// dist/embed.js: a script a host page includes to get <diplograph-graph>
// (a live view) and <diplograph-lens> (a saved one). It stays tiny and
// dependency-free: it only frames /embed and relays the iframe's selection
// messages as DOM events, so the page needs no knowledge of postMessage or
// origins.

const PASSED_ATTRIBUTES = ["focus", "depth", "node", "kinds", "subtypes", "rels", "doc", "color", "size", "minDegree"] as const;

// The script's own address is the natural default server: a page that loads
// http://host:port/embed.js wants the graph from http://host:port.
const scriptBase = (() => {
  const script = document.currentScript as HTMLScriptElement | null;
  return script?.src ? new URL(".", script.src).toString() : location.origin + "/";
})();

/** What both elements share: the frame, its size and title, and the relayed messages. */
abstract class DiplographFrame extends HTMLElement {
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

  /** The embed page's address for the element's attributes. */
  protected abstract frameUrl(): URL;
  protected abstract readonly defaultTitle: string;

  private update(): void {
    const frame = this.frame!;
    const url = this.frameUrl();
    frame.title = this.getAttribute("title") || this.defaultTitle;
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

/** <diplograph-graph focus="…" depth="2" …>: a live view, the attributes passed on as its state. */
class DiplographGraph extends DiplographFrame {
  static observedAttributes = ["src", "title", "height", ...PASSED_ATTRIBUTES];
  protected readonly defaultTitle = "Diplograph graph";

  protected frameUrl(): URL {
    const url = new URL("embed", this.base);
    for (const name of PASSED_ATTRIBUTES) {
      const value = this.getAttribute(name);
      if (value) url.searchParams.set(name, value);
    }
    return url;
  }
}

/**
 * <diplograph-lens id="ID">: a saved lens, as its citation gives it; the
 * frame says when the graph has changed since and links to the lens in the
 * explorer. A page whose element IDs must stay its own can give the lens
 * as lens="ID" instead.
 */
class DiplographLens extends DiplographFrame {
  static observedAttributes = ["src", "title", "height", "id", "lens"];
  protected readonly defaultTitle = "Diplograph lens";

  protected frameUrl(): URL {
    const url = new URL("embed", this.base);
    const id = this.getAttribute("lens") || this.getAttribute("id");
    if (id) url.searchParams.set("lens", id);
    return url;
  }
}

if (!customElements.get("diplograph-graph")) customElements.define("diplograph-graph", DiplographGraph);
if (!customElements.get("diplograph-lens")) customElements.define("diplograph-lens", DiplographLens);
