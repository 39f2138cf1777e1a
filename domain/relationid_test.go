package domain

import (
	"crypto/sha256"
	"encoding/hex"
	"testing"
)

func TestRelationID(t *testing.T) {
	// IDs are persisted and shared between stores: the digest's input and
	// encoding must not change.
	sum := sha256.Sum256([]byte("SUPPORTS\x00actor:kenya\x00treaty:charter"))
	want := "rel:" + hex.EncodeToString(sum[:10])
	if got := RelationID(Supports, "actor:kenya", "treaty:charter"); got != want {
		t.Errorf("RelationID = %s, want %s", got, want)
	}
	if RelationID(CooperatesWith, "actor:b", "actor:a") != RelationID(CooperatesWith, "actor:a", "actor:b") {
		t.Error("a symmetric relation's ID depends on the order of its ends")
	}
}

func TestValidateRelationID(t *testing.T) {
	doc := Doc{ID: DocumentID("a.txt"), Name: "a.txt"}
	kenya := Node{ID: NodeID(Actor, "Kenya"), Kind: Actor, Name: "Kenya"}
	chad := Node{ID: NodeID(Actor, "Chad"), Kind: Actor, Name: "Chad"}
	extraction := func(r Relation) Extraction {
		return Extraction{Document: doc, Entities: []Node{kenya, chad}, Relations: []Relation{r}}
	}
	swapped := NewRelation(CooperatesWith, kenya.ID, chad.ID, 1)
	swapped.Source, swapped.Target = swapped.Target, swapped.Source
	for _, tc := range []struct {
		name string
		r    Relation
		ok   bool
	}{
		{"its own ID", NewRelation(Supports, kenya.ID, chad.ID, 1), true},
		{"a symmetric relation's ends either way round", swapped, true},
		{"another relation's ID", Relation{ID: RelationID(Opposes, kenya.ID, chad.ID), Type: Supports, Source: kenya.ID, Target: chad.ID}, false},
		{"an ID one character short", Relation{ID: RelationID(Supports, kenya.ID, chad.ID)[1:], Type: Supports, Source: kenya.ID, Target: chad.ID}, false},
		{"an ID without its prefix", Relation{ID: "xel:" + RelationID(Supports, kenya.ID, chad.ID)[4:], Type: Supports, Source: kenya.ID, Target: chad.ID}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if err := extraction(tc.r).Validate(); (err == nil) != tc.ok {
				t.Errorf("Validate() = %v, want ok %v", err, tc.ok)
			}
		})
	}
}
