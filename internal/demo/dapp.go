package demo

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"sharechain/internal/devnet"
)

// dappPlatform is the platform the demo's booking page (/book/) books through:
// TripHub, the platform that brings renters in the scenario, while CityRide brings
// listings.
func dappPlatform() common.Address { return devnet.Address(devnet.DevActors().Platforms[1]) }

// dappChecks: the booking page is served, bundled, with TripHub's address.
func (d *demo) dappChecks(ctx context.Context) []demoCheck {
	return []demoCheck{
		{"the booking dApp is served at /book/, its bundle from the same origin, booking through TripHub", func() error {
			var cfg struct {
				Platform *string `json:"platform"`
			}
			if err := d.get(ctx, "/book/config.json", &cfg); err != nil {
				return err
			}
			if cfg.Platform == nil || *cfg.Platform != dappPlatform().Hex() {
				return fmt.Errorf("platform %v, want TripHub %s", cfg.Platform, dappPlatform().Hex())
			}
			for path, want := range map[string]string{"/book/": `src="booking.js"`, "/book/booking.js": "DO NOT EDIT"} {
				req, err := http.NewRequestWithContext(ctx, http.MethodGet, d.apiURL+path, nil)
				if err != nil {
					return err
				}
				resp, err := http.DefaultClient.Do(req)
				if err != nil {
					return err
				}
				body, err := io.ReadAll(resp.Body)
				resp.Body.Close()
				if err != nil {
					return err
				}
				if resp.StatusCode != http.StatusOK || !strings.Contains(string(body), want) {
					return fmt.Errorf("GET %s = %d, %d bytes without %q", path, resp.StatusCode, len(body), want)
				}
			}
			return nil
		}},
	}
}
