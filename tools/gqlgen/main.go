// Command gqlgen is `gqlgen generate` (make generate) with one plugin: the
// fields of the types listed in inline resolve in the goroutine marshalling
// their object, one after the other, instead of one goroutine per field per
// object. A subgraph lists thousands of entities, and each goroutine (with
// the stack it grows) cost more than the field it ran, which reads a
// request's memo (centrality, documents) or the store without waiting.
package main

import (
	"fmt"
	"os"
	"slices"

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

func main() {
	cfg, err := config.LoadConfigFromDefaultLocations()
	if err == nil {
		err = api.Generate(cfg, api.AddPlugin(inlineFields{}))
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "gqlgen: %v\n", err)
		os.Exit(1)
	}
}
