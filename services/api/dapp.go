package api

import (
	"embed"
	"encoding/json"
	"io/fs"
	"net/http"
	"strings"
)

// dappFS holds the booking dApp: the page, its stylesheet and its module, which
// services/api/dapp/build.mjs bundles with viem at build time (`make dapp`). The
// sources under dapp/src are not served.
//
//go:embed dapp/index.html dapp/style.css dapp/booking.js
var dappFS embed.FS

// dappConfig is /book/config.json: what the page cannot learn from the API.
type dappConfig struct {
	// Platform is the address rent names as the renter's platform (DAPP_PLATFORM);
	// null for none.
	Platform *string `json:"platform"`
}

// dapp serves the reference booking dApp under /book/: the page at /book/, its files,
// and /book/config.json with the platform it books through. Like the explorer, it
// loads nothing but its own origin (the CSP says so), and talks to the chain only
// through the user's wallet.
func (s *Server) dapp(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path == "/book" {
		// a link's query (?platform=) survives the redirect
		to := pagePrefix(r) + "/book/"
		if r.URL.RawQuery != "" {
			to += "?" + r.URL.RawQuery
		}
		http.Redirect(w, r, to, http.StatusMovedPermanently)
		return
	}
	name := strings.TrimPrefix(r.URL.Path, "/book/")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	switch name {
	case "":
		name = "index.html"
	case "index.html":
		http.Redirect(w, r, pagePrefix(r)+"/book/", http.StatusMovedPermanently)
		return
	case "config.json":
		var cfg dappConfig
		if s.cfg.DappPlatform != nil {
			addr := s.cfg.DappPlatform.Hex()
			cfg.Platform = &addr
		}
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Cache-Control", "no-cache")
		_ = json.NewEncoder(w).Encode(cfg)
		return
	}
	sub, _ := fs.Sub(dappFS, "dapp")
	if st, err := fs.Stat(sub, name); err != nil || st.IsDir() {
		writeProblem(w, newProblem(http.StatusNotFound, "no booking page file "+r.URL.Path))
		return
	}
	// the module runs viem, which needs neither eval nor inline scripts
	w.Header().Set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self'; base-uri 'none'; form-action 'none'")
	http.ServeFileFS(w, r, sub, name)
}
