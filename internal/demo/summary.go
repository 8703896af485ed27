package demo

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"math/big"
	"strings"
	"text/tabwriter"

	"sharechain/internal/devnet"
	"sharechain/services/api"
)

func decodeJSON(body []byte, out any) error {
	if out == nil {
		return nil
	}
	return json.Unmarshal(body, out)
}

// units formats a base-unit amount with its token's decimals: "12.5".
func units(amount string, decimals int) string {
	v, ok := new(big.Int).SetString(amount, 10)
	if !ok {
		return amount
	}
	scale := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(decimals)), nil)
	q, r := new(big.Int).QuoRem(v, scale, new(big.Int))
	if r.Sign() == 0 {
		return q.String()
	}
	frac := strings.TrimRight(fmt.Sprintf("%0*s", decimals, r.String()), "0")
	return q.String() + "." + frac
}

type actor struct {
	name string
	key  *ecdsa.PrivateKey
}

func (d *demo) actors() []actor {
	a := d.scenario.Actors
	return []actor{
		{"Alice (provider)", a.Providers[0]}, {"Bob (provider)", a.Providers[1]},
		{"Carol (renter)", a.Renters[0]}, {"Dave (renter)", a.Renters[1]}, {"Erin (renter)", a.Renters[2]},
		{"Newcomer (oracle baseline)", a.Newcomer}, {"Mallory", d.mallory}, {"treasury", a.Deployer},
	}
}

func (d *demo) nameOf(address string) string {
	for _, a := range d.actors() {
		if devnet.Address(a.key).Hex() == address {
			return strings.Fields(a.name)[0]
		}
	}
	return address[:10] + "…"
}

func (d *demo) assetName(tokenID string) string {
	as := d.scenario.Assets
	for name, id := range map[string]*big.Int{"bicycle": as.Bicycle, "car": as.Car, "room": as.Room, "charging pile": as.ChargingPile} {
		if id.String() == tokenID {
			return name
		}
	}
	return "asset " + tokenID
}

// summary prints who paid what, the scores and rewards, the disputes and the URLs.
func (d *demo) summary(ctx context.Context) error {
	var rentals api.Page[api.Rental]
	if err := d.get(ctx, "/v1/rentals?limit=500", &rentals); err != nil {
		return err
	}
	var listings api.Page[api.Listing]
	if err := d.get(ctx, "/v1/listings?limit=500", &listings); err != nil {
		return err
	}
	token := map[string]string{}
	for _, l := range listings.Items {
		token[l.ID] = "bUSD"
		if l.PaymentToken == d.suite.PaymentToken.Hex() {
			token[l.ID] = "tUSD"
		}
	}
	fmt.Fprintln(d.out, "\nRentals (amounts in the listing's stablecoin, 6 decimals):")
	w := tabwriter.NewWriter(d.out, 0, 2, 2, ' ', 0)
	fmt.Fprintln(w, "  id\tasset\trenter\tprovider\tstatus\tpaid rent\tdeposit\tcharged\tusage\tdamage\tlate fee\tplatform fee\trefund\t")
	for _, r := range rentals.Items {
		t := token[r.ListingID]
		row := []string{r.ID, d.assetName(r.TokenID), d.nameOf(r.Renter), d.nameOf(r.Provider), r.Status,
			units(r.Rent, 6) + " " + t, units(r.Deposit, 6)}
		if s := r.Settlement.V; s != nil {
			row = append(row, units(s.RentCharged, 6), units(s.UsageFee, 6), units(s.Damage, 6), units(s.LateFee, 6),
				units(s.PlatformFee, 6), units(s.Refund, 6))
		} else {
			row = append(row, "-", "-", "-", "-", "-", "-")
		}
		fmt.Fprintln(w, "  "+strings.Join(row, "\t")+"\t")
	}
	w.Flush()

	fmt.Fprintln(d.out, "\nAccounts (SHR has 18 decimals):")
	w = tabwriter.NewWriter(d.out, 0, 2, 2, ' ', 0)
	fmt.Fprintln(w, "  who\taddress\tscore\ttier\tblacklisted\trewards earned\tSHR balance\tpledged\t")
	for _, a := range d.actors() {
		var acc api.Account
		if err := d.get(ctx, "/v1/accounts/"+devnet.Address(a.key).Hex(), &acc); err != nil {
			return err
		}
		fmt.Fprintf(w, "  %s\t%s\t%d\t%d\t%v\t%s\t%s\t%s\t\n", a.name, acc.Address, acc.Score, acc.Tier, acc.Blacklisted,
			units(acc.RewardsEarned, 18), units(acc.SHRBalance, 18), units(acc.Pledged, 18))
	}
	w.Flush()

	var disputes api.Page[api.Dispute]
	if err := d.get(ctx, "/v1/disputes", &disputes); err != nil {
		return err
	}
	fmt.Fprintln(d.out, "\nDisputes:")
	for _, x := range disputes.Items {
		ruling := "open"
		if x.RulingBps != nil {
			ruling = fmt.Sprintf("ruled %d bps to the provider", *x.RulingBps)
		}
		fmt.Fprintf(d.out, "  dispute %s on rental %s, opened by %s: %d evidence, %d votes, %s\n",
			x.ID, x.RentalID, d.nameOf(x.Opener), len(x.Evidence), len(x.Votes), ruling)
	}

	var st api.Status
	if err := d.get(ctx, "/v1/status", &st); err != nil {
		return err
	}
	fmt.Fprintf(d.out, `
Sharechain is up (chain %d, indexed block %d, finalized %d):
  explorer     %[4]s/
  booking dApp %[4]s/book/   (books through TripHub %[8]s; a wallet on the JSON-RPC below with anvil's key 3 is Carol)
  REST API     %[4]s/v1/status
  API docs     %[4]s/docs   (OpenAPI 3.1: %[4]s/openapi.json)
  metrics      %[4]s/metrics
  JSON-RPC     %[5]s   (anvil, chain id 31337)
  PostgreSQL   %[6]s
  manifest     deploy/deployments/31337.json
  logs         %[7]s
`, st.ChainID, st.IndexedBlock, st.FinalizedBlock, d.apiURL, d.anvil.RPC, d.dbURL, d.logPath, dappPlatform().Hex())
	return nil
}
