#!/usr/bin/env bash
# Load test of sli serve (a measurement, not a gate): starts the server on loopback over INDEX, waits
# until it answers, then 50 closed-loop clients for 60 s, 45 of them on /api/search (rotating
# queries, a third with an authority filter) and 5 on /api/match (rotating authorities); prints
# requests, errors, throughput and p50/p99 latency per endpoint, and the server's peak memory.
# Usage: scripts/bench-serve.sh INDEX_DIR [SECONDS] [CLIENTS] [MATCH_CLIENTS]
#   (an index of ../shared/corpus: scripts/sli ingest ../shared/corpus --index INDEX_DIR)
# Exit 0 when no request failed, 1 when some did, 2 on bad arguments.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [[ $# -lt 1 || ! -d "$1" ]]; then
  echo "usage: scripts/bench-serve.sh INDEX_DIR [SECONDS] [CLIENTS] [MATCH_CLIENTS]" >&2
  exit 2
fi
index="$1"; seconds="${2:-60}"; clients="${3:-50}"; matching="${4:-5}"
source "$root/scripts/jar.sh"
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
log="$(mktemp)"
java ${SLI_JAVA_OPTS:--Xmx4g} -jar "$jar" serve --index "$index" --port "$port" 2> "$log" &
server=$!
trap 'kill "$server" 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$port/api/authorities" > /dev/null && break
  sleep 0.5
done
# One request of each kind first, as a user's first visit would: the authorities and match pool load.
curl -sf "http://127.0.0.1:$port/api/match?la=Kent" > /dev/null
rc=0
java -cp "$jar:$root/target/lib/*" uk.sli.eval.LoadTest "http://127.0.0.1:$port" "$clients" "$seconds" "$matching" \
  Kent Medway Slough Surrey Hampshire "West Sussex" Reading Portsmouth || rc=$?
peak_kb="$(awk '/VmHWM/ {print $2}' "/proc/$server/status")"
kill "$server"; wait "$server" 2>/dev/null || true
echo "server peak RSS: $(( peak_kb / 1024 )) MB; machine: $(nproc) cpus; server log:"
sed 's/^/  /' "$log" | tail -n 5
exit $rc
