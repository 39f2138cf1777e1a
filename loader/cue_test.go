package loader

import (
	"slices"
	"strings"
	"testing"

	"github.com/diplograph/diplograph/domain"
)

// TestInflectionsInSync checks that lexicon/inflections.tsv is the one
// `make lexicon` writes for lexicon/cues.tsv: every lemma the table
// inflects has its row, no row is left over, and every nominal head is a
// noun that WordNet derives from a verb.
func TestInflectionsInSync(t *testing.T) {
	rows, err := parseCueTable(cueTable)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]bool{}
	for _, r := range rows {
		head, _, _ := strings.Cut(r.phrase, " ")
		switch {
		case r.nominal:
			want["noun "+strings.Split(strings.TrimPrefix(head, "="), "|")[0]] = true
		case !strings.HasPrefix(head, "=") && !strings.Contains(head, "|"):
			want["verb "+head] = true
		}
	}
	for k := range want {
		if _, ok := lemmaForms[k]; !ok {
			t.Errorf("inflections.tsv has no row for %s: run make lexicon", k)
		}
		if strings.HasPrefix(k, "noun ") && len(lemmaRelated[k]) == 0 {
			t.Errorf("%s is marked nominal, but WordNet derives it from no verb", k)
		}
	}
	for k := range lemmaForms {
		if !want[k] {
			t.Errorf("inflections.tsv has a row for %s, which cues.tsv no longer inflects: run make lexicon", k)
		}
	}
}

// TestIrregularInflections checks forms that only WordNet's exception
// lists give, and that they reach the cue index.
func TestIrregularInflections(t *testing.T) {
	for lemma, forms := range map[string][]string{
		"lead":   {"lead", "leads", "led", "leading"},
		"take":   {"take", "takes", "took", "taken", "taking"},
		"write":  {"write", "writes", "wrote", "written", "writing"},
		"stand":  {"stood"},
		"fight":  {"fought"},
		"build":  {"built"},
		"uphold": {"upheld"},
		"deal":   {"dealt"},
		"ban":    {"banned", "banning"},
		"commit": {"committed", "committing"},
		"set":    {"set", "sets", "setting"},
		"ally":   {"allies", "allied", "allying"},
		"veto":   {"vetoes", "vetoed"},
	} {
		got := lemmaForms["verb "+lemma]
		for _, f := range forms {
			if !slices.Contains(got, f) {
				t.Errorf("%s: forms %v lack %q", lemma, got, f)
			}
		}
	}
	for lemma, wrong := range map[string]string{"lead": "leaded", "take": "taked", "write": "writed", "ban": "baned", "set": "setted"} {
		if slices.Contains(lemmaForms["verb "+lemma], wrong) {
			t.Errorf("%s: forms %v hold %q", lemma, lemmaForms["verb "+lemma], wrong)
		}
	}
	for _, tc := range []struct {
		phrase string
		class  cueClass
	}{
		{"took part in", cParticipate},
		{"led", cAffil},
		{"wrote", cAuthor},
		{"stood behind", cSupport},
		{"built on", cRef},
		{"accessions to", cParty},
		{"adoption of", cAdopt},
	} {
		words := strings.Fields(tc.phrase)
		found := false
		for _, c := range cueIndex[words[0]] {
			found = found || c.class == tc.class && slices.Equal(c.words, words)
		}
		if !found {
			t.Errorf("no %v cue %q", tc.class, tc.phrase)
		}
	}
	if c := cueIndex["adoption"]; len(c) == 0 || !c[0].nominal {
		t.Errorf(`"adoption of" is not marked nominal`)
	}
}

// TestTargetKinds checks that targetKinds lists, per class, exactly the
// kinds of object that resolve accepts under some subject.
func TestTargetKinds(t *testing.T) {
	var ents []*entity
	for _, k := range []domain.Kind{domain.Actor, domain.Forum, domain.Treaty, domain.Issue} {
		for _, sub := range []string{"", "PERSON", "STATE", "REGIONAL_BLOC", "AGREEMENT"} {
			if sub == "" || k == domain.Actor && sub != "AGREEMENT" || k == domain.Treaty && sub == "AGREEMENT" {
				// twice, since resolve relates no entity to itself
				ents = append(ents, &entity{kind: k, subtype: sub}, &entity{kind: k, subtype: sub})
			}
		}
	}
	for c := range cueClassNames {
		var got uint8
		for _, s := range ents {
			for _, o := range ents {
				if _, ok := resolve(cueClass(c), s, o); ok {
					got |= kindBit(o)
				}
			}
		}
		if got != targetKinds[c] {
			t.Errorf("class %s: resolve takes objects %05b, targetKinds says %05b", cueClassNames[c], got, targetKinds[c])
		}
	}
}

func TestCueTableErrors(t *testing.T) {
	for _, line := range []string{
		"support\t0.8\tactive\tno\tno",
		"supports\t0.8\tactive\tno\tno\tback",
		"support\t1.5\tactive\tno\tno\tback",
		"support\t0.8\tforward\tno\tno\tback",
		"support\t0.8\tactive\tmaybe\tno\tback",
		"support\t0.8\tactive\tno\tno\t back",
	} {
		if _, err := parseCueTable(line + "\n"); err == nil {
			t.Errorf("%q: no error", line)
		}
	}
	rows, err := parseCueTable("# comment\n\nlead\t0.75\tpassive\tno\tno\t=led by\n")
	if err != nil || len(rows) != 1 || rows[0].class != cLead || !rows[0].passive || rows[0].phrase != "=led by" {
		t.Errorf("got %+v, %v", rows, err)
	}
}
