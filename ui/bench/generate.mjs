// Generates a synthetic Diplograph graph in the static JSON format the UI can
// read instead of the API (window.__DIPLOGRAPH_DATA__). Communities of
// power-law sizes, mostly internal edges, and one document per community
// whose sentences are the edges' evidence, so every panel has content.
//
//   node bench/generate.mjs [nodes] [edges] [out.json]

import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

const NODES = Number(process.argv[2] ?? 5000);
const EDGES = Number(process.argv[3] ?? 20000);
const OUT = process.argv[4] ?? "bench/out/graph.json";

// A fixed-seed generator, so every run benchmarks the same graph.
let seed = 20240611;
const random = () => {
  seed = (seed * 1664525 + 1013904223) >>> 0;
  return seed / 2 ** 32;
};
const pick = (list) => list[Math.floor(random() * list.length)];

const KINDS = [
  ["ACTOR", ["STATE", "REGIONAL_BLOC", "GOVERNMENT_BODY", "COMPANY", "CIVIL_SOCIETY", "ACADEMIA", "MEDIA", "PERSON"], 0.55],
  ["FORUM", ["MULTILATERAL_ORG", "CLUB", "MULTISTAKEHOLDER", "COALITION", "STANDARDS_BODY", "DIALOGUE", "EVENT"], 0.18],
  ["TREATY", ["CONVENTION", "LAW", "DECLARATION", "AGREEMENT", "STRATEGY", "INITIATIVE"], 0.15],
  ["ISSUE", [""], 0.12],
];
const TYPES_BY_KINDS = {
  "ACTOR>FORUM": ["MEMBER_OF", "PARTICIPATES_IN", "SUPPORTS"],
  "ACTOR>TREATY": ["PARTY_TO", "AUTHORED", "SUPPORTS", "OPPOSES"],
  "ACTOR>ISSUE": ["ENGAGES_ON", "SUPPORTS", "OPPOSES"],
  "ACTOR>ACTOR": ["COOPERATES_WITH", "IN_TENSION_WITH", "PART_OF", "AFFILIATED_WITH", "OPPOSES"],
  "FORUM>ISSUE": ["ADDRESSES"],
  "TREATY>ISSUE": ["ADDRESSES"],
  "FORUM>TREATY": ["AUTHORED"],
  "TREATY>TREATY": ["REFERENCES", "PART_OF"],
  "FORUM>FORUM": ["PART_OF"],
};
const VERBS = {
  MEMBER_OF: "is a member of", PARTICIPATES_IN: "takes part in", SUPPORTS: "supports", OPPOSES: "opposes",
  PARTY_TO: "signed", AUTHORED: "drafted", COOPERATES_WITH: "cooperates with", IN_TENSION_WITH: "is at odds with",
  ADDRESSES: "deals with", ENGAGES_ON: "works on", PART_OF: "is part of", AFFILIATED_WITH: "works for", REFERENCES: "builds on",
};

function kindFor() {
  let r = random();
  for (const [kind, subtypes, share] of KINDS) {
    if ((r -= share) <= 0) return [kind, pick(subtypes)];
  }
  return ["ISSUE", ""];
}

// Community sizes follow a power law, like real ecosystems: a few big blocs.
const communities = [];
let left = NODES;
for (let c = 0; left > 0; c++) {
  const size = Math.max(3, Math.min(left, Math.round(NODES * 0.18 / (c + 1) ** 0.9)));
  communities.push(size);
  left -= size;
}

const nodes = [];
const members = communities.map(() => []);
communities.forEach((size, c) => {
  for (let i = 0; i < size; i++) {
    const [kind, subtype] = kindFor();
    const n = nodes.length;
    const name = `${kind.charAt(0)}${kind.slice(1).toLowerCase()} ${n} (C${c})`;
    nodes.push({ id: `${kind.toLowerCase()}:n${n}`, kind, subtype, name, aliases: [`N${n}`], degree: 0, pageRank: 0, community: c, documents: [] });
    members[c].push(n);
  }
});

const edges = [];
const seen = new Set();
while (edges.length < EDGES) {
  const c = Math.floor(random() ** 1.6 * communities.length);
  const a = pick(members[c]);
  const b = random() < 0.85 ? pick(members[c]) : Math.floor(random() * nodes.length);
  if (a === b) continue;
  let [s, t] = [nodes[a], nodes[b]];
  let types = TYPES_BY_KINDS[`${s.kind}>${t.kind}`];
  if (!types) {
    [s, t] = [t, s];
    types = TYPES_BY_KINDS[`${s.kind}>${t.kind}`];
  }
  if (!types) continue;
  const type = pick(types);
  const key = `${type}|${s.id}|${t.id}`;
  if (seen.has(key)) continue;
  seen.add(key);
  edges.push({ id: `rel:${edges.length.toString(16)}`, type, source: s.id, target: t.id, confidence: 0.5 + random() / 2, evidence: [] });
}

const byId = new Map(nodes.map((n) => [n.id, n]));
for (const e of edges) {
  byId.get(e.source).degree++;
  byId.get(e.target).degree++;
}
const total = edges.length * 2;
for (const n of nodes) n.pageRank = n.degree / total;

// One document per community; each sentence states one of its edges.
const documents = communities.map((_, c) => ({ id: `document:community-${c}`, name: `community-${c}.txt`, text: "", mentions: [] }));
const cursor = documents.map(() => 0);
// A few hundred sentences are enough for the panels; the drawing is what is measured.
for (const e of edges.slice(0, Math.min(edges.length, 600))) {
  const s = byId.get(e.source);
  const t = byId.get(e.target);
  const c = s.community;
  const doc = documents[c];
  const year = 2000 + Math.floor(random() * 25);
  const sentence = `In ${year}, ${s.name} ${VERBS[e.type]} ${t.name}. `;
  const start = cursor[c];
  const sStart = start + Array.from(`In ${year}, `).length;
  const tStart = sStart + Array.from(`${s.name} ${VERBS[e.type]} `).length;
  doc.mentions.push({ start: sStart, end: sStart + Array.from(s.name).length, entity: s.id });
  doc.mentions.push({ start: tStart, end: tStart + Array.from(t.name).length, entity: t.id });
  const length = Array.from(sentence).length;
  e.evidence.push({ document: doc.id, text: sentence.trim(), start, end: start + length - 1, year });
  doc.text += sentence;
  cursor[c] += length;
  for (const n of [s, t]) if (!n.documents.includes(doc.id)) n.documents.push(doc.id);
}

const data = { nodes, edges, documents: documents.filter((d) => d.text) };
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, JSON.stringify(data));
console.log(`wrote ${OUT}: ${nodes.length} nodes, ${edges.length} edges, ${communities.length} communities, ${data.documents.length} documents`);
