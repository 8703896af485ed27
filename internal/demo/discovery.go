package demo

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"sharechain/indexer/metadata"
	"sharechain/internal/devnet"
	"sharechain/services/api"
)

// forgedPileDoc is what the charging pile's owner serves under the pile's CID: the
// registered document with the power changed. Its sha256 is not the pile's contentHash,
// so the metadata worker refuses it and the pile stays out of searches by place.
var forgedPileDoc = strings.Replace(devnet.ChargingPileDoc, `"power_kw":22`, `"power_kw":50`, 1)

// startDiscovery serves the scenario's metadata documents as a local IPFS gateway
// (/ipfs/<cid>) and runs the indexer's metadata worker against it, as `sharechain index`
// does with METADATA_IPFS_GATEWAY and METADATA_ALLOW_PRIVATE=1 (the gateway is on
// 127.0.0.1, which the fetcher otherwise refuses).
func (d *demo) startDiscovery(ctx context.Context) error {
	docs := devnet.Documents()
	docs[devnet.CID(devnet.ChargingPileDoc)] = forgedPileDoc
	mux := http.NewServeMux()
	mux.HandleFunc("GET /ipfs/{cid}", func(w http.ResponseWriter, r *http.Request) {
		doc, ok := docs[r.PathValue("cid")]
		if !ok {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write([]byte(doc))
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second}
	go func() { _ = srv.Serve(ln) }()
	d.stops = append(d.stops, func() { _ = srv.Close() })
	d.gateway = "http://" + ln.Addr().String()

	fetcher, err := metadata.NewFetcher(metadata.FetcherConfig{AllowPrivate: true, IPFSGateway: d.gateway})
	if err != nil {
		return err
	}
	worker, err := metadata.NewWorker(d.pool, metadata.Config{ChainID: d.manifest.ChainID, Fetcher: fetcher, Logger: d.logger,
		Metrics: metadata.NewMetrics(prometheus.NewRegistry()), Interval: 500 * time.Millisecond})
	if err != nil {
		return err
	}
	ctx, cancel := context.WithCancel(context.WithoutCancel(ctx))
	done := make(chan struct{})
	go func() {
		defer close(done)
		if err := worker.Run(ctx); err != nil && ctx.Err() == nil {
			d.logger.Error("metadata worker stopped", "err", err)
		}
	}()
	d.stops = append(d.stops, func() { cancel(); <-done })
	return nil
}

// discoveryChecks: the documents were checked against their hashes, and a dApp's search
// "bicycles free tomorrow within 2 km" answers through REST.
func (d *demo) discoveryChecks(ctx context.Context) []demoCheck {
	sc := d.scenario
	// the bicycle's document is matched within the 60 s INTERFACE.md allows
	waitKind := func(listing string) (api.Listing, error) {
		deadline := time.Now().Add(60 * time.Second)
		for {
			var l api.Listing
			if err := d.get(ctx, "/v1/listings/"+listing, &l); err != nil {
				return l, err
			}
			if l.Kind != nil || time.Now().After(deadline) {
				return l, nil
			}
			time.Sleep(250 * time.Millisecond)
		}
	}
	return []demoCheck{
		{"metadata documents fetched and matched by sha256; the pile's, served with other bytes, refused", func() error {
			bike, err := waitKind(sc.Listings.Bicycle.String())
			if err != nil {
				return err
			}
			if bike.Kind == nil || *bike.Kind != "bicycle" || bike.Title == nil || bike.Location.V == nil {
				return fmt.Errorf("the bicycle's listing: kind %v, title %v, location %v", bike.Kind, bike.Title, bike.Location.V)
			}
			var pile api.Listing
			if err := d.get(ctx, "/v1/listings/"+sc.Listings.ChargingPileRelist.String(), &pile); err != nil {
				return err
			}
			if pile.Kind != nil || pile.Location.V != nil {
				return fmt.Errorf("the charging pile's forged document was accepted: kind %v, location %v", pile.Kind, pile.Location.V)
			}
			return nil
		}},
		{"a search for bicycles free tomorrow within 2 km, nearest first", func() error {
			now, err := d.suite.LatestTime(ctx)
			if err != nil {
				return err
			}
			from := now + 24*3600
			path := fmt.Sprintf("/v1/listings?kind=bicycle&near=45.7640,4.8357&radius_m=2000&available_from=%d&available_to=%d",
				from, from+3*3600)
			var p api.Page[api.Listing]
			if err := d.get(ctx, path, &p); err != nil {
				return err
			}
			found := false
			last := int64(-1)
			for _, l := range p.Items {
				if l.Kind == nil || *l.Kind != "bicycle" || l.DistanceM == nil || *l.DistanceM > 2000 || *l.DistanceM < last {
					return fmt.Errorf("listing %s: kind %v, distance %v (after %d)", l.ID, l.Kind, l.DistanceM, last)
				}
				last = *l.DistanceM
				found = found || l.ID == sc.Listings.Bicycle.String()
			}
			if !found {
				return errors.New("the bicycle's listing is not among the results")
			}
			return nil
		}},
	}
}
