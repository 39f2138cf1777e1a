package memstore

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/gob"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	bolt "go.etcd.io/bbolt"

	"github.com/diplograph/diplograph/domain"
	"github.com/diplograph/diplograph/store/storetest"
)

// The persisted record as format 1 wrote it, before rules: gob matches
// fields by name, so these stand for the types of that build.
type (
	v1Persisted struct {
		Seq        uint64
		Extraction v1Extraction
	}
	v1Extraction struct {
		Document  domain.Doc
		Entities  []domain.Node
		Relations []v1Relation
		Mentions  []domain.Mention
	}
	v1Relation struct {
		ID, Type, Source, Target string
		Confidence               float64
		Evidence                 []v1Evidence
	}
	v1Evidence struct {
		Document, Text   string
		Start, End, Year int
	}
)

func v1Record(x domain.Extraction, seq uint64) []byte {
	p := v1Persisted{Seq: seq, Extraction: v1Extraction{Document: x.Document, Entities: x.Entities, Mentions: x.Mentions}}
	for _, r := range x.Relations {
		v := v1Relation{ID: r.ID, Type: string(r.Type), Source: r.Source, Target: r.Target, Confidence: r.Confidence}
		for _, e := range r.Evidence {
			v.Evidence = append(v.Evidence, v1Evidence{e.Document, e.Text, e.Start, e.End, e.Year})
		}
		p.Extraction.Relations = append(p.Extraction.Relations, v)
	}
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(p); err != nil {
		panic(err)
	}
	return buf.Bytes()
}

// writeFile writes a store file of the given format version holding xs as
// format 1 encoded them.
func writeFile(t *testing.T, path string, version uint64, xs ...domain.Extraction) {
	t.Helper()
	db, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	err = db.Update(func(tx *bolt.Tx) error {
		meta, err := tx.CreateBucket(bucketMeta)
		if err != nil {
			return err
		}
		docs, err := tx.CreateBucket(bucketDocs)
		if err != nil {
			return err
		}
		for i, x := range xs {
			if err := docs.Put([]byte(x.Document.ID), v1Record(x, uint64(i+1))); err != nil {
				return err
			}
		}
		if err := meta.Put(keySeq, binary.BigEndian.AppendUint64(nil, uint64(len(xs)))); err != nil {
			return err
		}
		return meta.Put(keyVersion, binary.BigEndian.AppendUint64(nil, version))
	})
	if err != nil {
		t.Fatal(err)
	}
}

func fileVersion(t *testing.T, path string) uint64 {
	t.Helper()
	db, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var v uint64
	err = db.View(func(tx *bolt.Tx) error {
		v = binary.BigEndian.Uint64(tx.Bucket(bucketMeta).Get(keyVersion))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// extraction is a one-relation document whose relation rule read.
func extraction(name, rule string) domain.Extraction {
	text := "Kenya backs the Paris Call."
	k := domain.Node{ID: domain.NodeID(domain.Actor, "Kenya"), Kind: domain.Actor, Name: "Kenya"}
	p := domain.Node{ID: domain.NodeID(domain.Treaty, "Paris Call"), Kind: domain.Treaty, Name: "Paris Call"}
	doc := domain.Doc{ID: domain.DocumentID(name), Name: name, Text: text, Hash: domain.TextHash(text)}
	r := domain.NewRelation(domain.Supports, k.ID, p.ID, 0.9, domain.Evidence{Document: doc.ID, Text: text, End: 27, Rule: rule})
	r.Rule = rule
	return domain.Extraction{Document: doc, Entities: []domain.Node{k, p}, Relations: []domain.Relation{r},
		Mentions: []domain.Mention{{Entity: k.ID, Text: "Kenya", End: 5}, {Entity: p.ID, Text: "Paris Call", Start: 16, End: 26}}}
}

func TestFileFormats(t *testing.T) {
	ctx := context.Background()
	rulesOf := func(t *testing.T, s *Store) []string {
		t.Helper()
		rels, _, err := s.Relations(ctx, domain.RelationQuery{})
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, r := range rels {
			out = append(out, "relation "+r.Rule)
			for _, e := range r.Evidence {
				out = append(out, e.Document+" "+e.Rule)
			}
		}
		return out
	}

	t.Run("a file of format 1 opens with empty rules and takes new ones as format 2", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "graph.db")
		writeFile(t, path, 1, extraction("old.txt", "ignored by format 1"))
		s, err := Open(path)
		if err != nil {
			t.Fatalf("open a format 1 file: %v", err)
		}
		if got, want := strings.Join(rulesOf(t, s), ", "), "relation , document:old-txt "; got != want {
			t.Errorf("rules %q, want %q", got, want)
		}
		if err := s.Apply(ctx, []domain.Extraction{extraction("new.txt", "cue-active")}); err != nil {
			t.Fatal(err)
		}
		if err := s.Close(ctx); err != nil {
			t.Fatal(err)
		}
		if v := fileVersion(t, path); v != formatVersion {
			t.Errorf("file marked format %d after opening, want %d", v, formatVersion)
		}
		s, err = Open(path)
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close(ctx)
		if got, want := strings.Join(rulesOf(t, s), ", "), "relation cue-active, document:new-txt cue-active, document:old-txt "; got != want {
			t.Errorf("after a reopen, rules %q, want %q", got, want)
		}
	})

	t.Run("a file of a later format is refused", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "graph.db")
		writeFile(t, path, formatVersion+1, extraction("new.txt", ""))
		if s, err := Open(path); err == nil {
			s.Close(ctx)
			t.Fatal("opened a file of a later format")
		} else if !strings.Contains(err.Error(), "remove the file and load again") {
			t.Errorf("error %q does not say what to do", err)
		}
	})

	t.Run("rules survive a reopen", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "graph.db")
		s, err := Open(path)
		if err != nil {
			t.Fatal(err)
		}
		if err := s.Apply(ctx, []domain.Extraction{extraction("a.txt", "cue-active")}); err != nil {
			t.Fatal(err)
		}
		if err := s.Close(ctx); err != nil {
			t.Fatal(err)
		}
		s, err = Open(path)
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close(ctx)
		if got, want := strings.Join(rulesOf(t, s), ", "), "relation cue-active, document:a-txt cue-active"; got != want {
			t.Errorf("rules %q, want %q", got, want)
		}
	})
}

func TestRecordsAreWrittenAsANewEncoderWritesThem(t *testing.T) {
	xs := storetest.Corpus(40, 6)
	// Records with fields left empty, after full ones, still carry every
	// type's description.
	xs = append(xs, domain.Extraction{Document: domain.Doc{ID: "doc:empty", Name: "empty.txt"}})
	records, err := encodeRecords(xs, 7)
	if err != nil {
		t.Fatal(err)
	}
	for i, x := range xs {
		t.Run(x.Document.Name+" is byte for byte a new encoder's record and reads alone", func(t *testing.T) {
			var want bytes.Buffer
			if err := gob.NewEncoder(&want).Encode(persisted{Seq: 7 + uint64(i), Extraction: x}); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(records[i], want.Bytes()) {
				t.Fatalf("record %d differs from a new encoder's (%d bytes, want %d)", i, len(records[i]), want.Len())
			}
			var p persisted
			if err := gob.NewDecoder(bytes.NewReader(records[i])).Decode(&p); err != nil {
				t.Fatal(err)
			}
			if p.Seq != 7+uint64(i) || p.Extraction.Document.ID != x.Document.ID || len(p.Extraction.Relations) != len(x.Relations) {
				t.Errorf("read back seq %d, %s with %d relations", p.Seq, p.Extraction.Document.ID, len(p.Extraction.Relations))
			}
		})
	}
}

func TestRecordsReadAsANewDecoderReadsEach(t *testing.T) {
	xs := storetest.Corpus(30, 6)
	current, err := encodeRecords(xs, 1)
	if err != nil {
		t.Fatal(err)
	}
	// A file may hold records of older builds between newer ones, and a
	// damaged record.
	records := [][]byte{current[0], current[1], v1Record(xs[2], 3), current[3], v1Record(xs[4], 5), v1Record(xs[5], 6)}
	records = append(records, current[6:]...)
	keys := make([][]byte, len(records))
	for i := range records {
		keys[i] = []byte(xs[i].Document.ID)
	}
	got, err := decodeRecords(keys, records)
	if err != nil {
		t.Fatal(err)
	}
	for i, rec := range records {
		t.Run(xs[i].Document.Name+" reads as it reads alone", func(t *testing.T) {
			var want persisted
			if err := gob.NewDecoder(bytes.NewReader(rec)).Decode(&want); err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got[i], want) {
				t.Errorf("record %d read as seq %d with %d relations, alone as seq %d with %d", i, got[i].Seq, len(got[i].Extraction.Relations), want.Seq, len(want.Extraction.Relations))
			}
		})
	}
	t.Run("the type descriptions end where the encoder put the value", func(t *testing.T) {
		var enc recordEncoder
		if _, err := enc.encode(persisted{Seq: 1, Extraction: xs[0]}); err != nil {
			t.Fatal(err)
		}
		n, ok := gobTypesLen(current[0])
		if !ok || n != len(enc.types) || n == 0 {
			t.Errorf("gobTypesLen = %d, %v; the encoder's descriptions are %d bytes", n, ok, len(enc.types))
		}
	})
	t.Run("records of one build share a decoder", func(t *testing.T) {
		var d recordDecoder
		var p persisted
		if err := d.decode(current[0], &p); err != nil {
			t.Fatal(err)
		}
		first := d.dec
		for _, rec := range current[1:] {
			if err := d.decode(rec, &persisted{}); err != nil {
				t.Fatal(err)
			}
		}
		if first == nil || d.dec != first {
			t.Error("a later record of the same build got a decoder of its own")
		}
	})
	t.Run("a damaged record after good ones is refused with its document named", func(t *testing.T) {
		bad := bytes.Clone(current[2])
		bad = bad[:len(bad)-len(bad)/3]
		_, err := decodeRecords(keys[:3], [][]byte{current[0], current[1], bad})
		if err == nil || !strings.Contains(err.Error(), string(keys[2])) {
			t.Errorf("err = %v, want one naming %s", err, keys[2])
		}
	})
}
