package loader

import (
	"context"
	"errors"
	"path/filepath"
	"testing"

	"github.com/diplograph/diplograph/domain"
)

// File names that fold to one document ID never silently become one
// document: the first keeps the ID, the others are refused by name.
func TestLoadNeverMergesDocumentsWhoseNamesFoldToOneID(t *testing.T) {
	ex := testExtractor(t)
	collide := map[string]string{
		"Report 1.txt": "France supports the G7.",
		"report-1.txt": "India supports the G7.",
		"REPORT_1.TXT": "Kenya supports the G7.",
	}
	for _, tc := range []struct {
		name      string
		files     map[string]string
		before    map[string]string // loaded first, in an earlier load
		remove    []string
		documents int
		refused   []string
	}{
		{"three names that fold to one ID in one folder give one document and two refusals",
			collide, nil, nil, 1, []string{"Report 1.txt", "report-1.txt"}},
		{"a name that folds to the ID of a loaded document is refused",
			map[string]string{"report-1.txt": "India supports the G7."}, map[string]string{"Report 1.txt": "France supports the G7."}, nil, 0, []string{"report-1.txt"}},
		{"a name that folds to the ID of a document removed in the same load takes its place",
			map[string]string{"report-1.txt": "India supports the G7."}, map[string]string{"Report 1.txt": "France supports the G7."}, []string{"Report 1.txt"}, 1, nil},
		{"reloading the same name is no collision",
			map[string]string{"Report 1.txt": "India supports the G7."}, map[string]string{"Report 1.txt": "France supports the G7."}, nil, 1, nil},
		{"names that do not collide keep the IDs they always had",
			map[string]string{"a.txt": "France supports the G7.", "Report 2.txt": "India supports the G7."}, nil, nil, 2, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ctx := context.Background()
			store := newMemStore()
			if tc.before != nil {
				dir := t.TempDir()
				writeFiles(t, dir, tc.before)
				if rep, err := Load(ctx, store, ex, []string{dir}, LoadOptions{}); err != nil || len(rep.Failures) > 0 {
					t.Fatalf("first load: %+v %v", rep, err)
				}
			}
			dir := t.TempDir()
			writeFiles(t, dir, tc.files)
			rep, err := Load(ctx, store, ex, []string{dir}, LoadOptions{Remove: tc.remove})
			if err != nil {
				t.Fatal(err)
			}
			if rep.Documents != tc.documents {
				t.Errorf("%d documents loaded, want %d: %+v", rep.Documents, tc.documents, rep)
			}
			var refused []string
			for _, f := range rep.Failures {
				if !errors.Is(f.Err, ErrDuplicateID) {
					t.Errorf("failure %v is not a duplicate ID", f)
				}
				refused = append(refused, f.Name)
				t.Logf("reported: %v", f)
			}
			if len(refused) != len(tc.refused) {
				t.Fatalf("refused %v, want %v", refused, tc.refused)
			}
			for i := range refused {
				if refused[i] != tc.refused[i] {
					t.Errorf("refused %v, want %v", refused, tc.refused)
				}
			}
			// Every document in the store is one a file of that name gave.
			for id, x := range store.docs {
				if domain.DocumentID(x.Document.Name) != id {
					t.Errorf("document %s holds %s", id, x.Document.Name)
				}
			}
		})
	}
	t.Run("the same file named twice is loaded once", func(t *testing.T) {
		dir := t.TempDir()
		writeFiles(t, dir, map[string]string{"a.txt": "France supports the G7."})
		rep, err := Load(context.Background(), newMemStore(), ex, []string{dir, filepath.Join(dir, "a.txt")}, LoadOptions{})
		if err != nil || rep.Documents != 1 || len(rep.Failures) != 0 {
			t.Errorf("report %+v, err %v", rep, err)
		}
	})
	t.Run("IDs of names that do not collide are as before", func(t *testing.T) {
		for name, want := range map[string]string{"a.txt": "document:a-txt", "Report 1.txt": "document:report-1-txt", "note.txt": "document:note-txt"} {
			if got := domain.DocumentID(name); got != want {
				t.Errorf("DocumentID(%q) = %s, want %s", name, got, want)
			}
		}
	})
}
