package api

import (
	"context"
	"encoding/csv"
	"errors"
	"fmt"
	"math"
	"math/big"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/danielgtaylor/huma/v2"
	"github.com/danielgtaylor/huma/v2/adapters/humachi"
	"github.com/ethereum/go-ethereum/common"

	"sharechain/internal/manifest"
	"sharechain/internal/projection"
)

// Parameters shared by operations. They are declared for the OpenAPI document and for
// huma's validation; the handlers parse the string ones with params.go, whose errors
// become invalid_params entries.

// ReadParams are the consistency parameters every data operation takes.
type ReadParams struct {
	MinBlock  int64  `query:"min_block" minimum:"0" doc:"Answer only once this block is indexed: wait up to wait ms, else 503 with Retry-After."`
	Wait      int    `query:"wait" minimum:"0" maximum:"10000" doc:"How long min_block may wait, in ms (default 0)."`
	Finalized string `query:"finalized" enum:"true,false" doc:"true hides rows whose last change is not final yet."`
}

// PageParams are the pagination parameters of lists.
type PageParams struct {
	Limit  int    `query:"limit" minimum:"1" maximum:"500" default:"50" doc:"Items per page."`
	Cursor string `query:"cursor" maxLength:"400" doc:"next_cursor of the previous page."`
}

const (
	addressPattern = "^0x[0-9a-fA-F]{40}$"
	uintPattern    = "^[0-9]{1,78}$"
)

type statusOut struct {
	Body Status
}

type idInput struct {
	ReadParams
	ID string `path:"id" pattern:"^[0-9]{1,78}$" doc:"Decimal uint256 id."`
}

type assetInput struct {
	ReadParams
	TokenID string `path:"tokenId" pattern:"^[0-9]{1,78}$" doc:"Decimal uint256 token id."`
}

type assetOut struct{ Body Asset }

type assetsInput struct {
	ReadParams
	PageParams
	Owner    string `query:"owner" pattern:"^0x[0-9a-fA-F]{40}$" doc:"Only assets of this owner (lower-case or EIP-55)."`
	Verified string `query:"verified" enum:"true,false" doc:"Only verified (true) or unverified (false) assets."`
	Listed   string `query:"listed" enum:"true,false" doc:"Only assets with (true) or without (false) an open listing."`
}

type assetsOut struct{ Body Page[Asset] }

type listingOut struct{ Body Listing }

type listingsInput struct {
	ReadParams
	PageParams
	Active          string `query:"active" enum:"true,false" doc:"Only active (true) or closed and delisted (false) listings."`
	Provider        string `query:"provider" pattern:"^0x[0-9a-fA-F]{40}$"`
	PaymentToken    string `query:"payment_token" pattern:"^0x[0-9a-fA-F]{40}$"`
	MaxPricePerHour string `query:"max_price_per_hour" pattern:"^[0-9]{1,78}$" doc:"Only listings at most this price per hour (base units)."`
	TokenID         string `query:"token_id" pattern:"^[0-9]{1,78}$" doc:"Only listings of this asset."`
	// discovery (DESIGN §6.4)
	Kind            string `query:"kind" enum:"bicycle,car,room,tool,charging_pile,other" doc:"Only listings whose asset's metadata document has this kind."`
	Near            string `query:"near" pattern:"^-?[0-9]{1,3}(\\.[0-9]{1,15})?,-?[0-9]{1,3}(\\.[0-9]{1,15})?$" doc:"lat,lon in decimal degrees: only listings whose asset's location is within radius_m of this point, nearest first (then by id). Requires radius_m."`
	RadiusM         string `query:"radius_m" pattern:"^[0-9]{1,6}$" doc:"With near (and only with it): the search radius in metres, 1 to 100000."`
	AvailableFrom   string `query:"available_from" pattern:"^[0-9]{1,19}$" doc:"With available_to: only listings whose asset has no open rental (booked, active, returned, disputed) meeting [available_from, available_to), unix seconds."`
	AvailableTo     string `query:"available_to" pattern:"^[0-9]{1,19}$" doc:"With available_from: the end of the window, after available_from."`
	MinProviderTier string `query:"min_provider_tier" enum:"0,1,2,3" doc:"Only listings whose provider's credit score reaches this tier's minimum."`
}

type listingsOut struct{ Body Page[Listing] }

type rentalOut struct{ Body Rental }

type rentalsInput struct {
	ReadParams
	PageParams
	Renter   string `query:"renter" pattern:"^0x[0-9a-fA-F]{40}$"`
	Provider string `query:"provider" pattern:"^0x[0-9a-fA-F]{40}$"`
	TokenID  string `query:"token_id" pattern:"^[0-9]{1,78}$"`
	Status   string `query:"status" enum:"booked,active,returned,disputed,settled,defaulted,resolved,cancelled,no_show"`
}

type rentalsOut struct{ Body Page[Rental] }

type availabilityInput struct {
	ReadParams
	TokenID string `path:"tokenId" pattern:"^[0-9]{1,78}$" doc:"Decimal uint256 token id."`
	From    string `query:"from" pattern:"^[0-9]{1,19}$" doc:"Window start, unix seconds (default: the latest indexed block's time)."`
	To      string `query:"to" pattern:"^[0-9]{1,19}$" doc:"Window end, unix seconds, after from and at most 366 days later (default: from + the escrow's maxAdvance)."`
}

type availabilityOut struct{ Body Availability }

type paramsOut struct{ Body Params }

type platformInput struct {
	ReadParams
	Address string `path:"address" pattern:"^0x[0-9a-fA-F]{40}$" doc:"Lower-case or EIP-55."`
}

type platformOut struct{ Body Platform }

type platformsInput struct {
	ReadParams
	PageParams
}

type platformsOut struct{ Body Page[Platform] }

type accountInput struct {
	ReadParams
	Address string `path:"address" pattern:"^0x[0-9a-fA-F]{40}$" doc:"Lower-case or EIP-55."`
}

type accountOut struct{ Body Account }

type disputeOut struct{ Body Dispute }

type disputesInput struct {
	ReadParams
	PageParams
	Status   string `query:"status" enum:"open,resolved"`
	RentalID string `query:"rental_id" pattern:"^[0-9]{1,78}$"`
}

type disputesOut struct{ Body Page[Dispute] }

// EventFilterParams are the auditor's event filters.
type EventFilterParams struct {
	Contract  string `query:"contract" maxLength:"42" doc:"A manifest name (PledgeEscrow), Split (every split the SplitFactory made) or a contract address."`
	Name      string `query:"name" maxLength:"64" pattern:"^[A-Za-z_][A-Za-z0-9_]*$" doc:"Event name, e.g. Rented."`
	FromBlock string `query:"from_block" pattern:"^[0-9]{1,19}$" doc:"First block (inclusive)."`
	ToBlock   string `query:"to_block" pattern:"^[0-9]{1,19}$" doc:"Last block (inclusive)."`
	Tx        string `query:"tx" pattern:"^0x[0-9a-fA-F]{64}$" doc:"Transaction hash."`
	Account   string `query:"account" pattern:"^0x[0-9a-fA-F]{40}$" doc:"Events with this address among their arguments."`
}

type eventsInput struct {
	ReadParams
	PageParams
	EventFilterParams
	Order string `query:"order" enum:"asc,desc" default:"asc" doc:"asc: oldest first; desc: newest first."`
}

type assetEventsInput struct {
	ReadParams
	PageParams
	TokenID string `path:"tokenId" pattern:"^[0-9]{1,78}$"`
	Order   string `query:"order" enum:"asc,desc" default:"asc"`
}

type eventsOut struct{ Body Page[Event] }

type csvInput struct {
	ReadParams
	EventFilterParams
}

type probeOut struct {
	Body struct {
		Status string `json:"status" example:"ok"`
	}
}

var (
	errs400    = []int{http.StatusBadRequest, http.StatusServiceUnavailable}
	errs400404 = []int{http.StatusBadRequest, http.StatusNotFound, http.StatusServiceUnavailable}
)

func (s *Server) register() {
	api := s.api
	huma.Register(api, huma.Operation{OperationID: "getStatus", Method: http.MethodGet, Path: "/v1/status", Tags: []string{"status"},
		Summary: "Chain, indexing progress and contracts", Errors: errs400}, s.getStatus)
	huma.Register(api, huma.Operation{OperationID: "listAssets", Method: http.MethodGet, Path: "/v1/assets", Tags: []string{"assets"},
		Summary: "List assets", Errors: errs400}, s.listAssets)
	huma.Register(api, huma.Operation{OperationID: "getAsset", Method: http.MethodGet, Path: "/v1/assets/{tokenId}", Tags: []string{"assets"},
		Summary: "Get an asset", Errors: errs400404}, s.getAsset)
	huma.Register(api, huma.Operation{OperationID: "listAssetEvents", Method: http.MethodGet, Path: "/v1/assets/{tokenId}/events",
		Tags: []string{"assets"}, Summary: "An asset's history: the events of the token, its listings, rentals and disputes",
		Errors: errs400404}, s.listAssetEvents)
	huma.Register(api, huma.Operation{OperationID: "getAvailability", Method: http.MethodGet, Path: "/v1/assets/{tokenId}/availability",
		Tags: []string{"assets"}, Summary: "When an asset is taken: the open rentals whose slot meets a window",
		Errors: errs400404}, s.getAvailability)
	huma.Register(api, huma.Operation{OperationID: "getParams", Method: http.MethodGet, Path: "/v1/params", Tags: []string{"params"},
		Summary: "Every parameter the suite announced: escrow params, payment tokens, tiers, outcome deltas, panel",
		Errors:  errs400}, s.getParams)
	huma.Register(api, huma.Operation{OperationID: "listPlatforms", Method: http.MethodGet, Path: "/v1/platforms", Tags: []string{"platforms"},
		Summary: "List platforms with what they brought and earned", Errors: errs400}, s.listPlatforms)
	huma.Register(api, huma.Operation{OperationID: "getPlatform", Method: http.MethodGet, Path: "/v1/platforms/{address}",
		Tags: []string{"platforms"}, Summary: "Get a platform with what it brought and earned", Errors: errs400404}, s.getPlatform)
	s.registerSplits(api)
	huma.Register(api, huma.Operation{OperationID: "listListings", Method: http.MethodGet, Path: "/v1/listings", Tags: []string{"listings"},
		Summary: "List listings", Errors: errs400}, s.listListings)
	huma.Register(api, huma.Operation{OperationID: "getListing", Method: http.MethodGet, Path: "/v1/listings/{id}", Tags: []string{"listings"},
		Summary: "Get a listing", Errors: errs400404}, s.getListing)
	huma.Register(api, huma.Operation{OperationID: "listRentals", Method: http.MethodGet, Path: "/v1/rentals", Tags: []string{"rentals"},
		Summary: "List rentals", Errors: errs400}, s.listRentals)
	huma.Register(api, huma.Operation{OperationID: "getRental", Method: http.MethodGet, Path: "/v1/rentals/{id}", Tags: []string{"rentals"},
		Summary: "Get a rental with its usage reports and settlement", Errors: errs400404}, s.getRental)
	huma.Register(api, huma.Operation{OperationID: "getAccount", Method: http.MethodGet, Path: "/v1/accounts/{address}", Tags: []string{"accounts"},
		Summary: "Get an account's credit and holdings (defaults for an address never seen)", Errors: errs400}, s.getAccount)
	huma.Register(api, huma.Operation{OperationID: "listDisputes", Method: http.MethodGet, Path: "/v1/disputes", Tags: []string{"disputes"},
		Summary: "List disputes", Errors: errs400}, s.listDisputes)
	huma.Register(api, huma.Operation{OperationID: "getDispute", Method: http.MethodGet, Path: "/v1/disputes/{id}", Tags: []string{"disputes"},
		Summary: "Get a dispute with evidence, votes and ruling", Errors: errs400404}, s.getDispute)
	huma.Register(api, huma.Operation{OperationID: "listEvents", Method: http.MethodGet, Path: "/v1/events", Tags: []string{"events"},
		Summary: "List indexed events (the auditor's log)", Errors: errs400}, s.listEvents)
	huma.Register(api, huma.Operation{OperationID: "exportEvents", Method: http.MethodGet, Path: "/v1/events.csv", Tags: []string{"events"},
		Summary: "Export events as RFC 4180 CSV, streamed", Errors: errs400,
		Responses: map[string]*huma.Response{"200": {Description: "One record per event, oldest first.", Content: map[string]*huma.MediaType{
			"text/csv": {Schema: &huma.Schema{Type: "string"}}}}}}, s.exportEvents)
	s.registerStream()    // GET /v1/events/stream, stream.go
	s.registerTelemetry() // telemetry.go
	huma.Register(api, huma.Operation{OperationID: "healthz", Method: http.MethodGet, Path: "/healthz", Tags: []string{"probes"},
		Summary: "The process is up", Errors: []int{http.StatusBadRequest}}, func(context.Context, *struct{}) (*probeOut, error) {
		out := &probeOut{}
		out.Body.Status = "ok"
		return out, nil
	})
	huma.Register(api, huma.Operation{OperationID: "readyz", Method: http.MethodGet, Path: "/readyz", Tags: []string{"probes"},
		Summary: "The database answers, the indexer runs (not diverged, not stopped) and its lag is under the bound; on a hot standby, replication streams and its lag is under its bound", Errors: []int{http.StatusBadRequest, http.StatusServiceUnavailable}}, s.readyz)
}

// read prepares a request: its deadline and the rows it may see.
func (s *Server) read(ctx context.Context, p ReadParams) (context.Context, context.CancelFunc, view, error) {
	st, _ := ctx.Value(stateKey).(chainState)
	v := view{finalized: st.finalized, latestTime: st.latestTime}
	if p.Finalized != "" {
		f, err := parseBool(p.Finalized)
		if err != nil {
			return nil, nil, view{}, badRequest(invalidParam{"finalized", err.Error()})
		}
		v.finalizedOnly = f
	}
	ctx, cancel := context.WithTimeout(ctx, s.cfg.Timeout)
	return ctx, cancel, v, nil
}

// params collects parse errors so that one answer lists every bad parameter.
type params struct{ bad []invalidParam }

func (p *params) address(name, s string) *common.Address {
	if s == "" {
		return nil
	}
	a, err := parseAddress(s)
	if err != nil {
		p.bad = append(p.bad, invalidParam{name, err.Error()})
		return nil
	}
	return &a
}

func (p *params) uint256(name, s string) *big.Int {
	if s == "" {
		return nil
	}
	v, err := parseUint256(s)
	if err != nil {
		p.bad = append(p.bad, invalidParam{name, err.Error()})
		return nil
	}
	return v
}

func (p *params) boolean(name, s string) *bool {
	if s == "" {
		return nil
	}
	v, err := parseBool(s)
	if err != nil {
		p.bad = append(p.bad, invalidParam{name, err.Error()})
		return nil
	}
	return &v
}

func (p *params) block(name, s string) *int64 {
	if s == "" {
		return nil
	}
	v, err := parseBlock(s)
	if err != nil {
		p.bad = append(p.bad, invalidParam{name, err.Error()})
		return nil
	}
	return &v
}

// after decodes a cursor of list with n keys.
func (p *params) after(list, s string, n int) []*big.Int {
	if s == "" {
		return nil
	}
	keys, err := decodeCursor(s, list, n)
	if err != nil {
		p.bad = append(p.bad, invalidParam{"cursor", err.Error()})
		return nil
	}
	return keys
}

// err answers 400 for the bad parameters, else 503 when the request's min_block was
// not reached (see notIndexed), else nil.
func (p *params) err(ctx context.Context) error {
	if len(p.bad) > 0 {
		return badRequest(p.bad...)
	}
	return notIndexed(ctx)
}

// notIndexed is the 503 of a min_block that its wait did not reach, or nil. The
// consistency middleware leaves it on the context for the operation to answer once
// its parameters have parsed, so that a malformed request is 400 whether or not it
// also waited.
func notIndexed(ctx context.Context) error {
	detail, ok := ctx.Value(notIndexedKey).(string)
	if !ok {
		return nil
	}
	return huma.ErrorWithHeaders(newProblem(http.StatusServiceUnavailable, detail), http.Header{"Retry-After": []string{"1"}})
}

func firstKey(keys []*big.Int) *big.Int {
	if keys == nil {
		return nil
	}
	return keys[0]
}

// page cuts rows (fetched with limit+1) to limit and makes the cursor of the rest.
func page[T any](rows []T, limit int, list string, key func(T) []string) Page[T] {
	out := Page[T]{Items: rows}
	if len(rows) > limit {
		out.Items = rows[:limit]
		c := cursor{list: list, keys: key(rows[limit-1])}.encode()
		out.NextCursor = &c
	}
	if out.Items == nil {
		out.Items = []T{}
	}
	return out
}

func (s *Server) getStatus(ctx context.Context, in *struct{ ReadParams }) (*statusOut, error) {
	ctx, cancel, _, err := s.read(ctx, in.ReadParams)
	if err != nil {
		return nil, err
	}
	defer cancel()
	if err := notIndexed(ctx); err != nil {
		return nil, err
	}
	// read the cursor afresh: status is how operators see progress, and a failing
	// read tells them the database is down
	if err := s.state.refresh(ctx, s.cfg.Pool); err != nil {
		return nil, s.fail(ctx, "status", err)
	}
	st, _, _ := s.state.get()
	m := s.cfg.Manifest
	out := &statusOut{Body: Status{ChainID: m.ChainID, HeadBlock: st.head, IndexedBlock: st.indexed, FinalizedBlock: st.finalized,
		LagBlocks: max(st.head-st.indexed, 0), IndexedTime: st.latestTime, Contracts: map[string]string{}, EIP712: map[string]Domain{},
		Indexer: IndexerStatus{State: st.state, DivergedBlock: nullInt(st.diverged), Error: nullText(st.err), UpdatedAt: nullInt(st.updatedAt)}}}
	for n, a := range m.Contracts {
		out.Body.Contracts[n] = a.Hex()
	}
	for n, d := range m.EIP712 {
		out.Body.EIP712[n] = Domain{Name: d.Name, Version: d.Version, ChainID: d.ChainID, VerifyingContract: d.VerifyingContract.Hex()}
	}
	return out, nil
}

func (s *Server) getAsset(ctx context.Context, in *assetInput) (*assetOut, error) {
	ctx, cancel, v, err := s.read(ctx, in.ReadParams)
	if err != nil {
		return nil, err
	}
	defer cancel()
	var p params
	id := p.uint256("tokenId", in.TokenID)
	if err := p.err(ctx); err != nil {
		return nil, err
	}
	a, err := s.db.asset(ctx, v, id)
	if err != nil {
		return nil, s.fail(ctx, "asset "+id.String(), err)
	}
	return &assetOut{Body: a}, nil
}

func (s *Server) listAssets(ctx context.Context, in *assetsInput) (*assetsOut, error) {
	ctx, cancel, v, err := s.read(ctx, in.ReadParams)
	if err != nil {
		return nil, err
	}
	defer cancel()
	var p params
	f := assetFilter{owner: p.address("owner", in.Owner), verified: p.boolean("verified", in.Verified),
		listed: p.boolean("listed", in.Listed), after: firstKey(p.after("assets", in.Cursor, 1)), limit: in.Limit + 1}
	if err := p.err(ctx); err != nil {
		return nil, err
	}
	rows, err := s.db.assets(ctx, v, f)
	if err != nil {
		return nil, s.fail(ctx, "assets", err)
	}
	return &assetsOut{Body: page(rows, in.Limit, "assets", func(a Asset) []string { return []string{a.TokenID} })}, nil
}

func (s *Server) getListing(ctx context.Context, in *idInput) (*listingOut, error) {
	ctx, cancel, v, err := s.read(ctx, in.ReadParams)
	if err != nil {
		return nil, err
	}
	defer cancel()
	var p params
	id := p.uint256("id", in.ID)
	if err := p.err(ctx); err != nil {
		return nil, err
	}
	l, err := s.db.listing(ctx, v, id)
	if err != nil {
		return nil, s.fail(ctx, "listing "+id.String(), err)
	}
	return &listingOut{Body: l}, nil
}

func (s *Server) listListings(ctx context.Context, in *listingsInput) (*listingsOut, error) {
	ctx, cancel, v, err := s.read(ctx, in.ReadParams)
	if err != nil {
		return nil, err
	}
	defer cancel()
	var p params
	f := listingFilter{active: p.boolean("active", in.Active), provider: p.address("provider", in.Provider),
		paymentToken: p.address("payment_token", in.PaymentToken), maxPrice: p.uint256("max_price_per_hour", in.MaxPricePerHour),
		tokenID: p.uint256("token_id", in.TokenID), kind: in.Kind, limit: in.Limit + 1}
	f.near = p.near(in.Near, in.RadiusM)
	f.from, f.to = p.availableWindow(in.AvailableFrom, in.AvailableTo)
	if in.MinProviderTier != "" {
		tier := uint64(in.MinProviderTier[0] - '0') // huma checked the enum 0..3
		f.minTier = &tier
	}
	list := "listings"
	if f.near != nil {
		// a near search pages by (sort key, id): the key is a distance, whose float64
		// bits order as the distances do (they are ≥ 0)
		list = "listings_near"
		if keys := p.after(list, in.Cursor, 2); keys != nil {
			if !keys[0].IsUint64() {
				p.bad = append(p.bad, invalidParam{"cursor", errBadCursor.Error()})
			} else {
				f.afterNear = &projection.ListingCursor{Key: math.Float64frombits(keys[0].Uint64()), ID: keys[1].String()}
			}
		}
	} else {
		f.after = firstKey(p.after(list, in.Cursor, 1))
	}
	if err := p.err(ctx); err != nil {
		return nil, err
	}
	rows, err := s.db.listings(ctx, v, f)
	if err != nil {
		return nil, s.fail(ctx, "listings", err)
	}
	if f.near != nil {
		return &listingsOut{Body: page(rows, in.Limit, list, func(l Listing) []string {
			return []string{strconv.FormatUint(math.Float64bits(l.sortKey), 10), l.ID}
		})}, nil
	}
	return &listingsOut{Body: page(rows, in.Limit, list, func(l Listing) []string { return []string{l.ID} })}, nil
}

// maxRadius is the largest radius_m of a near search (INTERFACE.md §5).
const maxRadius = 100_000

// near parses a near search: near=lat,lon and radius_m, both or neither.
func (p *params) near(near, radius string) *projection.Near {
	switch {
	case near == "" && radius == "":
		return nil
	case near == "":
		p.bad = append(p.bad, invalidParam{"radius_m", "is only allowed with near"})
		return nil
	case radius == "":
		p.bad = append(p.bad, invalidParam{"near", "needs radius_m (metres, at most 100000)"})
		return nil
	}
	out := &projection.Near{}
	latText, lonText, _ := strings.Cut(near, ",")
	lat, errLat := strconv.ParseFloat(latText, 64)
	lon, errLon := strconv.ParseFloat(lonText, 64)
	if errLat != nil || errLon != nil || lat < -90 || lat > 90 || lon < -180 || lon > 180 {
		p.bad = append(p.bad, invalidParam{"near", "must be lat,lon in decimal degrees, lat in -90..90 and lon in -180..180"})
		out = nil
	} else {
		out.Lat, out.Lon = lat, lon
	}
	r, err := strconv.ParseUint(radius, 10, 64)
	if err != nil || r < 1 || r > maxRadius {
		p.bad = append(p.bad, invalidParam{"radius_m", "must be 1 to 100000 metres"})
		return nil
	}
	if out != nil {
		out.Radius = float64(r)
	}
	return out
}

// availableWindow parses available_from and available_to: both or neither, from < to.
func (p *params) availableWindow(from, to string) (uint64, uint64) {
	f, t := p.block("available_from", from), p.block("available_to", to)
	if (from == "") != (to == "") {
		name := "available_to"
		if from == "" {
			name = "available_from"
		}
		p.bad = append(p.bad, invalidParam{name, "available_from and available_to go together"})
		return 0, 0
	}
	if f == nil || t == nil {
		return 0, 0
	}
	if *t <= *f {
		p.bad = append(p.bad, invalidParam{"available_to", "must be after available_from"})
		return 0, 0
	}
	return uint64(*f), uint64(*t)
}

func (s *Server) getRental(ctx context.Context, in *idInput) (*rentalOut, error) {
	ctx, cancel, v, err := s.read(ctx, in.ReadParams)
	if err != nil {
		return nil, err
	}
	defer cancel()
	var p params
	id := p.uint256("id", in.ID)
	if err := p.err(ctx); err != nil {
		return nil, err
	}
	r, err := s.db.rental(ctx, v, id)
	if err != nil {
		return nil, s.fail(ctx, "rental "+id.String(), err)
	}
	return &rentalOut{Body: r}, nil
}

func (s *Server) listRentals(ctx context.Context, in *rentalsInput) (*rentalsOut, error) {
	ctx, cancel, v, err := s.read(ctx, in.ReadParams)
	if err != nil {
		return nil, err
	}
	defer cancel()
	var p params
	f := rentalFilter{renter: p.address("renter", in.Renter), provider: p.address("provider", in.Provider),
		tokenID: p.uint256("token_id", in.TokenID), status: in.Status, after: firstKey(p.after("rentals", in.Cursor, 1)),
		limit: in.Limit + 1}
	if err := p.err(ctx); err != nil {
		return nil, err
	}
	rows, err := s.db.rentals(ctx, v, f)
	if err != nil {
		return nil, s.fail(ctx, "rentals", err)
	}
	return &rentalsOut{Body: page(rows, in.Limit, "rentals", func(r Rental) []string { return []string{r.ID} })}, nil
}

func (s *Server) getAccount(ctx context.Context, in *accountInput) (*accountOut, error) {
	ctx, cancel, v, err := s.read(ctx, in.ReadParams)
	if err != nil {
		return nil, err
	}
	defer cancel()
	var p params
	a := p.address("address", in.Address)
	if err := p.err(ctx); err != nil {
		return nil, err
	}
	acc, err := s.db.account(ctx, v, *a)
	if err != nil {
		return nil, s.fail(ctx, "account", err)
	}
	return &accountOut{Body: acc}, nil
}

// maxWindow is the longest availability window: 366 days.
const maxWindow = 366 * 24 * 3600

// defaultMaxAdvance is the window of an availability request without to while no
// ParamsSet is indexed: the deployed maxAdvance.
const defaultMaxAdvance = 90 * 24 * 3600

func (s *Server) getAvailability(ctx context.Context, in *availabilityInput) (*availabilityOut, error) {
	ctx, cancel, v, err := s.read(ctx, in.ReadParams)
	if err != nil {
		return nil, err
	}
	defer cancel()
	var p params
	id := p.uint256("tokenId", in.TokenID)
	from, to := uint64(v.latestTime), uint64(0)
	if b := p.block("from", in.From); b != nil {
		from = uint64(*b)
	}
	if b := p.block("to", in.To); b != nil {
		to = uint64(*b)
	}
	if len(p.bad) == 0 && in.To != "" {
		switch {
		case to <= from:
			p.bad = append(p.bad, invalidParam{"to", "must be after from"})
		case to-from > maxWindow:
			p.bad = append(p.bad, invalidParam{"to", "must be at most 366 days after from"})
		}
	}
	if err := p.err(ctx); err != nil {
		return nil, err
	}
	if _, err := s.db.asset(ctx, v, id); err != nil {
		return nil, s.fail(ctx, "asset "+id.String(), err)
	}
	if in.To == "" {
		advance, err := s.db.maxAdvance(ctx)
		if err != nil {
			return nil, s.fail(ctx, "params", err)
		}
		to = from + advance
	}
	a, err := s.db.availability(ctx, v, id, from, to)
	if err != nil {
		return nil, s.fail(ctx, "availability of asset "+id.String(), err)
	}
	return &availabilityOut{Body: a}, nil
}

func (s *Server) getParams(ctx context.Context, in *struct{ ReadParams }) (*paramsOut, error) {
	ctx, cancel, _, err := s.read(ctx, in.ReadParams)
	if err != nil {
		return nil, err
	}
	defer cancel()
	if err := notIndexed(ctx); err != nil {
		return nil, err
	}
	out, err := s.db.params(ctx)
	if err != nil {
		return nil, s.fail(ctx, "params", err)
	}
	return &paramsOut{Body: out}, nil
}

func (s *Server) getPlatform(ctx context.Context, in *platformInput) (*platformOut, error) {
	ctx, cancel, v, err := s.read(ctx, in.ReadParams)
	if err != nil {
		return nil, err
	}
	defer cancel()
	var p params
	a := p.address("address", in.Address)
	if err := p.err(ctx); err != nil {
		return nil, err
	}
	out, err := s.db.platform(ctx, v, *a)
	if err != nil {
		return nil, s.fail(ctx, "platform "+a.Hex(), err)
	}
	return &platformOut{Body: out}, nil
}

func (s *Server) listPlatforms(ctx context.Context, in *platformsInput) (*platformsOut, error) {
	ctx, cancel, v, err := s.read(ctx, in.ReadParams)
	if err != nil {
		return nil, err
	}
	defer cancel()
	var p params
	var after *common.Address
	if k := firstKey(p.after("platforms", in.Cursor, 1)); k != nil {
		if k.BitLen() > 160 {
			p.bad = append(p.bad, invalidParam{"cursor", errBadCursor.Error()})
		} else {
			a := common.BigToAddress(k)
			after = &a
		}
	}
	if err := p.err(ctx); err != nil {
		return nil, err
	}
	rows, err := s.db.platforms(ctx, v, after, in.Limit+1)
	if err != nil {
		return nil, s.fail(ctx, "platforms", err)
	}
	return &platformsOut{Body: page(rows, in.Limit, "platforms", func(x Platform) []string {
		return []string{common.HexToAddress(x.Address).Big().String()}
	})}, nil
}

func (s *Server) getDispute(ctx context.Context, in *idInput) (*disputeOut, error) {
	ctx, cancel, v, err := s.read(ctx, in.ReadParams)
	if err != nil {
		return nil, err
	}
	defer cancel()
	var p params
	id := p.uint256("id", in.ID)
	if err := p.err(ctx); err != nil {
		return nil, err
	}
	d, err := s.db.dispute(ctx, v, id)
	if err != nil {
		return nil, s.fail(ctx, "dispute "+id.String(), err)
	}
	return &disputeOut{Body: d}, nil
}

func (s *Server) listDisputes(ctx context.Context, in *disputesInput) (*disputesOut, error) {
	ctx, cancel, v, err := s.read(ctx, in.ReadParams)
	if err != nil {
		return nil, err
	}
	defer cancel()
	var p params
	f := disputeFilter{status: in.Status, rentalID: p.uint256("rental_id", in.RentalID),
		after: firstKey(p.after("disputes", in.Cursor, 1)), limit: in.Limit + 1}
	if err := p.err(ctx); err != nil {
		return nil, err
	}
	rows, err := s.db.disputes(ctx, v, f)
	if err != nil {
		return nil, s.fail(ctx, "disputes", err)
	}
	return &disputesOut{Body: page(rows, in.Limit, "disputes", func(d Dispute) []string { return []string{d.ID} })}, nil
}

// eventFilter parses the auditor's filters.
func (s *Server) eventFilter(p *params, in EventFilterParams) eventFilter {
	var f eventFilter
	if in.Contract != "" {
		if a, ok := contractName(s.db.names, in.Contract); ok {
			f.address = &a
		} else if strings.EqualFold(in.Contract, manifest.Split) {
			// the SplitFactory's splits: one name for every split, whose addresses the
			// indexer discovers (an empty page when the deployment has no factory)
			f.contract, f.names = manifest.Split, splitEvents()
		} else if a := p.address("contract", in.Contract); a != nil {
			f.address = a
		}
	}
	if in.Name != "" {
		f.name = &in.Name
	}
	f.fromBlock, f.toBlock = p.block("from_block", in.FromBlock), p.block("to_block", in.ToBlock)
	if in.Tx != "" {
		h, err := parseTxHash(in.Tx)
		if err != nil {
			p.bad = append(p.bad, invalidParam{"tx", err.Error()})
		} else {
			f.tx = &h
		}
	}
	if a := p.address("account", in.Account); a != nil {
		f.refs = []string{"account:" + strings.ToLower(a.Hex())}
	}
	return f
}

func eventCursor(list string, desc bool) string {
	if desc {
		return list + "-desc"
	}
	return list
}

func (p *params) eventAfter(list, s string) *[2]int64 {
	keys := p.after(list, s, 2)
	if keys == nil {
		return nil
	}
	// the keys are a block number (bigint) and a log index (integer); a larger value
	// would fail as a query argument, which reads as a database error
	if !keys[0].IsInt64() || !keys[1].IsInt64() || keys[1].Int64() > math.MaxInt32 {
		p.bad = append(p.bad, invalidParam{"cursor", errBadCursor.Error()})
		return nil
	}
	return &[2]int64{keys[0].Int64(), keys[1].Int64()}
}

func eventKey(e Event) []string {
	return []string{strconv.FormatInt(e.BlockNumber, 10), strconv.Itoa(e.LogIndex)}
}

func (s *Server) listEvents(ctx context.Context, in *eventsInput) (*eventsOut, error) {
	ctx, cancel, v, err := s.read(ctx, in.ReadParams)
	if err != nil {
		return nil, err
	}
	defer cancel()
	var p params
	f := s.eventFilter(&p, in.EventFilterParams)
	f.desc = in.Order == "desc"
	list := eventCursor("events", f.desc)
	f.after, f.limit = p.eventAfter(list, in.Cursor), in.Limit+1
	if err := p.err(ctx); err != nil {
		return nil, err
	}
	rows, err := s.db.events(ctx, v, f)
	if err != nil {
		return nil, s.fail(ctx, "events", err)
	}
	return &eventsOut{Body: page(rows, in.Limit, list, eventKey)}, nil
}

func (s *Server) listAssetEvents(ctx context.Context, in *assetEventsInput) (*eventsOut, error) {
	ctx, cancel, v, err := s.read(ctx, in.ReadParams)
	if err != nil {
		return nil, err
	}
	defer cancel()
	var p params
	id := p.uint256("tokenId", in.TokenID)
	desc := in.Order == "desc"
	list := eventCursor("asset-events", desc)
	after := p.eventAfter(list, in.Cursor)
	if err := p.err(ctx); err != nil {
		return nil, err
	}
	if _, err := s.db.asset(ctx, view{}, id); err != nil {
		return nil, s.fail(ctx, "asset "+id.String(), err)
	}
	refs, err := s.db.assetRefs(ctx, id.String())
	if err != nil {
		return nil, s.fail(ctx, "asset history", err)
	}
	rows, err := s.db.events(ctx, v, eventFilter{refs: refs, desc: desc, after: after, limit: in.Limit + 1})
	if err != nil {
		return nil, s.fail(ctx, "asset history", err)
	}
	return &eventsOut{Body: page(rows, in.Limit, list, eventKey)}, nil
}

// csvHeader is pinned by INTERFACE.md §5.
var csvHeader = []string{"block_number", "block_hash", "tx_hash", "log_index", "contract", "address", "name", "args", "topics", "data"}

func (s *Server) exportEvents(ctx context.Context, in *csvInput) (*huma.StreamResponse, error) {
	var p params
	f := s.eventFilter(&p, in.EventFilterParams)
	if err := p.err(ctx); err != nil {
		return nil, err
	}
	st, _ := ctx.Value(stateKey).(chainState)
	v := view{finalized: st.finalized, latestTime: st.latestTime}
	if in.Finalized == "true" {
		v.finalizedOnly = true
	}
	return &huma.StreamResponse{Body: func(hctx huma.Context) {
		r, w := humachi.Unwrap(hctx)
		_ = http.NewResponseController(w).SetWriteDeadline(time.Time{}) // as long as the export takes
		hctx.SetHeader("Content-Type", "text/csv; charset=utf-8; header=present")
		hctx.SetHeader("Content-Disposition", `attachment; filename="events.csv"`)
		cw := csv.NewWriter(w)
		wrote := false
		record := make([]string, len(csvHeader))
		err := s.db.eachEvent(r.Context(), v, f, func(e Event) error {
			if !wrote {
				hctx.SetStatus(http.StatusOK)
				if err := cw.Write(csvHeader); err != nil {
					return err
				}
				wrote = true
			}
			name := ""
			if e.Name != nil {
				name = *e.Name
			}
			args := "null"
			if e.Args != nil {
				args = string(e.Args)
			}
			record = append(record[:0], strconv.FormatInt(e.BlockNumber, 10), e.BlockHash, e.TxHash, strconv.Itoa(e.LogIndex),
				e.Contract, e.Address, name, args, strings.Join(e.Topics, " "), e.Data)
			return cw.Write(record)
		})
		if err == nil && !wrote {
			hctx.SetStatus(http.StatusOK)
			err = cw.Write(csvHeader)
		}
		if err != nil && !wrote {
			// nothing sent yet: a real error answer is still possible
			e := s.fail(r.Context(), "events", err)
			status := statusOf(e)
			if status == http.StatusServiceUnavailable {
				hctx.SetHeader("Retry-After", "1")
			}
			huma.WriteErr(s.api, hctx, status, e.Error()) //nolint:errcheck // the client went away
			return
		}
		cw.Flush()
		if err != nil {
			// the status is out: cutting the stream short is the only signal left,
			// and a CSV without its last line break is detectably incomplete
			s.cfg.Logger.WarnContext(r.Context(), "events.csv cut short", "err", err)
			panic(http.ErrAbortHandler)
		}
	}}, nil
}

func statusOf(err error) int {
	var se huma.StatusError
	if errors.As(err, &se) {
		return se.GetStatus()
	}
	return http.StatusInternalServerError
}

// readyOut is /readyz's answer.
type readyOut struct {
	Body struct {
		Status      string                   `json:"status" example:"ready"`
		Replication Optional[replicationOut] `json:"replication" doc:"How far the hot standby the API reads from is behind its primary; null on a primary."`
	}
}

// replicationOut is how far a hot standby is behind its primary.
type replicationOut struct {
	// Receiving: a WAL receiver streams from the primary.
	Receiving bool `json:"receiving"`
	// LagSeconds is the age of the last transaction replayed while WAL received is still
	// to be replayed, else 0 (PostgreSQL's usual measure; it cannot see WAL the primary
	// has not sent).
	LagSeconds float64 `json:"lag_seconds"`
}

// replication reads whether the database is a hot standby, and if so its lag.
func (s *Server) replication(ctx context.Context) (*replicationOut, error) {
	const sql = `SELECT pg_is_in_recovery(), EXISTS (SELECT FROM pg_stat_wal_receiver),
		CASE WHEN NOT pg_is_in_recovery() OR pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() THEN 0
			ELSE coalesce(extract(epoch FROM now() - pg_last_xact_replay_timestamp())::float8, 0) END`
	var standby bool
	var r replicationOut
	if err := s.cfg.Pool.QueryRow(ctx, sql).Scan(&standby, &r.Receiving, &r.LagSeconds); err != nil || !standby {
		return nil, err
	}
	return &r, nil
}

func (s *Server) readyz(ctx context.Context, _ *struct{}) (*readyOut, error) {
	ctx, cancel := context.WithTimeout(ctx, 2*time.Second)
	defer cancel()
	unreachable := huma.ErrorWithHeaders(newProblem(http.StatusServiceUnavailable, "the database is unreachable"),
		http.Header{"Retry-After": []string{"1"}})
	if err := s.state.refresh(ctx, s.cfg.Pool); err != nil {
		return nil, unreachable
	}
	repl, err := s.replication(ctx)
	if err != nil {
		return nil, unreachable
	}
	switch {
	case repl == nil:
	case !repl.Receiving:
		return nil, newProblem(http.StatusServiceUnavailable, "the database is a hot standby that receives no WAL from its primary: "+
			"its data is not following the indexer")
	case repl.LagSeconds > s.cfg.MaxReplicationLag.Seconds():
		return nil, newProblem(http.StatusServiceUnavailable, fmt.Sprintf("the database is a hot standby %.1f s behind its primary (bound %s)",
			repl.LagSeconds, s.cfg.MaxReplicationLag))
	}
	st, _, _ := s.state.get()
	if !st.known {
		return nil, newProblem(http.StatusServiceUnavailable, "the indexer has not started on this chain yet")
	}
	switch st.state {
	case "diverged":
		return nil, newProblem(http.StatusServiceUnavailable, fmt.Sprintf("the indexer diverged from the chain at block %d "+
			"(a reorg deeper than its finality depth): the data from that block on may be of a branch the chain no longer has, "+
			"until the database is rebuilt", st.diverged.Int64))
	case "stopped":
		detail := "the indexer is stopped: nothing follows the chain"
		if st.err.Valid {
			detail += " (" + st.err.String + ")"
		}
		return nil, newProblem(http.StatusServiceUnavailable, detail)
	}
	if lag := st.head - st.indexed; lag > s.cfg.MaxLag {
		return nil, newProblem(http.StatusServiceUnavailable, fmt.Sprintf("the indexer is %d blocks behind the head (bound %d)", lag, s.cfg.MaxLag))
	}
	out := &readyOut{}
	out.Body.Status = "ready"
	out.Body.Replication = Optional[replicationOut]{repl}
	return out, nil
}
