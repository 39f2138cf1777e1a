import { RELATION_TYPES, type DocumentRef, type RelationType } from "../api/types";
import { RELATION_LABELS } from "../graph/palette";
import { h } from "./dom";

/** What a curator may do from a panel; each call sends one correction with its reason. */
export interface CuratorActions {
  reject(relationId: string, reason: string): Promise<void>;
  merge(into: string, from: string, reason: string): Promise<void>;
  add(type: RelationType, source: string, target: string, document: string, evidence: string, reason: string): Promise<void>;
}

let formCount = 0;

/** One correction: its fields, a required reason, a button, and a line that says how it went. */
function correctionForm(title: string, fields: HTMLElement[], button: string, send: (reason: string) => Promise<void>): HTMLElement {
  const id = `correction-${++formCount}`;
  const reason = h("input", { id: `${id}-reason`, type: "text", required: true, placeholder: "Why (kept in the curation log)" });
  const message = h("p", { class: "correction-message", "aria-live": "polite" });
  const submit = h("button", { type: "submit" }, button);
  const form = h(
    "form",
    {
      class: "correction",
      onSubmit: (e: Event) => {
        e.preventDefault();
        submit.disabled = true;
        message.className = "correction-message";
        message.textContent = "Sending…";
        send(reason.value.trim())
          .then(() => (message.textContent = "Done: recorded in the curation log."))
          .catch((err: unknown) => {
            message.className = "correction-message error";
            message.textContent = err instanceof Error ? err.message : String(err);
          })
          .finally(() => (submit.disabled = false));
      },
    },
    h("h4", null, title),
    ...fields,
    h("label", { for: `${id}-reason` }, "Reason"),
    reason,
    submit,
    message,
  );
  return form;
}

function field(label: string, input: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement): HTMLElement[] {
  input.id ||= `field-${++formCount}`;
  return [h("label", { for: input.id }, label), input];
}

/** The curator's corrections of a relation: reject it. */
export function relationCorrections(relationId: string, actions: CuratorActions): HTMLElement {
  return h(
    "details",
    { class: "curator-controls" },
    h("summary", null, "Correct (curator)"),
    correctionForm("Reject this relation", [], "Reject relation", (reason) => actions.reject(relationId, reason)),
  );
}

/** The curator's corrections of an entity: absorb another, or state a relation with a sentence as evidence. */
export function entityCorrections(entityId: string, documents: DocumentRef[], actions: CuratorActions): HTMLElement {
  const from = h("input", { type: "text", required: true, placeholder: "actor:…", class: "merge-from" });
  const type = h("select", { class: "add-type" }, RELATION_TYPES.map((t) => h("option", { value: t }, RELATION_LABELS[t])));
  const target = h("input", { type: "text", required: true, placeholder: "treaty:…", class: "add-target" });
  const doc = h("select", { class: "add-document" }, documents.map((d) => h("option", { value: d.id }, d.title || d.name)));
  const sentence = h("textarea", { required: true, rows: 2, placeholder: "The sentence, as the document has it", class: "add-evidence" });
  return h(
    "details",
    { class: "curator-controls" },
    h("summary", null, "Correct (curator)"),
    correctionForm("Merge another entity into this one", field("Entity ID to absorb", from), "Merge", (reason) =>
      actions.merge(entityId, from.value.trim(), reason),
    ),
    correctionForm("Add a relation from this entity", [...field("Type", type), ...field("Target ID", target), ...field("Document", doc), ...field("Evidence", sentence)], "Add relation", (reason) =>
      actions.add(type.value as RelationType, entityId, target.value.trim(), doc.value, sentence.value.trim(), reason),
    ),
  );
}
