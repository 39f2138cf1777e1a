package storetest

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"github.com/diplograph/diplograph/domain"
)

// corpusRules are extraction rules the corpus's relations cycle through.
var corpusRules = []string{"cue-active", "cue-passive", "possessive", "label-line", "document-topic"}

// Corpus generates docs extractions of relsPerDoc relations each over a
// shared pool of entities, some of them hubs that most documents mention, as
// real corpora have; every store's load benchmark uses it, so their figures
// compare.
func Corpus(docs, relsPerDoc int) []domain.Extraction {
	rng := rand.New(rand.NewPCG(1, 2))
	kinds := domain.EntityKinds
	pool := make([]domain.Node, 3000)
	for i := range pool {
		k := kinds[i%len(kinds)]
		name := fmt.Sprintf("%s %d", k, i)
		pool[i] = domain.Node{ID: domain.NodeID(k, name), Kind: k, Name: name, Aliases: []string{fmt.Sprintf("%c%d", k[0], i)}}
	}
	// Squaring a uniform draw favours low indexes: entity 0 is in most documents.
	pick := func() domain.Node {
		f := rng.Float64()
		return pool[int(f*f*float64(len(pool)))]
	}
	out := make([]domain.Extraction, docs)
	for d := range out {
		name := fmt.Sprintf("doc-%05d.txt", d)
		var text strings.Builder
		x := domain.Extraction{}
		seen := map[string]bool{}
		for range relsPerDoc {
			src, dst := pick(), pick()
			for dst.ID == src.ID {
				dst = pick()
			}
			t := domain.RelationTypes[rng.IntN(len(domain.RelationTypes))]
			start := text.Len()
			sentence := fmt.Sprintf("%s %s %s. ", src.Name, strings.ToLower(strings.ReplaceAll(string(t), "_", " ")), dst.Name)
			text.WriteString(sentence)
			for _, e := range []domain.Node{src, dst} {
				if !seen[e.ID] {
					seen[e.ID] = true
					x.Entities = append(x.Entities, e)
				}
			}
			x.Mentions = append(x.Mentions,
				domain.Mention{Entity: src.ID, Text: src.Name, Start: start, End: start + len(src.Name)},
				domain.Mention{Entity: dst.ID, Text: dst.Name, Start: start + len(sentence) - len(dst.Name) - 3, End: start + len(sentence) - 3})
			// The rule is not drawn, so that the corpus stays what it was
			// before rules were kept.
			rule := corpusRules[len(x.Relations)%len(corpusRules)]
			ev := domain.Evidence{Text: strings.TrimSpace(sentence), Start: start, End: start + len(sentence) - 1, Year: 2000 + rng.IntN(25), Rule: rule}
			r := domain.NewRelation(t, src.ID, dst.ID, 0.5+rng.Float64()/2, ev)
			r.Rule = rule
			x.Relations = append(x.Relations, r)
		}
		x.Document = domain.Doc{ID: domain.DocumentID(name), Name: name, Text: text.String(), Hash: domain.TextHash(text.String())}
		for i := range x.Relations {
			x.Relations[i].Evidence[0].Document = x.Document.ID
		}
		out[d] = x
	}
	return out
}
