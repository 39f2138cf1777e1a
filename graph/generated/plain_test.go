package generated

import (
	"bytes"
	"testing"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
)

func TestPlainWritersWriteWhatGqlgenWrites(t *testing.T) {
	for _, s := range []string{"", "Kenya", `a "quoted" word`, `back\slash`, "tab\tline\nreturn\r", "bell\x07 and \x1f",
		"Côte d’Ivoire", "bad \xff byte"} {
		var got, want bytes.Buffer
		writeString(&got, s)
		graphql.MarshalString(s).MarshalGQL(&want)
		if got.String() != want.String() {
			t.Errorf("writeString(%q) = %s, gqlgen writes %s", s, got.String(), want.String())
		}
	}
	for _, n := range []int{0, 7, -3, 99, 100, 123456789} {
		var got, want bytes.Buffer
		writeInt(&got, n)
		graphql.MarshalInt(n).MarshalGQL(&want)
		if got.String() != want.String() {
			t.Errorf("writeInt(%d) = %s, gqlgen writes %s", n, got.String(), want.String())
		}
	}
}

func TestPlainKeysWriteWhatAFieldSetWrites(t *testing.T) {
	field := func(alias string) graphql.CollectedField {
		return graphql.CollectedField{Field: &ast.Field{Alias: alias, Name: alias}}
	}
	values := map[string]graphql.Marshaler{"id": graphql.MarshalString("actor:kenya"), "degree": graphql.MarshalInt(4)}
	for _, tc := range []struct {
		name   string
		fields []graphql.CollectedField
	}{
		{"no fields", nil},
		{"one field", []graphql.CollectedField{field("id")}},
		{"two fields", []graphql.CollectedField{field("id"), field("degree")}},
		{"an alias asked twice is written once", []graphql.CollectedField{field("id"), field("degree"), field("id")}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			set := graphql.NewFieldSet(tc.fields)
			for i, f := range tc.fields {
				set.Values[i] = values[f.Alias]
			}
			var got, want bytes.Buffer
			writeRaw(&got, "{")
			for i, f := range tc.fields {
				if plainKey(&got, tc.fields, i) {
					values[f.Alias].MarshalGQL(&got)
				}
			}
			writeRaw(&got, "}")
			set.MarshalGQL(&want)
			if got.String() != want.String() {
				t.Errorf("plain keys wrote %s, a field set writes %s", got.String(), want.String())
			}
		})
	}
}
