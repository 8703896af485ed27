package api

import (
	"context"
	"math/big"
	"net/http"
	"strconv"

	"github.com/danielgtaylor/huma/v2"
	"github.com/ethereum/go-ethereum/common"

	"sharechain/internal/telemetry"
)

// Release 2 telemetry (INTERFACE.md §5): an asset's readings, a reading's Merkle proof
// against its anchored epoch, and an asset's stats and anomalies.
//
// Positions (lat_e7, lon_e7) are personal data. Everyone gets them floored to a multiple
// of 100 000 (0.01°, about 1 km; floored toward −∞) with signature null; a caller signed
// in with SIWE (siwe.go) gets them exactly, with the device's signature, when it is the
// asset's current owner, or the renter or provider of the checked-in rental whose slot
// [start, min(returned_at, end)) holds the reading's time. A position's proof reveals the
// exact value, so it is 403 to anyone else. Stats give exact position aggregates to the
// owner only (a window spans many rentals).

// Reading is a device's signed reading.
type Reading struct {
	TokenID   string  `json:"token_id"`
	Device    string  `json:"device" doc:"The device key that signed it (EIP-55)."`
	Seq       uint64  `json:"seq" doc:"The device's number for the reading, from 1."`
	Time      uint64  `json:"time" doc:"When the device took it, unix seconds."`
	Kind      string  `json:"kind" doc:"odometer_m, energy_wh, lat_e7, lon_e7, battery_pm, locked, or another short name." example:"odometer_m"`
	Value     string  `json:"value" doc:"int256, decimal. A position (lat_e7, lon_e7) is floored to a multiple of 100 000 (about 1 km) unless the caller is a party (SIWE)."`
	Signature *string `json:"signature" nullable:"true" doc:"The device's 65-byte EIP-712 signature of the Reading; null for a floored position."`
	Epoch     *int64  `json:"epoch" nullable:"true" doc:"The anchored epoch whose Merkle root holds it; null until anchored on chain."`
}

// ReadingProof proves a reading against its epoch's root anchored in TelemetryAnchor:
// MerkleProof.verify(proof, root, leaf), or TelemetryAnchor.verifyReading(epoch, proof, leaf)
// with one eth_call.
type ReadingProof struct {
	Reading     Reading  `json:"reading"`
	Leaf        string   `json:"leaf" doc:"keccak256(bytes.concat(keccak256(abi.encode(tokenId, device, seq, time, kind, value))))."`
	Epoch       int64    `json:"epoch"`
	Root        string   `json:"root"`
	Proof       []string `json:"proof" doc:"Sibling hashes from the leaf up to the root (OpenZeppelin StandardMerkleTree)."`
	AnchorTx    string   `json:"anchor_tx" doc:"The transaction that anchored the root."`
	AnchorBlock int64    `json:"anchor_block"`
}

// KindStats aggregates one kind of reading over a stats window.
type KindStats struct {
	Kind     string `json:"kind"`
	Readings int64  `json:"readings" doc:"How many readings of the kind the window holds."`
	First    string `json:"first" doc:"The value of the window's first reading of the kind (decimal)."`
	Last     string `json:"last" doc:"The value of its last."`
	Min      string `json:"min"`
	Max      string `json:"max"`
}

// Anomaly is something in an asset's readings a sharing operator should look at.
type Anomaly struct {
	Kind     string  `json:"kind" enum:"movement_while_not_rented,odometer_backwards,usage_outside_rental,device_silent"`
	Time     uint64  `json:"time" doc:"The reading that shows it, or the start of a silence; unix seconds."`
	Seq      *uint64 `json:"seq" nullable:"true" doc:"That reading's seq; null for a silence from a rental's start."`
	Device   *string `json:"device" nullable:"true" doc:"That reading's device."`
	RentalID *string `json:"rental_id" nullable:"true" doc:"The rental a device was silent in."`
	Detail   string  `json:"detail"`
}

// AssetStats is an asset's utilization, readings and anomalies over a window.
type AssetStats struct {
	TokenID            string      `json:"token_id"`
	From               uint64      `json:"from" doc:"Window start (inclusive), unix seconds."`
	To                 uint64      `json:"to" doc:"Window end (exclusive), unix seconds."`
	UtilizationBps     int         `json:"utilization_bps" doc:"floor(Σ overlap of each checked-in rental's [start, min(returned_at, end)) with the window × 10 000 / window length)."`
	Rentals            int         `json:"rentals" doc:"Checked-in rentals whose slot meets the window (booked, cancelled and no-show rentals never count)."`
	Readings           int64       `json:"readings" doc:"Readings in the window."`
	Kinds              []KindStats `json:"kinds"`
	LastSeen           *uint64     `json:"last_seen" nullable:"true" doc:"Time of the asset's latest reading before to; null when none."`
	Anomalies          []Anomaly   `json:"anomalies" doc:"By time; the rules and thresholds are in the API guide."`
	AnomaliesTruncated bool        `json:"anomalies_truncated" doc:"The window held more readings than the anomaly scan reads (200 000), or more anomalies than listed (500): narrow it."`
}

// AuthNonce is a nonce for a Sign-In with Ethereum message.
type AuthNonce struct {
	Nonce     string   `json:"nonce" doc:"Put it in the message's Nonce field."`
	IssuedAt  uint64   `json:"issued_at" doc:"Unix seconds."`
	ExpiresAt uint64   `json:"expires_at" doc:"The message's Issued At must be before this (unix seconds); the sign-in then lasts until its Expiration Time, at most 24 h after the nonce's issue."`
	ChainID   uint64   `json:"chain_id" doc:"The message's Chain ID must be this."`
	Domains   []string `json:"domains" doc:"The message's domain must be one of these."`
}

type telemetryInput struct {
	ReadParams
	PageParams
	TokenID string `path:"tokenId" pattern:"^[0-9]{1,78}$" doc:"Decimal uint256 token id."`
	Kind    string `query:"kind" pattern:"^[a-z0-9_]{1,32}$" doc:"Only readings of this kind."`
	From    string `query:"from" pattern:"^[0-9]{1,19}$" doc:"Only readings taken at or after this time (unix seconds)."`
	To      string `query:"to" pattern:"^[0-9]{1,19}$" doc:"Only readings taken before this time (unix seconds)."`
}

type telemetryOut struct{ Body Page[Reading] }

type proofInput struct {
	ReadParams
	Device string `path:"device" pattern:"^0x[0-9a-fA-F]{40}$" doc:"The device address, lower-case or EIP-55."`
	Seq    string `path:"seq" pattern:"^[0-9]{1,19}$" doc:"The reading's seq."`
}

type proofOut struct{ Body ReadingProof }

type statsInput struct {
	ReadParams
	TokenID string `path:"tokenId" pattern:"^[0-9]{1,78}$" doc:"Decimal uint256 token id."`
	From    string `query:"from" pattern:"^[0-9]{1,19}$" doc:"Window start, unix seconds (default: to − 30 days)."`
	To      string `query:"to" pattern:"^[0-9]{1,19}$" doc:"Window end, unix seconds, after from and at most 366 days later (default: the latest indexed block's time)."`
}

type statsOut struct{ Body AssetStats }

type nonceOut struct {
	CacheControl string `header:"Cache-Control"`
	Body         AuthNonce
}

// statsWindow is the default stats window.
const statsWindow = 30 * 24 * 3600

// siweSecurity marks an operation that reads an optional SIWE Authorization header.
var siweSecurity = []map[string][]string{{}, {"siwe": {}}}

func (s *Server) registerTelemetry() {
	api := s.api
	api.OpenAPI().Components.SecuritySchemes = map[string]*huma.SecurityScheme{"siwe": {
		Type: "apiKey", In: "header", Name: "Authorization",
		Description: "Sign-In with Ethereum (EIP-4361): `SIWE <base64url of the message>.<0x personal_sign signature>`, " +
			"the message's nonce from GET /v1/auth/nonce. Optional: without it, positions are floored to about 1 km.",
	}}
	huma.Register(api, huma.Operation{OperationID: "getAuthNonce", Method: http.MethodGet, Path: "/v1/auth/nonce", Tags: []string{"auth"},
		Summary: "A nonce for a Sign-In with Ethereum message",
		// 503: every /v1 route answers so while PostgreSQL is unreachable (and min_block waits)
		Errors: []int{http.StatusBadRequest, http.StatusServiceUnavailable}}, s.getAuthNonce)
	huma.Register(api, huma.Operation{OperationID: "listAssetTelemetry", Method: http.MethodGet, Path: "/v1/assets/{tokenId}/telemetry",
		Tags: []string{"telemetry"}, Summary: "An asset's device readings by time; exact positions only to its parties (SIWE)",
		Security: siweSecurity, Errors: []int{http.StatusBadRequest, http.StatusUnauthorized, http.StatusNotFound, http.StatusServiceUnavailable}},
		s.listTelemetry)
	huma.Register(api, huma.Operation{OperationID: "getReadingProof", Method: http.MethodGet, Path: "/v1/telemetry/{device}/{seq}/proof",
		Tags: []string{"telemetry"}, Summary: "A reading with its Merkle proof against its anchored epoch",
		Description: "404 for an unknown reading; 409 while its epoch is not anchored on chain; a position's proof is 403 to anyone " +
			"but the asset's owner and the parties of the rental it falls in (SIWE), since it reveals the exact value.",
		Security: siweSecurity, Errors: []int{http.StatusBadRequest, http.StatusUnauthorized, http.StatusForbidden, http.StatusNotFound,
			http.StatusConflict, http.StatusServiceUnavailable}}, s.getProof)
	huma.Register(api, huma.Operation{OperationID: "getAssetStats", Method: http.MethodGet, Path: "/v1/assets/{tokenId}/stats",
		Tags: []string{"telemetry"}, Summary: "An asset's utilization, readings per kind, last seen and anomalies over a window",
		Security: siweSecurity, Errors: []int{http.StatusBadRequest, http.StatusUnauthorized, http.StatusNotFound, http.StatusServiceUnavailable}},
		s.getStats)
}

func (s *Server) getAuthNonce(ctx context.Context, _ *struct{}) (*nonceOut, error) {
	now := s.auth.now()
	nonce, expires := s.auth.nonce(now)
	host, _ := ctx.Value(hostKey).(string)
	return &nonceOut{CacheControl: "no-store", Body: AuthNonce{Nonce: nonce, IssuedAt: uint64(now.Unix()),
		ExpiresAt: uint64(expires.Unix()), ChainID: s.auth.chainID, Domains: s.auth.accepted(host)}}, nil
}

// caller is the address the request signed in as, nil without an Authorization header, or
// a 401 for one that does not check out.
func (s *Server) caller(ctx context.Context) (*common.Address, error) {
	header, _ := ctx.Value(authKey).(string)
	if header == "" {
		return nil, nil
	}
	host, _ := ctx.Value(hostKey).(string)
	a, err := s.auth.authenticate(header, host, s.auth.now())
	if err != nil {
		return nil, huma.ErrorWithHeaders(newProblem(http.StatusUnauthorized, err.Error()),
			http.Header{"WWW-Authenticate": []string{`SIWE realm="sharechain"`}})
	}
	return &a, nil
}

// parties decides, for the readings of one asset, which a caller may see exactly.
type parties struct {
	owner bool
	slots [][2]uint64
}

func (p parties) exact(t uint64) bool {
	if p.owner {
		return true
	}
	for _, s := range p.slots {
		if s[0] <= t && t < s[1] {
			return true
		}
	}
	return false
}

func (s *Server) partiesOf(ctx context.Context, token string, caller *common.Address) (parties, error) {
	if caller == nil {
		return parties{}, nil
	}
	owner, err := s.db.owns(ctx, token, *caller)
	if err != nil || owner {
		return parties{owner: owner}, err
	}
	slots, err := s.db.partySlots(ctx, token, *caller)
	return parties{slots: slots}, err
}

// readingOf is r as the caller may see it.
func readingOf(r readingRow, exact bool) Reading {
	out := Reading{TokenID: r.tokenID, Device: addrOf(r.device[:]), Seq: r.seq, Time: r.time, Kind: r.kind, Epoch: r.epoch}
	if isPosition(r.kind) && !exact {
		out.Value = coarse(r.value).String()
		return out
	}
	out.Value = r.value.String()
	sig := hexOf(r.signature)
	out.Signature = &sig
	return out
}

// window parses a from/to pair of unix seconds: from < to when both are given.
func (p *params) window(from, to string) (*int64, *int64) {
	f, t := p.block("from", from), p.block("to", to)
	if f != nil && t != nil && *t <= *f {
		p.bad = append(p.bad, invalidParam{"to", "must be after from"})
	}
	return f, t
}

func (s *Server) listTelemetry(ctx context.Context, in *telemetryInput) (*telemetryOut, error) {
	ctx, cancel, v, err := s.read(ctx, in.ReadParams)
	if err != nil {
		return nil, err
	}
	defer cancel()
	var p params
	id := p.uint256("tokenId", in.TokenID)
	f := readingFilter{tokenID: id, kind: in.Kind, limit: in.Limit + 1}
	if in.Kind != "" {
		if _, err := telemetry.ParseKind(in.Kind); err != nil {
			p.bad = append(p.bad, invalidParam{"kind", err.Error()})
		}
	}
	f.from, f.to = p.window(in.From, in.To)
	if keys := p.after("telemetry", in.Cursor, 3); keys != nil {
		if !keys[0].IsInt64() || keys[1].BitLen() > 160 || !keys[2].IsInt64() {
			p.bad = append(p.bad, invalidParam{"cursor", errBadCursor.Error()})
		} else {
			f.after = &[3]*big.Int{keys[0], keys[1], keys[2]}
		}
	}
	if err := p.err(ctx); err != nil {
		return nil, err
	}
	who, err := s.caller(ctx)
	if err != nil {
		return nil, err
	}
	if _, err := s.db.asset(ctx, view{}, id); err != nil {
		return nil, s.fail(ctx, "asset "+id.String(), err)
	}
	rows, err := s.db.readings(ctx, v, f)
	if err != nil {
		return nil, s.fail(ctx, "telemetry", err)
	}
	var who2 parties
	for _, r := range rows {
		if isPosition(r.kind) {
			if who2, err = s.partiesOf(ctx, id.String(), who); err != nil {
				return nil, s.fail(ctx, "telemetry", err)
			}
			break
		}
	}
	out := make([]Reading, len(rows))
	for i, r := range rows {
		out[i] = readingOf(r, who2.exact(r.time))
	}
	return &telemetryOut{Body: page(out, in.Limit, "telemetry", func(r Reading) []string {
		return []string{strconv.FormatUint(r.Time, 10), common.HexToAddress(r.Device).Big().String(), strconv.FormatUint(r.Seq, 10)}
	})}, nil
}

func (s *Server) getProof(ctx context.Context, in *proofInput) (*proofOut, error) {
	ctx, cancel, v, err := s.read(ctx, in.ReadParams)
	if err != nil {
		return nil, err
	}
	defer cancel()
	var p params
	device := p.address("device", in.Device)
	seq := p.block("seq", in.Seq)
	if err := p.err(ctx); err != nil {
		return nil, err
	}
	who, err := s.caller(ctx)
	if err != nil {
		return nil, err
	}
	what := "reading " + device.Hex() + "/" + strconv.FormatInt(*seq, 10)
	r, err := s.db.readingBySeq(ctx, v, *device, *seq)
	if err != nil {
		return nil, s.fail(ctx, what, err)
	}
	if isPosition(r.kind) {
		if who == nil {
			return nil, newProblem(http.StatusForbidden, "a position's proof reveals the exact position: sign in (SIWE) as the asset's owner "+
				"or a party of the rental it falls in")
		}
		ps, err := s.partiesOf(ctx, r.tokenID, who)
		if err != nil {
			return nil, s.fail(ctx, what, err)
		}
		if !ps.exact(r.time) {
			return nil, newProblem(http.StatusForbidden, who.Hex()+" is neither the asset's owner nor a party of the rental this position falls in")
		}
	}
	if r.epoch == nil || r.anchorBlock == nil || r.anchorTx == nil {
		detail := what + " is not anchored yet: its epoch is built and anchored every ANCHOR_INTERVAL; retry later"
		if r.epochNo != nil {
			detail = what + " is in epoch " + strconv.FormatInt(*r.epochNo, 10) + ", whose root is not anchored on chain yet; retry later"
		}
		return nil, huma.ErrorWithHeaders(newProblem(http.StatusConflict, detail), http.Header{"Retry-After": []string{"60"}})
	}
	// the statement found the leaf in the tree and read its proof; Verify (~20 keccaks)
	// makes sure the stored tree proves it against the anchored root before we say so
	var nodes []common.Hash
	for b := r.proof; len(b) >= 32; b = b[32:] {
		nodes = append(nodes, common.Hash(b[:32]))
	}
	if r.node == nil || len(r.proof)%32 != 0 || !telemetry.Verify(r.root, r.leaf, nodes) {
		s.cfg.Logger.ErrorContext(ctx, "an anchored epoch's tree does not prove its reading", "epoch", *r.epoch, "device", device.Hex(), "seq", *seq)
		return nil, newProblem(http.StatusInternalServerError, "internal error: the tree of epoch "+strconv.FormatInt(*r.epoch, 10)+
			" does not prove "+what)
	}
	proof := make([]string, len(nodes))
	for i, n := range nodes {
		proof[i] = n.Hex()
	}
	return &proofOut{Body: ReadingProof{Reading: readingOf(r.readingRow, true), Leaf: r.leaf.Hex(), Epoch: *r.epoch, Root: r.root.Hex(),
		Proof: proof, AnchorTx: hexOf(r.anchorTx), AnchorBlock: *r.anchorBlock}}, nil
}

func (s *Server) getStats(ctx context.Context, in *statsInput) (*statsOut, error) {
	ctx, cancel, v, err := s.read(ctx, in.ReadParams)
	if err != nil {
		return nil, err
	}
	defer cancel()
	var p params
	id := p.uint256("tokenId", in.TokenID)
	fromP, toP := p.window(in.From, in.To)
	to := v.latestTime
	if toP != nil {
		to = uint64(*toP)
	}
	from := uint64(0)
	if to > statsWindow {
		from = to - statsWindow
	}
	if fromP != nil {
		from = uint64(*fromP)
		if toP == nil && from >= to {
			p.bad = append(p.bad, invalidParam{"from", "must be before to (default: the latest indexed block's time)"})
		}
	}
	if len(p.bad) == 0 && to-from > maxWindow {
		p.bad = append(p.bad, invalidParam{"to", "must be at most 366 days after from"})
	}
	if err := p.err(ctx); err != nil {
		return nil, err
	}
	who, err := s.caller(ctx)
	if err != nil {
		return nil, err
	}
	token := id.String()
	if _, err := s.db.asset(ctx, view{}, id); err != nil {
		return nil, s.fail(ctx, "asset "+token, err)
	}
	owner := false
	if who != nil {
		if owner, err = s.db.owns(ctx, token, *who); err != nil {
			return nil, s.fail(ctx, "stats", err)
		}
	}
	kinds, err := s.db.kindStats(ctx, token, from, to)
	if err != nil {
		return nil, s.fail(ctx, "stats", err)
	}
	last, err := s.db.lastSeen(ctx, token, to)
	if err != nil {
		return nil, s.fail(ctx, "stats", err)
	}
	rentals, err := s.db.rentalSpans(ctx, v, token, from, to)
	if err != nil {
		return nil, s.fail(ctx, "stats", err)
	}
	samples, err := s.db.samples(ctx, token, from, to, maxStatsScan+1)
	if err != nil {
		return nil, s.fail(ctx, "stats", err)
	}
	out := AssetStats{TokenID: token, From: from, To: to, Kinds: make([]KindStats, len(kinds)), LastSeen: last}
	out.UtilizationBps, out.Rentals = utilizationBps(rentals, from, to)
	until := min(to, max(v.latestTime, from))
	if len(samples) > maxStatsScan {
		samples = samples[:maxStatsScan]
		until = min(until, samples[len(samples)-1].time)
		out.AnomaliesTruncated = true
	}
	out.Anomalies = detectAnomalies(samples, rentals, from, until)
	if len(out.Anomalies) > maxAnomalies {
		out.Anomalies = out.Anomalies[:maxAnomalies]
		out.AnomaliesTruncated = true
	}
	if out.Anomalies == nil {
		out.Anomalies = []Anomaly{}
	}
	for i, k := range kinds {
		out.Readings += k.n
		f := func(x *big.Int) string { return x.String() }
		if isPosition(k.kind) && !owner {
			f = func(x *big.Int) string { return coarse(x).String() }
		}
		out.Kinds[i] = KindStats{Kind: k.kind, Readings: k.n, First: f(k.first), Last: f(k.last), Min: f(k.min), Max: f(k.max)}
	}
	return &statsOut{Body: out}, nil
}
