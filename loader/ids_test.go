package loader

import (
	"math/rand/v2"
	"testing"

	"github.com/diplograph/diplograph/domain"
	"github.com/diplograph/diplograph/loader/kb"
)

// The extractor derives node and relation IDs its own, cheaper way; they
// must be domain's IDs.

func TestNodeIDIsDomainNodeID(t *testing.T) {
	// nodeID takes a short cut for ASCII names; it must give what
	// domain.NodeID gives for every name.
	names := []string{"", "-", "Jane Doe", "  Jane  Doe  ", "U.S.", "AT&T", "G7", "EU-US Trade and Technology Council",
		"O'Brien", "#254", "Höne", "Côte d’Ivoire", "ﬁnance", "Ⅻ Forum"}
	for _, e := range kb.Default().Entries() {
		names = append(names, e.Name)
		names = append(names, e.Aliases...)
	}
	rng := rand.New(rand.NewPCG(5, 6))
	const alphabet = "aZ09 -.'&_#é"
	for range 2000 {
		b := make([]rune, rng.IntN(12))
		for i := range b {
			b[i] = []rune(alphabet)[rng.IntN(len([]rune(alphabet)))]
		}
		names = append(names, string(b))
	}
	for _, kind := range []domain.Kind{domain.Actor, domain.Issue} {
		for _, n := range names {
			if got, want := nodeID(kind, n), domain.NodeID(kind, n); got != want {
				t.Errorf("nodeID(%s, %q) = %q, want %q", kind, n, got, want)
			}
		}
	}
}

func TestRelationIDIsDomainRelationID(t *testing.T) {
	ids := []string{"actor:germany", "forum:internet-governance-forum", "issue:data-protection", "actor:jane-doe", ""}
	for _, typ := range domain.RelationTypes {
		for _, s := range ids {
			for _, o := range ids {
				if s > o && typ.Symmetric() {
					continue // relationID takes symmetric ends in order
				}
				if got, want := relationID(typ, s, o), domain.RelationID(typ, s, o); got != want {
					t.Errorf("relationID(%s, %q, %q) = %q, want %q", typ, s, o, got, want)
				}
			}
		}
	}
}
