// The projections of our indexer, rule for rule as internal/projection applies them
// (protocol v2): which event creates or changes which row, and which rows each event
// touches (every touched row gets the event's block as updated_block). The bench compares
// the tables column by column with ours, so any difference here shows as a mismatch.
import { ponder } from "ponder:registry";
import {
  accounts,
  assets,
  creditMoves,
  disputeEvidence,
  disputes,
  disputeVotes,
  listings,
  outcomeDeltas,
  paymentTokens,
  platformFees,
  platforms,
  rentals,
  settings,
  tiers,
  usageReports,
} from "ponder:schema";
import { encodeAbiParameters, keccak256 } from "viem";

type Hex = `0x${string}`;

// The ABIs are read at start-up (lib/manifest.ts), so the event names and args are not
// known to the type checker: handlers take them untyped.
type Handler = (e: { event: any; context: any }) => Promise<void>;
const on = (name: string, handler: Handler) => ponder.on(name as any, handler as any);
const ZERO: Hex = "0x0000000000000000000000000000000000000000";
const lower = (a: string) => a.toLowerCase() as Hex;
// an address that may be 0, as a nullable column holds it
const opt = (a: string) => (lower(a) === ZERO ? null : lower(a));

// What a newcomer scores while no NewcomerScoreSet is indexed: protocol v2's value.
const NEWCOMER_SCORE = 500;

// setting returns a setting's value (a decimal integer or a lower-case address), null
// while no event announced it.
async function setting(db: any, name: string): Promise<string | null> {
  const row = await db.find(settings, { name });
  return row ? row.value : null;
}

async function setSetting(db: any, name: string, value: string, block: bigint) {
  const row = { name, value, updatedBlock: block };
  await db.insert(settings).values(row).onConflictDoUpdate(row);
}

// account touches the row of `address` (a newcomer gets the announced newcomer score) and
// applies change.
async function account(db: any, address: Hex, block: bigint, change: (a: any) => object) {
  const addr = lower(address);
  const announced = await setting(db, "newcomer_score");
  const fresh = {
    address: addr,
    score: announced === null ? NEWCOMER_SCORE : Number(announced),
    blacklisted: false,
    blacklistReason: null,
    shrBalance: 0n,
    rewardsEarned: 0n,
    pledged: 0n,
    activeRentals: 0,
    tierRentals: 0,
    updatedBlock: block,
  };
  await db
    .insert(accounts)
    .values({ ...fresh, ...change(fresh) })
    .onConflictDoUpdate((row: any) => ({ ...change(row), updatedBlock: block }));
}

// touch updates an existing row of table (and its updated_block); a missing row is left
// alone. It returns the row before and after the change.
async function touch(db: any, table: any, key: object, block: bigint, change: (row: any) => object) {
  const row = await db.find(table, key);
  if (!row) return null;
  const next = { ...change(row), updatedBlock: block };
  await db.update(table, key).set(next);
  return { before: row, after: { ...row, ...next } };
}

// countRental moves the renter's rental counts for a rental going from status `from` to
// `to` ("" for a new one): active_rentals counts status active, tier_rentals booked,
// active and disputed. The account is touched only when a count moves.
async function countRental(db: any, renter: Hex, from: string, to: string, block: bigint) {
  const active = (s: string) => (s === "active" ? 1 : 0);
  const tier = (s: string) => (s === "booked" || s === "active" || s === "disputed" ? 1 : 0);
  const dActive = active(to) - active(from);
  const dTier = tier(to) - tier(from);
  if (dActive === 0 && dTier === 0) return;
  await account(db, renter, block, (a) => ({
    activeRentals: a.activeRentals + dActive,
    tierRentals: a.tierRentals + dTier,
  }));
}

// moveRental changes a rental (its status to `status` unless null) and its renter's counts.
async function moveRental(db: any, id: bigint, block: bigint, status: string | null, change: (r: any) => object) {
  const t = await touch(db, rentals, { id }, block, (r) => (status === null ? change(r) : { ...change(r), status }));
  if (!t || status === null) return t;
  await countRental(db, t.before.renter, t.before.status, status, block);
  return t;
}

// platform touches (creating) the row of a platform.
async function platform(db: any, address: Hex, block: bigint, change: (p: any) => object) {
  const fresh = { address: lower(address), shareBps: 0, listings: 0n, rentals: 0n, updatedBlock: block };
  await db
    .insert(platforms)
    .values({ ...fresh, ...change(fresh) })
    .onConflictDoUpdate((row: any) => ({ ...change(row), updatedBlock: block }));
}

// countPlatformListing moves one listing from platform `from` to platform `to` (null: none).
async function countPlatformListing(db: any, from: Hex | null, to: Hex | null, block: bigint) {
  if (from !== null && to !== null && from === to) return;
  if (from !== null) await platform(db, from, block, (p) => ({ listings: p.listings - 1n }));
  if (to !== null) await platform(db, to, block, (p) => ({ listings: p.listings + 1n }));
}

// termsHash is keccak256(abi.encode(paymentToken, terms, device)) of a listing row.
function termsHash(l: any, device: Hex | null): Hex {
  return keccak256(
    encodeAbiParameters(
      [
        { type: "address" },
        { type: "uint256" },
        { type: "uint256" },
        { type: "uint64" },
        { type: "uint64" },
        { type: "uint256" },
        { type: "uint16" },
        { type: "uint64" },
        { type: "address" },
        { type: "address" },
        { type: "address" },
      ],
      [
        l.paymentToken,
        l.pricePerHour,
        l.deposit,
        l.minDuration,
        l.maxDuration,
        l.pricePerUnit,
        l.cancelFeeBps,
        l.freeCancelBefore,
        l.payee ?? ZERO,
        l.platform ?? ZERO,
        device ?? ZERO,
      ],
    ),
  );
}

// terms are the Terms fields an event carries, as listing columns.
const terms = (a: any) => ({
  pricePerHour: a.pricePerHour,
  deposit: a.deposit,
  minDuration: BigInt(a.minDuration),
  maxDuration: BigInt(a.maxDuration),
  pricePerUnit: a.pricePerUnit,
  cancelFeeBps: Number(a.cancelFeeBps),
  freeCancelBefore: BigInt(a.freeCancelBefore),
  payee: opt(a.payee),
  platform: opt(a.platform),
});

// ---------------------------------------------------------------- RewardToken

on("RewardToken:Transfer", async ({ event, context }) => {
  const { from, to, value } = event.args as any;
  const b = event.block.number;
  if (lower(from) !== ZERO) await account(context.db, from, b, (a) => ({ shrBalance: a.shrBalance - value }));
  if (lower(to) !== ZERO) await account(context.db, to, b, (a) => ({ shrBalance: a.shrBalance + value }));
});

// ---------------------------------------------------------------- AssetRegistry

on("AssetRegistry:Transfer", async ({ event, context }) => {
  const { to, tokenId } = event.args as any;
  // a mint comes before its AssetRegistered, which creates the row
  await touch(context.db, assets, { tokenId }, event.block.number, () => ({ owner: lower(to) }));
});

on("AssetRegistry:AssetRegistered", async ({ event, context }) => {
  const a = event.args as any;
  const b = event.block.number;
  const row = {
    tokenId: a.tokenId,
    owner: lower(a.owner),
    assetCode: lower(a.assetCode),
    contentHash: lower(a.contentHash),
    uri: a.uri,
    verified: false,
    verifiedBy: null,
    validUntil: null,
    device: null,
    userAddress: null,
    userExpires: null,
    listingId: null,
    locked: false,
    blockNumber: b,
    updatedBlock: b,
  };
  await context.db.insert(assets).values(row).onConflictDoUpdate(row);
});

on("AssetRegistry:AssetVerified", async ({ event, context }) => {
  const { tokenId, verifier, validUntil } = event.args as any;
  await touch(context.db, assets, { tokenId }, event.block.number, () => ({
    verified: true,
    verifiedBy: lower(verifier),
    validUntil: BigInt(validUntil),
  }));
});

// a revoked registration (a squatted code) is gone: its events stay in the log
on("AssetRegistry:RegistrationRevoked", async ({ event, context }) => {
  const { tokenId } = event.args as any;
  if (await context.db.find(assets, { tokenId })) await context.db.delete(assets, { tokenId });
});

on("AssetRegistry:LockSet", async ({ event, context }) => {
  const { tokenId, locked } = event.args as any;
  await touch(context.db, assets, { tokenId }, event.block.number, () => ({ locked }));
});

on("AssetRegistry:VerificationRevoked", async ({ event, context }) => {
  const { tokenId } = event.args as any;
  await touch(context.db, assets, { tokenId }, event.block.number, () => ({ verified: false }));
});

on("AssetRegistry:ContentUpdated", async ({ event, context }) => {
  const { tokenId, contentHash, uri } = event.args as any;
  await touch(context.db, assets, { tokenId }, event.block.number, () => ({
    contentHash: lower(contentHash),
    uri,
    verified: false,
  }));
});

// a rebinding clears the verification and changes the open listing's terms hash
on("AssetRegistry:DeviceBound", async ({ event, context }) => {
  const { tokenId, device } = event.args as any;
  const b = event.block.number;
  const t = await touch(context.db, assets, { tokenId }, b, () => ({ device: opt(device), verified: false }));
  if (!t || t.after.listingId === null) return;
  await touch(context.db, listings, { id: t.after.listingId }, b, (l) => ({ termsHash: termsHash(l, opt(device)) }));
});

on("AssetRegistry:UpdateUser", async ({ event, context }) => {
  const { tokenId, user, expires } = event.args as any;
  const none = lower(user) === ZERO;
  await touch(context.db, assets, { tokenId }, event.block.number, () => ({
    userAddress: none ? null : lower(user),
    userExpires: none ? null : BigInt(expires),
  }));
});

// ---------------------------------------------------------------- CreditRegistry

on("CreditRegistry:ScoreChanged", async ({ event, context }) => {
  const { account: who, newScore } = event.args as any;
  await account(context.db, who, event.block.number, () => ({ score: Number(newScore) }));
});

on("CreditRegistry:Blacklisted", async ({ event, context }) => {
  const { account: who, reasonHash } = event.args as any;
  await account(context.db, who, event.block.number, () => ({
    blacklisted: true,
    blacklistReason: lower(reasonHash),
  }));
});

on("CreditRegistry:Unblacklisted", async ({ event, context }) => {
  const { account: who } = event.args as any;
  await account(context.db, who, event.block.number, () => ({ blacklisted: false, blacklistReason: null }));
});

on("CreditRegistry:TierSet", async ({ event, context }) => {
  const a = event.args as any;
  const row = {
    tier: Number(a.tier),
    minScore: Number(a.minScore),
    maxActiveRentals: Number(a.maxActiveRentals),
    depositBps: Number(a.depositBps),
    pledgeBps: Number(a.pledgeBps),
    updatedBlock: event.block.number,
  };
  await context.db.insert(tiers).values(row).onConflictDoUpdate(row);
});

on("CreditRegistry:OutcomeDeltaSet", async ({ event, context }) => {
  const { outcome, delta } = event.args as any;
  const row = { outcome: Number(outcome), delta: Number(delta), updatedBlock: event.block.number };
  await context.db.insert(outcomeDeltas).values(row).onConflictDoUpdate(row);
});

on("CreditRegistry:NewcomerScoreSet", async ({ event, context }) => {
  await setSetting(context.db, "newcomer_score", String(event.args.score), event.block.number);
});

on("CreditRegistry:PairCooldownSet", async ({ event, context }) => {
  await setSetting(context.db, "pair_cooldown", String(event.args.cooldown), event.block.number);
});

// ---------------------------------------------------------------- PledgeEscrow: settings

on("PledgeEscrow:ParamsSet", async ({ event, context }) => {
  const a = event.args as any;
  const b = event.block.number;
  for (const [name, arg] of [
    ["platform_fee_bps", "platformFeeBps"],
    ["grace_period", "gracePeriod"],
    ["late_fee_bps", "lateFeeBps"],
    ["inspection_period", "inspectionPeriod"],
    ["min_rental_seconds", "minRentalSeconds"],
    ["max_advance", "maxAdvance"],
    ["base_pledge", "basePledge"],
    ["epoch_reward_cap", "epochRewardCap"],
  ] as const) {
    await setSetting(context.db, name, String(a[arg]), b);
  }
  await setSetting(context.db, "treasury", lower(a.treasury), b);
});

on("PledgeEscrow:ArbitrationSet", async ({ event, context }) => {
  await setSetting(context.db, "arbitration", lower(event.args.arbitration), event.block.number);
});

// paymentToken touches (creating: not allowed, no symbol) the row of a token.
async function paymentToken(db: any, token: Hex, block: bigint, change: object) {
  const fresh = { address: lower(token), symbol: "", decimals: 0, allowed: false, rewardRate: 0n, updatedBlock: block };
  await db
    .insert(paymentTokens)
    .values({ ...fresh, ...change })
    .onConflictDoUpdate(() => ({ ...change, updatedBlock: block }));
}

on("PledgeEscrow:PaymentTokenSet", async ({ event, context }) => {
  const { token, allowed, symbol, decimals } = event.args as any;
  await paymentToken(context.db, token, event.block.number, { allowed, symbol, decimals: Number(decimals) });
});

on("PledgeEscrow:RewardRateSet", async ({ event, context }) => {
  const { token, shrPerFeeUnit } = event.args as any;
  await paymentToken(context.db, token, event.block.number, { rewardRate: shrPerFeeUnit });
});

on("PledgeEscrow:PlatformSet", async ({ event, context }) => {
  const { platform: p, shareBps } = event.args as any;
  await platform(context.db, p, event.block.number, () => ({ shareBps: Number(shareBps) }));
});

on("PledgeEscrow:PlatformFeePaid", async ({ event, context }) => {
  const a = event.args as any;
  const row = {
    blockNumber: event.block.number,
    logIndex: event.log.logIndex,
    rentalId: a.rentalId,
    platform: lower(a.platform),
    token: lower(a.token),
    amount: a.amount,
  };
  await context.db.insert(platformFees).values(row).onConflictDoUpdate(row);
});

// claimable credits, as a ledger summed when read
for (const [name, sign] of [
  ["PaymentCredited", 1n],
  ["Withdrawn", -1n],
] as const) {
  on(`PledgeEscrow:${name}`, async ({ event, context }) => {
    const a = event.args as any;
    const row = {
      blockNumber: event.block.number,
      logIndex: event.log.logIndex,
      account: lower(a.account),
      token: lower(a.token),
      amount: sign * a.amount,
    };
    await context.db.insert(creditMoves).values(row).onConflictDoUpdate(row);
  });
}

// ---------------------------------------------------------------- PledgeEscrow: listings

on("PledgeEscrow:Listed", async ({ event, context }) => {
  const a = event.args as any;
  const b = event.block.number;
  const asset = await touch(context.db, assets, { tokenId: a.tokenId }, b, () => ({ listingId: a.listingId }));
  const row: any = {
    id: a.listingId,
    tokenId: a.tokenId,
    provider: lower(a.provider),
    paymentToken: lower(a.paymentToken),
    ...terms(a),
    status: "active",
    pledgeAmount: 0n,
    pledgeState: "locked",
    blockNumber: b,
    updatedBlock: b,
  };
  row.termsHash = termsHash(row, asset ? asset.after.device : null);
  await context.db.insert(listings).values(row).onConflictDoUpdate(row);
  await countPlatformListing(context.db, null, row.platform, b);
});

on("PledgeEscrow:ListingUpdated", async ({ event, context }) => {
  const a = event.args as any;
  const b = event.block.number;
  const before = await context.db.find(listings, { id: a.listingId });
  if (!before) return;
  const asset = await context.db.find(assets, { tokenId: before.tokenId });
  const next = { ...before, ...terms(a) };
  await touch(context.db, listings, { id: a.listingId }, b, () => ({
    ...terms(a),
    termsHash: termsHash(next, asset ? asset.device : null),
  }));
  await countPlatformListing(context.db, before.platform, next.platform, b);
});

on("PledgeEscrow:ListingClosed", async ({ event, context }) => {
  const { listingId } = event.args as any;
  await touch(context.db, listings, { id: listingId }, event.block.number, () => ({ status: "closed" }));
});

on("PledgeEscrow:Delisted", async ({ event, context }) => {
  const { listingId } = event.args as any;
  const b = event.block.number;
  const l = await context.db.find(listings, { id: listingId });
  if (!l) return;
  await touch(context.db, assets, { tokenId: l.tokenId }, b, (a) => (a.listingId === l.id ? { listingId: null } : {}));
  await touch(context.db, listings, { id: listingId }, b, () => ({ status: "delisted" }));
});

// pledge moves a listing's pledge to state and the provider's pledged total by delta; a
// slash names the renter, so the provider comes from the listing.
async function pledge(db: any, event: any, state: string, provider: Hex | null, delta: bigint) {
  const { listingId, amount } = event.args;
  const b = event.block.number;
  const t = await touch(db, listings, { id: listingId }, b, () =>
    state === "locked" ? { pledgeState: state, pledgeAmount: amount } : { pledgeState: state },
  );
  if (!t) return;
  await account(db, provider ?? t.before.provider, b, (a) => ({ pledged: a.pledged + delta }));
}

on("PledgeEscrow:PledgeLocked", async ({ event, context }) => {
  const a = event.args as any;
  await pledge(context.db, event, "locked", a.provider, a.amount);
});
on("PledgeEscrow:PledgeReleased", async ({ event, context }) => {
  const a = event.args as any;
  await pledge(context.db, event, "released", a.provider, -(a.amount as bigint));
});
on("PledgeEscrow:PledgeReturned", async ({ event, context }) => {
  const a = event.args as any;
  await pledge(context.db, event, "returned", a.provider, -(a.amount as bigint));
});
on("PledgeEscrow:PledgeSlashed", async ({ event, context }) => {
  const a = event.args as any;
  await pledge(context.db, event, "slashed", null, -(a.amount as bigint));
});

// ---------------------------------------------------------------- PledgeEscrow: rentals

// settlement columns; absent amounts are 0
const settle = (s: { rentCharged?: bigint; usageFee?: bigint; damage?: bigint; lateFee?: bigint; platformFee?: bigint; refund?: bigint }) => ({
  rentCharged: s.rentCharged ?? 0n,
  usageFee: s.usageFee ?? 0n,
  damage: s.damage ?? 0n,
  lateFee: s.lateFee ?? 0n,
  platformFee: s.platformFee ?? 0n,
  refund: s.refund ?? 0n,
});

// a rental is booked at rent; one that starts at once is checked in by the CheckedIn that follows
on("PledgeEscrow:Rented", async ({ event, context }) => {
  const a = event.args as any;
  const b = event.block.number;
  const l = await context.db.find(listings, { id: a.listingId });
  if (!l) throw new Error(`rental ${a.rentalId} of unknown listing ${a.listingId}`);
  const grace = await setting(context.db, "grace_period");
  const row = {
    id: a.rentalId,
    listingId: a.listingId,
    tokenId: a.tokenId,
    renter: lower(a.renter),
    provider: l.provider,
    payee: l.payee ?? l.provider,
    device: opt(a.device),
    platform: opt(a.platform),
    status: "booked",
    startTime: BigInt(a.start),
    endTime: BigInt(a.end),
    rent: a.rent,
    deposit: a.deposit,
    checkedIn: false,
    confirmed: false,
    returnedAt: null,
    inspectionEnd: null,
    gracePeriod: grace === null ? 0n : BigInt(grace),
    rentCharged: null,
    usageFee: null,
    damage: null,
    lateFee: null,
    platformFee: null,
    refund: null,
    disputeId: null,
    blockNumber: b,
    updatedBlock: b,
    hasReports: false,
    cancelFeeBps: l.cancelFeeBps,
    freeCancelBefore: l.freeCancelBefore,
  };
  await context.db.insert(rentals).values(row).onConflictDoUpdate(row);
  await countRental(context.db, row.renter, "", "booked", b);
  if (row.platform !== null) await platform(context.db, row.platform, b, (p) => ({ rentals: p.rentals + 1n }));
});

on("PledgeEscrow:CheckedIn", async ({ event, context }) => {
  const { rentalId } = event.args as any;
  await moveRental(context.db, rentalId, event.block.number, "active", () => ({ checkedIn: true }));
});

on("PledgeEscrow:AssetConfirmed", async ({ event, context }) => {
  const { rentalId } = event.args as any;
  await touch(context.db, rentals, { id: rentalId }, event.block.number, () => ({ confirmed: true }));
});

on("PledgeEscrow:UsageReported", async ({ event, context }) => {
  const a = event.args as any;
  const b = event.block.number;
  const row = {
    rentalId: a.rentalId,
    nonce: BigInt(a.nonce),
    units: a.units,
    damageBps: Number(a.damageBps),
    device: lower(a.device),
    txHash: event.transaction.hash,
    blockNumber: b,
  };
  await context.db.insert(usageReports).values(row).onConflictDoUpdate(row);
  await touch(context.db, rentals, { id: a.rentalId }, b, () => ({ hasReports: true }));
});

// a return starts the inspection; a return while disputed only records the time
on("PledgeEscrow:Returned", async ({ event, context }) => {
  const a = event.args as any;
  const b = event.block.number;
  const r = await context.db.find(rentals, { id: a.rentalId });
  if (!r) return;
  const change = () => ({ returnedAt: BigInt(a.returnedAt), inspectionEnd: BigInt(a.inspectionEnd) });
  await moveRental(context.db, a.rentalId, b, r.status === "disputed" ? null : "returned", change);
});

on("PledgeEscrow:InspectionExtended", async ({ event, context }) => {
  const { rentalId, inspectionEnd } = event.args as any;
  await touch(context.db, rentals, { id: rentalId }, event.block.number, () => ({ inspectionEnd: BigInt(inspectionEnd) }));
});

on("PledgeEscrow:Cancelled", async ({ event, context }) => {
  const a = event.args as any;
  await moveRental(context.db, a.rentalId, event.block.number, "cancelled", () =>
    settle({ rentCharged: a.fee, platformFee: a.platformFee, refund: a.refund }),
  );
});

on("PledgeEscrow:NoShow", async ({ event, context }) => {
  const a = event.args as any;
  await moveRental(context.db, a.rentalId, event.block.number, "no_show", () =>
    settle({ rentCharged: a.rentCharged, platformFee: a.platformFee, refund: a.refund }),
  );
});

// at release, or after a ruling's DisputeResolved
on("PledgeEscrow:RentalSettled", async ({ event, context }) => {
  const a = event.args as any;
  const r = await context.db.find(rentals, { id: a.rentalId });
  if (!r) return;
  await moveRental(context.db, a.rentalId, event.block.number, r.status === "resolved" ? null : "settled", () =>
    settle({
      rentCharged: a.rentCharged,
      usageFee: a.usageFee,
      damage: a.damage,
      lateFee: a.lateFee,
      platformFee: a.platformFee,
      refund: a.refund,
    }),
  );
});

// a default charges the rent in full and the payee keeps the whole deposit
on("PledgeEscrow:RentalDefaulted", async ({ event, context }) => {
  const a = event.args as any;
  await moveRental(context.db, a.rentalId, event.block.number, "defaulted", (r) =>
    settle({ rentCharged: r.rent, damage: a.deposit, platformFee: a.platformFee }),
  );
});

on("PledgeEscrow:DisputeOpened", async ({ event, context }) => {
  const a = event.args as any;
  const b = event.block.number;
  await moveRental(context.db, a.rentalId, b, "disputed", () => ({ disputeId: a.disputeId }));
  await touch(context.db, disputes, { id: a.disputeId }, b, () => ({ evidenceHash: lower(a.evidenceHash) }));
});

on("PledgeEscrow:DisputeResolved", async ({ event, context }) => {
  const { rentalId } = event.args as any;
  await moveRental(context.db, rentalId, event.block.number, "resolved", () => ({}));
});

on("PledgeEscrow:RewardPaid", async ({ event, context }) => {
  const { account: who, amount } = event.args as any;
  await account(context.db, who, event.block.number, (a) => ({ rewardsEarned: a.rewardsEarned + amount }));
});

// ---------------------------------------------------------------- Arbitration

on("Arbitration:PanelSet", async ({ event, context }) => {
  const { quorum, votingPeriod } = event.args as any;
  await setSetting(context.db, "quorum", String(quorum), event.block.number);
  await setSetting(context.db, "voting_period", String(votingPeriod), event.block.number);
});

on("Arbitration:DisputeCreated", async ({ event, context }) => {
  const a = event.args as any;
  const b = event.block.number;
  const row = {
    id: a.disputeId,
    rentalId: a.rentalId,
    opener: lower(a.opener),
    renter: lower(a.renter),
    provider: lower(a.provider),
    status: "open",
    evidenceHash: null,
    rulingBps: null,
    votingDeadline: BigInt(a.votingDeadline),
    blockNumber: b,
    updatedBlock: b,
  };
  await context.db.insert(disputes).values(row).onConflictDoUpdate(row);
});

on("Arbitration:Evidence", async ({ event, context }) => {
  const a = event.args as any;
  const row = {
    disputeId: a.evidenceGroupID,
    party: lower(a.party),
    uri: a.evidence,
    txHash: event.transaction.hash,
    blockNumber: event.block.number,
    logIndex: event.log.logIndex,
  };
  await context.db.insert(disputeEvidence).values(row).onConflictDoUpdate(row);
});

on("Arbitration:Voted", async ({ event, context }) => {
  const a = event.args as any;
  const row = {
    disputeId: a.disputeId,
    arbiter: lower(a.arbiter),
    providerShareBps: Number(a.providerShareBps),
    blockNumber: event.block.number,
    logIndex: event.log.logIndex,
  };
  await context.db.insert(disputeVotes).values(row).onConflictDoUpdate(row);
});

on("Arbitration:Ruling", async ({ event, context }) => {
  const { disputeId, providerShareBps } = event.args as any;
  await touch(context.db, disputes, { id: disputeId }, event.block.number, () => ({
    status: "resolved",
    rulingBps: Number(providerShareBps),
  }));
});
