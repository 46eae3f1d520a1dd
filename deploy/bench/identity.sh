#!/usr/bin/env bash
# identity-service benchmark: client_credentials issuance and introspection (rate and p99), startup
# time and RSS. Run against the local suite: ./mygov up --detach && deploy/bench/identity.sh
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
ISSUER="${MYGOV_ISSUER:-http://localhost:8081}"
LOAD=(java "$ROOT/deploy/bench/LoadGenerator.java")
FORM="Content-Type: application/x-www-form-urlencoded"
CLIENT="demo-agency:demo-agency-secret"

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1)"
pid="$(cat "$ROOT/.mygov/pids/identity-service.pid")"
grep -o 'started in [0-9.]*s' "$ROOT/.mygov/logs/identity-service.log" | tail -1 | sed 's/^/identity-service JVM /'

"${LOAD[@]}" --label "client_credentials tokens (max)" --url "$ISSUER/oauth2/token" --method POST --header "$FORM" \
  --basic "$CLIENT" --body "grant_type=client_credentials" --concurrency 16 --warmup 10s --duration 20s
"${LOAD[@]}" --label "client_credentials tokens (steady)" --url "$ISSUER/oauth2/token" --method POST --header "$FORM" \
  --basic "$CLIENT" --body "grant_type=client_credentials" --rate 500 --warmup 5s --duration 20s
echo "identity-service RSS after token load: $(( $(ps -o rss= -p "$pid") / 1024 )) MB"

token="$(curl -fsS -u "$CLIENT" -d grant_type=client_credentials "$ISSUER/oauth2/token" | sed -n 's/.*"access_token" *: *"\([^"]*\)".*/\1/p')"
"${LOAD[@]}" --label "introspection (max)" --url "$ISSUER/oauth2/introspect" --method POST --header "$FORM" \
  --basic "$CLIENT" --body "token=$token" --concurrency 16 --warmup 10s --duration 20s
echo "identity-service RSS after introspection load: $(( $(ps -o rss= -p "$pid") / 1024 )) MB"
