package api

import (
	"context"
	"math/big"
	"net/http"

	"github.com/danielgtaylor/huma/v2"
	"github.com/ethereum/go-ethereum/common"

	"sharechain/internal/projection"
)

// Split is a co-owners' split the SplitFactory created, with what each co-owner
// received through it and released from it (INTERFACE.md §5, release 2).
type Split struct {
	Address  string         `json:"address"`
	Creator  string         `json:"creator" doc:"Who called createSplit."`
	Accounts []SplitAccount `json:"accounts" doc:"The co-owners in creation order; their shares never change."`
}

// SplitAccount is one co-owner of a split.
type SplitAccount struct {
	Account  string        `json:"account"`
	ShareBps int           `json:"share_bps" doc:"Its share of everything the split receives, in bps (the shares sum to 10 000)."`
	Received []TokenAmount `json:"received" doc:"Its share, floor(total × share_bps / 10 000), of what the escrow paid the split as the payee of rentals (charged rent, usage fees, damage, late fees, cancellation fees, defaulted deposits, less platform fees), per token; a payment the escrow could not push and credited counts once the split withdraws it."`
	Released []TokenAmount `json:"released" doc:"Everything released to it (Released events), per token."`
}

type splitInput struct {
	ReadParams
	Address string `path:"address" pattern:"^0x[0-9a-fA-F]{40}$" doc:"Lower-case or EIP-55."`
}

type splitOut struct{ Body Split }

type splitsInput struct {
	ReadParams
	PageParams
	Creator string `query:"creator" pattern:"^0x[0-9a-fA-F]{40}$" doc:"Only splits this account created."`
	Account string `query:"account" pattern:"^0x[0-9a-fA-F]{40}$" doc:"Only splits this account is a co-owner of."`
}

type splitsOut struct{ Body Page[Split] }

func (s *Server) registerSplits(api huma.API) {
	huma.Register(api, huma.Operation{OperationID: "listSplits", Method: http.MethodGet, Path: "/v1/splits", Tags: []string{"splits"},
		Summary: "List co-owners' splits", Description: "The splits the SplitFactory created, in address order, " +
			"with what each co-owner received and released.", Errors: errs400}, s.listSplits)
	huma.Register(api, huma.Operation{OperationID: "getSplit", Method: http.MethodGet, Path: "/v1/splits/{address}",
		Tags: []string{"splits"}, Summary: "Get a co-owners' split with what each co-owner received and released",
		Description: "404 when no split the SplitFactory created has this address.", Errors: errs400404}, s.getSplit)
}

func (s *Server) getSplit(ctx context.Context, in *splitInput) (*splitOut, error) {
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
	row, err := s.db.view.Split(ctx, v.at(), *a)
	if err != nil {
		return nil, s.fail(ctx, "split "+a.Hex(), err)
	}
	out, err := s.db.splitOut(ctx, v, row)
	if err != nil {
		return nil, s.fail(ctx, "split "+a.Hex(), err)
	}
	return &splitOut{Body: out}, nil
}

func (s *Server) listSplits(ctx context.Context, in *splitsInput) (*splitsOut, error) {
	ctx, cancel, v, err := s.read(ctx, in.ReadParams)
	if err != nil {
		return nil, err
	}
	defer cancel()
	var p params
	f := projection.SplitFilter{Creator: p.address("creator", in.Creator), Account: p.address("account", in.Account)}
	if k := firstKey(p.after("splits", in.Cursor, 1)); k != nil {
		if k.BitLen() > 160 {
			p.bad = append(p.bad, invalidParam{"cursor", errBadCursor.Error()})
		} else {
			f.After = common.BigToAddress(k).Bytes()
		}
	}
	if err := p.err(ctx); err != nil {
		return nil, err
	}
	rows, err := s.db.view.Splits(ctx, v.at(), f, in.Limit+1)
	if err != nil {
		return nil, s.fail(ctx, "splits", err)
	}
	out := make([]Split, len(rows))
	for i, r := range rows {
		if out[i], err = s.db.splitOut(ctx, v, r); err != nil {
			return nil, s.fail(ctx, "splits", err)
		}
	}
	return &splitsOut{Body: page(out, in.Limit, "splits", func(x Split) []string {
		return []string{common.HexToAddress(x.Address).Big().String()}
	})}, nil
}

// splitOut adds to a split row what each co-owner received and released.
func (d *db) splitOut(ctx context.Context, v view, r *projection.Split) (Split, error) {
	received, err := d.view.SplitReceived(ctx, v.at(), r.Address)
	if err != nil {
		return Split{}, err
	}
	released, err := d.view.SplitReleased(ctx, v.at(), r.Address)
	if err != nil {
		return Split{}, err
	}
	out := Split{Address: addrOf(r.Address[:]), Creator: addrOf(r.Creator[:]), Accounts: make([]SplitAccount, len(r.Accounts))}
	for i, a := range r.Accounts {
		share := r.SharesBps[i]
		acc := SplitAccount{Account: addrOf(a[:]), ShareBps: int(share), Received: []TokenAmount{},
			Released: tokenAmounts(released[a])}
		for _, t := range received {
			total := t.Amount.Int()
			if total == nil {
				continue
			}
			// the split's own rule: floor(everything received × share / 10 000)
			part := new(big.Int).Mul(total, big.NewInt(int64(share)))
			part.Quo(part, big.NewInt(10_000))
			acc.Received = append(acc.Received, TokenAmount{Token: addrOf(t.Token[:]), Amount: part.String()})
		}
		out.Accounts[i] = acc
	}
	return out, nil
}
