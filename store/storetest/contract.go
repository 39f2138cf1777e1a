// Package storetest is the conformance suite that every store
// implementation passes: the embedded store and the real Neo4j alike.
package storetest

import "github.com/diplograph/diplograph/store"

// Store is the contract the suite checks; its semantics are documented on
// store.Store.
type Store = store.Store
