package storetest

import (
	"context"
	"reflect"
	"testing"

	"github.com/diplograph/diplograph/domain"
	"github.com/diplograph/diplograph/store/timeview"
)

// IDs of the dated fixture's entities.
var (
	ghana    = domain.NodeID(domain.Actor, "Ghana")
	chile    = domain.NodeID(domain.Actor, "Chile")
	alliance = domain.NodeID(domain.Forum, "Digital Alliance")
	charter  = domain.NodeID(domain.Treaty, "Open Charter")
)

// dated dates the sentence of the relation last added.
func (b *docBuilder) dated(date string, kind domain.DateKind) {
	d, err := domain.ParseDate(date)
	if err != nil {
		panic("fixture: " + err.Error())
	}
	r := &b.x.Relations[len(b.x.Relations)-1]
	r.Evidence[0].Date, r.Evidence[0].DateKind, r.Evidence[0].Year = d, kind, d.Year
}

// datedFixture is two documents whose sentences date what they state:
// Kenya a member of the alliance from 2012 (the second document) until
// 30 June 2020, Ghana from 2018, Chile taking part until 2016, Kenya party
// to the charter from 4 May 2019, and Ghana's support for it undated.
func datedFixture() []domain.Extraction {
	b := newDoc("timeline.txt", "Kenya joined the Digital Alliance in March 2015. "+
		"Kenya left the Digital Alliance on 30 June 2020. "+
		"Ghana has been a member of the Digital Alliance since 2018. "+
		"Chile took part in the Digital Alliance until 2016. "+
		"Ghana supports the Open Charter. "+
		"Kenya signed the Open Charter on 4 May 2019.")
	b.x.Document.Date = domain.Date{Year: 2021, Month: 1, Day: 5}
	ke := b.entity(domain.Actor, "STATE", "Kenya", "KE")
	gh := b.entity(domain.Actor, "STATE", "Ghana", "GH")
	cl := b.entity(domain.Actor, "STATE", "Chile", "CL")
	al := b.entity(domain.Forum, "COALITION", "Digital Alliance", "")
	ch := b.entity(domain.Treaty, "DECLARATION", "Open Charter", "")
	b.relate(domain.MemberOf, ke, al, 0.9, "cue-active", "Kenya joined", 0)
	b.dated("2015-03", domain.DatePoint)
	left := b.x.Relations[len(b.x.Relations)-1]
	b.relate(domain.MemberOf, ke, al, 0.8, "cue-active", "Kenya left", 0)
	b.dated("2020-06-30", domain.DateEnd)
	// One relation per document: the second sentence is more evidence.
	last := b.x.Relations[len(b.x.Relations)-1]
	b.x.Relations = b.x.Relations[:len(b.x.Relations)-1]
	b.x.Relations[len(b.x.Relations)-1].Evidence = append(left.Evidence, last.Evidence...)
	b.relate(domain.MemberOf, gh, al, 0.9, "cue-active", "Ghana has been", 0)
	b.dated("2018", domain.DateStart)
	b.relate(domain.ParticipatesIn, cl, al, 0.8, "cue-active", "Chile took part", 0)
	b.dated("2016", domain.DateEnd)
	b.relate(domain.Supports, gh, ch, 0.8, "cue-active", "Ghana supports", 0)
	b.relate(domain.PartyTo, ke, ch, 0.9, "cue-active", "Kenya signed", 0)
	b.dated("2019-05-04", domain.DatePoint)

	c := newDoc("history.txt", "Kenya was a member of the Digital Alliance from 2012.")
	ke = c.entity(domain.Actor, "STATE", "Kenya", "KE")
	al = c.entity(domain.Forum, "COALITION", "Digital Alliance", "")
	c.relate(domain.MemberOf, ke, al, 0.7, "cue-active", "was a member", 0)
	c.dated("2012", domain.DateStart)
	return []domain.Extraction{b.build(), c.build()}
}

func testDatesRoundTrip(t *testing.T, ctx context.Context, s Store) {
	xs := datedFixture()
	mustApply(t, ctx, s, xs...)
	rels, _, err := s.Relations(ctx, domain.RelationQuery{NodeIDs: []string{kenya}, Types: []domain.RelationType{domain.MemberOf}})
	if err != nil {
		t.Fatal(err)
	}
	if len(rels) != 1 {
		t.Fatalf("got %d relations, want Kenya's one membership", len(rels))
	}
	var got []string
	for _, ev := range rels[0].Evidence {
		got = append(got, ev.Document+" "+ev.Date.String()+" "+string(ev.DateKind))
	}
	want := []string{domain.DocumentID("history.txt") + " 2012 START",
		domain.DocumentID("timeline.txt") + " 2015-03 POINT", domain.DocumentID("timeline.txt") + " 2020-06-30 END"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("evidence dates %q, want %q", got, want)
	}
	if span := domain.SpanOf(rels[0]); span.From.String() != "2012" || span.Until.String() != "2020-06-30" {
		t.Errorf("span %+v, want 2012 until 2020-06-30", span)
	}
	doc, _, err := s.Document(ctx, xs[0].Document.ID)
	if err != nil {
		t.Fatal(err)
	}
	if doc.Date != xs[0].Document.Date {
		t.Errorf("document date %s, want %s", doc.Date, xs[0].Document.Date)
	}
	graph, err := s.Graph(ctx)
	if err != nil {
		t.Fatal(err)
	}
	dated := 0
	for _, r := range graph.Relations {
		if !domain.SpanOf(r).Undated {
			dated++
		}
	}
	if dated != 4 {
		t.Errorf("the whole graph has %d dated relations, want 4", dated)
	}
}

func date(t *testing.T, s string) domain.Date {
	t.Helper()
	d, err := domain.ParseDate(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// relation names a fixture relation by its type and ends.
func relation(typ domain.RelationType, source, target string) string {
	return domain.RelationID(typ, source, target)
}

func testTimeWindows(t *testing.T, ctx context.Context, s Store) {
	mustApply(t, ctx, s, datedFixture()...)
	kenyaMember := relation(domain.MemberOf, kenya, alliance)
	ghanaMember := relation(domain.MemberOf, ghana, alliance)
	chileTakesPart := relation(domain.ParticipatesIn, chile, alliance)
	ghanaSupports := relation(domain.Supports, ghana, charter)
	kenyaParty := relation(domain.PartyTo, kenya, charter)

	t.Run("relations as of a date or between two keep what held and what is undated", func(t *testing.T) {
		for _, c := range []struct {
			name string
			w    domain.TimeWindow
			want []string
		}{
			{"as of 2019-01-01", domain.TimeWindow{AsOf: date(t, "2019-01-01")}, []string{kenyaMember, ghanaMember, ghanaSupports}},
			{"as of 2021", domain.TimeWindow{AsOf: date(t, "2021")}, []string{ghanaMember, ghanaSupports, kenyaParty}},
			{"between 2010 and 2013", domain.TimeWindow{From: date(t, "2010"), To: date(t, "2013")}, []string{kenyaMember, chileTakesPart, ghanaSupports}},
			{"no window", domain.TimeWindow{}, []string{kenyaMember, ghanaMember, chileTakesPart, ghanaSupports, kenyaParty}},
		} {
			rels, total, err := timeview.Relations(ctx, s, domain.RelationQuery{}, c.w)
			if err != nil {
				t.Fatal(err)
			}
			if got, want := relIDs(rels), sorted(c.want...); !reflect.DeepEqual(got, want) || total != len(want) {
				t.Errorf("%s: got %v (total %d), want %v", c.name, got, total, want)
			}
		}
		page, total, err := timeview.Relations(ctx, s, domain.RelationQuery{Offset: 1, Limit: 1}, domain.TimeWindow{AsOf: date(t, "2021")})
		if err != nil {
			t.Fatal(err)
		}
		if all := sorted(ghanaMember, ghanaSupports, kenyaParty); len(page) != 1 || page[0].ID != all[1] || total != 3 {
			t.Errorf("the second of a page of one: got %v of %d, want %s of 3", relIDs(page), total, all[1])
		}
	})

	t.Run("entities as of a date drop those whose every relation is dated outside it", func(t *testing.T) {
		nodes, total, err := timeview.ListNodes(ctx, s, domain.NodeQuery{Order: domain.OrderByName}, domain.TimeWindow{AsOf: date(t, "2021")})
		if err != nil {
			t.Fatal(err)
		}
		if got, want := ids(nodes), []string{alliance, ghana, kenya, charter}; !reflect.DeepEqual(got, want) || total != 4 {
			t.Errorf("got %v (total %d), want %v", got, total, want)
		}
	})

	t.Run("neighbourhoods as of a date walk only what held", func(t *testing.T) {
		asOf2021 := domain.TimeWindow{AsOf: date(t, "2021")}
		for _, c := range []struct {
			depth      int
			nodes      []string
			relations  []string
			truncLimit int
		}{
			{1, []string{alliance, ghana}, []string{ghanaMember}, 0},
			{2, []string{alliance, ghana, charter}, []string{ghanaMember, ghanaSupports}, 0},
			{3, []string{alliance, ghana, charter, kenya}, []string{ghanaMember, ghanaSupports, kenyaParty}, 0},
		} {
			sg, err := timeview.Neighbourhood(ctx, s, alliance, c.depth, nil, 100, asOf2021)
			if err != nil {
				t.Fatal(err)
			}
			if got := ids(sg.Nodes); !reflect.DeepEqual(got, c.nodes) || sg.Truncated {
				t.Errorf("depth %d: nodes %v, want %v", c.depth, got, c.nodes)
			}
			if got, want := relIDs(sg.Relations), sorted(c.relations...); !reflect.DeepEqual(got, want) {
				t.Errorf("depth %d: relations %v, want %v", c.depth, got, want)
			}
		}
		all, err := timeview.Neighbourhood(ctx, s, alliance, 1, nil, 2, domain.TimeWindow{})
		if err != nil {
			t.Fatal(err)
		}
		if len(all.Nodes) != 2 || !all.Truncated || all.Nodes[0].ID != alliance {
			t.Errorf("limit 2 without a window: got %v truncated %v", ids(all.Nodes), all.Truncated)
		}
		if _, err := timeview.Neighbourhood(ctx, s, "actor:nowhere", 1, nil, 10, asOf2021); err == nil {
			t.Error("the neighbourhood of an unknown entity was found")
		}
	})

	t.Run("subgraphs between two dates keep the entities and relations that held", func(t *testing.T) {
		sg, err := timeview.Subgraph(ctx, s, domain.NodeQuery{Order: domain.OrderByDegree}, nil, domain.TimeWindow{From: date(t, "2010"), To: date(t, "2013")})
		if err != nil {
			t.Fatal(err)
		}
		if got, want := sorted(ids(sg.Nodes)...), sorted(alliance, kenya, chile, ghana, charter); !reflect.DeepEqual(got, want) {
			t.Errorf("nodes %v, want %v (Ghana through its undated support)", got, want)
		}
		if got, want := relIDs(sg.Relations), sorted(kenyaMember, chileTakesPart, ghanaSupports); !reflect.DeepEqual(got, want) {
			t.Errorf("relations %v, want %v", got, want)
		}
	})

	t.Run("the timeline counts relations by the years their sentences date", func(t *testing.T) {
		years, undated, err := timeview.Timeline(ctx, s, domain.RelationQuery{})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, y := range years {
			for typ, n := range y.ByType {
				got = append(got, domain.Date{Year: y.Year}.String()+" "+string(typ)+" "+string(rune('0'+n)))
			}
		}
		want := []string{"2012 MEMBER_OF 1", "2015 MEMBER_OF 1", "2016 PARTICIPATES_IN 1", "2018 MEMBER_OF 1", "2019 PARTY_TO 1", "2020 MEMBER_OF 1"}
		if !reflect.DeepEqual(got, want) || undated != 1 {
			t.Errorf("got %v and %d undated, want %v and 1", got, undated, want)
		}
		years, undated, err = timeview.Timeline(ctx, s, domain.RelationQuery{NodeIDs: []string{ghana}})
		if err != nil {
			t.Fatal(err)
		}
		if len(years) != 1 || years[0].Year != 2018 || years[0].Total != 1 || undated != 1 {
			t.Errorf("Ghana's timeline: got %+v and %d undated, want 2018: 1 and 1 undated", years, undated)
		}
	})

	t.Run("changes list what began or ended between two dates with the sentence that dates it", func(t *testing.T) {
		changes, err := timeview.Changes(ctx, s, date(t, "2015"), date(t, "2019"))
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, c := range changes {
			line := c.Date.String() + " " + string(c.Kind) + " " + c.Relation.ID
			for _, ev := range c.Evidence {
				line += " | " + ev.Text
			}
			got = append(got, line)
		}
		want := []string{
			"2016 ENDED " + chileTakesPart + " | Chile took part in the Digital Alliance until 2016.",
			"2018 BEGAN " + ghanaMember + " | Ghana has been a member of the Digital Alliance since 2018.",
			"2019-05-04 BEGAN " + kenyaParty + " | Kenya signed the Open Charter on 4 May 2019.",
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("got\n%q\nwant\n%q", got, want)
		}
	})
}

// ApplyDatedFixture loads the dated fixture (see datedFixture) into s, for
// tests of what is built on the store.
func ApplyDatedFixture(t *testing.T, ctx context.Context, s Store) {
	t.Helper()
	mustApply(t, ctx, s, datedFixture()...)
}
