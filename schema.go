// Package diplograph carries the API's contract, schema.graphqls, into the
// binary so the server can publish the SDL it was generated from.
package diplograph

import _ "embed"

// Schema is the GraphQL SDL of the API.
//
//go:embed schema.graphqls
var Schema string
