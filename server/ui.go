package server

import (
	"io/fs"
	"net/http"
	"path"
	"strings"
)

// uiHandler serves the built explorer. Paths without a file ("/", "/embed")
// get index.html, which reads the path and the query to set its view.
func uiHandler(dist fs.FS) http.Handler {
	sub, err := fs.Sub(dist, "dist")
	if err != nil {
		sub = dist
	}
	files := http.FileServerFS(sub)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			w.Header().Set("Allow", "GET, HEAD")
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		name := strings.TrimPrefix(path.Clean(r.URL.Path), "/")
		if name == "" || name == "embed" {
			if _, err := fs.Stat(sub, "index.html"); err != nil {
				http.Error(w, "the explorer was not built: run make ui", http.StatusNotFound)
				return
			}
			http.ServeFileFS(w, r, sub, "index.html")
			return
		}
		files.ServeHTTP(w, r)
	})
}
