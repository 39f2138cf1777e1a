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

// fieldFunction is the shape of gqlgen's function for a field that reads
// its value off the object.
func fieldFunction(field, value, marshal string) string {
	return `func (ec *executionContext) _Actor_` + field + `(ctx context.Context, field graphql.CollectedField, obj *model.Actor) (ret graphql.Marshaler) {
	return graphql.ResolveField(
		ctx,
		ec.OperationContext,
		field,
		ec.fieldContext_Actor_` + field + `,
		func(ctx context.Context) (any, error) {
			return ` + value + `, nil
		},
		nil,
		ec.` + marshal + `,
		true,
		true,
	)
}
`
}

const marshallers = `
func (ec *executionContext) marshalNString2string(ctx context.Context, sel ast.SelectionSet, v string) graphql.Marshaler {
	return graphql.MarshalString(v)
}

func (ec *executionContext) marshalNKind2Kind(ctx context.Context, sel ast.SelectionSet, v model.Kind) graphql.Marshaler {
	return v
}

func (ec *executionContext) marshalNString2ᚕstringᚄ(ctx context.Context, sel ast.SelectionSet, v []string) graphql.Marshaler {
	ret := make(graphql.Array, len(v))
	for i := range v {
		ret[i] = ec.marshalNString2string(ctx, sel, v[i])
	}
	return ret
}

func (ec *executionContext) marshalNKind2ᚕKindᚄ(ctx context.Context, sel ast.SelectionSet, v []model.Kind) graphql.Marshaler {
	ret := marshalSliceInOrder(ctx, len(v), func(ctx context.Context, i int) graphql.Marshaler {
		return ec.marshalNKind2Kind(ctx, sel, v[i])
	})
	return ret
}
`

func TestResolveFieldsInLine(t *testing.T) {
	in := "package generated\n\n" +
		fieldFunction("name", "obj.Name()", "marshalNString2string") +
		fieldFunction("aliases", "obj.Aliases()", "marshalNString2ᚕstringᚄ") +
		fieldFunction("kind", "obj.Kind", "marshalNKind2Kind") +
		fieldFunction("kinds", "obj.Kinds()", "marshalNKind2ᚕKindᚄ") +
		fieldFunction("weight", "obj.Weight()", "marshalNFloat2float64") +
		fieldFunction("source", "obj.Source()", "marshalNEntity2Entity") +
		marshallers
	path := filepath.Join(t.TempDir(), "generated.go")
	if err := os.WriteFile(path, []byte(in), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := resolveFieldsInLine(path, []string{"String", "Kind"}); err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(path)
	out := string(data)
	for _, tc := range []struct {
		name, field string
		inLine      bool
	}{
		{"a string read off the object is marshalled in line", "name", true},
		{"a list of strings whose marshaller makes no contexts is marshalled in line", "aliases", true},
		{"an enum in a struct field is marshalled in line", "kind", true},
		{"a list whose marshaller gives each element a context keeps its field context", "kinds", false},
		{"a float, whose NaN is an error at the field's path, keeps its field context for it", "weight", false},
		{"an object keeps its field context", "source", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			start := strings.Index(out, "_Actor_"+tc.field+"(")
			body := out[start:]
			body = body[:strings.Index(body, "\n}\n")]
			if got := !strings.Contains(body, "graphql.ResolveField("); got != tc.inLine {
				t.Errorf("in line = %v, want %v:\n%s", got, tc.inLine, body)
			}
		})
	}
	t.Run("a finite float is marshalled in line before its field context is made", func(t *testing.T) {
		start := strings.Index(out, "_Actor_weight(")
		body := out[start:]
		fast := strings.Index(body, "if v := obj.Weight(); finite(v) {\n\t\treturn finiteFloat(v)\n\t}")
		if fast < 0 || fast > strings.Index(body, "graphql.ResolveField(") {
			t.Errorf("no finite fast path before the field context:\n%s", body[:strings.Index(body, "\n}\n")])
		}
	})
	t.Run("a file without such fields is refused", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "generated.go")
		if err := os.WriteFile(path, []byte("package generated\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := resolveFieldsInLine(path, []string{"String"}); err == nil {
			t.Fatal("rewrote a file without field functions")
		}
	})
}

// objectFunction is the start of gqlgen's marshaller of an object type.
func objectFunction(typ string) string {
	return `func (ec *executionContext) _` + typ + `(ctx context.Context, sel ast.SelectionSet, obj *model.` + typ + `) graphql.Marshaler {
	fields := graphql.CollectFields(ec.OperationContext, sel, ` + strings.ToLower(typ) + `Implementors)

	out := graphql.NewFieldSet(fields)
	return out
}
`
}

// inLineFunction is a field function as resolveFieldsInLine leaves it.
func inLineFunction(typ, field, marshal, value string) string {
	return `func (ec *executionContext) _` + typ + `_` + field + `(ctx context.Context, field graphql.CollectedField, obj *model.` + typ + `) (ret graphql.Marshaler) {
	return ec.` + marshal + `(ctx, field.Selections, ` + value + `)
}
`
}

func TestMarshalPlainObjects(t *testing.T) {
	in := "package generated\n\n" +
		objectFunction("Actor") + objectFunction("Stance") +
		inLineFunction("Actor", "id", "marshalNID2string", "obj.ID()") +
		inLineFunction("Actor", "degree", "marshalNInt2int", "obj.Degree()") +
		inLineFunction("Actor", "kind", "marshalNKind2Kind", "obj.Kind()") +
		inLineFunction("Actor", "isoCode", "marshalOString2ᚖstring", "obj.IsoCode()") +
		inLineFunction("Actor", "weights", "marshalNFloat2ᚕfloat64ᚄ", "obj.Weights()") +
		`
func (ec *executionContext) marshalNKind2Kind(ctx context.Context, sel ast.SelectionSet, v model.Kind) graphql.Marshaler {
	return v
}

func (ec *executionContext) marshalNID2string(ctx context.Context, sel ast.SelectionSet, v string) graphql.Marshaler {
	res := graphql.MarshalID(v)
	if res == graphql.Null {
		graphql.AddErrorf(ctx, "the requested element is null which the schema does not allow")
	}
	return res
}

func (ec *executionContext) marshalNInt2int(ctx context.Context, sel ast.SelectionSet, v int) graphql.Marshaler {
	res := graphql.MarshalInt(v)
	if res == graphql.Null {
		graphql.AddErrorf(ctx, "the requested element is null which the schema does not allow")
	}
	return res
}

func (ec *executionContext) marshalNFloat2ᚕfloat64ᚄ(ctx context.Context, sel ast.SelectionSet, v []float64) graphql.Marshaler {
	if v == nil {
		return graphql.Null
	}
	return nil
}
`
	path := filepath.Join(t.TempDir(), "generated.go")
	if err := os.WriteFile(path, []byte(in), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := marshalPlainObjects(path); err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(path)
	out := string(data)
	plain := out[strings.Index(out, "func (ec *executionContext) plainActor("):]
	for _, tc := range []struct{ name, want string }{
		{"an object with plain fields tries the plain way first",
			"fields := graphql.CollectFields(ec.OperationContext, sel, actorImplementors)\n\tif m := ec.plainActor(ctx, fields, obj); m != nil {\n\t\treturn m\n\t}"},
		{"an ID is written straight off the object", "case \"id\":\n\t\t\t\twriteString(w, obj.ID())"},
		{"an int is written straight off the object", "case \"degree\":\n\t\t\t\twriteInt(w, obj.Degree())"},
		{"an enum is written as its name", "case \"kind\":\n\t\t\t\twriteString(w, string(obj.Kind()))"},
		{"a nullable field is written by its own function", "case \"isoCode\":\n\t\t\t\tec._Actor_isoCode(ctx, f, obj).MarshalGQL(w)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if !strings.Contains(out, tc.want) {
				t.Errorf("the rewritten file lacks %q:\n%s", tc.want, plain)
			}
		})
	}
	t.Run("a field whose marshaller may give a null in place of a value is not plain", func(t *testing.T) {
		if strings.Contains(plain, "weights") {
			t.Errorf("weights taken as plain:\n%s", plain)
		}
	})
	t.Run("an object without plain fields keeps its field set alone", func(t *testing.T) {
		if strings.Contains(out, "plainStance") {
			t.Error("Stance, without plain fields, got a plain way")
		}
	})
	t.Run("a file without such objects is refused", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "generated.go")
		if err := os.WriteFile(path, []byte("package generated\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := marshalPlainObjects(path); err == nil {
			t.Fatal("rewrote a file without object marshallers")
		}
	})
}
