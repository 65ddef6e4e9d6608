#!/usr/bin/env bash
# Load test of sli serve (a measurement, not a gate): starts the server on loopback over INDEX, warms it
# for 10 s under the same load (as a server that has been up a while), then 50 closed-loop clients for
# 60 s: 45 on /api/search (rotating queries, a third with an authority filter), 5 on /api/match
# (rotating authorities). Prints requests, errors, throughput and p50/p99/max latency per endpoint and
# the server's peak memory. The clients are wrk's (Debian package wrk): a load generator in C that
# costs the shared cores little, where a JVM generator took about a third of them.
# Usage: scripts/bench-serve.sh INDEX_DIR [SECONDS] [CLIENTS] [MATCH_CLIENTS]
#   (an index of ../shared/corpus: scripts/sli ingest ../shared/corpus --index INDEX_DIR [--merge])
# Exit 0 when no request failed, 1 when some did, 2 on bad arguments or without wrk.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [[ $# -lt 1 || ! -d "$1" ]]; then
  echo "usage: scripts/bench-serve.sh INDEX_DIR [SECONDS] [CLIENTS] [MATCH_CLIENTS]" >&2
  exit 2
fi
if ! command -v wrk > /dev/null; then
  echo "bench-serve: needs wrk, the HTTP load generator (apt-get install wrk)" >&2
  exit 2
fi
index="$1"; seconds="${2:-60}"; clients="${3:-50}"; matching="${4:-5}"
searching=$(( clients - matching ))
source "$root/scripts/jar.sh"
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
url="http://127.0.0.1:$port"
log="$(mktemp)"
java ${SLI_JAVA_OPTS:--Xmx4g} -jar "$jar" serve --index "$index" --port "$port" 2> "$log" &
server=$!
trap 'kill "$server" 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 1 120); do
  curl -sf "$url/api/authorities" > /dev/null && break
  sleep 0.5
done

# Both endpoints at once, each with its own connections; wrk's summary line is the script's done().
load() {
  local length="$1"
  wrk -t1 -c"$searching" -d"${length}s" --timeout 30s -s "$root/scripts/load/api.lua" "$url/api/search" | tail -n 1 &
  local search=$!
  if (( matching > 0 )); then
    wrk -t1 -c"$matching" -d"${length}s" --timeout 30s -s "$root/scripts/load/api.lua" "$url/api/match" | tail -n 1
  fi
  wait "$search"
}
load 10 > /dev/null
echo "$clients clients ($matching on /api/match) for $seconds s against $url"
printf '%-12s %9s %7s %9s %8s %8s %8s\n' endpoint requests errors req/s "p50 ms" "p99 ms" "max ms"
results="$(load "$seconds")"
echo "$results" | sort
peak_kb="$(awk '/VmHWM/ {print $2}' "/proc/$server/status")"
kill "$server"; wait "$server" 2>/dev/null || true
echo "server peak RSS: $(( peak_kb / 1024 )) MB; machine: $(nproc) cpus; server log:"
sed 's/^/  /' "$log" | tail -n 5
echo "$results" | awk '$3 != 0 { failed = 1 } END { exit failed }'
