package api

import (
	"embed"
	"io/fs"
	"net/http"
)

//go:embed explorer
var explorerFS embed.FS

// explorer serves the explorer page: static files that call the API from the browser,
// so nothing needs building. "/" is explorer/index.html.
func (s *Server) explorer(w http.ResponseWriter, r *http.Request) {
	sub, _ := fs.Sub(explorerFS, "explorer")
	name := r.URL.Path
	if name == "/" {
		name = "/index.html"
	} else {
		name = name[len("/explorer"):]
	}
	w.Header().Set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	http.ServeFileFS(w, r, sub, name)
}
