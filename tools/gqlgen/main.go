// Command gqlgen is `gqlgen generate` (make generate) that marshals in line
// what resolves without waiting. A subgraph lists thousands of entities, and
// the goroutine gqlgen starts per list element and per resolver field (with
// the stack it grows) cost more than the field it ran, which reads a
// request's memo (centrality, documents) or the store without waiting.
//
//   - A plugin turns off the per-field goroutines of the types in inline.
//   - gqlgen's exec template has no option for lists, so its output is
//     rewritten: lists marshal with marshalSliceInOrder (graph/generated),
//     except lists of the types in concurrentLists, whose fields wait on a
//     batch loader and need their elements resolved together.
//   - A field that only reads a scalar or an enum off its object is
//     marshalled straight from the object (see resolveFieldsInLine), and an
//     object whose selected fields are all such is written in one go
//     (see marshalPlainObjects).
package main

import (
	"fmt"
	"go/format"
	"os"
	"regexp"
	"slices"
	"strings"

	"github.com/99designs/gqlgen/api"
	"github.com/99designs/gqlgen/codegen"
	"github.com/99designs/gqlgen/codegen/config"
	"github.com/vektah/gqlparser/v2/ast"
)

// inline are the object types whose fields resolve in line. Their resolvers
// must not wait on a batch loader: resolved one after the other, each would
// wait its batch's delay alone.
var inline = []string{"Actor", "Forum", "Treaty", "Issue", "Relation", "Evidence", "Document"}

type inlineFields struct{}

func (inlineFields) Name() string { return "inline-fields" }

func (inlineFields) GenerateCode(data *codegen.Data) error {
	found := 0
	for _, o := range data.Objects {
		if slices.Contains(inline, o.Name) {
			o.DisableConcurrency = true
			found++
		}
	}
	if found != len(inline) {
		return fmt.Errorf("inline fields: %d of the types %v are in the schema", found, inline)
	}
	return nil
}

// concurrentLists are the element types whose lists keep gqlgen's
// concurrent marshalling.
var concurrentLists = []string{"Mention"}

const (
	concurrentCall = "graphql.MarshalSliceConcurrently(ctx, len(v), "
	inOrderCall    = "marshalSliceInOrder(ctx, len(v), "
)

func main() {
	cfg, err := config.LoadConfigFromDefaultLocations()
	if err == nil {
		err = api.Generate(cfg, api.AddPlugin(inlineFields{}))
	}
	if err == nil {
		err = marshalListsInOrder(cfg.Exec.Filename)
	}
	if err == nil {
		err = resolveFieldsInLine(cfg.Exec.Filename, plainTypes(cfg.Schema))
	}
	if err == nil {
		err = marshalPlainObjects(cfg.Exec.Filename)
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "gqlgen: %v\n", err)
		os.Exit(1)
	}
}

// marshalListsInOrder rewrites each list marshaller of the generated file,
// but those of concurrentLists, to call marshalSliceInOrder; it fails when
// gqlgen's output no longer has the shape it expects.
func marshalListsInOrder(path string) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("lists in order: %w", err)
	}
	lines := strings.Split(string(data), "\n")
	signature, rewritten := "", 0
	for i, line := range lines {
		if strings.HasPrefix(line, "func ") {
			signature = line
		}
		at := strings.Index(line, concurrentCall)
		if at < 0 || keepsConcurrency(signature) {
			continue
		}
		// The call goes on with the worker limit and the panic flag, which
		// marshalSliceInOrder does not need: it has no workers and always
		// recovers.
		rest := line[at+len(concurrentCall):]
		const closure = "func(ctx context.Context, i int) graphql.Marshaler {"
		j := strings.Index(rest, closure)
		if j < 0 {
			return fmt.Errorf("lists in order: %s:%d: unexpected call %q", path, i+1, strings.TrimSpace(line))
		}
		lines[i] = line[:at] + inOrderCall + rest[j:]
		rewritten++
	}
	if rewritten == 0 {
		return fmt.Errorf("lists in order: no %q in %s", concurrentCall, path)
	}
	out, err := format.Source([]byte(strings.Join(lines, "\n")))
	if err != nil {
		return fmt.Errorf("lists in order: %w", err)
	}
	return os.WriteFile(path, out, 0o644)
}

func keepsConcurrency(signature string) bool {
	for _, t := range concurrentLists {
		if strings.Contains(signature, "v []model."+t+")") || strings.Contains(signature, "v []*model."+t+")") {
			return true
		}
	}
	return false
}

// plainTypes are the GraphQL types whose marshallers need nothing of the
// field's context: the scalars that cannot fail to marshal, and the enums.
// Float is not among them: a NaN is an error, reported at the field's path.
func plainTypes(schema *ast.Schema) []string {
	types := []string{"String", "ID", "Int", "Boolean", "Date"}
	for name, def := range schema.Types {
		if def.Kind == ast.Enum {
			types = append(types, name)
		}
	}
	return types
}

// finiteFloatMarshaller is gqlgen's marshaller of a non-null Float: its
// fields take the in-line way for finite values only (see
// resolveFieldsInLine).
const finiteFloatMarshaller = "marshalNFloat2float64"

// fieldFunc is gqlgen's function for a field of an object, when the field
// only reads its value off the object (a struct field or a method without
// arguments) and no middleware applies to it.
var fieldFunc = regexp.MustCompile(`(?m)^(func \(ec \*executionContext\) _\w+\(ctx context\.Context, field graphql\.CollectedField, obj \*model\.\w+\) \(ret graphql\.Marshaler\) \{\n)` +
	`\treturn graphql\.ResolveField\(\n\t\tctx,\n\t\tec\.OperationContext,\n\t\tfield,\n\t\tec\.fieldContext_\w+,\n` +
	`\t\tfunc\(ctx context\.Context\) \(any, error\) \{\n\t\t\treturn (obj\.\w+(?:\(\))?), nil\n\t\t\},\n` +
	`\t\tnil,\n\t\tec\.(marshal[NO](\w+?)2\S+),\n\t\ttrue,\n\t\t(?:true|false),\n\t\)\n\}`)

// resolveFieldsInLine rewrites the function of each field that reads a
// value of one of types off its object to marshal the value directly.
// graphql.ResolveField, which it skips, builds a field context, a context
// value, closures and a boxed result for every field of every element (most
// of the CPU of a subgraph: the explorer's neighbourhood query has some
// 2,000 such fields) for what these fields do not use: they cannot fail or
// panic, their marshallers do not read the field's context (checked below:
// a list's marshaller must not make element contexts), and the server adds
// no field middleware (see server.newGraphQL). It fails
// when no function has the shape it expects.
func resolveFieldsInLine(path string, types []string) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("fields in line: %w", err)
	}
	src := string(data)
	rewritten := 0
	out := fieldFunc.ReplaceAllStringFunc(src, func(fn string) string {
		m := fieldFunc.FindStringSubmatch(fn)
		head, value, marshal, typ := m[1], m[2], m[3], m[4]
		if marshal == finiteFloatMarshaller {
			// A finite value marshals straight off the object; a NaN or an
			// infinity takes gqlgen's way, which reports it at the field.
			rewritten++
			return head + "\tif v := " + value + "; finite(v) {\n\t\treturn finiteFloat(v)\n\t}\n" +
				strings.TrimPrefix(fn, head)
		}
		if !slices.Contains(types, typ) || !plainMarshaller(src, marshal) {
			return fn
		}
		rewritten++
		return head + "\treturn ec." + marshal + "(ctx, field.Selections, " + value + ")\n}"
	})
	if rewritten == 0 {
		return fmt.Errorf("fields in line: no field function of the expected shape in %s", path)
	}
	formatted, err := format.Source([]byte(out))
	if err != nil {
		return fmt.Errorf("fields in line: %w", err)
	}
	return os.WriteFile(path, formatted, 0o644)
}

// plainMarshaller reports whether the marshaller named marshal, in the
// generated source src, marshals without contexts of its own: a list's
// marshaller that gives each element one reports the element's errors at a
// path the skipped field context would have begun.
func plainMarshaller(src, marshal string) bool {
	start := strings.Index(src, "func (ec *executionContext) "+marshal+"(")
	if start < 0 {
		return false
	}
	body := src[start:]
	body = body[:strings.Index(body, "\n}\n")+1]
	return !strings.Contains(body, "FieldContext{") && !strings.Contains(body, "marshalSlice") &&
		!strings.Contains(body, "MarshalSliceConcurrently")
}

// inLineField is a field function resolveFieldsInLine has rewritten:
// _Type_field marshals the value it reads off the object with marshal.
var inLineField = regexp.MustCompile(`(?m)^func \(ec \*executionContext\) _(\w+?)_(\w+)\(ctx context\.Context, field graphql\.CollectedField, obj \*model\.\w+\) \(ret graphql\.Marshaler\) \{\n` +
	`\treturn ec\.(marshal[^\s(]+)\(ctx, field\.Selections, ([^\n]+)\)\n\}`)

// objectFunc is the start of gqlgen's marshaller of an object type.
var objectFunc = regexp.MustCompile(`(?m)^func \(ec \*executionContext\) _(\w+)\(ctx context\.Context, sel ast\.SelectionSet, obj \*(model\.\w+)\) graphql\.Marshaler \{\n` +
	`\tfields := graphql\.CollectFields\(ec\.OperationContext, sel, \w+Implementors\)\n`)

// marshalPlainObjects gives each object type with plain fields a way
// around gqlgen's field set: when every field a selection asks for is
// plain, one writer writes the object (with plainKey, graph/generated). A plain field is
// an in-line field whose marshaller never gives a null in place of a value
// the schema requires (which would null the object, and a writer cannot
// take back what it wrote). The neighbourhood of an entity is hundreds of
// objects of a few such fields each ({ id name kind }, source { id }), and
// the field set cost more than the fields.
func marshalPlainObjects(path string) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("plain objects: %w", err)
	}
	src := string(data)
	type plainField struct{ name, write string }
	plain := map[string][]plainField{} // type -> its plain fields
	for _, m := range inLineField.FindAllStringSubmatch(src, -1) {
		typ, name, marshal, value := m[1], m[2], m[3], m[4]
		if neverNull(src, marshal) {
			plain[typ] = append(plain[typ], plainField{name, plainWrite(src, typ, name, marshal, value)})
		}
	}
	var added strings.Builder
	rewritten := 0
	out := objectFunc.ReplaceAllStringFunc(src, func(fn string) string {
		m := objectFunc.FindStringSubmatch(fn)
		typ, model := m[1], m[2]
		fields := plain[typ]
		if len(fields) == 0 {
			return fn
		}
		rewritten++
		fmt.Fprintf(&added, "\nfunc (ec *executionContext) plain%s(ctx context.Context, fields []graphql.CollectedField, obj *%s) graphql.Marshaler {\n", typ, model)
		fmt.Fprintf(&added, "\tfor _, f := range fields {\n\t\tswitch {\n\t\tcase f.Deferrable != nil:\n\t\t\treturn nil\n")
		fmt.Fprintf(&added, "\t\tcase f.Name == \"__typename\"")
		for _, f := range fields {
			fmt.Fprintf(&added, ", f.Name == %q", f.name)
		}
		fmt.Fprintf(&added, ":\n\t\tdefault:\n\t\t\treturn nil\n\t\t}\n\t}\n")
		fmt.Fprintf(&added, "\treturn graphql.WriterFunc(func(w plainWriter) {\n\t\twriteRaw(w, \"{\")\n\t\tfor i, f := range fields {\n\t\t\tif !plainKey(w, fields, i) {\n\t\t\t\tcontinue\n\t\t\t}\n\t\tswitch f.Name {\n")
		fmt.Fprintf(&added, "\t\tcase \"__typename\":\n\t\t\twriteRaw(w, %q)\n", `"`+typ+`"`)
		for _, f := range fields {
			fmt.Fprintf(&added, "\t\tcase %q:\n\t\t\t%s\n", f.name, f.write)
		}
		fmt.Fprintf(&added, "\t\t}\n\t\t}\n\t\twriteRaw(w, \"}\")\n\t})\n}\n")
		return fn + "\tif m := ec.plain" + typ + "(ctx, fields, obj); m != nil {\n\t\treturn m\n\t}\n"
	})
	if rewritten == 0 {
		return fmt.Errorf("plain objects: no object marshaller of the expected shape with plain fields in %s", path)
	}
	formatted, err := format.Source([]byte(out + added.String()))
	if err != nil {
		return fmt.Errorf("plain objects: %w", err)
	}
	return os.WriteFile(path, formatted, 0o644)
}

// neverNull reports whether the marshaller named marshal, in src, never
// gives a null for a value: a nullable type's (a null is its value), or a
// non-null one whose result is one of gqlgen's scalar writers or that has
// no null to give.
func neverNull(src, marshal string) bool {
	if strings.HasPrefix(marshal, "marshalO") {
		return true
	}
	start := strings.Index(src, "func (ec *executionContext) "+marshal+"(")
	if start < 0 {
		return false
	}
	body := src[start:]
	body = body[:strings.Index(body, "\n}\n")+1]
	for _, writer := range []string{"graphql.MarshalString(v)", "graphql.MarshalID(v)", "graphql.MarshalInt(v)", "graphql.MarshalBoolean(v)"} {
		if strings.Contains(body, "res := "+writer+"\n") {
			return true
		}
	}
	return !strings.Contains(body, "graphql.Null")
}

// plainWrite is the statement that writes a plain field's value: strings,
// IDs, ints and enums straight to the writer (graph/generated/plain.go
// writes them as gqlgen's marshallers do), any other through the field's
// own function.
func plainWrite(src, typ, name, marshal, value string) string {
	switch {
	case marshal == "marshalNString2string" || marshal == "marshalNID2string":
		return "writeString(w, " + value + ")"
	case marshal == "marshalNInt2int":
		return "writeInt(w, " + value + ")"
	case enumMarshaller(src, marshal):
		// A generated enum writes strconv.Quote of its name, a GraphQL
		// name: the same bytes writeString writes.
		return "writeString(w, string(" + value + "))"
	}
	return "ec._" + typ + "_" + name + "(ctx, f, obj).MarshalGQL(w)"
}

// enumMarshaller reports whether marshal, in src, is a non-null enum's
// marshaller: the value is its own marshaller.
func enumMarshaller(src, marshal string) bool {
	start := strings.Index(src, "func (ec *executionContext) "+marshal+"(")
	if start < 0 || !strings.HasPrefix(marshal, "marshalN") {
		return false
	}
	body := src[start:]
	body = body[strings.Index(body, "{\n")+2:]
	return strings.HasPrefix(body, "\treturn v\n}")
}
