import type { Kind, RelationType } from "../api/types";

// Okabe & Ito's palette: its eight colours stay apart for the common kinds of
// colour blindness, which matters because kind is the first thing people read.
export const KIND_COLORS: Record<Kind, string> = {
  ACTOR: "#0072B2",
  FORUM: "#E69F00",
  TREATY: "#009E73",
  ISSUE: "#CC79A7",
};

export const KIND_LABELS: Record<Kind, string> = {
  ACTOR: "Actor",
  FORUM: "Forum",
  TREATY: "Treaty",
  ISSUE: "Issue",
};

/**
 * Thirteen colours would not stay distinguishable, so relation types share a
 * colour by family and are told apart in the panel by name; direction shows
 * as an arrow, and the mutual types draw as plain lines.
 */
export interface EdgeFamily {
  label: string;
  color: string;
  types: RelationType[];
}

export const EDGE_FAMILIES: EdgeFamily[] = [
  { label: "Membership & roles", color: "#56B4E9", types: ["MEMBER_OF", "PARTICIPATES_IN", "PART_OF", "AFFILIATED_WITH"] },
  { label: "Support & cooperation", color: "#009E73", types: ["SUPPORTS", "COOPERATES_WITH"] },
  { label: "Opposition & tension", color: "#D55E00", types: ["OPPOSES", "IN_TENSION_WITH"] },
  { label: "Instruments", color: "#E69F00", types: ["PARTY_TO", "AUTHORED", "REFERENCES"] },
  { label: "Topics", color: "#CC79A7", types: ["ADDRESSES", "ENGAGES_ON"] },
];

export const RELATION_COLORS = Object.fromEntries(
  EDGE_FAMILIES.flatMap((f) => f.types.map((t) => [t, f.color])),
) as Record<RelationType, string>;

export const RELATION_LABELS: Record<RelationType, string> = {
  MEMBER_OF: "Member of",
  PARTICIPATES_IN: "Participates in",
  SUPPORTS: "Supports",
  OPPOSES: "Opposes",
  PARTY_TO: "Party to",
  AUTHORED: "Authored",
  COOPERATES_WITH: "Cooperates with",
  IN_TENSION_WITH: "In tension with",
  ADDRESSES: "Addresses",
  ENGAGES_ON: "Engages on",
  PART_OF: "Part of",
  AFFILIATED_WITH: "Affiliated with",
  REFERENCES: "References",
};

/** The relation as a verb phrase, for sentences such as "Germany supports the IGF". */
export const RELATION_VERBS: Record<RelationType, string> = {
  MEMBER_OF: "is a member of",
  PARTICIPATES_IN: "takes part in",
  SUPPORTS: "supports",
  OPPOSES: "opposes",
  PARTY_TO: "is party to",
  AUTHORED: "authored",
  COOPERATES_WITH: "cooperates with",
  IN_TENSION_WITH: "is in tension with",
  ADDRESSES: "addresses",
  ENGAGES_ON: "engages on",
  PART_OF: "is part of",
  AFFILIATED_WITH: "is affiliated with",
  REFERENCES: "references",
};

/** How a relation reads from its target's side, for the node panel. */
export const RELATION_INVERSE_LABELS: Record<RelationType, string> = {
  MEMBER_OF: "Has member",
  PARTICIPATES_IN: "Has participant",
  SUPPORTS: "Supported by",
  OPPOSES: "Opposed by",
  PARTY_TO: "Has party",
  AUTHORED: "Authored by",
  COOPERATES_WITH: "Cooperates with",
  IN_TENSION_WITH: "In tension with",
  ADDRESSES: "Addressed by",
  ENGAGES_ON: "Engaged on by",
  PART_OF: "Has part",
  AFFILIATED_WITH: "Has affiliate",
  REFERENCES: "Referenced by",
};

// Paul Tol's "muted" scheme, also built for colour-blind readers; communities
// past the ninth share a neutral grey rather than reuse a colour.
export const COMMUNITY_COLORS = [
  "#CC6677",
  "#332288",
  "#DDCC77",
  "#117733",
  "#88CCEE",
  "#882255",
  "#44AA99",
  "#999933",
  "#AA4499",
];
export const OTHER_COMMUNITY_COLOR = "#BBBBBB";

export const DIMMED_NODE_COLOR = "#dcdcdc";
export const DIMMED_EDGE_COLOR = "#eeeeee";
export const PATH_COLOR = "#000000";

export function prettySubtype(subtype: string): string {
  if (!subtype) return "";
  const s = subtype.replace(/_/g, " ").toLowerCase();
  return s.charAt(0).toUpperCase() + s.slice(1);
}
