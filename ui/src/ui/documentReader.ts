import type { DocumentText, Kind, Mention } from "../api/types";
import { documentTitle, titleOf } from "../api/titles";
import { KINDS } from "../api/types";
import { KIND_COLORS, KIND_LABELS } from "../graph/palette";
import { h, kindDot } from "./dom";

export interface ReaderActions {
  select(id: string): void;
  filterToDocument(id: string): void;
  close(): void;
}

interface Segment {
  start: number;
  end: number;
  mention: Mention | null;
  highlighted: boolean;
}

/**
 * Cuts the text at every mention and highlight boundary. Offsets count code
 * points, so the text is split with Array.from (not by UTF-16 index), which
 * keeps emoji and other astral characters from shifting every later mention.
 */
export function segmentText(length: number, mentions: Mention[], highlight: { start: number; end: number } | null): Segment[] {
  // Overlapping mentions cannot both be links; the earlier, longer one wins.
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Mention[] = [];
  let reach = 0;
  for (const m of sorted) {
    if (m.start >= reach && m.end > m.start && m.end <= length) {
      kept.push(m);
      reach = m.end;
    }
  }
  const cuts = new Set<number>([0, length]);
  for (const m of kept) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  if (highlight && highlight.end > highlight.start) {
    cuts.add(Math.max(0, highlight.start));
    cuts.add(Math.min(length, highlight.end));
  }
  const points = [...cuts].filter((c) => c >= 0 && c <= length).sort((a, b) => a - b);
  const segments: Segment[] = [];
  let m = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    while (m < kept.length && kept[m]!.end <= start) m++;
    const mention = kept[m] && kept[m]!.start <= start && kept[m]!.end >= end ? kept[m]! : null;
    const highlighted = !!highlight && start >= highlight.start && end <= highlight.end && highlight.end > highlight.start;
    segments.push({ start, end, mention, highlighted });
  }
  return segments;
}

export function renderDocument(
  doc: DocumentText,
  highlight: { start: number; end: number } | null,
  actions: ReaderActions,
): HTMLElement {
  const chars = Array.from(doc.text);
  const body = h("div", { class: "doc-text", tabindex: "0", "aria-label": `Text of ${documentTitle(doc)}` });
  let firstHighlight: HTMLElement | null = null;
  for (const seg of segmentText(chars.length, doc.mentions, highlight)) {
    const text = chars.slice(seg.start, seg.end).join("");
    let node: Node;
    if (seg.mention) {
      const entity = seg.mention.entity;
      node = h(
        "a",
        {
          href: `?node=${encodeURIComponent(entity.id)}`,
          class: `mention kind-${entity.kind}${seg.highlighted ? " in-evidence" : ""}`,
          "data-id": entity.id,
          "data-start": String(seg.mention.start),
          title: `${entity.name} (${KIND_LABELS[entity.kind] ?? entity.kind})`,
          onClick: (e: MouseEvent) => {
            e.preventDefault();
            actions.select(entity.id);
          },
        },
        text,
      );
    } else if (seg.highlighted) {
      node = h("mark", { class: "evidence-mark" }, text);
    } else {
      node = document.createTextNode(text);
    }
    if (seg.highlighted && !firstHighlight && node instanceof HTMLElement) firstHighlight = node;
    body.append(node);
  }
  const counts = new Map<Kind, number>();
  for (const m of doc.mentions) counts.set(m.entity.kind, (counts.get(m.entity.kind) ?? 0) + 1);
  const panel = h(
    "section",
    { class: "reader", "aria-labelledby": "reader-title" },
    h(
      "header",
      { class: "panel-header" },
      h("div", null, h("p", { class: "eyebrow" }, "Document"), h("h2", { id: "reader-title", tabindex: "-1", title: doc.name }, documentTitle({ ...doc, title: titleOf(doc.text, doc.name) }))),
      h("button", { class: "icon-button close", type: "button", "aria-label": "Close document", onClick: actions.close }, "×"),
    ),
    h(
      "div",
      { class: "reader-tools" },
      h(
        "ul",
        { class: "legend-inline", "aria-label": "Mentions by kind" },
        KINDS.filter((k) => counts.get(k)).map((k) => h("li", null, kindDot(KIND_COLORS[k]), `${KIND_LABELS[k]} ${counts.get(k)}`)),
      ),
      h("button", { type: "button", onClick: () => actions.filterToDocument(doc.id) }, "Show only its entities"),
    ),
    body,
  );
  if (firstHighlight) {
    const target = firstHighlight;
    requestAnimationFrame(() => target.scrollIntoView({ block: "center" }));
  }
  return panel;
}
