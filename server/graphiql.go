package server

import (
	"io/fs"
	"net/http"
)

// graphiqlHandler serves GraphiQL from the explorer's build (dist/graphiql.html
// with graphiql.js and graphiql.css beside it): a bundle of the npm packages
// pinned in ui/package-lock.json, so the page needs no network beyond this
// server and loads nothing from a CDN.
func graphiqlHandler(dist fs.FS) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if dist == nil {
			http.Error(w, "GraphiQL was not built: run make ui", http.StatusNotFound)
			return
		}
		sub, err := fs.Sub(dist, "dist")
		if err != nil {
			sub = dist
		}
		if _, err := fs.Stat(sub, "graphiql.html"); err != nil {
			http.Error(w, "GraphiQL was not built: run make ui", http.StatusNotFound)
			return
		}
		w.Header().Set("Cache-Control", "no-cache")
		http.ServeFileFS(w, r, sub, "graphiql.html")
	})
}
