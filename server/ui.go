package server

import (
	"bytes"
	"io/fs"
	"net/http"
	"path"
	"strings"
)

// uiHandler serves the built explorer. Paths without a file ("/", "/embed")
// get index.html, which reads the path and the query to set its view; so
// does /lens/ID, which opens a saved lens (see lensPage).
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
		if rest, ok := strings.CutPrefix(name, "lens/"); ok && rest != "" && !strings.Contains(rest, "/") {
			lensPage(w, r, sub)
			return
		}
		files.ServeHTTP(w, r)
	})
}

// lensPage serves index.html for /lens/ID one level down from where the
// explorer lives: a base element points its relative asset and API
// addresses back up, so the page works under any prefix a proxy adds. The
// explorer reads the lens's ID from the path; an unknown one is its to
// report, as the API answers null for it.
func lensPage(w http.ResponseWriter, r *http.Request, dist fs.FS) {
	page, err := fs.ReadFile(dist, "index.html")
	if err != nil {
		http.Error(w, "the explorer was not built: run make ui", http.StatusNotFound)
		return
	}
	page = bytes.Replace(page, []byte("<head>"), []byte(`<head>`+"\n"+`<base href="../">`), 1)
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-cache")
	if r.Method == http.MethodHead {
		return
	}
	w.Write(page)
}
