// Unit tests of the explorer's pure parts: URL state, code-point slicing,
// relation grouping, exports and the static data source. They need no
// server and no browser.
import { before, test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
let u;

before(async () => {
  execFileSync(process.execPath, [join(root, "scripts/build-units.mjs")], { stdio: "inherit" });
  u = await import(join(root, "test-results/units.mjs"));
});

test("view state survives a round trip through the URL", () => {
  const state = {
    ...u.DEFAULT_STATE,
    node: "forum:internet-governance-forum",
    focus: "actor:european-union",
    depth: 2,
    kinds: ["ACTOR", "FORUM"],
    subtypes: ["STATE"],
    rels: ["SUPPORTS", "OPPOSES"],
    doc: "document:a-txt",
    minDegree: 3,
    q: "IGF & co",
    color: "community",
    size: "centrality",
    view: "list",
    read: "document:b-txt",
    from: "actor:x",
    to: "actor:y",
  };
  assert.deepEqual(u.parseState(u.serializeState(state)), state);
});

test("a plain URL is the default state, and defaults stay out of URLs", () => {
  assert.deepEqual(u.parseState(""), u.DEFAULT_STATE);
  assert.equal(u.serializeState(u.DEFAULT_STATE), "");
  assert.equal(u.serializeState({ ...u.DEFAULT_STATE, depth: 3 }), "", "depth means nothing without a focus");
});

test("malformed URL values are ignored, not fatal", () => {
  const s = u.parseState("?depth=9&kinds=actor,BOGUS&rels=nope,supports&minDegree=-4&color=pink");
  assert.equal(s.depth, 3);
  assert.deepEqual(s.kinds, ["ACTOR"]);
  assert.deepEqual(s.rels, ["SUPPORTS"]);
  assert.equal(s.minDegree, 0);
  assert.equal(s.color, "kind");
});

test("search folding ignores case and accents", () => {
  assert.equal(u.foldText("  Société Générale "), "societe generale");
});

test("document segments follow code points, not UTF-16 units", () => {
  // "🌍" is one code point but two UTF-16 units: an offset bug would shift "UN".
  const text = "🌍 The UN met the ITU.";
  const chars = Array.from(text);
  const mentions = [
    { start: 6, end: 8, entity: { id: "forum:un", name: "UN", kind: "FORUM" } },
    { start: 17, end: 20, entity: { id: "forum:itu", name: "ITU", kind: "FORUM" } },
  ];
  const segments = u.segmentText(chars.length, mentions, { start: 2, end: 21 });
  const linked = segments.filter((s) => s.mention).map((s) => chars.slice(s.start, s.end).join(""));
  assert.deepEqual(linked, ["UN", "ITU"]);
  assert.equal(segments.map((s) => chars.slice(s.start, s.end).join("")).join(""), text);
  assert.ok(segments.filter((s) => s.start >= 2 && s.end <= 21).every((s) => s.highlighted));
  assert.equal(segments[0].highlighted, false);
});

test("overlapping mentions keep the earlier, longer one", () => {
  const m = (start, end, id) => ({ start, end, entity: { id, name: id, kind: "ACTOR" } });
  const segments = u.segmentText(20, [m(0, 10, "long"), m(2, 5, "inner"), m(8, 12, "overlap"), m(12, 15, "next")], null);
  assert.deepEqual(
    segments.filter((s) => s.mention).map((s) => s.mention.entity.id),
    ["long", "next"],
  );
});

test("relations group by type and read from the entity's side", () => {
  const e = (id) => ({ id, name: id, kind: "ACTOR" });
  const rel = (type, s, t) => ({ id: `${type}${s}${t}`, type, confidence: 1, source: e(s), target: e(t), evidence: [] });
  const groups = u.groupRelations("a", [rel("MEMBER_OF", "a", "f"), rel("MEMBER_OF", "b", "a"), rel("COOPERATES_WITH", "c", "a"), rel("SUPPORTS", "a", "x")]);
  assert.deepEqual(
    groups.map((g) => [g.heading, g.items.map((i) => i.other.id)]),
    [
      ["Member of", ["f"]],
      ["Has member", ["b"]],
      ["Supports", ["x"]],
      ["Cooperates with", ["c"]],
    ],
  );
});

function sample() {
  const node = (id, kind, degree, documents = []) => ({ id, kind, subtype: kind === "ACTOR" ? "STATE" : "", name: id.toUpperCase(), aliases: [], degree, pageRank: degree / 10, community: degree % 2, documents });
  return {
    nodes: [node("a", "ACTOR", 2, ["d1"]), node("b", "ACTOR", 1), node("f", "FORUM", 3, ["d1"]), node("i", "ISSUE", 1)],
    edges: [
      { id: "r1", type: "MEMBER_OF", source: "a", target: "f", confidence: 0.9, evidence: [{ document: "d1", text: "A joined F.", start: 0, end: 11, year: 2020 }] },
      { id: "r2", type: "COOPERATES_WITH", source: "a", target: "b", confidence: 0.7 },
      { id: "r3", type: "ADDRESSES", source: "f", target: "i", confidence: 0.8 },
    ],
    documents: [{ id: "d1", name: "d1.txt", text: "A joined F.", mentions: [{ start: 0, end: 1, entity: "a" }] }],
  };
}

test("filters hide kinds, subtypes, documents and low degrees, and the edges of hidden nodes", () => {
  const graph = u.buildGraph({ ...sample(), truncated: false });
  const vis = (patch) => u.visibilityFor(graph, { ...u.DEFAULT_STATE, ...patch });
  assert.equal(vis({}).nodes, null);
  assert.deepEqual([...vis({ kinds: ["ACTOR"] }).nodes].sort(), ["a", "b"]);
  assert.deepEqual([...vis({ subtypes: ["NONE"] }).nodes].sort(), ["f", "i"], "a subtype filter leaves kinds without subtypes alone");
  assert.deepEqual([...vis({ doc: "d1" }).nodes].sort(), ["a", "f"]);
  assert.deepEqual([...vis({ minDegree: 2 }).nodes].sort(), ["a", "f"]);
  assert.deepEqual([...vis({ minDegree: 2, node: "b" }).nodes].sort(), ["a", "b", "f"], "the selected node stays");
});

test("a window of years keeps the relations that held in it and the switch the undated ones", () => {
  const edge = (id, source, target, from, until) => ({ id, type: "MEMBER_OF", source, target, confidence: 0.9, from, until });
  const graph = u.buildGraph({
    truncated: false,
    nodes: sample().nodes,
    edges: [edge("began", "a", "f", "2015-03", null), edge("ended", "b", "f", null, "2012"), edge("span", "a", "b", "2010", "2013-06"), edge("undated", "f", "i", null, null)],
  });
  const shown = (patch) => {
    const v = u.visibilityFor(graph, { ...u.DEFAULT_STATE, ...patch });
    return graph.filterEdges((id, a) => u.edgeHolds(a, v.years)).sort();
  };
  assert.deepEqual(shown({}), ["began", "ended", "span", "undated"]);
  assert.deepEqual(shown({ years: [2011, 2011] }), ["ended", "span", "undated"]);
  assert.deepEqual(shown({ years: [2014, 2020] }), ["began", "undated"]);
  assert.deepEqual(shown({ years: [2014, 2020], undated: false }), ["began"]);
  assert.deepEqual(shown({ undated: false }), ["began", "ended", "span"], "the switch works without a window");
  assert.deepEqual(u.parseState("?years=2015-2020&undated=0"), { ...u.DEFAULT_STATE, years: [2015, 2020], undated: false });
  assert.equal(u.serializeState({ ...u.DEFAULT_STATE, years: [2016, 2016] }), "?years=2016");
  assert.equal(u.parseState("?years=2020-2015").years, null, "a window that ends before it starts is none");
  assert.equal(u.parseState("?years=soon").years, null);
});

test("GraphML and JSON exports hold only what is visible, escaped", () => {
  const data = sample();
  data.nodes[0].name = 'A <"&">';
  const graph = u.buildGraph({ ...data, truncated: false });
  const visible = (id) => id !== "i";
  const edgeVisible = (id) => id !== "r3";
  const xml = u.toGraphML(graph, visible, edgeVisible);
  assert.equal((xml.match(/<node /g) ?? []).length, 3);
  assert.equal((xml.match(/<edge /g) ?? []).length, 2);
  assert.ok(xml.includes("A &lt;&quot;&amp;&quot;&gt;"));
  const json = JSON.parse(u.toJSON(graph, visible, edgeVisible));
  assert.equal(json.nodes.length, 3);
  assert.equal(json.edges.length, 2);
});

test("appearance sizes by degree or centrality and colours by kind or community", () => {
  const graph = u.buildGraph({ ...sample(), truncated: false });
  u.applyAppearance(graph, "kind", "degree");
  assert.ok(graph.getNodeAttribute("f", "size") > graph.getNodeAttribute("b", "size"));
  assert.equal(graph.getNodeAttribute("a", "color"), "#0072B2");
  u.applyAppearance(graph, "community", "centrality");
  const colours = u.communityColors(graph);
  assert.equal(graph.getNodeAttribute("a", "color"), colours.get(0));
  assert.equal(u.towardsWhite("#000000", 0.5), "rgb(128,128,128)");
});

test("the static source answers like the API: search, neighbourhood, path, document", async () => {
  const api = new u.StaticApi(sample());
  assert.equal((await api.search("f", 5))[0].entity.id, "f");
  const hood = await api.neighbourhood("a", 1, 100);
  assert.deepEqual(hood.nodes.map((n) => n.id).sort(), ["a", "b", "f"]);
  assert.equal(hood.edges.length, 2);
  const path = await api.shortestPath("b", "i", null);
  assert.deepEqual(path.nodes.map((n) => n.id), ["b", "a", "f", "i"]);
  assert.equal(path.length, 3);
  assert.equal(await api.shortestPath("b", "i", ["MEMBER_OF"]), null);
  const detail = await api.entity("a");
  assert.equal(detail.relations.length, 2);
  assert.equal(detail.relations.find((r) => r.id === "r1").evidence[0].document.name, "d1.txt");
  const doc = await api.document("d1");
  assert.equal(doc.mentions[0].entity.name, "A");
});

test("a view saved as a lens comes back as the same view, and only lens paths name a lens", () => {
  const state = {
    ...u.DEFAULT_STATE,
    focus: "forum:igf",
    depth: 2,
    node: "actor:kenya",
    kinds: ["ACTOR", "FORUM"],
    rels: ["SUPPORTS"],
    doc: "document:a-txt",
    minDegree: 2,
    minConfidence: 0.5,
    years: [2015, 2020],
    undated: false,
    view: "list",
  };
  const input = u.lensInputOf(state, "Kenya and the IGF");
  assert.deepEqual(input.between, { from: "2015", to: "2020" });
  assert.equal(input.mode, "LIST");
  // The server answers the view with its defaults filled in (see LensView).
  const view = { ...input, relationTypes: input.rels ?? input.relationTypes, asOf: null, from: "2015", to: "2020" };
  const back = u.stateOfLens({ view: { ...view, subtypes: [], selected: input.selected } });
  assert.equal(u.serializeState(back), u.serializeState(state));
  assert.deepEqual(u.stateOfLens({ view: { ...view, focus: null, from: null, to: null, asOf: "2019-06" } }).years, [2019, 2019]);
  assert.equal(u.lensIdFromPath("/lens/abcdefghij"), "abcdefghij");
  assert.equal(u.lensIdFromPath("/prefix/lens/abcdefghij/"), "abcdefghij");
  assert.equal(u.lensIdFromPath("/embed"), null);
  assert.equal(u.lensIdFromPath("/"), null);
});
