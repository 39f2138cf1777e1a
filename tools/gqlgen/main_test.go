package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// generated is the shape of gqlgen's list marshallers, one of relations and
// one of mentions.
const generated = `package generated

func (ec *executionContext) marshalNRelation2ᚕRelation(ctx context.Context, sel ast.SelectionSet, v []model.Relation) graphql.Marshaler {
	ret := graphql.MarshalSliceConcurrently(ctx, len(v), 4, false, func(ctx context.Context, i int) graphql.Marshaler {
		return ec.marshalNRelation(ctx, sel, v[i])
	})
	return ret
}

func (ec *executionContext) marshalNMention2ᚕMention(ctx context.Context, sel ast.SelectionSet, v []model.Mention) graphql.Marshaler {
	ret := graphql.MarshalSliceConcurrently(ctx, len(v), 4, false, func(ctx context.Context, i int) graphql.Marshaler {
		return ec.marshalNMention(ctx, sel, v[i])
	})
	return ret
}
`

func TestMarshalListsInOrder(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		want     []string // substrings of the rewritten file
		fails    bool
	}{
		{
			name: "rewrites lists of relations and keeps lists of mentions concurrent",
			in:   generated,
			want: []string{
				"v []model.Relation) graphql.Marshaler {\n\tret := marshalSliceInOrder(ctx, len(v), func(ctx context.Context, i int) graphql.Marshaler {",
				"v []model.Mention) graphql.Marshaler {\n\tret := graphql.MarshalSliceConcurrently(ctx, len(v), 4, false, func(",
			},
		},
		{name: "fails on a file without list marshallers", in: "package generated\n", fails: true},
		{
			name:  "fails on a call of another shape",
			in:    strings.Replace(generated, "4, false, func(ctx context.Context, i int)", "4, false, marshal)", 1),
			fails: true,
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "generated.go")
			if err := os.WriteFile(path, []byte(tc.in), 0o644); err != nil {
				t.Fatal(err)
			}
			err := marshalListsInOrder(path)
			if tc.fails {
				if err == nil {
					t.Fatal("rewrote a file it should refuse")
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			out, _ := os.ReadFile(path)
			for _, w := range tc.want {
				if !strings.Contains(string(out), w) {
					t.Errorf("the rewritten file lacks %q:\n%s", w, out)
				}
			}
		})
	}
}
