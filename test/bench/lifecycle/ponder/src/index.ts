// The projections of our indexer, rule for rule as indexer/store/project.go applies them:
// which event creates or changes which row, and which rows each event touches (every
// touched row gets the event's block as updated_block). The bench compares the tables
// column by column with ours, so any difference here shows as a mismatch.
import { ponder } from "ponder:registry";
import {
  accounts,
  assets,
  disputeEvidence,
  disputes,
  disputeVotes,
  listings,
  rentals,
  tiers,
  usageReports,
} from "ponder:schema";

type Hex = `0x${string}`;

// The ABIs are read at start-up (lib/manifest.ts), so the event names and args are not
// known to the type checker: handlers take them untyped.
type Handler = (e: { event: any; context: any }) => Promise<void>;
const on = (name: string, handler: Handler) => ponder.on(name as any, handler as any);
const ZERO: Hex = "0x0000000000000000000000000000000000000000";
const lower = (a: string) => a.toLowerCase() as Hex;

// account touches the row of `address` (a newcomer has score 600) and applies change.
async function account(db: any, address: Hex, block: bigint, change: (a: any) => object) {
  const addr = lower(address);
  const fresh = {
    address: addr,
    score: 600,
    blacklisted: false,
    blacklistReason: null,
    shrBalance: 0n,
    rewardsEarned: 0n,
    pledged: 0n,
    activeRentals: 0,
    updatedBlock: block,
  };
  await db
    .insert(accounts)
    .values({ ...fresh, ...change(fresh) })
    .onConflictDoUpdate((row: any) => ({ ...change(row), updatedBlock: block }));
}

// touch updates an existing row of table (and its updated_block); a missing row is left alone.
async function touch(db: any, table: any, key: object, block: bigint, change: (row: any) => object) {
  const row = await db.find(table, key);
  if (!row) return null;
  const next = { ...change(row), updatedBlock: block };
  await db.update(table, key).set(next);
  return { ...row, ...next };
}

on("RewardToken:Transfer", async ({ event, context }) => {
  const { from, to, value } = event.args as any;
  const b = event.block.number;
  if (lower(from) !== ZERO) await account(context.db, from, b, (a) => ({ shrBalance: a.shrBalance - value }));
  if (lower(to) !== ZERO) await account(context.db, to, b, (a) => ({ shrBalance: a.shrBalance + value }));
});

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

on("AssetRegistry:DeviceBound", async ({ event, context }) => {
  const { tokenId, device } = event.args as any;
  await touch(context.db, assets, { tokenId }, event.block.number, () => ({
    device: lower(device) === ZERO ? null : lower(device),
  }));
});

on("AssetRegistry:UpdateUser", async ({ event, context }) => {
  const { tokenId, user, expires } = event.args as any;
  const none = lower(user) === ZERO;
  await touch(context.db, assets, { tokenId }, event.block.number, () => ({
    userAddress: none ? null : lower(user),
    userExpires: none ? null : BigInt(expires),
  }));
});

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

on("PledgeEscrow:Listed", async ({ event, context }) => {
  const a = event.args as any;
  const b = event.block.number;
  const row = {
    id: a.listingId,
    tokenId: a.tokenId,
    provider: lower(a.provider),
    paymentToken: lower(a.paymentToken),
    pricePerHour: a.pricePerHour,
    deposit: a.deposit,
    minDuration: BigInt(a.minDuration),
    maxDuration: BigInt(a.maxDuration),
    pricePerUnit: a.pricePerUnit,
    status: "active",
    pledgeAmount: 0n,
    pledgeState: "locked",
    blockNumber: b,
    updatedBlock: b,
  };
  await context.db.insert(listings).values(row).onConflictDoUpdate(row);
  await touch(context.db, assets, { tokenId: a.tokenId }, b, () => ({ listingId: a.listingId }));
});

on("PledgeEscrow:ListingUpdated", async ({ event, context }) => {
  const a = event.args as any;
  await touch(context.db, listings, { id: a.listingId }, event.block.number, () => ({
    pricePerHour: a.pricePerHour,
    deposit: a.deposit,
    minDuration: BigInt(a.minDuration),
    maxDuration: BigInt(a.maxDuration),
    pricePerUnit: a.pricePerUnit,
  }));
});

on("PledgeEscrow:Delisted", async ({ event, context }) => {
  const { listingId } = event.args as any;
  const b = event.block.number;
  const l = await touch(context.db, listings, { id: listingId }, b, () => ({ status: "delisted" }));
  if (!l) return;
  await touch(context.db, assets, { tokenId: l.tokenId }, b, (a) =>
    a.listingId === l.id ? { listingId: null } : {},
  );
});

// pledge moves a listing's pledge to state and the provider's pledged total by delta; a
// slash names the renter, so the provider comes from the listing.
async function pledge(db: any, event: any, state: string, provider: Hex | null, delta: bigint) {
  const { listingId, amount } = event.args;
  const b = event.block.number;
  const l = await touch(db, listings, { id: listingId }, b, () =>
    state === "locked" ? { pledgeState: state, pledgeAmount: amount } : { pledgeState: state },
  );
  if (!l) return;
  await account(db, provider ?? l.provider, b, (a) => ({ pledged: a.pledged + delta }));
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

on("PledgeEscrow:Rented", async ({ event, context }) => {
  const a = event.args as any;
  const b = event.block.number;
  const l = await context.db.find(listings, { id: a.listingId });
  if (!l) throw new Error(`rental ${a.rentalId} of unknown listing ${a.listingId}`);
  const row = {
    id: a.rentalId,
    listingId: a.listingId,
    tokenId: a.tokenId,
    renter: lower(a.renter),
    provider: l.provider,
    status: "active",
    startTime: BigInt(a.start),
    endTime: BigInt(a.end),
    rent: a.rent,
    deposit: a.deposit,
    confirmed: false,
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
  };
  await context.db.insert(rentals).values(row).onConflictDoUpdate(row);
  await account(context.db, a.renter, b, (r) => ({ activeRentals: r.activeRentals + 1 }));
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

// finish takes a settled, defaulted or resolved rental off its renter's active count.
async function finish(db: any, r: any, block: bigint) {
  await account(db, r.renter, block, (a) => ({ activeRentals: a.activeRentals - 1 }));
}

on("PledgeEscrow:RentalSettled", async ({ event, context }) => {
  const a = event.args as any;
  const b = event.block.number;
  const r = await touch(context.db, rentals, { id: a.rentalId }, b, (r) => ({
    status: r.status === "resolved" ? "resolved" : "settled",
    rentCharged: a.rentCharged,
    usageFee: a.usageFee,
    damage: a.damage,
    lateFee: a.lateFee,
    platformFee: a.platformFee,
    refund: a.refund,
  }));
  if (r) await finish(context.db, r, b);
});

on("PledgeEscrow:RentalDefaulted", async ({ event, context }) => {
  const a = event.args as any;
  const b = event.block.number;
  // the rent is charged in full and the provider keeps the whole deposit
  const r = await touch(context.db, rentals, { id: a.rentalId }, b, (r) => ({
    status: "defaulted",
    rentCharged: r.rent,
    usageFee: 0n,
    damage: a.deposit,
    lateFee: 0n,
    platformFee: a.platformFee,
    refund: 0n,
  }));
  if (r) await finish(context.db, r, b);
});

on("PledgeEscrow:DisputeOpened", async ({ event, context }) => {
  const a = event.args as any;
  const b = event.block.number;
  const r = await touch(context.db, rentals, { id: a.rentalId }, b, () => ({
    status: "disputed",
    disputeId: a.disputeId,
  }));
  if (!r) return;
  await touch(context.db, disputes, { id: a.disputeId }, b, () => ({ evidenceHash: lower(a.evidenceHash) }));
});

on("PledgeEscrow:DisputeResolved", async ({ event, context }) => {
  const { rentalId } = event.args as any;
  await touch(context.db, rentals, { id: rentalId }, event.block.number, () => ({ status: "resolved" }));
});

on("PledgeEscrow:RewardPaid", async ({ event, context }) => {
  const { account: who, amount } = event.args as any;
  await account(context.db, who, event.block.number, (a) => ({ rewardsEarned: a.rewardsEarned + amount }));
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
