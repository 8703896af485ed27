// The projections of our indexer (indexer/store/project.go, migrations/), table for table
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
  status: t.text().notNull(), // active | delisted
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
  status: t.text().notNull(), // active | disputed | settled | defaulted | resolved
  startTime: t.bigint().notNull(),
  endTime: t.bigint().notNull(),
  rent: t.bigint().notNull(),
  deposit: t.bigint().notNull(),
  confirmed: t.boolean().notNull(),
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
  activeRentals: t.integer().notNull(),
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
