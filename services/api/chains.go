package api

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"slices"
	"strconv"
	"strings"

	"github.com/prometheus/client_golang/prometheus"

	"sharechain/internal/manifest"
)

// Chains serves several deployments (a testnet and an L2, say) that share one
// database, each indexed by its own `sharechain index` under its chain id (DESIGN §6.5).
// Every table carries a chain_id column and every read of a [Server] names its chain, so
// a deployment is one Server; Chains routes to them:
//
//   - /v1/chains/{chainId}/… is the deployment's /v1/… (with one deployment too, so a
//     client can always name the chain);
//   - /v1/… is the only deployment's, or 400 chain_required when there are several;
//   - /chains/{chainId}/… is the deployment's pages: its explorer at /chains/{chainId}/
//     and booking page at /chains/{chainId}/book/, which read /v1/chains/{chainId}/…;
//     with several deployments, the plain pages (/, /explorer/…, /book/…) redirect to
//     the first deployment's;
//   - /readyz is ready when every deployment is; /metrics carries every deployment's
//     series, labelled chain_id when there are several; the rest (/healthz, the
//     OpenAPI document, docs) is the first deployment's.
type Chains struct {
	servers map[uint64]*Server
	ids     []uint64 // in the order given
	reg     *prometheus.Registry
	handler http.Handler
}

// NewChains builds one Server per manifest from cfg (whose Manifest is ignored); chain
// ids must differ.
func NewChains(cfg Config, manifests []*manifest.Manifest) (*Chains, error) {
	if len(manifests) == 0 {
		return nil, errors.New("api: no deployment to serve")
	}
	if cfg.Registry == nil {
		cfg.Registry = prometheus.NewRegistry()
	}
	if len(cfg.AuthSecret) == 0 && len(manifests) > 1 {
		// one secret for all, so New warns once and a nonce works on every chain's routes
		cfg.AuthSecret = make([]byte, 32)
		if _, err := rand.Read(cfg.AuthSecret); err != nil {
			return nil, fmt.Errorf("making a SIWE nonce secret: %w", err)
		}
		if cfg.Logger != nil {
			cfg.Logger.Warn("no AUTH_SECRET: SIWE nonces are keyed by a random secret of this process; " +
				"several serve processes need a shared one, or a nonce one issues fails at another")
		}
	}
	c := &Chains{servers: map[uint64]*Server{}, reg: cfg.Registry}
	for _, m := range manifests {
		if _, dup := c.servers[m.ChainID]; dup {
			return nil, fmt.Errorf("api: two deployments of chain %d", m.ChainID)
		}
		sc := cfg
		sc.Manifest = m
		if len(manifests) > 1 {
			sc.registerer = prometheus.WrapRegistererWith(prometheus.Labels{"chain_id": strconv.FormatUint(m.ChainID, 10)}, cfg.Registry)
			if cfg.Logger != nil {
				sc.Logger = cfg.Logger.With("chain_id", m.ChainID)
			}
		}
		s, err := New(sc)
		if err != nil {
			return nil, err
		}
		c.servers[m.ChainID] = s
		c.ids = append(c.ids, m.ChainID)
	}
	c.handler = http.HandlerFunc(c.route)
	return c, nil
}

// Handler returns the HTTP handler of every deployment.
func (c *Chains) Handler() http.Handler { return c.handler }

// Server returns the deployment of chainID, or nil.
func (c *Chains) Server(chainID uint64) *Server { return c.servers[chainID] }

// Run serves on addr until ctx ends, as [Server.Run].
func (c *Chains) Run(ctx context.Context, addr string) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("listening on %s: %w", addr, err)
	}
	return c.Serve(ctx, ln)
}

// Serve is Run on a listener of the caller's.
func (c *Chains) Serve(ctx context.Context, ln net.Listener) error {
	watchers := make([]*stateWatcher, len(c.ids))
	for i, id := range c.ids {
		watchers[i] = c.servers[id].state
	}
	return serveHTTP(ctx, ln, c.handler, c.servers[c.ids[0]].cfg.Logger, watchers...)
}

const (
	chainsPrefix = "/v1/chains/"
	pagesPrefix  = "/chains/"
)

// pagePrefixKey marks a request for a deployment's pages routed by [Chains] under
// /chains/{chainId}: the pages' redirects stay below it.
type pagePrefixKey struct{}

// pagePrefix is the path below which r's page is served: "" or /chains/{chainId}.
func pagePrefix(r *http.Request) string {
	p, _ := r.Context().Value(pagePrefixKey{}).(string)
	return p
}

// isPage reports whether path is one of a deployment's pages: the explorer or the
// booking page.
func isPage(path string) bool {
	return path == "/" || strings.HasPrefix(path, "/explorer/") || path == "/book" || strings.HasPrefix(path, "/book/")
}

func (c *Chains) route(w http.ResponseWriter, r *http.Request) {
	path := r.URL.Path
	switch {
	case strings.HasPrefix(path, chainsPrefix):
		raw, rest, _ := strings.Cut(path[len(chainsPrefix):], "/")
		id, err := strconv.ParseUint(raw, 10, 64)
		if err != nil {
			writeProblem(w, newProblem(http.StatusBadRequest, fmt.Sprintf("invalid parameters: chainId: %q is not a chain id", raw),
				invalidParam{"chainId", "a chain id is a decimal integer"}))
			return
		}
		s := c.servers[id]
		if s == nil {
			writeProblem(w, newProblem(http.StatusNotFound, fmt.Sprintf("no deployment of chain %d here; chains served: %s", id, c.list())))
			return
		}
		r2 := r.Clone(r.Context())
		r2.URL.Path = "/v1/" + rest
		r2.URL.RawPath = ""
		s.Handler().ServeHTTP(w, r2)
	case strings.HasPrefix(path, pagesPrefix):
		raw, rest, slash := strings.Cut(path[len(pagesPrefix):], "/")
		id, err := strconv.ParseUint(raw, 10, 64)
		s := c.servers[id]
		if !slash && err == nil && s != nil {
			// the pages' links are relative to /chains/{chainId}/
			http.Redirect(w, r, path+"/", http.StatusMovedPermanently)
			return
		}
		if err != nil || s == nil || !isPage("/"+rest) {
			writeProblem(w, newProblem(http.StatusNotFound, fmt.Sprintf("no page %s here; chains served: %s", path, c.list())))
			return
		}
		prefix := pagesPrefix + raw
		r2 := r.Clone(context.WithValue(r.Context(), pagePrefixKey{}, prefix))
		r2.URL.Path = "/" + rest
		r2.URL.RawPath = ""
		s.Handler().ServeHTTP(w, r2)
	case len(c.ids) > 1 && isPage(path):
		to := pagesPrefix + strconv.FormatUint(c.ids[0], 10) + path
		if r.URL.RawQuery != "" {
			to += "?" + r.URL.RawQuery
		}
		http.Redirect(w, r, to, http.StatusFound)
	case len(c.ids) > 1 && (path == "/v1" || strings.HasPrefix(path, "/v1/")):
		p := newProblem(http.StatusBadRequest, fmt.Sprintf("this API serves several deployments (chains %s): name one, as /v1/chains/{chainId}%s",
			c.list(), strings.TrimPrefix(path, "/v1")))
		p.Type = "chain_required"
		writeProblem(w, p)
	case path == "/readyz" && len(c.ids) > 1:
		c.readyz(w, r)
	default:
		c.servers[c.ids[0]].Handler().ServeHTTP(w, r)
	}
}

// readyz answers each deployment's /readyz in turn: the first that is not ready
// answers, else the last.
func (c *Chains) readyz(w http.ResponseWriter, r *http.Request) {
	var last *httptest.ResponseRecorder
	for _, id := range c.ids {
		last = httptest.NewRecorder()
		c.servers[id].Handler().ServeHTTP(last, r)
		if last.Code != http.StatusOK {
			break
		}
	}
	for k, v := range last.Header() {
		w.Header()[k] = v
	}
	w.WriteHeader(last.Code)
	w.Write(last.Body.Bytes()) //nolint:errcheck // the client went away
}

func (c *Chains) list() string {
	ids := slices.Clone(c.ids)
	slices.Sort(ids)
	s := make([]string, len(ids))
	for i, id := range ids {
		s[i] = strconv.FormatUint(id, 10)
	}
	return strings.Join(s, ", ")
}
