// Package uiqueries holds the GraphQL the explorer sends (written in
// ui/src/api/graphql.ts and ui/src/app/session.ts), for the benchmarks that
// drive the API as the explorer does; its test fails when the explorer's
// query changes and these copies do not.
package uiqueries

// drawNode and drawEdge are the explorer's fragments, as it writes them.
const (
	drawNode = `fragment DrawNode on Entity {
  id kind subtype name aliases degree
  centrality { pageRank community }
  documents { id }
}`
	drawEdge = `fragment DrawEdge on Relation { id type confidence from until source { id } target { id } }`
)

// Neighbourhood is the query the explorer sends when a node is focused.
const Neighbourhood = `query Neighbourhood($id: ID!, $depth: Int!, $limit: Int!) {
    neighbourhood(id: $id, depth: $depth, limit: $limit) { truncated nodes { ...DrawNode } edges { ...DrawEdge } } }
` + drawNode + "\n" + drawEdge

// FocusLimit is the limit the explorer sends with Neighbourhood.
const FocusLimit = 2000
