// Prints the named gas snapshots of test/contracts/Gas.t.sol (snapshots/GasTest.json):
// gas per lifecycle step in lifecycle order, then the reference costs and code sizes.
import { readFileSync } from "node:fs";

const snap = JSON.parse(readFileSync(new URL("../snapshots/GasTest.json", import.meta.url)));
const steps = ["register", "verify", "list", "rent", "confirmAsset", "reportUsage", "endRental",
  "collectDefault", "openDispute", "execute"];
const references = ["setUser", "transferFrom"];

const row = (name, value, unit) => console.log(`${name.padEnd(22)}${String(value).padStart(10)} ${unit}`);
console.log("lifecycle step              gas");
for (const k of steps) row(k, snap[k] ?? "missing", "");
console.log("\nfor comparison");
for (const k of references) row(k, snap[k] ?? "missing", "");
console.log("\nruntime code size (limit 24576)");
for (const [k, v] of Object.entries(snap)) if (k.startsWith("size_")) row(k.slice(5), v, "bytes");
const missing = steps.concat(references).filter((k) => !(k in snap));
if (missing.length) {
  console.error(`missing snapshots: ${missing.join(", ")}`);
  process.exit(1);
}
