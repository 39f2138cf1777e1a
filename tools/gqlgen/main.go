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
package main

import (
	"fmt"
	"go/format"
	"os"
	"slices"
	"strings"

	"github.com/99designs/gqlgen/api"
	"github.com/99designs/gqlgen/codegen"
	"github.com/99designs/gqlgen/codegen/config"
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
