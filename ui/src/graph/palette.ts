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
 * Each of the 13 relation types has its own colour, and related types share a
 * family of hues (blues for membership, greens for support, reds for
 * opposition, ambers for instruments, purples for topics); within a family
 * the line style tells them apart too (solid, dashed, dotted), so no type
 * depends on colour alone. Direction shows as an arrow; the mutual types draw
 * as plain lines.
 */
export type LineStyle = "solid" | "dashed" | "dotted";

export interface EdgeFamily {
  label: string;
  color: string;
  types: RelationType[];
}

export const RELATION_COLORS: Record<RelationType, string> = {
  MEMBER_OF: "#1F5FA8",
  PARTICIPATES_IN: "#4BA3E3",
  PART_OF: "#2B2F8F",
  AFFILIATED_WITH: "#6FB7C9",
  SUPPORTS: "#138A4E",
  COOPERATES_WITH: "#7DBA3C",
  OPPOSES: "#D1361F",
  IN_TENSION_WITH: "#E37A1F",
  PARTY_TO: "#B8860B",
  AUTHORED: "#7A4A12",
  REFERENCES: "#8E8E8E",
  ADDRESSES: "#C2479B",
  ENGAGES_ON: "#7E3FA8",
};

export const RELATION_STYLES: Record<RelationType, LineStyle> = {
  MEMBER_OF: "solid",
  PARTICIPATES_IN: "dashed",
  PART_OF: "dotted",
  AFFILIATED_WITH: "dashed",
  SUPPORTS: "solid",
  COOPERATES_WITH: "dashed",
  OPPOSES: "solid",
  IN_TENSION_WITH: "dashed",
  PARTY_TO: "solid",
  AUTHORED: "dashed",
  REFERENCES: "dotted",
  ADDRESSES: "solid",
  ENGAGES_ON: "dashed",
};

export const EDGE_FAMILIES: EdgeFamily[] = [
  { label: "Membership & roles", color: RELATION_COLORS.MEMBER_OF, types: ["MEMBER_OF", "PARTICIPATES_IN", "PART_OF", "AFFILIATED_WITH"] },
  { label: "Support & cooperation", color: RELATION_COLORS.SUPPORTS, types: ["SUPPORTS", "COOPERATES_WITH"] },
  { label: "Opposition & tension", color: RELATION_COLORS.OPPOSES, types: ["OPPOSES", "IN_TENSION_WITH"] },
  { label: "Instruments", color: RELATION_COLORS.PARTY_TO, types: ["PARTY_TO", "AUTHORED", "REFERENCES"] },
  { label: "Topics", color: RELATION_COLORS.ADDRESSES, types: ["ADDRESSES", "ENGAGES_ON"] },
];

/** A small inline sample of a type's colour and line style, for legends and panels. */
export function edgeSwatchStyle(type: RelationType): Record<string, string> {
  const style = RELATION_STYLES[type];
  return {
    background: "none",
    borderTop: `3px ${style} ${RELATION_COLORS[type]}`,
    height: "0",
  };
}

/** Confidence in plain words; the figure goes in a tooltip. */
export function confidenceLevel(confidence: number): "high" | "medium" | "low" {
  return confidence >= 0.65 ? "high" : confidence >= 0.4 ? "medium" : "low";
}

export function confidenceTitle(confidence: number): string {
  return `Extractor confidence ${Math.round(confidence * 100)}% (high from 65%, medium from 40%): how surely the sentence states this relation.`;
}

/** What each extraction rule means, in a sentence a reader can judge. */
export function explainRule(rule: string | null | undefined): string {
  if (!rule) return "Added by a curator.";
  const rules: [RegExp, string][] = [
    [/^cue-passive/, "A passive verb joins the two names (“Y is supported by X”)."],
    [/^cue-symmetric/, "A verb of mutual relation joins the two names (“X and Y cooperate”)."],
    [/^cue-/, "A verb or noun in the sentence joins the two names (“X supports Y”)."],
    [/^clause-/, "The entity is the subject of a clause about this topic."],
    [/^possessive/, "A possessive says it (“X’s strategy”)."],
    [/^role-apposition/, "A title before a name says it (“US Secretary of State John Kerry”)."],
    [/^person-of/, "A person named “of” an organisation works for it (“Ambassador Jane Roe of Kenya”)."],
    [/^relative-subject/, "A relative clause says it of the name it follows (“X, which addresses Y”)."],
    [/^comprising/, "An apposition lists a forum’s members (“the Quad, comprising A, B, C and D”)."],
    [/^deal-parties/, "The few parties to an unnamed agreement work together (“a trilateral agreement reached by A, B and C”)."],
    [/^demonym-topic/, "A state’s adjective before a topic makes it the state’s field of work (“Chinese public diplomacy”)."],
    [/^label-line/, "A programme line says it (“Speaker: Jane Doe, Some Group”)."],
    [/^other-member-states/, "“The other member states” of a group include it."],
    [/^name-/, "The entity’s own name says it (its owner, event, parties or topic)."],
    [/^(document|instrument)-/, "What the document as a whole implies (its author, voice, signatories or topic)."],
    [/^list-/, "A list’s heading applies to each of its items."],
  ];
  return rules.find(([re]) => re.test(rule))?.[1] ?? "An extraction rule of the loader.";
}

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
