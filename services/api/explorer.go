package api

import (
	"embed"
	"io/fs"
	"net/http"
	"strings"
)

//go:embed explorer
var explorerFS embed.FS

// explorer serves the explorer page: static files that call the API from the browser,
// so nothing needs building. "/" is explorer/index.html; the other files are under
// /explorer/, and a folder or a missing file is a 404 problem, not a listing.
func (s *Server) explorer(w http.ResponseWriter, r *http.Request) {
	sub, _ := fs.Sub(explorerFS, "explorer")
	name := "index.html"
	if r.URL.Path != "/" {
		name = strings.TrimPrefix(r.URL.Path, "/explorer/")
		if name == "index.html" {
			http.Redirect(w, r, pagePrefix(r)+"/", http.StatusMovedPermanently)
			return
		}
		if st, err := fs.Stat(sub, name); err != nil || st.IsDir() {
			writeProblem(w, newProblem(http.StatusNotFound, "no explorer file "+r.URL.Path))
			return
		}
	}
	w.Header().Set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	http.ServeFileFS(w, r, sub, name)
}
