// Package uiqueries holds the GraphQL the explorer sends, as
// ui/src/api/graphql.ts writes it, fragment for fragment, with the limits it
// sends them with: the benchmarks time what a browser sends, and the
// package's test holds the two to the same text.
package uiqueries

const (
	drawNode = `fragment DrawNode on Entity {
  id kind subtype name aliases degree
  centrality { pageRank community }
  documents { id }
}`
	drawEdge    = `fragment DrawEdge on Relation { id type confidence from until source { id } target { id } }`
	subgraphSel = `truncated nodes { ...DrawNode } edges { ...DrawEdge }`

	// Overview is the explorer's first view.
	Overview = `query Overview($limit: Int!) { subgraph(limit: $limit) { ` + subgraphSel + ` } } ` + drawNode + ` ` + drawEdge
	// Neighbourhood is what the explorer sends when a node is focused.
	Neighbourhood = `query Neighbourhood($id: ID!, $depth: Int!, $limit: Int!) {
    neighbourhood(id: $id, depth: $depth, limit: $limit) { ` + subgraphSel + ` } } ` + drawNode + ` ` + drawEdge
	// Search is the search box's query.
	Search = `query Search($text: String!, $first: Int!) {
    search(text: $text, first: $first) { score entity { id name kind subtype aliases } } }`

	// The explorer's limits (ui/src/app/session.ts) and the search box's
	// number of suggestions (ui/src/ui/combobox.ts).
	OverviewLimit = 5000
	FocusLimit    = 2000
	SearchFirst   = 8
)
