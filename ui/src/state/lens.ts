import type { Lens, LensInput, LensMode } from "../api/types";
import { DEFAULT_STATE, type ViewMode, type ViewState } from "./viewState";

/** The lens ID a page's path names (…/lens/ID), or null on any other page. */
export function lensIdFromPath(pathname: string): string | null {
  const m = /\/lens\/([^/]+)\/?$/.exec(pathname);
  return m ? decodeURIComponent(m[1]!) : null;
}

/**
 * The part of a view a lens keeps: what is loaded and what the filters let
 * through. Colours, sizes, the search text and open panels other than the
 * selected entity are how one looks at a view, not what it shows.
 */
export function lensInputOf(state: ViewState, title: string | null): LensInput {
  return {
    title: title || null,
    focus: state.focus,
    depth: state.depth,
    selected: state.node,
    kinds: state.kinds,
    subtypes: state.subtypes,
    relationTypes: state.rels,
    document: state.doc,
    minDegree: state.minDegree,
    minConfidence: state.minConfidence,
    between: state.years ? { from: String(state.years[0]), to: String(state.years[1]) } : null,
    undated: state.undated,
    mode: state.view.toUpperCase() as LensMode,
  };
}

/** The explorer's state for a lens's view; a window of dates becomes the years it spans. */
export function stateOfLens(lens: Lens): ViewState {
  const v = lens.view;
  const year = (d: string | null) => (d ? Number(d.slice(0, 4)) : null);
  const from = year(v.asOf) ?? year(v.from);
  const to = year(v.asOf) ?? year(v.to);
  return {
    ...DEFAULT_STATE,
    focus: v.focus,
    depth: v.focus ? v.depth : 1,
    node: v.selected,
    kinds: v.kinds,
    subtypes: v.subtypes,
    rels: v.relationTypes,
    doc: v.document,
    minDegree: v.minDegree,
    minConfidence: v.minConfidence,
    // An open end of the window reaches as far as the years the strip can show.
    years: from !== null || to !== null ? [from ?? 1000, to ?? 9999] : null,
    undated: v.undated,
    view: v.mode.toLowerCase() as ViewMode,
  };
}
