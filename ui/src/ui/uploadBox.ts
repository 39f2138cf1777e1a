import type { LoadReport } from "../api/types";
import { h } from "./dom";

/**
 * The curator's upload box: a file (.txt, .md, .html) or pasted text goes to
 * the server's ingestDocument mutation with the admin token. Shown only when
 * the page was opened with the token (see curatorToken).
 */
export interface UploadBoxActions {
  ingest(name: string, text: string): Promise<LoadReport>;
  /** Called after a successful load, to redraw the graph with the new document. */
  loaded(report: LoadReport): Promise<void> | void;
}

const TOKEN_KEY = "diplograph.curatorToken";

/**
 * The admin token, from the page's fragment (`#token=…`, which browsers never
 * send to a server or put in its logs) or from earlier in this tab. The
 * fragment is taken off the address bar once read, so a shared link does not
 * carry it.
 */
export function curatorToken(): string | null {
  const match = /(?:^#|&)token=([^&]*)/.exec(location.hash);
  if (match) {
    const token = decodeURIComponent(match[1]!);
    try {
      if (token) sessionStorage.setItem(TOKEN_KEY, token);
      else sessionStorage.removeItem(TOKEN_KEY);
    } catch {
      // Storage can be off (private modes); the token then lasts this page only.
    }
    const rest = location.hash.replace(/^#/, "").split("&").filter((p) => !p.startsWith("token=")).join("&");
    history.replaceState(history.state, "", `${location.pathname}${location.search}${rest ? "#" + rest : ""}`);
    return token || null;
  }
  try {
    return sessionStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

export class UploadBox {
  readonly element: HTMLDetailsElement;
  private readonly file: HTMLInputElement;
  private readonly name: HTMLInputElement;
  private readonly text: HTMLTextAreaElement;
  private readonly submit: HTMLButtonElement;
  private readonly message: HTMLParagraphElement;

  constructor(private readonly actions: UploadBoxActions) {
    this.file = h("input", { type: "file", id: "upload-file", accept: ".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html" });
    this.name = h("input", { type: "text", id: "upload-name", placeholder: "my-note.txt", autocomplete: "off" });
    this.text = h("textarea", { id: "upload-text", rows: 6, placeholder: "…or paste the text here" });
    this.submit = h("button", { type: "submit", class: "primary" }, "Load into the graph");
    this.message = h("p", { class: "upload-message", role: "status", "aria-live": "polite" });
    this.file.addEventListener("change", () => {
      const f = this.file.files?.[0];
      if (f && !this.name.value) this.name.value = f.name;
    });
    const form = h(
      "form",
      { class: "menu-items upload-form", "aria-label": "Add a document", onSubmit: (e: Event) => void this.send(e) },
      h("p", { class: "muted" }, "Curator: the server reads the document, adds what it finds, and the view is redrawn."),
      h("label", { for: "upload-file" }, "File (.txt, .md, .html)"),
      this.file,
      h("label", { for: "upload-text" }, "Text"),
      this.text,
      h("label", { for: "upload-name" }, "Document name"),
      this.name,
      this.submit,
      this.message,
    );
    this.element = h("details", { class: "menu upload-menu" }, h("summary", null, "Add document"), form);
  }

  private async send(e: Event): Promise<void> {
    e.preventDefault();
    const file = this.file.files?.[0] ?? null;
    const text = file ? await file.text() : this.text.value;
    if (!text.trim()) {
      this.say("Choose a file or paste some text first.", true);
      return;
    }
    let name = this.name.value.trim() || file?.name || `pasted-${new Date().toISOString().slice(0, 19).replace(/[:T]/g, "-")}.txt`;
    if (!/\.(txt|md|markdown|html?)$/i.test(name)) name += ".txt";
    this.submit.disabled = true;
    this.say(`Loading “${name}”…`, false);
    try {
      const report = await this.actions.ingest(name, text);
      this.say(`Loaded “${report.document?.name ?? name}”: ${report.entityCount} entities, ${report.relationCount} relations.`, false);
      this.file.value = "";
      this.text.value = "";
      this.name.value = "";
      await this.actions.loaded(report);
    } catch (err) {
      this.say(`Could not load it: ${err instanceof Error ? err.message : String(err)}`, true);
    } finally {
      this.submit.disabled = false;
    }
  }

  private say(text: string, error: boolean): void {
    this.message.textContent = text;
    this.message.classList.toggle("error", error);
  }
}
