#!/usr/bin/env python3
"""Measure the extractor against the gold annotations (what `make eval` runs).

usage: eval.py [--corpus seeds|dev|all] [--json] [--misses N] [--bin PATH] [--eval-dir DIR]

For each corpus it extracts the documents with the binary, then prints the figures of the official
scorer (score.py, imported from EVAL_DIR, default ../shared/eval next to the repository) with the
precision and recall it leaves out, tables per relation type, per document and per extraction rule,
the most frequent causes of missed gold relations and of false positives, and finally the pass/fail
table of the construction tests (go test ./loader -run TestConstructions).

The gold is read at run time and is for measuring only: nothing in it belongs in the extractor.
Standard library only (Python 3.11).
"""
import argparse
import collections
import json
import os
import re
import subprocess
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def load_scorer(eval_dir):
    sys.path.insert(0, eval_dir)
    try:
        import score  # the official scorer: norm, forms, prf, match_entities, score
    finally:
        sys.path.pop(0)
    return score


# ---------------------------------------------------------------- constructions of evidence sentences

WE = re.compile(r"\b(we|our|ours|us)\b", re.I)
ANAPHOR = re.compile(
    r"\b(it|its|they|their|them|this|these|those|such|the same)\b|\b[Tt]he\s+[A-Z][a-z]+|"
    r"\bthe\s+(declaration|statement|summit|convention|strategy|agreement|forum|dialogue|partnership|"
    r"initiative|call|compact|framework|treaty|organisation|organization|group|coalition|session|"
    r"meeting|country|countries|government|union|council|committee|commission|body|event|report|act|"
    r"regulation|law|programme|program|process|parties|signatories|members|platform)\b")
REPORTED = re.compile(
    r"\b(said|says|say|stated|states that|stressed|noted|notes|announced|told|added|emphasi[sz]ed|"
    r"underlined|highlighted|remarked|according to|declared|explained|argued|affirmed|reaffirmed|"
    r"recalled|acknowledged)\b", re.I)
PASSIVE_BY = re.compile(r"\b\w+(ed|en|wn|ght|ne|de|lt|pt)\s+(\w+ly\s+)?by\b", re.I)
PASSIVE_BE = re.compile(
    r"\b(is|are|was|were|be|been|being)\s+(\w+ly\s+)?\w+(ed|en|wn|ght|lt|pt)\b", re.I)
NOMINAL = re.compile(
    r"\b(accession|adoption|ratification|signature|signing|membership|participation|endorsement|"
    r"implementation|establishment|creation|launch|development|support|cooperation|co-operation|"
    r"collaboration|partnership|engagement|involvement|commitment|contribution|negotiation|"
    r"entry into force|publication|opposition|work)\s+(to|of|in|for|with|on|by|between)\b", re.I)
RELATIVE = re.compile(
    r"\b(which|who|whom|whose|where)\b|,\s*that\b|,\s*\w+ing\b|,\s*\w+ed\b", re.I)
APPOSITION = re.compile(
    r"[A-Za-z)],\s+(a|an|the|its|their|one of)\s+[a-z]|\((the|a|an)\s+[a-z]", re.I)
BULLET = re.compile(r"^\s*([-*\u2022\u00b7\u25aa\u2013\u2014>]|\d{1,3}[.)]|\(?[a-z0-9]{1,3}\))\s")
LIST_SPLIT = re.compile(r",|;|\band\b|\bor\b|&")
FINAL_PUNCT = ".!?:;\"'\u201d\u2019)"

# Order matters: the first construction that holds is the cause of the miss.
CONSTRUCTIONS = [
    ("heading", "heading or title line"),
    ("bullet", "bullet line"),
    ("we", "'we'/'our' voice"),
    ("anaphor", "definite description or pronoun"),
    ("unnamed", "end not named in the sentence (other reference)"),
    ("nested", "one end named inside the other's name"),
    ("list", "list of 3+ names"),
    ("reported", "reported speech"),
    ("passive", "passive ('... by X')"),
    ("nominal", "nominalisation ('adoption of')"),
    ("relative", "relative or participial clause"),
    ("apposition", "apposition"),
    ("long", "long sentence (50+ words)"),
    ("simple", "plain clause (no marked construction)"),
]
CONSTRUCTION_LABEL = dict(CONSTRUCTIONS)


def is_list(sentence, ents_in_sentence):
    segs = [s.strip() for s in LIST_SPLIT.split(sentence)]
    run = best = 0
    for s in segs:
        s2 = re.sub(r"^(the|a|an)\s+", "", s, flags=re.I)
        if s2 and (s2[0].isupper() or s2[0].isdigit()) and len(s2.split()) <= 8:
            run += 1
            best = max(best, run)
        else:
            run = 0
    if best >= 3 and "," in sentence:
        return True
    return ents_in_sentence >= 3 and "," in sentence and re.search(r"\b(and|or)\b", sentence) is not None


class Doc:
    """A document's text, to place an evidence sentence in its line."""

    def __init__(self, text):
        self.text = text or ""
        self.first = next((l.strip() for l in self.text.splitlines() if l.strip()), "")

    def line_of(self, sentence):
        i = self.text.find(sentence)
        if i < 0:
            head = sentence[:40]
            i = self.text.find(head) if head else -1
        if i < 0:
            return None
        a = self.text.rfind("\n", 0, i) + 1
        b = self.text.find("\n", i)
        return self.text[a:b if b >= 0 else len(self.text)]


def constructions(sentence, doc, end_forms, gold_forms, norm):
    """Every construction found in a gold evidence sentence, in CONSTRUCTIONS order.

    end_forms: the normalised surface forms of the relation's two ends; gold_forms: those of every
    gold entity of the document (to count the names the sentence holds)."""
    s = (sentence or "").strip()
    found = set()
    line = doc.line_of(s)
    ls = (line if line is not None else s).strip()
    whole_line = line is not None and ls == s
    if s and (s == doc.first or ls == doc.first or ls.startswith("#")
              or ((whole_line or line is None) and s[-1] not in FINAL_PUNCT)):
        found.add("heading")
    if line is not None and BULLET.match(line):
        found.add("bullet")
    ns = " " + norm(s) + " "
    named = [any(" " + f + " " in ns for f in fs) for fs in end_forms]
    if not all(named):
        if WE.search(s):
            found.add("we")
        elif ANAPHOR.search(s):
            found.add("anaphor")
        else:
            found.add("unnamed")
    a_forms, b_forms = end_forms
    if any(f != g and (" " + f + " ") in (" " + g + " ") for f in a_forms for g in b_forms) or \
            any(f != g and (" " + f + " ") in (" " + g + " ") for f in b_forms for g in a_forms):
        found.add("nested")
    n_ents = sum(1 for fs in gold_forms if any(" " + f + " " in ns for f in fs))
    if is_list(s, n_ents):
        found.add("list")
    if REPORTED.search(s):
        found.add("reported")
    if PASSIVE_BY.search(s) or (PASSIVE_BE.search(s) and re.search(r"\bby\b", s)):
        found.add("passive")
    if NOMINAL.search(s):
        found.add("nominal")
    if RELATIVE.search(s):
        found.add("relative")
    if APPOSITION.search(s):
        found.add("apposition")
    if len(s.split()) >= 50:
        found.add("long")
    if not found:
        found.add("simple")
    return [k for k, _ in CONSTRUCTIONS if k in found]


def short(text, n=110, around=None):
    t = " ".join((text or "").split())
    if len(t) <= n:
        return t
    i = 0
    if around:
        low = t.lower()
        hits = [low.find(a.lower()) for a in around if a and low.find(a.lower()) >= 0]
        if hits:
            i = max(0, min(hits) - 25)
    i = min(i, len(t) - n)
    return ("..." if i > 0 else "") + t[i:i + n].strip() + ("..." if i + n < len(t) else "")


# ---------------------------------------------------------------- scoring

def pid_of(e):
    return e.get("id", e.get("name"))


def evaluate(sc, name, gold_dir, text_dir, pred):
    """Everything the report needs for one corpus, as one dict."""
    norm, forms, prf = sc.norm, sc.forms, sc.prf
    ents = pred.get("entities", [])
    by_id = {pid_of(e): e for e in ents}
    tot = collections.Counter()
    docs, per_type, per_rule = [], {}, {}
    misses, fps = [], []

    def bump(table, key, **kw):
        row = table.setdefault(key, collections.Counter())
        row.update(kw)

    for fn in sorted(os.listdir(gold_dir)):
        if not fn.endswith(".json"):
            continue
        with open(os.path.join(gold_dir, fn)) as f:
            gold = json.load(f)
        doc = gold["doc"]
        base = os.path.splitext(doc)[0]

        def in_doc(names):
            return any(n == doc or os.path.splitext(os.path.basename(n))[0] == base for n in names or [])

        try:
            with open(os.path.join(text_dir, doc), encoding="utf-8") as f:
                dtext = Doc(f.read())
        except OSError:
            dtext = Doc("")
        pe = [e for e in ents if in_doc(e.get("documents"))]
        ge = gold["entities"]
        m = sc.match_entities(ge, pe)
        etp = len(m)
        ettp = sum(1 for gi, pi in m.items() if ge[gi]["kind"] == pe[pi].get("kind"))
        gname_to_pid = {ge[gi]["name"]: pid_of(pe[pi]) for gi, pi in m.items()}
        gold_pids = set(gname_to_pid.values())
        gent = {g["name"]: g for g in ge}
        gforms = {g["name"]: forms(g) for g in ge}
        taken = set()  # gold entities whose forms a matched prediction shares, but matched elsewhere
        for gi, g in enumerate(ge):
            if gi in m:
                continue
            if any(gforms[g["name"]] & forms(p) for p in pe):
                taken.add(g["name"])

        pr = [r for r in pred.get("relations", []) if in_doc([ev.get("document") for ev in r.get("evidence") or []])]
        gr = gold["relations"]
        typed = {(r["source"], r["type"], r["target"]) for r in pr}
        untyped = {frozenset((r["source"], r["target"])) for r in pr}
        pair_types = collections.defaultdict(set)
        for r in pr:
            pair_types[frozenset((r["source"], r["target"]))].add((r["source"], r["type"], r["target"]))
            if r["type"] in sc.SYMMETRIC:
                typed.add((r["target"], r["type"], r["source"]))
        rtp = rutp = 0
        gold_typed = set()
        gold_pairs = collections.defaultdict(list)
        for g in gr:
            s, t = gname_to_pid.get(g["source"]), gname_to_pid.get(g["target"])
            ok_t = s is not None and t is not None and (s, g["type"], t) in typed
            ok_u = s is not None and t is not None and frozenset((s, t)) in untyped
            rtp += ok_t
            rutp += ok_u
            bump(per_type, g["type"], gold=1, tp=int(ok_t))
            if s is not None and t is not None:
                gold_typed.add((s, g["type"], t))
                if g["type"] in sc.SYMMETRIC:
                    gold_typed.add((t, g["type"], s))
                gold_pairs[frozenset((s, t))].append(g)
            if ok_t:
                continue
            miss = dict(doc=doc, source=g["source"], type=g["type"], target=g["target"],
                        evidence=g.get("evidence", ""), constructions=[])
            if s is None and t is None:
                miss["cause"] = "neither end found"
            elif s is None or t is None:
                which = "source" if s is None else "target"
                gname = g[which]
                kind = gent.get(gname, {}).get("kind", "?")
                how = "taken by another gold entity" if gname in taken else "not found"
                miss["cause"] = f"{which} entity {how} ({kind})"
            elif ok_u:
                got = sorted(pair_types[frozenset((s, t))])
                if any(x[1] == g["type"] for x in got):
                    miss["cause"] = "both found, same type in reverse direction"
                else:
                    miss["cause"] = "both found, typed differently (untyped match)"
                miss["predicted"] = [x[1] for x in got]
            else:
                cs = constructions(g.get("evidence", ""), dtext, [gforms.get(g["source"], set()),
                                                                  gforms.get(g["target"], set())],
                                   list(gforms.values()), norm)
                miss["constructions"] = cs
                miss["cause"] = "both found, not related: " + CONSTRUCTION_LABEL[cs[0]]
            misses.append(miss)

        for r in pr:
            s, t = r["source"], r["target"]
            ok = (s, r["type"], t) in gold_typed
            rule = r.get("rule") or "(none)"
            bump(per_type, r["type"], pred=1)
            bump(per_rule, rule, pred=1, correct=int(ok))
            if ok:
                continue
            if s not in gold_pids and t not in gold_pids:
                cause = "neither end a gold entity"
            elif s not in gold_pids:
                cause = "source not a gold entity"
            elif t not in gold_pids:
                cause = "target not a gold entity"
            elif frozenset((s, t)) in gold_pairs:
                gs = gold_pairs[frozenset((s, t))]
                cause = "reversed direction" if any(g["type"] == r["type"] for g in gs) else "wrong type"
            else:
                cause = "both ends gold, not related"
            bump(per_rule, rule, **{cause: 1})
            ev = next((e for e in r.get("evidence") or [] if in_doc([e.get("document")])), {})
            gtypes = sorted({g["type"] for g in gold_pairs.get(frozenset((s, t)), [])})
            fps.append(dict(doc=doc, rule=rule, cause=cause, type=r["type"],
                            source=by_id.get(s, {}).get("name") or s, target=by_id.get(t, {}).get("name") or t,
                            gold_types=gtypes, confidence=r.get("confidence"), evidence=ev.get("text", "")))

        d = dict(doc=doc, eg=len(ge), ep=len(pe), etp=etp, ettp=ettp, rg=len(gr), rp=len(pr), rtp=rtp, rutp=rutp)
        docs.append(d)
        tot.update({k: v for k, v in d.items() if k != "doc"})

    n = len(docs) or 1

    def block(tp_key, pred_key, gold_key):
        p, r, f = prf(tot[tp_key], tot[pred_key], tot[gold_key])
        per = [prf(d[tp_key], d[pred_key], d[gold_key]) for d in docs]
        return dict(gold=tot[gold_key], pred=tot[pred_key], tp=tot[tp_key], p=p, r=r, f1=f,
                    macro_p=sum(x[0] for x in per) / n, macro_r=sum(x[1] for x in per) / n,
                    macro_f1=sum(x[2] for x in per) / n)

    summary = {
        "entities": block("etp", "ep", "eg"),
        "entities (typed)": block("ettp", "ep", "eg"),
        "relations (typed)": block("rtp", "rp", "rg"),
        "relations (untyped)": block("rutp", "rp", "rg"),
    }
    # The official figures, and a check that ours agree with them.
    official, _ = sc.score(gold_dir, pred)
    checks = [(official["entity_f1"], summary["entities"]["f1"]),
              (official["entity_p"], summary["entities"]["p"]),
              (official["entity_r"], summary["entities"]["r"]),
              (official["entity_typed_f1"], summary["entities (typed)"]["f1"]),
              (official["relation_p"], summary["relations (typed)"]["p"]),
              (official["relation_r"], summary["relations (typed)"]["r"]),
              (official["relation_f1"], summary["relations (typed)"]["f1"]),
              (official["relation_untyped_f1"], summary["relations (untyped)"]["f1"]),
              (official["entity_macro_f1"], summary["entities"]["macro_f1"]),
              (official["relation_macro_f1"], summary["relations (typed)"]["macro_f1"]),
              (official["eg"], tot["eg"]), (official["ep"], tot["ep"]),
              (official["rg"], tot["rg"]), (official["rp"], tot["rp"])]
    agree = all(abs(a - b) < 1e-9 for a, b in checks)

    for row in docs:
        row["entity"] = dict(zip(("p", "r", "f1"), prf(row["etp"], row["ep"], row["eg"])))
        row["relation"] = dict(zip(("p", "r", "f1"), prf(row["rtp"], row["rp"], row["rg"])))
    types = {}
    for ty, c in sorted(per_type.items()):
        p, r, f = prf(c["tp"], c["pred"], c["gold"])
        types[ty] = dict(gold=c["gold"], pred=c["pred"], tp=c["tp"], p=p, r=r, f1=f)
    rules = {}
    for rule, c in sorted(per_rule.items(), key=lambda kv: (-kv[1]["pred"], kv[0])):
        rules[rule] = dict(c)
        rules[rule]["precision"] = c["correct"] / c["pred"] if c["pred"] else 0.0

    causes = collections.OrderedDict()
    for mi in misses:
        c = causes.setdefault(mi["cause"], dict(count=0, types=collections.Counter(), example=mi))
        c["count"] += 1
        c["types"][mi["type"]] += 1
    top = sorted(causes.items(), key=lambda kv: -kv[1]["count"])
    # every construction seen in unrelated misses, not only the first
    all_cons = collections.Counter(c for mi in misses for c in mi["constructions"])

    fp_causes = collections.Counter(f["cause"] for f in fps)
    return dict(corpus=name, gold_dir=gold_dir, documents=len(docs), summary=summary, official=official,
                agrees_with_score_py=agree, types=types, per_document=docs, rules=rules,
                miss_causes=[dict(cause=k, count=v["count"], types=dict(v["types"].most_common()),
                                  example=v["example"]) for k, v in top],
                miss_constructions=dict(all_cons.most_common()),
                misses=misses, false_positive_causes=dict(fp_causes.most_common()), false_positives=fps)


# ---------------------------------------------------------------- printing

def table(rows, header, align=None):
    cols = list(zip(*([header] + rows))) if rows else [[h] for h in header]
    widths = [max(len(str(x)) for x in c) for c in cols]
    align = align or ["<"] + [">"] * (len(header) - 1)
    fmt = "  ".join("{:%s%d}" % (a, w) for a, w in zip(align, widths))
    out = [fmt.format(*header), "  ".join("-" * w for w in widths)]
    out += [fmt.format(*[str(x) for x in r]) for r in rows]
    return "\n".join("  " + l.rstrip() for l in out)


def f2(x):
    return "%.2f" % x


def print_report(res, top_n, n_misses, out):
    w = lambda s="": print(s, file=out)
    w("=" * 100)
    w(f"{res['corpus']}: {res['documents']} documents, gold {res['gold_dir']}")
    w("=" * 100)
    o = res["official"]
    w("score.py:")
    w("  entities: P %.2f R %.2f F1 %.2f (typed F1 %.2f) gold %d predicted %d" % (
        o["entity_p"], o["entity_r"], o["entity_f1"], o["entity_typed_f1"], o["eg"], o["ep"]))
    w("  relations: P %.2f R %.2f F1 %.2f (untyped F1 %.2f) gold %d predicted %d" % (
        o["relation_p"], o["relation_r"], o["relation_f1"], o["relation_untyped_f1"], o["rg"], o["rp"]))
    w("  per-document (macro) F1: entities %.2f relations %.2f over %d documents" % (
        o["entity_macro_f1"], o["relation_macro_f1"], o["documents"]))
    if not res["agrees_with_score_py"]:
        w("  WARNING: the figures below differ from score.py's; eval.py needs updating")
    w()
    w("Summary (micro: counts summed over documents; macro: mean of per-document figures)")
    rows = [[k, v["gold"], v["pred"], v["tp"], f2(v["p"]), f2(v["r"]), f2(v["f1"]),
             f2(v["macro_p"]), f2(v["macro_r"]), f2(v["macro_f1"])] for k, v in res["summary"].items()]
    w(table(rows, ["", "gold", "pred", "tp", "P", "R", "F1", "macro P", "macro R", "macro F1"]))
    w()
    w("Per relation type")
    rows = [[t, v["gold"], v["pred"], v["tp"], f2(v["p"]), f2(v["r"]), f2(v["f1"])]
            for t, v in sorted(res["types"].items(), key=lambda kv: (-kv[1]["gold"], kv[0]))]
    w(table(rows, ["type", "gold", "pred", "tp", "P", "R", "F1"]))
    w()
    w("Per document")
    rows = [[d["doc"], d["eg"], d["ep"], d["etp"], f2(d["entity"]["p"]), f2(d["entity"]["r"]), f2(d["entity"]["f1"]),
             d["rg"], d["rp"], d["rtp"], f2(d["relation"]["p"]), f2(d["relation"]["r"]), f2(d["relation"]["f1"])]
            for d in res["per_document"]]
    w(table(rows, ["document", "ent gold", "pred", "tp", "P", "R", "F1", "rel gold", "pred", "tp", "P", "R", "F1"]))
    w()
    fp_kinds = ["wrong type", "reversed direction", "source not a gold entity", "target not a gold entity",
                "neither end a gold entity", "both ends gold, not related"]
    short_kinds = ["wrong type", "reversed", "src not gold", "tgt not gold", "neither gold", "unrelated"]
    w("Per rule (false positives by cause on the right)")
    rows = [[r, v["pred"], v["correct"], f2(v["precision"])] + [v.get(k, 0) for k in fp_kinds]
            for r, v in res["rules"].items()]
    w(table(rows, ["rule", "pred", "correct", "P"] + short_kinds))
    w()
    w(f"Top {top_n} causes of missed gold relations ({len(res['misses'])} misses)")
    rows = []
    for i, c in enumerate(res["miss_causes"][:top_n], 1):
        ty = ", ".join(f"{k} {v}" for k, v in list(c["types"].items())[:3])
        rows.append([i, c["count"], c["cause"], ty])
    w(table(rows, ["#", "n", "cause", "gold types"], ["<", ">", "<", "<"]))
    w("  examples:")
    for i, c in enumerate(res["miss_causes"][:top_n], 1):
        e = c["example"]
        extra = f" (predicted {'/'.join(e['predicted'])})" if e.get("predicted") else ""
        w(f"  {i:>2}. {e['doc']}: {e['source']} -{e['type']}-> {e['target']}{extra}")
        w(f"      \"{short(e['evidence'], 110, [e['source'], e['target']])}\"")
    if res["miss_constructions"]:
        w("  constructions in the evidence of unrelated misses (a sentence may have several): " +
          ", ".join(f"{CONSTRUCTION_LABEL[k]} {v}" for k, v in res["miss_constructions"].items()))
    w()
    nfp = len(res["false_positives"])
    w(f"False positives ({nfp}): " + ", ".join(f"{k} {v}" for k, v in res["false_positive_causes"].items()))
    by_rule = collections.defaultdict(list)
    for f in res["false_positives"]:
        by_rule[f["rule"]].append(f)
    for rule in res["rules"]:
        fs = by_rule.get(rule)
        if not fs:
            continue
        cnt = collections.Counter(f["cause"] for f in fs)
        w(f"  {rule} ({len(fs)} of {res['rules'][rule]['pred']} wrong): " +
          ", ".join(f"{k} {v}" for k, v in cnt.most_common()))
        for cause, _ in cnt.most_common(2):
            f = next(x for x in fs if x["cause"] == cause)
            gt = f" (gold {'/'.join(f['gold_types'])})" if f["gold_types"] else ""
            w(f"    [{cause}] {f['doc']}: {f['source']} -{f['type']}-> {f['target']}{gt}")
            w(f"      \"{short(f['evidence'], 110, [f['source'], f['target']])}\"")
    if n_misses:
        w()
        w(f"Raw misses (first {n_misses} of {len(res['misses'])})")
        for mi in res["misses"][:n_misses]:
            cons = f" [{', '.join(mi['constructions'])}]" if mi["constructions"] else ""
            w(f"  {mi['doc']}: {mi['source']} -{mi['type']}-> {mi['target']} :: {mi['cause']}{cons}")
            w(f"      \"{short(mi['evidence'], 240)}\"")
    w()


# ---------------------------------------------------------------- construction tests

RESULT = re.compile(r"^\s*--- (PASS|FAIL|SKIP): (TestConstructions\S*) \(([\d.]+)s\)")
RUN = re.compile(r"^=== (RUN|CONT|PAUSE|NAME)\s+(TestConstructions\S*)")


def start_construction_tests():
    try:
        return subprocess.Popen([os.environ.get("GO") or "go", "test", "./loader", "-run", "TestConstructions", "-v"], cwd=REPO,
                                stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    except OSError as e:
        return e


def finish_construction_tests(proc):
    if isinstance(proc, Exception):
        return dict(status="error", message=str(proc), tests=[])
    try:
        out, _ = proc.communicate(timeout=300)
    except subprocess.TimeoutExpired:
        proc.kill()
        out, _ = proc.communicate()
        return dict(status="error", message="go test timed out", tests=[])
    return parse_go_test(out)


def parse_go_test(out):
    if "[build failed]" in out or "[setup failed]" in out:
        lines = [l for l in out.splitlines() if l.strip()][:6]
        return dict(status="build failed", message="\n".join(lines), tests=[])
    tests, first_msg, current, order = [], {}, None, {}
    for line in out.splitlines():
        m = RUN.match(line)
        if m:
            current = m.group(2)
            order.setdefault(current, len(order))
            continue
        m = RESULT.match(line)
        if m:
            tests.append(dict(name=m.group(2), result=m.group(1), seconds=float(m.group(3)),
                              message=first_msg.get(m.group(2), "")))
            continue
        s = line.strip()
        if current and s and not s.startswith(("===", "---", "PASS", "FAIL", "ok ")) and current not in first_msg:
            first_msg[current] = s
    if not tests:
        return dict(status="none", message="no construction tests exist yet (loader/constructions_test.go)", tests=[])
    # results come in order of completion, parents after their subtests: list in order of start
    tests.sort(key=lambda t: order.get(t["name"], len(order)))
    failed = sum(t["result"] == "FAIL" for t in tests)
    return dict(status="fail" if failed else "pass", message="", tests=tests)


def print_construction_tests(ct, out):
    w = lambda s="": print(s, file=out)
    w("=" * 100)
    w("Construction tests (go test ./loader -run TestConstructions)")
    w("=" * 100)
    if not ct["tests"]:
        w("  " + ct["status"] + ": " + ct["message"].replace("\n", "\n  "))
        return
    leaves = [t for t in ct["tests"] if not any(u["name"].startswith(t["name"] + "/") for u in ct["tests"])]
    rows = [[t["name"], t["result"], short(t["message"], 70) if t["result"] != "PASS" else ""] for t in leaves]
    w(table(rows, ["test", "result", "first message"], ["<", "<", "<"]))
    c = collections.Counter(t["result"] for t in leaves)
    w(f"  {c['PASS']} pass, {c['FAIL']} fail, {c['SKIP']} skip")


# ---------------------------------------------------------------- main

def extract(binary, path):
    p = subprocess.run([binary, "extract", "--format", "json", path], cwd=REPO, capture_output=True, text=True)
    if p.returncode != 0:
        sys.exit(f"eval: {binary} extract {path} failed ({p.returncode}):\n{p.stderr.strip()}")
    return json.loads(p.stdout)


def main():
    ap = argparse.ArgumentParser(description="Measure the extractor against the gold (seeds and dev).")
    ap.add_argument("--corpus", choices=["seeds", "dev", "all"], default="all")
    ap.add_argument("--json", action="store_true", help="print one JSON object instead of tables")
    ap.add_argument("--misses", type=int, default=0, metavar="N", help="also list N raw missed gold relations")
    ap.add_argument("--top", type=int, default=20, metavar="N", help="causes of misses to show (default 20)")
    ap.add_argument("--bin", default=os.path.join(REPO, "bin", "diplograph"), help="the diplograph binary")
    ap.add_argument("--eval-dir", default=os.environ.get("EVAL_DIR") or os.path.join(REPO, "..", "shared", "eval"),
                    help="score.py, the gold and the dev documents (EVAL_DIR, default ../shared/eval)")
    ap.add_argument("--no-tests", action="store_true", help="skip the construction tests")
    a = ap.parse_args()

    eval_dir = os.path.abspath(os.path.join(REPO, a.eval_dir))  # relative to the repository
    if not os.path.isfile(os.path.join(eval_dir, "score.py")):
        sys.exit(f"eval: no score.py in {eval_dir} (set EVAL_DIR)")
    sc = load_scorer(eval_dir)
    binary = a.bin
    if not os.path.isfile(binary):
        subprocess.run([os.environ.get("GO") or "go", "build", "-o", binary, "./cmd/diplograph"], cwd=REPO, check=True)

    tests = None if a.no_tests else start_construction_tests()
    corpora = {"seeds": (os.path.join(REPO, "seeds"), os.path.join(eval_dir, "seed-gold")),
               "dev": (os.path.join(eval_dir, "dev"), os.path.join(eval_dir, "dev-gold"))}
    names = ["seeds", "dev"] if a.corpus == "all" else [a.corpus]
    results = {}
    for name in names:
        docs, gold = corpora[name]
        results[name] = evaluate(sc, name, gold, docs, extract(binary, docs))
    ct = finish_construction_tests(tests) if tests is not None else None

    if a.json:
        out = {"eval_dir": eval_dir, "corpora": {}}
        for name, res in results.items():
            r = dict(res)
            r["misses"] = res["misses"][:a.misses] if a.misses else []
            r["miss_causes"] = res["miss_causes"][:a.top]
            out["corpora"][name] = r
        out["construction_tests"] = ct
        json.dump(out, sys.stdout, indent=1)
        print()
        return
    for name, res in results.items():
        print_report(res, a.top, a.misses, sys.stdout)
    if ct is not None:
        print_construction_tests(ct, sys.stdout)


if __name__ == "__main__":
    main()
