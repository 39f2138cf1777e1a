package kb

import (
	"strings"
	"testing"
)

// benchProse is ordinary domain prose: mostly words that are no name at all,
// some names, acronyms and issue terms, and a little non-ASCII punctuation.
const benchProse = `At the Internet Governance Forum in Geneva, delegations from Germany, Kenya and
Brazil discussed how the Global Digital Compact could narrow the digital divide. The
European Union’s representative said the EU would keep working with the ITU and UNESCO on
capacity building, while the U.S. delegation stressed cybersecurity, the fight against
ransomware and the protection of critical infrastructure. Civil society groups, including
Access Now and the Electronic Frontier Foundation, argued that human rights online — freedom
of expression and data protection in particular — must not be traded away for security.
China’s delegation spoke of digital sovereignty and of the Digital Silk Road; India pointed
to its digital public infrastructure as a model for the Global South. Several speakers
recalled the Budapest Convention and the new UN Convention against Cybercrime, and asked
how artificial intelligence, AI governance and the OECD AI Principles fit together with the
GDPR and the EU AI Act. We must ensure that standards are open, said one participant, and
that the multistakeholder model survives internet fragmentation and the splinternet.
`

// plainProse is the connective tissue of a policy text: long stretches with
// few names, where the matcher mostly has to get out of the way quickly.
const plainProse = `The discussion then turned to the practical question of how commitments made
in one venue are carried into another. Several participants noted that the
language agreed last year had been deliberately broad, which made it easier to
sign but harder to implement; others argued that this breadth was the point,
since it allowed each delegation to build its own national approach. A speaker
from a small island developing state reminded the room that her country had
only two people working on these files, and that every new process, however
well intended, competed for their time. The moderator asked whether the
proliferation of initiatives was itself becoming an obstacle. Responses were
mixed. Some thought that a clearer division of labour would help, with
technical questions left to technical bodies and political questions to
governments; others warned that the line between the two had never been
stable. Participants agreed to continue the exchange in writing, and to
circulate a short summary of the points of convergence before the next
meeting, which is expected to take place in the spring in Geneva.
`

// benchText builds size bytes of realistic text: one name-dense paragraph
// for every three plain ones (about 4 matches a KB, like real documents).
func benchText(size int) string {
	var b strings.Builder
	for b.Len() < size {
		b.WriteString(benchProse)
		for i := 0; i < 3; i++ {
			b.WriteString(plainProse)
		}
	}
	return b.String()
}

// BenchmarkFind measures Find's throughput on a few MB of realistic prose:
//
//	go test ./loader/kb/ -run '^$' -bench Find -benchmem
func BenchmarkFind(b *testing.B) {
	k := Default()
	text := benchText(4 << 20)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		k.Find(text)
	}
}

// BenchmarkFindDense measures Find on prose with a name every few words,
// a worst case for the work done per match.
func BenchmarkFindDense(b *testing.B) {
	k := Default()
	var sb strings.Builder
	for sb.Len() < 4<<20 {
		sb.WriteString(benchProse)
	}
	text := sb.String()
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		k.Find(text)
	}
}

// BenchmarkFindDocument measures Find on document-sized texts, where the
// per-call cost counts.
func BenchmarkFindDocument(b *testing.B) {
	k := Default()
	text := benchProse
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		k.Find(text)
	}
}

// BenchmarkDefault measures how long the embedded data takes to parse.
func BenchmarkDefault(b *testing.B) {
	for b.Loop() {
		if _, err := loadEmbedded(); err != nil {
			b.Fatal(err)
		}
	}
}
