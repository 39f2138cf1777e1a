package e2e

import (
	"encoding/json"
	"slices"
	"testing"
)

// The stance research questions of docs/api.md, checked against what the
// seed graph says; registered with the other example checks.
func init() {
	exampleChecks["who-stands-where.graphql"] = checkWhoStandsWhere
	exampleChecks["aligned-with-the-eu.graphql"] = checkAlignedWithTheEU
	exampleChecks["absent-from-the-igf.graphql"] = checkAbsentFromTheIGF
}

func checkWhoStandsWhere(t *testing.T, data json.RawMessage) {
	var d struct {
		Stances struct {
			Actors  []struct{ ID string }
			Targets []struct{ ID string }
			Cells   []struct {
				Actor, Target struct{ ID string }
				EvidenceCount int
				Stances       []struct {
					Type          string
					EvidenceCount int
					Evidence      []struct{ Text string }
				}
			}
		}
	}
	mustUnmarshal(t, data, &d)
	m := d.Stances
	if len(m.Actors) != 10 || len(m.Targets) != 10 {
		t.Fatalf("%d actors x %d targets, want 10 x 10", len(m.Actors), len(m.Targets))
	}
	// The German strategy makes Germany the most connected actor.
	if m.Actors[0].ID != "actor:germany" {
		t.Errorf("first row %s, want Germany", m.Actors[0].ID)
	}
	germany := 0
	for _, c := range m.Cells {
		sum := 0
		for _, s := range c.Stances {
			if s.EvidenceCount != len(s.Evidence) || s.EvidenceCount == 0 {
				t.Errorf("%s %s %s: %d sentences counted, %d given", c.Actor.ID, s.Type, c.Target.ID, s.EvidenceCount, len(s.Evidence))
			}
			sum += s.EvidenceCount
		}
		if sum != c.EvidenceCount {
			t.Errorf("cell %s %s counts %d sentences, its stances %d", c.Actor.ID, c.Target.ID, c.EvidenceCount, sum)
		}
		if c.Actor.ID == "actor:germany" {
			germany++
		}
	}
	if germany < 5 {
		t.Errorf("Germany takes a stance on %d of the ten targets, want most", germany)
	}
}

func checkAlignedWithTheEU(t *testing.T, data json.RawMessage) {
	type alignment struct {
		B       struct{ ID string }
		Score   float64
		Targets []struct {
			Target    struct{ ID string }
			Agreement string
			A, B      []struct{ Evidence []struct{ Text string } }
		}
	}
	var d struct {
		AlignedWith []alignment
		Blocs       []struct {
			ID      string
			Members []struct{ Actor struct{ ID string } }
		}
	}
	mustUnmarshal(t, data, &d)
	if len(d.AlignedWith) == 0 {
		t.Fatal("no actor aligned with the EU")
	}
	for i, al := range d.AlignedWith {
		if i > 0 && al.Score > d.AlignedWith[i-1].Score {
			t.Errorf("%s (%v) ranks below a lower score", al.B.ID, al.Score)
		}
		agreed := false
		for _, tg := range al.Targets {
			if tg.Agreement == "AGREE" {
				agreed = true
				if len(tg.A) == 0 || len(tg.B) == 0 || len(tg.A[0].Evidence) == 0 || len(tg.B[0].Evidence) == 0 {
					t.Errorf("%s agrees on %s without both sides' evidence", al.B.ID, tg.Target.ID)
				}
			}
		}
		if al.Score == 1 && !agreed {
			t.Errorf("%s scores 1 without a target agreed on", al.B.ID)
		}
	}
	// India takes part in the EU-India TTC alongside the EU.
	if !slices.ContainsFunc(d.AlignedWith, func(a alignment) bool {
		return a.B.ID == "actor:india" && a.Score == 1
	}) {
		t.Errorf("India is not fully aligned with the EU: %+v", d.AlignedWith)
	}
	// The EU's bloc holds Germany, which stands with it on most targets;
	// blocs come largest first, and the seeds' groups of members (the
	// Polynesian Leaders Group's) may outnumber it.
	eu := slices.IndexFunc(d.Blocs, func(b struct {
		ID      string
		Members []struct{ Actor struct{ ID string } }
	}) bool {
		return b.ID == "bloc:actor:european-union"
	})
	if eu < 0 || !slices.ContainsFunc(d.Blocs[eu].Members, func(m struct{ Actor struct{ ID string } }) bool {
		return m.Actor.ID == "actor:germany"
	}) {
		t.Errorf("blocs %+v, want the EU's with Germany in it", d.Blocs)
	}
	for i := 1; i < len(d.Blocs); i++ {
		if len(d.Blocs[i].Members) > len(d.Blocs[i-1].Members) {
			t.Errorf("bloc %s has more members than the one before it: blocs come largest first", d.Blocs[i].ID)
		}
	}
}

func checkAbsentFromTheIGF(t *testing.T, data json.RawMessage) {
	type absence struct {
		Actor      struct{ ID string }
		Membership []struct {
			Type     string
			Evidence []struct{ Text string }
		}
	}
	var d struct {
		ITUMembers, States []absence
		Node               struct {
			Relations []struct {
				Type   string
				Source struct{ ID string }
			}
		}
	}
	mustUnmarshal(t, data, &d)
	seated := map[string]bool{}
	for _, r := range d.Node.Relations {
		if r.Type != "SUPPORTS" {
			seated[r.Source.ID] = true
		}
	}
	for _, a := range append(d.ITUMembers, d.States...) {
		if seated[a.Actor.ID] {
			t.Errorf("%s takes part in the IGF but is listed absent", a.Actor.ID)
		}
	}
	// The German strategy names Germany in the ITU; no sentence seats it at the IGF.
	i := slices.IndexFunc(d.ITUMembers, func(a absence) bool { return a.Actor.ID == "actor:germany" })
	if i < 0 || len(d.ITUMembers[i].Membership) == 0 || len(d.ITUMembers[i].Membership[0].Evidence) == 0 {
		t.Errorf("ITU members absent %+v: want Germany with the sentence that puts it in the ITU", d.ITUMembers)
	}
	if !slices.ContainsFunc(d.States, func(a absence) bool { return a.Actor.ID == "actor:germany" }) || len(d.States) < len(d.ITUMembers) {
		t.Errorf("states absent %+v", d.States)
	}
}
