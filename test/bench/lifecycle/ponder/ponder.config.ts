// The followed contracts of $MANIFEST (the manifest leaves out PaymentToken), with their
// ABIs from $ABI_DIR, from the manifest's startBlock on one chain at $RPC_URL, into
// PostgreSQL at $DATABASE_URL. Only the events src/index.ts handles are fetched.
import { createConfig } from "ponder";
import { loadContracts, readManifest } from "./lib/manifest";

const manifest = readManifest();
const rpc = process.env.RPC_URL;
if (!rpc) throw new Error("lifecycle: environment variable RPC_URL is required");
const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) throw new Error("lifecycle: environment variable DATABASE_URL is required");

export default createConfig({
  database: { kind: "postgres", connectionString: databaseUrl },
  chains: { bench: { id: manifest.chainId, rpc } },
  contracts: Object.fromEntries(
    loadContracts().map((c) => [
      c.name,
      { chain: "bench", abi: c.abi as any, address: c.address, startBlock: manifest.startBlock },
    ]),
  ) as any,
});
