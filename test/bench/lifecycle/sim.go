package main

import (
	"container/heap"
	"context"
	"crypto/ecdsa"
	"fmt"
	"log"
	"math/big"
	"math/rand/v2"
	"runtime"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"

	"sharechain/bindings/pledgeescrow"
	"sharechain/internal/devnet"
)

// blockGasBudget is the sum of gas limits one block takes (half of anvil's --gas-limit,
// so the base fee never climbs), and blockTxCap the transactions: anvil takes a block of
// 5 000 pending transactions ~30 s to mine, five of 1 000 a few; calls beyond either wait
// for the next block.
const (
	blockGasBudget = anvilGasLimit / 2
	blockTxCap     = 1000
)

// actor is an account that sends transactions; the generator counts its nonces (with
// automine off anvil knows none of the pending ones).
type actor struct {
	key   *ecdsa.PrivateKey
	addr  common.Address
	nonce uint64
}

func newActor(key *ecdsa.PrivateKey) *actor { return &actor{key: key, addr: devnet.Address(key)} }

type assetState struct {
	n        int // index in the load set: code, content and uri derive from it
	tokenID  *big.Int
	owner    *actor
	device   *ecdsa.PrivateKey // nil: no IoT device, so no usage reports
	content  [32]byte
	listing  *listingState
	price    int64 // tUSD (6 decimals) an hour
	verifyBy int   // which verifier
	squatted bool  // a squatter registers its code first
}

// deviceAddr is the device bound to a, the zero address when none.
func (a *assetState) deviceAddr() common.Address {
	if a.device == nil {
		return common.Address{}
	}
	return devnet.Address(a.device)
}

type listingState struct {
	id      *big.Int
	asset   *assetState
	terms   pledgeescrow.IPledgeEscrowTerms // as listed or last updated
	pos     int                             // index in world.free, -1 when not free (rented, or being changed)
	open    int                             // its rentals that still hold a slot (booked, active, in inspection, disputed)
	closing bool                            // its provider takes it down once none is open
}

type renterState struct {
	*actor
	pos         int // index in world.idle, -1 when busy or not eligible
	score       int
	blacklisted bool
	busy        bool
}

type rentalState struct {
	id        *big.Int
	listing   *listingState
	renter    *renterState
	fate      *fate
	booked    bool // made ahead (stepBook), checked in at its start when used
	start     uint64
	end       uint64
	nonce     uint64 // the last usage report's
	returned  uint64 // Returned.returnedAt, 0 until returned
	inspEnd   uint64 // the inspection's end, as Returned and InspectionExtended set it
	disputeID *big.Int
	seen      int // logs its transactions emitted so far
}

// call is one planned transaction and what to do with its receipt.
type call struct {
	step   step
	from   *actor
	to     common.Address
	data   []byte
	rental *rentalState // whose logs these are, for the estimate of what is still to come
	then   func(r *types.Receipt) error
}

// task is work due at a time: run plans the calls of the block it lands in.
type task struct {
	at  uint64
	seq int
	run func() []call
}

type taskQueue []*task

func (q taskQueue) Len() int { return len(q) }
func (q taskQueue) Less(i, j int) bool {
	if q[i].at != q[j].at {
		return q[i].at < q[j].at
	}
	return q[i].seq < q[j].seq
}
func (q taskQueue) Swap(i, j int) { q[i], q[j] = q[j], q[i] }
func (q *taskQueue) Push(x any)   { *q = append(*q, x.(*task)) }
func (q *taskQueue) Pop() any {
	old := *q
	t := old[len(old)-1]
	*q = old[:len(old)-1]
	return t
}

// world is the simulated platform: its actors, assets, listings and rentals, and the
// queue of what is due when. Everything it learns about ids and scores it reads from the
// receipts of the mined blocks.
type world struct {
	rpc      *rpc.Client
	suite    *devnet.Suite
	b        devnet.Bindings
	rng      *rand.Rand
	signer   types.Signer
	followed map[common.Address]bool
	target   int

	now     uint64
	seq     int
	queue   taskQueue
	events  int // logs of the followed contracts so far
	blocks  int // blocks mined by the generator
	txs     int
	perStep [stepCount]int
	logsOf  [stepCount]int
	fates   map[string]int

	deployer  *actor
	keeper    []*actor // relay usage reports, collect defaults, execute rulings
	verifiers []*actor
	arbiters  []*actor
	providers []*actor
	payees    map[*actor]common.Address // a co-owner each provider may name as the payee of a listing
	squatter  *actor                    // registers asset codes that are not its own
	platforms []common.Address          // registered at setup; not senders
	renters   []*renterState
	byAddr    map[common.Address]*renterState

	assets     []*assetState
	nextAsset  int // assets[nextAsset:] are not registered yet
	onboarding int // registered, not listed yet
	free       []*listingState
	idle       []*renterState
	open       map[string]*rentalState
	fateBag    []*fate
	carry      []call // planned calls that did not fit their block
}

func (w *world) schedule(at uint64, run func() []call) {
	w.seq++
	heap.Push(&w.queue, &task{at: at, seq: w.seq, run: run})
}

// next is the time of the block after the current one.
func (w *world) next() uint64 { return w.now + uint64(blockTime.Seconds()) }

func (w *world) in(d time.Duration) uint64 { return w.now + uint64(d.Seconds()) }

func (w *world) setFree(l *listingState, free bool) {
	if free && l.pos < 0 {
		l.pos = len(w.free)
		w.free = append(w.free, l)
	} else if !free && l.pos >= 0 {
		last := w.free[len(w.free)-1]
		w.free[l.pos], last.pos = last, l.pos
		w.free = w.free[:len(w.free)-1]
		l.pos = -1
	}
}

func (w *world) setIdle(r *renterState, idle bool) {
	idle = idle && !r.busy && !r.blacklisted && r.score >= 300 // tier 0 may hold no rental
	if idle && r.pos < 0 {
		r.pos = len(w.idle)
		w.idle = append(w.idle, r)
	} else if !idle && r.pos >= 0 {
		last := w.idle[len(w.idle)-1]
		w.idle[r.pos], last.pos = last, r.pos
		w.idle = w.idle[:len(w.idle)-1]
		r.pos = -1
	}
}

func (w *world) call(s step, from *actor, to common.Address, data []byte, then func(*types.Receipt) error) call {
	return call{step: s, from: from, to: to, data: data, then: then}
}

func word(s string, i int) [32]byte { return crypto.Keccak256Hash([]byte(fmt.Sprintf("%s %d", s, i))) }

func usd(n int64) *big.Int { return big.NewInt(n * 1_000_000) }

func shr(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18)) }

// newWorld sets up the actors and the load set for a chain of about target events.
func newWorld(rpcClient *rpc.Client, suite *devnet.Suite, seed uint64, target int) *world {
	w := &world{rpc: rpcClient, suite: suite, b: suite.Bindings, rng: rand.New(rand.NewPCG(seed, 0x5eed)),
		signer: types.LatestSignerForChainID(suite.ChainID), target: target, fates: map[string]int{},
		followed: map[common.Address]bool{suite.RewardToken: true, suite.AssetRegistry: true, suite.CreditRegistry: true,
			suite.PledgeEscrow: true, suite.Arbitration: true},
		byAddr: map[common.Address]*renterState{}, open: map[string]*rentalState{}, payees: map[*actor]common.Address{}}
	w.deployer = newActor(suite.Deployer)
	w.keeper = append(w.keeper, newActor(devnet.DevKey(9)))
	for i := 1; i < relayerCount; i++ {
		w.keeper = append(w.keeper, newActor(devnet.DerivedKey(fmt.Sprintf("lifecycle relayer %d", i))))
	}
	for i := 0; i < verifierCount; i++ {
		w.verifiers = append(w.verifiers, newActor(devnet.DerivedKey(fmt.Sprintf("lifecycle verifier %d", i))))
	}
	for i := 0; i < arbiterCount; i++ {
		w.arbiters = append(w.arbiters, newActor(devnet.DerivedKey(fmt.Sprintf("lifecycle arbiter %d", i))))
	}
	for i := 0; i < platformCount; i++ {
		w.platforms = append(w.platforms, devnet.Address(devnet.DerivedKey(fmt.Sprintf("lifecycle platform %d", i))))
	}
	w.squatter = newActor(devnet.DerivedKey("lifecycle squatter"))
	nAssets := max(10, target/assetsPerEvents)
	for i := 0; i < max(2, nAssets/assetsPerOwner); i++ {
		p := newActor(devnet.DerivedKey(fmt.Sprintf("lifecycle provider %d", i)))
		w.providers = append(w.providers, p)
		w.payees[p] = devnet.Address(devnet.DerivedKey(fmt.Sprintf("lifecycle payee %d", i)))
	}
	for i := 0; i < max(4, target/renterPerEvents); i++ {
		r := &renterState{actor: newActor(devnet.DerivedKey(fmt.Sprintf("lifecycle renter %d", i))), pos: -1,
			score: int(devnet.NewcomerScore)}
		w.renters = append(w.renters, r)
		w.byAddr[r.addr] = r
	}
	for i := 0; i < nAssets; i++ {
		a := &assetState{n: i, owner: w.providers[w.rng.IntN(len(w.providers))], content: word("lifecycle content", i),
			price: 1 + int64(w.rng.IntN(5)), verifyBy: w.rng.IntN(verifierCount)}
		if w.rng.Float64() < rates.device {
			a.device = devnet.DerivedKey(fmt.Sprintf("lifecycle device %d", i))
		}
		a.squatted = w.rng.Float64() < rates.squatted
		w.assets = append(w.assets, a)
	}
	for i := range fates {
		for j := 0; j < fates[i].weight; j++ {
			w.fateBag = append(w.fateBag, &fates[i])
		}
	}
	return w
}

// Options returns the roles the world's actors need at deployment.
func lifecycleOptions(w *world) devnet.Options {
	o := devnet.Options{Governors: []common.Address{w.deployer.addr}}
	for _, v := range w.verifiers {
		o.Verifiers = append(o.Verifiers, v.addr)
	}
	for _, a := range w.arbiters {
		o.Arbiters = append(o.Arbiters, a.addr)
	}
	return o
}

// everyone returns every derived account that sends transactions (they get ETH).
func (w *world) everyone() []*actor {
	out := append([]*actor{}, w.keeper[1:]...)
	out = append(out, w.verifiers...)
	out = append(out, w.arbiters...)
	out = append(out, w.providers...)
	out = append(out, w.squatter)
	for _, r := range w.renters {
		out = append(out, r.actor)
	}
	return out
}

// setup queues the governance and the funding: the platforms and tUSD's reward rate, SHR
// and the escrow's allowance for every provider, tUSD and the allowance for every renter.
func (w *world) setup() {
	s, b := w.suite, w.b
	w.schedule(w.now, func() []call {
		out := []call{w.call(stepSetRewardRate, w.deployer, s.PledgeEscrow,
			b.PledgeEscrow.PackSetRewardRate(s.PaymentToken, big.NewInt(rates.rewardRate)), nil)}
		for i, p := range w.platforms {
			out = append(out, w.call(stepSetPlatform, w.deployer, s.PledgeEscrow,
				b.PledgeEscrow.PackSetPlatform(p, rates.platformShares[i%len(rates.platformShares)]), nil))
		}
		return out
	})
	owned := map[*actor]int64{}
	for _, a := range w.assets {
		owned[a.owner]++
	}
	for _, p := range w.providers {
		// a pledge is at most 150 SHR (tier 1); released pledges come back for relisting
		amount := shr(150 * (owned[p] + 3))
		w.schedule(w.now, func() []call {
			return []call{
				w.call(stepFundSHR, w.deployer, s.RewardToken, b.RewardToken.PackTransfer(p.addr, amount), nil),
				w.call(stepApproveSHR, p, s.RewardToken, b.RewardToken.PackApprove(s.PledgeEscrow, abi.MaxUint256), nil),
			}
		})
	}
	for _, r := range w.renters {
		w.schedule(w.now, func() []call {
			return []call{
				w.call(stepFundUSD, r.actor, s.PaymentToken, b.PaymentToken.PackMint(r.addr, usd(1_000_000)), nil),
				w.call(stepApproveUSD, r.actor, s.PaymentToken, b.PaymentToken.PackApprove(s.PledgeEscrow, abi.MaxUint256), func(*types.Receipt) error {
					w.setIdle(r, true)
					return nil
				}),
			}
		})
	}
}

// register queues the registration of the next n assets at the next block; a squatted
// asset's code is registered by the squatter first, its registration revoked by a
// verifier the block after, and the owner registers it the block after that.
func (w *world) register(n int) {
	for ; n > 0 && w.nextAsset < len(w.assets); n-- {
		a := w.assets[w.nextAsset]
		w.nextAsset++
		w.onboarding++
		if a.squatted {
			w.schedule(w.now, func() []call { return w.squat(a) })
		} else {
			w.schedule(w.now, func() []call { return w.registerOwn(a) })
		}
	}
}

func (w *world) squat(a *assetState) []call {
	s, b := w.suite, w.b
	data := b.AssetRegistry.PackRegister(word("lifecycle asset", a.n), word("lifecycle squat", a.n), "ipfs://squat")
	return []call{w.call(stepSquat, w.squatter, s.AssetRegistry, data, func(r *types.Receipt) error {
		var token *big.Int
		for _, l := range r.Logs {
			if ev, err := b.AssetRegistry.UnpackAssetRegisteredEvent(l); err == nil {
				token = ev.TokenId
			}
		}
		if token == nil {
			return fmt.Errorf("squat: no AssetRegistered")
		}
		v := w.verifiers[a.verifyBy]
		w.schedule(w.next(), func() []call {
			reason := crypto.Keccak256Hash([]byte(fmt.Sprintf("lifecycle: code of asset %d squatted", a.n)))
			return []call{w.call(stepRevokeRegistration, v, s.AssetRegistry, b.AssetRegistry.PackRevokeRegistration(token, reason),
				func(*types.Receipt) error {
					w.schedule(w.next(), func() []call { return w.registerOwn(a) })
					return nil
				})}
		})
		return nil
	})}
}

// registerOwn has a's owner register it; its device is bound the next block and it is
// verified the block after (v2: a verification covers the bound device, and binding clears
// it), then listed.
func (w *world) registerOwn(a *assetState) []call {
	data := w.b.AssetRegistry.PackRegister(word("lifecycle asset", a.n), a.content, fmt.Sprintf("ipfs://lifecycle/%d", a.n))
	return []call{w.call(stepRegister, a.owner, w.suite.AssetRegistry, data, func(r *types.Receipt) error {
		for _, l := range r.Logs {
			if ev, err := w.b.AssetRegistry.UnpackAssetRegisteredEvent(l); err == nil {
				a.tokenID = ev.TokenId
			}
		}
		if a.tokenID == nil {
			return fmt.Errorf("register: no AssetRegistered")
		}
		if a.device == nil {
			w.schedule(w.next(), func() []call { return w.verify(a) })
			return nil
		}
		w.schedule(w.next(), func() []call {
			return []call{w.call(stepBindDevice, a.owner, w.suite.AssetRegistry, w.b.AssetRegistry.PackBindDevice(a.tokenID, a.deviceAddr()),
				func(*types.Receipt) error {
					w.schedule(w.next(), func() []call { return w.verify(a) })
					return nil
				})}
		})
		return nil
	})}
}

// verify verifies a, by the verifier's own transaction or by the owner relaying the
// verifier's signature over its content, device and verification nonce.
func (w *world) verify(a *assetState) []call {
	s, b := w.suite, w.b
	validUntil := w.now + 10*365*86400
	v := w.verifiers[a.verifyBy]
	then := func(*types.Receipt) error {
		w.schedule(w.next(), func() []call { return w.list(a) })
		return nil
	}
	if w.rng.Float64() < rates.verifyBySig {
		// the nonce rose once, at bindDevice, when a device is bound
		nonce := big.NewInt(0)
		if a.device != nil {
			nonce = big.NewInt(1)
		}
		deadline := new(big.Int).SetUint64(w.now + 86400)
		sig := devnet.SignVerification(v.key, s.AssetRegistry, s.ChainID, devnet.Verification{TokenID: a.tokenID,
			ContentHash: a.content, Device: a.deviceAddr(), ValidUntil: validUntil, Nonce: nonce, Deadline: deadline})
		return []call{w.call(stepVerifyBySig, a.owner, s.AssetRegistry, b.AssetRegistry.PackVerifyBySig(a.tokenID, validUntil, nonce, deadline, sig), then)}
	}
	return []call{w.call(stepVerify, v, s.AssetRegistry, b.AssetRegistry.PackVerify(a.tokenID, validUntil), then)}
}

// newTerms are a listing's terms: a tUSD price an hour, a deposit of ten hours, one hour
// to thirty days, a price per usage unit for assets with a device, a cancellation policy,
// and sometimes a payee (a co-owner) and a platform.
func (w *world) newTerms(a *assetState) pledgeescrow.IPledgeEscrowTerms {
	t := pledgeescrow.IPledgeEscrowTerms{PricePerHour: usd(a.price), Deposit: usd(10 * a.price), MinDuration: 3600,
		MaxDuration: 30 * 86400, PricePerUnit: big.NewInt(0),
		CancelFeeBps:     rates.cancelFeeBps[w.rng.IntN(len(rates.cancelFeeBps))],
		FreeCancelBefore: uint64(rates.freeCancelBefore[w.rng.IntN(len(rates.freeCancelBefore))].Seconds())}
	if a.device != nil {
		t.PricePerUnit = big.NewInt(10_000) // a cent a unit
	}
	if w.rng.Float64() < rates.payee {
		t.Payee = w.payees[a.owner]
	}
	if w.rng.Float64() < rates.listingPlatform {
		t.Platform = w.platforms[w.rng.IntN(len(w.platforms))]
	}
	return t
}

// termsHash is what rent must name: keccak256(abi.encode(paymentToken, terms, device)),
// computed as a dApp does from what it shows (Terms is a static tuple: one word a field).
func (w *world) termsHash(l *listingState) [32]byte {
	t := l.terms
	words := make([]byte, 0, 11*32)
	addr := func(a common.Address) { words = append(words, common.LeftPadBytes(a.Bytes(), 32)...) }
	num := func(x *big.Int) { words = append(words, common.LeftPadBytes(x.Bytes(), 32)...) }
	u := func(x uint64) { num(new(big.Int).SetUint64(x)) }
	addr(w.suite.PaymentToken)
	num(t.PricePerHour)
	num(t.Deposit)
	u(t.MinDuration)
	u(t.MaxDuration)
	num(t.PricePerUnit)
	u(uint64(t.CancelFeeBps))
	u(t.FreeCancelBefore)
	addr(t.Payee)
	addr(t.Platform)
	addr(l.asset.deviceAddr())
	return crypto.Keccak256Hash(words)
}

// list lists a with new terms, pledging SHR.
func (w *world) list(a *assetState) []call {
	terms := w.newTerms(a)
	data := w.b.PledgeEscrow.PackList(a.tokenID, w.suite.PaymentToken, terms)
	return []call{w.call(stepList, a.owner, w.suite.PledgeEscrow, data, func(r *types.Receipt) error {
		for _, l := range r.Logs {
			if ev, err := w.b.PledgeEscrow.UnpackListedEvent(l); err == nil {
				w.onboarding--
				a.listing = &listingState{id: ev.ListingId, asset: a, terms: terms, pos: -1}
				w.setFree(a.listing, true)
				return nil
			}
		}
		return fmt.Errorf("list: no Listed")
	})}
}

// rent starts a rental of a free listing by an idle renter, with a fate drawn from fates:
// now, or booked to start after the listing's free-cancellation window and a lead time.
func (w *world) rent() bool {
	if len(w.free) == 0 || len(w.idle) == 0 {
		return false
	}
	l := w.free[w.rng.IntN(len(w.free))]
	rt := w.idle[w.rng.IntN(len(w.idle))]
	w.setFree(l, false)
	rt.busy = true
	w.setIdle(rt, false)
	f := w.fateBag[w.rng.IntN(len(w.fateBag))]
	if (f.damaged || f.dispute == inspectionDamage) && l.asset.device == nil {
		f = &fates[0] // damage is reported by a device
	}
	d := rates.durations[w.rng.IntN(len(rates.durations))]
	rs := &rentalState{listing: l, renter: rt, fate: f, booked: f.booking != used || w.rng.Float64() < rates.booked}
	var start uint64
	st := stepRent
	if rs.booked {
		st = stepBook
		start = w.now + l.terms.FreeCancelBefore + uint64(rates.leads[w.rng.IntN(len(rates.leads))].Seconds())
	}
	var platform common.Address
	if w.rng.Float64() < rates.renterPlatform {
		platform = w.platforms[w.rng.IntN(len(w.platforms))]
	}
	data := w.b.PledgeEscrow.PackRent(l.id, start, uint64(d.Seconds()), w.termsHash(l), platform)
	c := w.call(st, rt.actor, w.suite.PledgeEscrow, data, func(r *types.Receipt) error {
		for _, lg := range r.Logs {
			if ev, err := w.b.PledgeEscrow.UnpackRentedEvent(lg); err == nil {
				rs.id, rs.start, rs.end = ev.RentalId, ev.Start, ev.End
			}
		}
		if rs.id == nil {
			return fmt.Errorf("rent: no Rented")
		}
		w.open[rs.id.String()] = rs
		l.open++
		w.fates[f.name]++
		w.plan(rs)
		return nil
	})
	c.rental = rs
	w.schedule(w.now, func() []call { return []call{c} })
	return true
}

// rc marks a call as one of rs's, for the estimate of the logs still to come.
func rc(rs *rentalState, c call) call { c.rental = rs; return c }

// plan schedules a booked or started rental's steps by its fate.
func (w *world) plan(rs *rentalState) {
	f, s, b := rs.fate, w.suite, w.b
	l := rs.listing
	fcb := l.terms.FreeCancelBefore
	switch f.booking {
	case cancelFree, cancelLate, cancelProvider:
		by, at := rs.renter.actor, rs.start-fcb-900 // a quarter of an hour before the window closes
		if f.booking == cancelLate {
			at = rs.start - fcb/2
		} else if f.booking == cancelProvider {
			by, at = l.asset.owner, rs.start-fcb/2
		}
		w.schedule(max(at, w.next()), func() []call {
			return []call{rc(rs, w.call(stepCancel, by, s.PledgeEscrow, b.PledgeEscrow.PackCancel(rs.id), func(*types.Receipt) error {
				w.finished(rs)
				return nil
			}))}
		})
		return
	case noShow:
		w.schedule(rs.end, func() []call {
			k := w.keeper[w.rng.IntN(len(w.keeper))]
			return []call{rc(rs, w.call(stepCollectNoShow, k, s.PledgeEscrow, b.PledgeEscrow.PackCollectNoShow(rs.id), func(*types.Receipt) error {
				w.finished(rs)
				return nil
			}))}
		})
		return
	}
	if !rs.booked {
		w.use(rs, rs.start)
		return
	}
	w.schedule(rs.start, func() []call {
		return []call{rc(rs, w.call(stepCheckIn, rs.renter.actor, s.PledgeEscrow, b.PledgeEscrow.PackCheckIn(rs.id), func(*types.Receipt) error {
			w.use(rs, w.now)
			return nil
		}))}
	})
}

// use schedules what happens to a rental checked in at time from: confirmation, usage
// reports, and its return, default or dispute.
func (w *world) use(rs *rentalState, from uint64) {
	f, s, b := rs.fate, w.suite, w.b
	bt := uint64(blockTime.Seconds())
	d := rs.end - from
	if f.confirms {
		w.schedule(from+bt, func() []call {
			return []call{rc(rs, w.call(stepConfirm, rs.renter.actor, s.PledgeEscrow, b.PledgeEscrow.PackConfirmAsset(rs.id), nil))}
		})
	}
	// usage reports spread over the rental; a dispute stops them when it opens
	last := rs.end - bt // the on-time return
	if f.dispute == misdescribed {
		last = from + 2*bt
	} else if f.dispute == disputedByProvider {
		last = from + d/2
	}
	if rs.listing.asset.device != nil {
		n := rates.reportsMin + w.rng.IntN(rates.reportsMax-rates.reportsMin+1)
		if f.damaged {
			n = max(n, 1)
		}
		slots := (last - from) / bt
		if slots >= 3 {
			for k := 0; k < n; k++ {
				at := from + bt*(1+uint64(k+1)*(slots-2)/uint64(n+1))
				damage := uint16(0)
				if f.damaged && k == n-1 {
					damage = 300
				}
				w.schedule(at, func() []call { return []call{w.report(rs, k, damage)} })
			}
		}
	}
	switch f.end {
	case endOnTime, endLate, endRuling:
		if f.end == endRuling && f.dispute != inspectionDamage {
			w.schedule(last+bt, func() []call { return w.openDispute(rs) })
			return
		}
		at := rs.end - bt
		if f.end == endLate {
			at = rs.end + 2*3600
		}
		w.schedule(at, func() []call { return []call{w.giveBack(rs)} })
	case endDefault:
		w.schedule(rs.end+devnet.GracePeriod+bt, func() []call {
			k := w.keeper[w.rng.IntN(len(w.keeper))]
			return []call{rc(rs, w.call(stepCollectDefault, k, s.PledgeEscrow, b.PledgeEscrow.PackCollectDefault(rs.id), func(*types.Receipt) error {
				w.finished(rs)
				if w.rng.Float64() < rates.blacklist {
					w.blacklist(rs.renter)
				}
				return nil
			}))}
		})
	}
}

// report is the k-th device-signed usage report of rs, relayed by a keeper; its nonce and
// signature are made when it is planned.
func (w *world) report(rs *rentalState, k int, damage uint16) call {
	s := w.suite
	rs.nonce++
	units := big.NewInt(1 + int64(w.rng.IntN(100)))
	sig := devnet.SignUsageReport(rs.listing.asset.device, s.PledgeEscrow, s.ChainID, rs.id, units, damage, rs.nonce)
	relayer := w.keeper[k%len(w.keeper)]
	return rc(rs, w.call(stepReport, relayer, s.PledgeEscrow, w.b.PledgeEscrow.PackReportUsage(rs.id, units, damage, rs.nonce, sig), nil))
}

// giveBack is the renter's return of rs: the rent is settled and the inspection starts;
// the listing is free again (the renter once the deposit is settled, so that its score
// holds every outcome before it rents again). The deposit is released after the
// inspection by a keeper, or at once by the provider when nothing was reported; a damage
// report during the inspection is disputed instead.
func (w *world) giveBack(rs *rentalState) call {
	s, b := w.suite, w.b
	bt := uint64(blockTime.Seconds())
	return rc(rs, w.call(stepReturn, rs.renter.actor, s.PledgeEscrow, b.PledgeEscrow.PackEndRental(rs.id), func(r *types.Receipt) error {
		for _, l := range r.Logs {
			if ev, err := b.PledgeEscrow.UnpackReturnedEvent(l); err == nil {
				rs.returned, rs.inspEnd = ev.ReturnedAt, ev.InspectionEnd
			}
		}
		if rs.returned == 0 {
			return fmt.Errorf("endRental: no Returned")
		}
		w.afterRental(rs)
		if rs.fate.dispute == inspectionDamage {
			w.schedule(w.next(), func() []call {
				return []call{w.report(rs, 0, 500)}
			})
			w.schedule(w.next()+bt, func() []call { return w.openDispute(rs) })
			return nil
		}
		if rs.nonce == 0 && w.rng.Float64() < rates.earlyRelease {
			w.schedule(w.next(), func() []call { return []call{w.release(rs, rs.listing.asset.owner)} })
		} else {
			w.schedule(rs.inspEnd+1, func() []call { return []call{w.release(rs, w.keeper[w.rng.IntN(len(w.keeper))])} })
		}
		return nil
	}))
}

// release settles rs's deposit; after a clean rental the renter sometimes passes the SHR
// it earned on to a provider.
func (w *world) release(rs *rentalState, by *actor) call {
	s, b := w.suite, w.b
	return rc(rs, w.call(stepRelease, by, s.PledgeEscrow, b.PledgeEscrow.PackReleaseDeposit(rs.id), func(r *types.Receipt) error {
		earned := new(big.Int)
		for _, l := range r.Logs {
			if ev, err := b.PledgeEscrow.UnpackRewardPaidEvent(l); err == nil && ev.Account == rs.renter.addr {
				earned = ev.Amount
			}
		}
		if earned.Sign() > 0 && w.rng.Float64() < rates.transferSHR {
			to := w.providers[w.rng.IntN(len(w.providers))]
			w.schedule(w.next(), func() []call {
				return []call{w.call(stepTransferSHR, rs.renter.actor, s.RewardToken, b.RewardToken.PackTransfer(to.addr, earned), nil)}
			})
		}
		w.settled(rs)
		return nil
	}))
}

// openDispute opens rs's dispute, then queues the evidence, three arbiters' votes on
// three blocks and the keeper's execution of the ruling. A renter under the provider's
// dispute sometimes returns the asset before the ruling.
func (w *world) openDispute(rs *rentalState) []call {
	s, b := w.suite, w.b
	opener, other := rs.listing.asset.owner, rs.renter.actor
	if rs.fate.dispute == misdescribed || rs.fate.dispute == inspectionDamage {
		opener, other = other, opener
	}
	evidence := word("lifecycle evidence", int(rs.id.Int64()))
	c := w.call(stepOpenDispute, opener, s.PledgeEscrow, b.PledgeEscrow.PackOpenDispute(rs.id, evidence), func(r *types.Receipt) error {
		for _, l := range r.Logs {
			if ev, err := b.Arbitration.UnpackDisputeCreatedEvent(l); err == nil {
				rs.disputeID = ev.DisputeId
			}
		}
		if rs.disputeID == nil {
			return fmt.Errorf("openDispute: no DisputeCreated")
		}
		id := rs.disputeID
		w.schedule(w.next(), func() []call {
			out := []call{rc(rs, w.call(stepEvidence, opener, s.Arbitration, b.Arbitration.PackSubmitEvidence(id, fmt.Sprintf("ipfs://evidence/%s/opener", id)), nil))}
			if w.rng.Float64() < rates.counterEvidence {
				out = append(out, rc(rs, w.call(stepEvidence, other, s.Arbitration, b.Arbitration.PackSubmitEvidence(id, fmt.Sprintf("ipfs://evidence/%s/answer", id)), nil)))
			}
			if rs.fate.dispute == disputedByProvider && w.rng.Float64() < rates.returnWhileDisputed {
				// a return while disputed pays nothing: the ruling charges rent to it
				out = append(out, rc(rs, w.call(stepReturn, rs.renter.actor, s.PledgeEscrow, b.PledgeEscrow.PackEndRental(rs.id), nil)))
			}
			return out
		})
		panel := w.rng.Perm(len(w.arbiters))[:devnet.Quorum]
		bt := uint64(blockTime.Seconds())
		for k, i := range panel {
			share := uint16(6000 + w.rng.IntN(3001))
			switch rs.fate.dispute {
			case misdescribed:
				share = []uint16{0, 0, 500}[k]
			case inspectionDamage:
				share = uint16(2000 + w.rng.IntN(3001))
			}
			arbiter := w.arbiters[i]
			w.schedule(w.now+bt*uint64(2+k), func() []call {
				return []call{rc(rs, w.call(stepVote, arbiter, s.Arbitration, b.Arbitration.PackVote(id, share), nil))}
			})
		}
		w.schedule(w.now+bt*uint64(3+len(panel)), func() []call {
			k := w.keeper[w.rng.IntN(len(w.keeper))]
			return []call{rc(rs, w.call(stepExecute, k, s.Arbitration, b.Arbitration.PackExecute(id), func(*types.Receipt) error {
				if rs.fate.dispute == inspectionDamage {
					w.settled(rs) // the listing was given back at the return
				} else {
					w.finished(rs)
				}
				return nil
			}))}
		})
		return nil
	})
	return []call{rc(rs, c)}
}

// finished settles a rental that ended holding nothing (cancelled, no-show, defaulted
// or ruled) and gives its listing back.
func (w *world) finished(rs *rentalState) {
	w.settled(rs)
	w.afterRental(rs)
}

// afterRental queues what the provider does with the listing once a rental gave it back:
// change the price (the listing is free again once the change is mined), take the listing
// down (closed while rentals of it are still open, in inspection or disputed, delisted
// once none is), or nothing.
func (w *world) afterRental(rs *rentalState) {
	s, b := w.suite, w.b
	l := rs.listing
	a := l.asset
	switch x := w.rng.Float64(); {
	case x < rates.delist:
		l.closing = true
		if l.open > 0 {
			w.schedule(w.next(), func() []call {
				return []call{w.call(stepCloseListing, a.owner, s.PledgeEscrow, b.PledgeEscrow.PackCloseListing(l.id), nil)}
			})
		} else {
			w.schedule(w.next(), func() []call { return w.delist(l) })
		}
		// never free again: a relisting makes a new listing
	case x < rates.delist+rates.updateListing:
		a.price = 1 + int64(w.rng.IntN(5))
		w.schedule(w.next(), func() []call {
			terms := l.terms
			terms.PricePerHour, terms.Deposit = usd(a.price), usd(10*a.price)
			return []call{w.call(stepUpdateListing, a.owner, s.PledgeEscrow, b.PledgeEscrow.PackUpdateListing(l.id, terms), func(*types.Receipt) error {
				l.terms = terms
				w.setFree(l, true)
				return nil
			})}
		})
	default:
		w.setFree(l, true)
	}
}

// settled forgets a rental that holds nothing any more, frees its renter, and delists its
// listing when its provider closed it and no rental of it is open.
func (w *world) settled(rs *rentalState) {
	delete(w.open, rs.id.String())
	rs.renter.busy = false
	w.setIdle(rs.renter, true)
	l := rs.listing
	l.open--
	if l.closing && l.open == 0 {
		w.schedule(w.next(), func() []call { return w.delist(l) })
	}
}

// delist takes l down (its pledge comes back when still locked); most of its assets are
// listed again six hours later.
func (w *world) delist(l *listingState) []call {
	s, b := w.suite, w.b
	a := l.asset
	return []call{w.call(stepDelist, a.owner, s.PledgeEscrow, b.PledgeEscrow.PackDelist(l.id), func(*types.Receipt) error {
		if w.rng.Float64() < rates.relist {
			w.onboarding++
			w.schedule(w.in(6*time.Hour), func() []call { return w.list(a) })
		}
		return nil
	})}
}

// blacklist has the governor blacklist a defaulter, and forgive it a day later.
func (w *world) blacklist(r *renterState) {
	s, b := w.suite, w.b
	r.blacklisted = true
	w.setIdle(r, false)
	w.schedule(w.next(), func() []call {
		reason := crypto.Keccak256Hash([]byte("lifecycle: unpaid default"))
		return []call{w.call(stepBlacklist, w.deployer, s.CreditRegistry, b.CreditRegistry.PackBlacklist(r.addr, reason), func(*types.Receipt) error {
			w.schedule(w.in(24*time.Hour), func() []call {
				return []call{w.call(stepUnblacklist, w.deployer, s.CreditRegistry, b.CreditRegistry.PackUnblacklist(r.addr), func(*types.Receipt) error {
					r.blacklisted = false
					w.setIdle(r, true)
					return nil
				})}
			})
			return nil
		})}
	})
}

// expected are the logs a rental of fate f emits in all (its transactions'), roughly.
func expected(f *fate) int {
	if f.end == endBooking {
		return 2 + 4 // book; cancel or no-show
	}
	n := 4 + 2 // rent (or book and check in); reports
	if f.confirms {
		n++
	}
	switch {
	case f.dispute != noDispute:
		n += 2 + 2 + 3 + 8
	case f.end == endDefault:
		n += 5
	case f.end == endOnTime && !f.damaged:
		n += 3 + 8 // return; release with rewards
	default:
		n += 3 + 5
	}
	return n
}

// toCome estimates the logs still to come from open rentals and assets on their way to
// a listing.
func (w *world) toCome() int {
	n := w.onboarding * 5
	for _, rs := range w.open {
		n += max(0, expected(rs.fate)-rs.seen)
	}
	return n
}

// runBlocks plays the platform until the chain holds at least w.target logs of the
// followed contracts and nothing is left to do.
func (w *world) runBlocks(ctx context.Context) error {
	start := time.Now()
	lastLog := time.Now()
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		short := w.events+w.toCome() < w.target
		started := 0
		if short {
			// the funding goes first, the registrations from the next block on
			if w.blocks >= 1 {
				if w.blocks < 1+int(openingWave*float64(len(w.assets)))/openingPerBlock+1 {
					w.register(openingPerBlock)
				} else if left := len(w.assets) - w.nextAsset; left > 0 {
					w.register(max(1, left/100))
				}
			}
			for ; started < rentalsPerBlock && w.rent(); started++ {
			}
		}
		if w.queue.Len() == 0 && len(w.carry) == 0 {
			if !short {
				break // the target is reached and everything has settled
			}
			if w.nextAsset == len(w.assets) && started == 0 {
				return fmt.Errorf("short of %d events with nothing left to do", w.target-w.events)
			}
			w.now = w.next()
			continue
		}
		// nothing due now and nothing carried: jump to the next due time
		if len(w.carry) == 0 && w.queue.Len() > 0 && w.queue[0].at > w.now {
			w.now = w.queue[0].at
		}
		// calls carried over from a full block go first; a call is planned once and
		// keeps its place (a report's nonce and signature are made when it is planned)
		calls, gas := w.carry, uint64(0)
		w.carry = nil
		for i, c := range calls {
			if gas+stepInfo[c.step].gas > blockGasBudget || i >= blockTxCap {
				w.carry = append(w.carry, calls[i:]...)
				calls = calls[:i]
				break
			}
			gas += stepInfo[c.step].gas
		}
		for w.queue.Len() > 0 && w.queue[0].at <= w.now {
			t := heap.Pop(&w.queue).(*task)
			for _, c := range t.run() {
				if len(w.carry) == 0 && gas+stepInfo[c.step].gas <= blockGasBudget && len(calls) < blockTxCap {
					gas += stepInfo[c.step].gas
					calls = append(calls, c)
				} else {
					w.carry = append(w.carry, c)
				}
			}
		}
		if len(calls) > 0 {
			if err := w.mine(ctx, calls); err != nil {
				return err
			}
		}
		if time.Since(lastLog) > 10*time.Second {
			lastLog = time.Now()
			log.Printf("generating: block %d, %d events, %d transactions, %d open rentals, %d free listings, %d idle renters (%.0f events/s)",
				w.blocks, w.events, w.txs, len(w.open), len(w.free), len(w.idle), float64(w.events)/time.Since(start).Seconds())
		}
		w.now = w.next()
		if !short && len(w.carry) == 0 && w.settling() {
			// only defaults, late returns and rulings are left, none of which minds an
			// hour: fewer, fuller blocks (anvil's cost per block grows with its state)
			w.now += uint64((time.Hour - blockTime).Seconds())
		}
	}
	return nil
}

// settling says whether every open rental is past its end, so that no step left is an
// on-time return or a usage report.
func (w *world) settling() bool {
	for _, rs := range w.open {
		if rs.end >= w.now {
			return false
		}
	}
	return true
}

// mine signs calls on every core, sends them in one JSON-RPC batch, mines a block at
// w.now and hands each receipt to its call; any revert fails the generation.
func (w *world) mine(ctx context.Context, calls []call) error {
	txs := make([]*types.Transaction, len(calls))
	raws := make([]hexutil.Bytes, len(calls))
	for i, c := range calls {
		to := c.to
		txs[i] = types.NewTx(&types.DynamicFeeTx{ChainID: w.suite.ChainID, Nonce: c.from.nonce, GasTipCap: big.NewInt(1e9),
			GasFeeCap: big.NewInt(100e9), Gas: stepInfo[c.step].gas, To: &to, Data: c.data})
		c.from.nonce++
	}
	var wg sync.WaitGroup
	errs := make([]error, runtime.NumCPU())
	for p := range errs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := p; i < len(calls); i += len(errs) {
				tx, err := types.SignTx(txs[i], w.signer, calls[i].from.key)
				if err == nil {
					txs[i] = tx
					raws[i], err = tx.MarshalBinary()
				}
				if err != nil {
					errs[p] = err
					return
				}
			}
		}()
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return fmt.Errorf("signing: %w", err)
		}
	}
	// anvil refuses very large request bodies: a few hundred transactions a batch
	for lo := 0; lo < len(raws); lo += 500 {
		hi := min(lo+500, len(raws))
		batch := make([]rpc.BatchElem, hi-lo)
		hashes := make([]common.Hash, hi-lo)
		for i := range batch {
			batch[i] = rpc.BatchElem{Method: "eth_sendRawTransaction", Args: []any{raws[lo+i]}, Result: &hashes[i]}
		}
		if err := w.rpc.BatchCallContext(ctx, batch); err != nil {
			return fmt.Errorf("sending: %w", err)
		}
		for i, b := range batch {
			if b.Error != nil {
				c := calls[lo+i]
				return fmt.Errorf("sending a %s transaction of %s: %w", stepInfo[c.step].name, c.from.addr.Hex(), b.Error)
			}
		}
	}
	if err := w.rpc.CallContext(ctx, nil, "evm_setNextBlockTimestamp", hexutil.Uint64(w.now)); err != nil {
		return fmt.Errorf("setting the block time: %w", err)
	}
	if err := w.rpc.CallContext(ctx, nil, "evm_mine"); err != nil {
		return fmt.Errorf("mining: %w", err)
	}
	var receipts []*types.Receipt
	if err := w.rpc.CallContext(ctx, &receipts, "eth_getBlockReceipts", "latest"); err != nil {
		return fmt.Errorf("reading the block's receipts: %w", err)
	}
	if len(receipts) != len(calls) {
		return fmt.Errorf("the block holds %d transactions, %d were sent", len(receipts), len(calls))
	}
	w.blocks++
	w.txs += len(calls)
	byHash := make(map[common.Hash]int, len(calls))
	for i, tx := range txs {
		byHash[tx.Hash()] = i
	}
	// receipts in block order: a call's follow-ups see the effects of those before it
	for _, r := range receipts {
		i, ok := byHash[r.TxHash]
		if !ok {
			return fmt.Errorf("the block holds transaction %s, which was not sent", r.TxHash.Hex())
		}
		c := calls[i]
		if r.Status != types.ReceiptStatusSuccessful {
			return fmt.Errorf("a %s transaction of %s reverted (tx %s, block %d, gas used %d of %d): %s",
				stepInfo[c.step].name, c.from.addr.Hex(), r.TxHash.Hex(), r.BlockNumber, r.GasUsed, stepInfo[c.step].gas,
				w.why(ctx, c, r))
		}
		n := 0
		for _, l := range r.Logs {
			if !w.followed[l.Address] {
				continue
			}
			n++
			if ev, err := w.b.CreditRegistry.UnpackScoreChangedEvent(l); err == nil {
				if rt := w.byAddr[ev.Account]; rt != nil {
					rt.score = int(ev.NewScore)
					w.setIdle(rt, true) // a renter whose score fell under tier 1 is idle no more
				}
			}
		}
		w.events += n
		w.perStep[c.step]++
		w.logsOf[c.step] += n
		if c.rental != nil {
			c.rental.seen += n
		}
		if c.then != nil {
			if err := c.then(r); err != nil {
				return fmt.Errorf("%s (tx %s): %w", stepInfo[c.step].name, r.TxHash.Hex(), err)
			}
		}
	}
	return nil
}

// why replays a reverted call on the state its block started from (the transactions
// before it in the block are not replayed, so this is a hint) and decodes the reason.
func (w *world) why(ctx context.Context, c call, r *types.Receipt) string {
	var out hexutil.Bytes
	err := w.rpc.CallContext(ctx, &out, "eth_call", map[string]any{
		"from": c.from.addr, "to": c.to, "data": hexutil.Bytes(c.data), "gas": hexutil.Uint64(stepInfo[c.step].gas),
	}, hexutil.EncodeBig(new(big.Int).Sub(r.BlockNumber, big.NewInt(1))))
	if de, ok := err.(rpc.DataError); ok {
		if str, ok := de.ErrorData().(string); ok {
			if data, derr := hexutil.Decode(str); derr == nil {
				return devnet.DecodeRevert(data).Error()
			}
		}
	}
	if err != nil {
		return err.Error()
	}
	return "it succeeds on the state before its block (a transaction before it in the block, or too little gas)"
}
