/** Folds case and accents so "Société" finds "societe", as the API's search does. */
export function foldText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{Mn}/gu, "")
    .toLowerCase()
    .trim();
}

/** Slices by Unicode code points, the unit of every offset the API returns. */
export function codePointSlice(chars: readonly string[], start: number, end: number): string {
  return chars.slice(start, end).join("");
}
