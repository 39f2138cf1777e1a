// Package synth generates large synthetic graphs as streams of extractions,
// for the benchmarks that need a graph bigger than any corpus at hand.
package synth

import (
	"fmt"
	"math/bits"
	"math/rand/v2"
	"strings"

	"github.com/diplograph/diplograph/domain"
)

// Config sizes a synthetic graph by what it must reach rather than by
// how many documents it has, since duplicate relations between hubs merge
// in the store and would otherwise leave it short of its target.
type Config struct {
	Entities   int // distinct entities, every one mentioned at least once
	Relations  int // distinct relations (type and ends) to reach at least
	RelsPerDoc int
	Seed       uint64
}

// Generator streams extractions in the manner of storetest.Corpus (a shared
// pool of entities, hubs that many documents mention, one sentence of
// evidence per relation) but with a pool as large as asked. It keeps only a
// set of the relations it has given, never the extractions, so a graph of a
// million relations can be streamed into a store without holding it twice.
type Generator struct {
	cfg      Config
	rng      *rand.Rand
	shift    int    // the pool is scrambled over [0, 1<<shift)
	seen     []bool // entity indexes given so far
	entities int
	rels     map[uint64]struct{} // keys of the distinct relations given so far
	docs     int
}

func New(cfg Config) *Generator {
	// Two-letter syllables, four bits each, so that names decode uniquely.
	shift := max(16, (bits.Len(uint(cfg.Entities-1))+3)/4*4)
	return &Generator{
		cfg:   cfg,
		rng:   rand.New(rand.NewPCG(cfg.Seed, cfg.Seed^0x5bd1e995)),
		shift: shift,
		seen:  make([]bool, cfg.Entities),
		rels:  make(map[uint64]struct{}, cfg.Relations),
	}
}

// Size is the number of entities in the pool: Entity takes 0 to Size-1.
func (s *Generator) Size() int { return s.cfg.Entities }

// Relations is the number of distinct relations given so far: the store
// holds exactly these once every batch is applied.
func (s *Generator) Relations() int { return len(s.rels) }

// Done reports whether the graph given so far has reached its targets.
func (s *Generator) Done() bool {
	return s.entities >= s.cfg.Entities && len(s.rels) >= s.cfg.Relations
}

// Batch returns up to n more extractions, fewer (or none) once done.
func (s *Generator) Batch(n int) []domain.Extraction {
	var xs []domain.Extraction
	for len(xs) < n && !s.Done() {
		xs = append(xs, s.next())
	}
	return xs
}

var (
	syllables = []string{"ka", "lo", "ri", "me", "ta", "vo", "se", "du", "ba", "co", "fi", "za", "nu", "te", "no", "gi"}
	heads     = map[domain.Kind][]string{
		domain.Actor:  {"Institute", "Ministry", "Agency", "Foundation"},
		domain.Forum:  {"Forum", "Council", "Alliance", "Summit"},
		domain.Treaty: {"Convention", "Declaration", "Charter", "Act"},
		domain.Issue:  {"Governance", "Security", "Standards", "Rights"},
	}
)

// Entity builds pool member i afresh each time it is drawn, as an extractor
// does for every document, so the store owns (and is measured with) its own
// copies of the strings. Names are two invented words and a head ("Kalo
// Rimeta Forum"), so that prefixes of names spread searches over the pool.
func (s *Generator) Entity(i int) domain.Node {
	k := domain.EntityKinds[i%len(domain.EntityKinds)]
	// Multiplying by an odd number permutes [0, 1<<shift), so every index
	// keeps a name of its own while neighbouring indexes look unrelated.
	code := (uint64(i) * 0x9e3779b1) & (1<<s.shift - 1)
	var words [2]strings.Builder
	for d := s.shift/4 - 1; d >= 0; d-- {
		w := &words[0]
		if d < s.shift/8 {
			w = &words[1]
		}
		syl := syllables[code>>(4*d)&15]
		if w.Len() == 0 {
			syl = strings.ToUpper(syl[:1]) + syl[1:]
		}
		w.WriteString(syl)
	}
	head := heads[k][i/len(domain.EntityKinds)%len(heads[k])]
	name := words[0].String() + " " + words[1].String() + " " + head
	acronym := words[0].String()[:1] + words[1].String()[:1] + head[:1]
	return domain.Node{ID: domain.NodeID(k, name), Kind: k, Name: name, Aliases: []string{acronym}}
}

// pick favours low indexes as Corpus does (squaring a uniform draw), so a
// few entities are hubs; every other draw is uniform so that the tail of
// the pool is reached without a long wait for its last members.
func (s *Generator) pick(uniform bool) int {
	f := s.rng.Float64()
	if !uniform {
		f *= f
	}
	return int(f * float64(s.cfg.Entities))
}

// relationKey identifies a relation by type and ends, ordered for the
// symmetric types as domain.NewRelation orders them, so that the key is
// distinct exactly when the relation ID is.
func (s *Generator) relationKey(t, src, dst int, a, b domain.Node) uint64 {
	if domain.RelationTypes[t].Symmetric() && b.ID < a.ID {
		src, dst = dst, src
	}
	p := uint64(s.cfg.Entities)
	return (uint64(t)*p+uint64(src))*p + uint64(dst)
}

func (s *Generator) next() domain.Extraction {
	name := fmt.Sprintf("synth-%07d.txt", s.docs)
	docID := domain.DocumentID(name)
	s.docs++
	var text strings.Builder
	var x domain.Extraction
	inDoc := map[int]bool{}
	for r := range s.cfg.RelsPerDoc {
		si, di := s.pick(false), s.pick(r%2 == 1)
		for di == si {
			di = s.pick(true)
		}
		src, dst := s.Entity(si), s.Entity(di)
		t := s.rng.IntN(len(domain.RelationTypes))
		rt := domain.RelationTypes[t]
		s.rels[s.relationKey(t, si, di, src, dst)] = struct{}{}
		for _, e := range []struct {
			i int
			n domain.Node
		}{{si, src}, {di, dst}} {
			if !inDoc[e.i] {
				inDoc[e.i] = true
				x.Entities = append(x.Entities, e.n)
			}
			if !s.seen[e.i] {
				s.seen[e.i] = true
				s.entities++
			}
		}
		start := text.Len()
		sentence := src.Name + " " + strings.ToLower(strings.ReplaceAll(string(rt), "_", " ")) + " " + dst.Name + ". "
		text.WriteString(sentence)
		end := start + len(sentence) - 2 // before ". "
		x.Mentions = append(x.Mentions,
			domain.Mention{Entity: src.ID, Text: src.Name, Start: start, End: start + len(src.Name)},
			domain.Mention{Entity: dst.ID, Text: dst.Name, Start: end - len(dst.Name), End: end})
		ev := domain.Evidence{Document: docID, Text: strings.TrimSpace(sentence), Start: start, End: end + 1, Year: 2000 + s.rng.IntN(25)}
		x.Relations = append(x.Relations, domain.NewRelation(rt, src.ID, dst.ID, 0.5+s.rng.Float64()/2, ev))
	}
	x.Document = domain.Doc{ID: docID, Name: name, Text: text.String(), Hash: domain.TextHash(text.String())}
	return x
}
