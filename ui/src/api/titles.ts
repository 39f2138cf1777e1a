import type { DocumentRef } from "./types";

/**
 * A document's title as a reader would name it: an HTML title or the first
 * Markdown heading; else, among the first short lines, the first written like
 * a title (most longer words capitalised: an image caption such as "Yellow
 * banner with pen and letters" is passed over); else the first line, cut at a
 * "Topic:" prefix or to a readable length. The file name only when the text
 * has nothing better.
 */
export function titleOf(text: string, fallback: string): string {
  // The title is near the top: a bounded head keeps this cheap on long documents.
  const head = text.slice(0, 4000);
  const lines = head.split(/\r?\n/, 80).map((l) => l.trim()).filter((l) => l.length > 0 && !/^[-=*_#]{3,}$/.test(l));
  const html = /<title[^>]*>([^<]+)<\/title>/i.exec(head)?.[1];
  const heading = lines.find((l) => /^#{1,3}\s+\S/.test(l));
  const short = lines.slice(0, 3).filter((l) => l.length <= 120 && !/[.?!]$/.test(l));
  const titled = short.find((l) => titleCaseRatio(l) >= 0.5);
  let title = html ?? heading ?? titled ?? short[0] ?? lines[0] ?? "";
  title = title.replace(/^#+\s*/, "").replace(/[*_`]+/g, "").replace(/\s+/g, " ").trim();
  if (!title) return fallback;
  const prefix = /^([^:]{3,40}):\s/.exec(title);
  if (title.length > 90 && prefix) return prefix[1]!;
  if (title.length > 90) title = title.slice(0, 80).replace(/\s+\S*$/, "") + "…";
  return title;
}

function titleCaseRatio(line: string): number {
  const words = line.split(/\s+/).filter((w) => /^[\p{L}]{4,}/u.test(w));
  if (words.length === 0) return 1;
  return words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length;
}

/** Titles of the documents loaded so far, so any panel can name a document by its title. */
const known = new Map<string, string>();

export function rememberTitles(docs: DocumentRef[]): void {
  for (const d of docs) if (d.title) known.set(d.id, d.title);
}

/** How to show a document: its title when known, else its file name. */
export function documentTitle(doc: DocumentRef): string {
  return doc.title ?? known.get(doc.id) ?? doc.name;
}
