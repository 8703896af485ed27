// The projections of our indexer (internal/projection, migrations/ up to 000007: protocol v2), table for table
// and column for column: Ponder snake-cases the names, so `tokenId` is `token_id`.
// uint256 and uint64 values are `bigint` (numeric(78,0)), addresses and hashes `hex`
// (lower-case text), small integers `integer`. Everything the API serves is here.
import { onchainTable, primaryKey } from "ponder";

export const assets = onchainTable("assets", (t) => ({
  tokenId: t.bigint().primaryKey(),
  owner: t.hex().notNull(),
  assetCode: t.hex().notNull(),
  contentHash: t.hex().notNull(),
  uri: t.text().notNull(),
  verified: t.boolean().notNull(),
  verifiedBy: t.hex(),
  validUntil: t.bigint(),
  device: t.hex(),
  userAddress: t.hex(),
  userExpires: t.bigint(),
  listingId: t.bigint(),
  locked: t.boolean().notNull(),
  blockNumber: t.bigint().notNull(),
  updatedBlock: t.bigint().notNull(),
}));

export const listings = onchainTable("listings", (t) => ({
  id: t.bigint().primaryKey(),
  tokenId: t.bigint().notNull(),
  provider: t.hex().notNull(),
  paymentToken: t.hex().notNull(),
  pricePerHour: t.bigint().notNull(),
  deposit: t.bigint().notNull(),
  minDuration: t.bigint().notNull(),
  maxDuration: t.bigint().notNull(),
  pricePerUnit: t.bigint().notNull(),
  cancelFeeBps: t.integer().notNull(),
  freeCancelBefore: t.bigint().notNull(),
  payee: t.hex(), // null when the terms leave it 0
  platform: t.hex(),
  termsHash: t.hex(), // keccak256(abi.encode(paymentToken, terms, device)); follows DeviceBound
  status: t.text().notNull(), // active | closed | delisted
  pledgeAmount: t.bigint().notNull(),
  pledgeState: t.text().notNull(), // locked | released | slashed | returned
  blockNumber: t.bigint().notNull(),
  updatedBlock: t.bigint().notNull(),
}));

export const rentals = onchainTable("rentals", (t) => ({
  id: t.bigint().primaryKey(),
  listingId: t.bigint().notNull(),
  tokenId: t.bigint().notNull(),
  renter: t.hex().notNull(),
  provider: t.hex().notNull(),
  payee: t.hex().notNull(), // the listing's payee at rent, or the provider
  device: t.hex(),
  platform: t.hex(), // the renter's
  // booked | active | returned | disputed | settled | defaulted | resolved | cancelled | no_show
  status: t.text().notNull(),
  startTime: t.bigint().notNull(),
  endTime: t.bigint().notNull(),
  rent: t.bigint().notNull(),
  deposit: t.bigint().notNull(),
  checkedIn: t.boolean().notNull(),
  confirmed: t.boolean().notNull(),
  returnedAt: t.bigint(),
  inspectionEnd: t.bigint(),
  gracePeriod: t.bigint().notNull(),
  rentCharged: t.bigint(),
  usageFee: t.bigint(),
  damage: t.bigint(),
  lateFee: t.bigint(),
  platformFee: t.bigint(),
  refund: t.bigint(),
  disputeId: t.bigint(),
  blockNumber: t.bigint().notNull(),
  updatedBlock: t.bigint().notNull(),
  hasReports: t.boolean().notNull(),
  // the cancellation terms of the listing version it was rented under
  cancelFeeBps: t.integer().notNull(),
  freeCancelBefore: t.bigint().notNull(),
}));

export const usageReports = onchainTable(
  "usage_reports",
  (t) => ({
    rentalId: t.bigint().notNull(),
    nonce: t.bigint().notNull(),
    units: t.bigint().notNull(),
    damageBps: t.integer().notNull(),
    device: t.hex().notNull(),
    txHash: t.hex().notNull(),
    blockNumber: t.bigint().notNull(),
  }),
  (table) => ({ pk: primaryKey({ columns: [table.rentalId, table.nonce] }) }),
);

export const accounts = onchainTable("accounts", (t) => ({
  address: t.hex().primaryKey(),
  score: t.integer().notNull(),
  blacklisted: t.boolean().notNull(),
  blacklistReason: t.hex(),
  shrBalance: t.bigint().notNull(),
  rewardsEarned: t.bigint().notNull(),
  pledged: t.bigint().notNull(),
  activeRentals: t.integer().notNull(), // as renter, status active
  tierRentals: t.integer().notNull(), // as renter, booked, active or disputed
  updatedBlock: t.bigint().notNull(),
}));

export const tiers = onchainTable("tiers", (t) => ({
  tier: t.integer().primaryKey(),
  minScore: t.integer().notNull(),
  maxActiveRentals: t.integer().notNull(),
  depositBps: t.integer().notNull(),
  pledgeBps: t.integer().notNull(),
  updatedBlock: t.bigint().notNull(),
}));

export const disputes = onchainTable("disputes", (t) => ({
  id: t.bigint().primaryKey(),
  rentalId: t.bigint().notNull(),
  opener: t.hex().notNull(),
  renter: t.hex().notNull(),
  provider: t.hex().notNull(),
  status: t.text().notNull(), // open | resolved
  evidenceHash: t.hex(),
  rulingBps: t.integer(),
  votingDeadline: t.bigint().notNull(),
  blockNumber: t.bigint().notNull(),
  updatedBlock: t.bigint().notNull(),
}));

export const disputeEvidence = onchainTable(
  "dispute_evidence",
  (t) => ({
    disputeId: t.bigint().notNull(),
    party: t.hex().notNull(),
    uri: t.text().notNull(),
    txHash: t.hex().notNull(),
    blockNumber: t.bigint().notNull(),
    logIndex: t.integer().notNull(),
  }),
  (table) => ({ pk: primaryKey({ columns: [table.disputeId, table.blockNumber, table.logIndex] }) }),
);

export const disputeVotes = onchainTable(
  "dispute_votes",
  (t) => ({
    disputeId: t.bigint().notNull(),
    arbiter: t.hex().notNull(),
    providerShareBps: t.integer().notNull(),
    blockNumber: t.bigint().notNull(),
    logIndex: t.integer().notNull(),
  }),
  (table) => ({ pk: primaryKey({ columns: [table.disputeId, table.arbiter] }) }),
);

// Protocol v2: every parameter the suite announces, by name (decimal integers, lower-case
// 0x addresses).
export const settings = onchainTable("settings", (t) => ({
  name: t.text().primaryKey(),
  value: t.text().notNull(),
  updatedBlock: t.bigint().notNull(),
}));

export const paymentTokens = onchainTable("payment_tokens", (t) => ({
  address: t.hex().primaryKey(),
  symbol: t.text().notNull(),
  decimals: t.integer().notNull(),
  allowed: t.boolean().notNull(),
  rewardRate: t.bigint().notNull(),
  updatedBlock: t.bigint().notNull(),
}));

export const outcomeDeltas = onchainTable("outcome_deltas", (t) => ({
  outcome: t.integer().primaryKey(),
  delta: t.integer().notNull(),
  updatedBlock: t.bigint().notNull(),
}));

export const platforms = onchainTable("platforms", (t) => ({
  address: t.hex().primaryKey(),
  shareBps: t.integer().notNull(),
  listings: t.bigint().notNull(),
  rentals: t.bigint().notNull(),
  updatedBlock: t.bigint().notNull(),
}));

export const platformFees = onchainTable(
  "platform_fees",
  (t) => ({
    blockNumber: t.bigint().notNull(),
    logIndex: t.integer().notNull(),
    rentalId: t.bigint().notNull(),
    platform: t.hex().notNull(),
    token: t.hex().notNull(),
    amount: t.bigint().notNull(),
  }),
  (table) => ({ pk: primaryKey({ columns: [table.blockNumber, table.logIndex] }) }),
);

export const creditMoves = onchainTable(
  "credit_moves",
  (t) => ({
    blockNumber: t.bigint().notNull(),
    logIndex: t.integer().notNull(),
    account: t.hex().notNull(),
    token: t.hex().notNull(),
    amount: t.bigint().notNull(), // PaymentCredited +, Withdrawn -
  }),
  (table) => ({ pk: primaryKey({ columns: [table.blockNumber, table.logIndex] }) }),
);
