#!/usr/bin/env bash
# Sign-up surge against a running identity-service: SURGE sign-ups sent at once, each then asking
# again with its queue ticket every second until registered, as the sign-up page does. Prints how
# long the queue took to drain, registrations per second through the password work gate, the
# answers by status, and the service's RSS before and after.
#
#   ./mygov up --detach      (or identity-service started some other way, its PID given as PID)
#   deploy/bench/identity-signup-surge.sh
#
# Environment: BASE (default http://localhost:8081), SURGE (default 64), PID (default: the process
# listening on BASE's port).
set -euo pipefail
BASE="${BASE:-http://localhost:8081}"
SURGE="${SURGE:-64}"
PORT="${BASE##*:}"
PID="${PID:-$(ss -ltnpH "sport = :$PORT" | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | head -1)}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
rss() { awk '/VmRSS/ {print $2 " kB"}' "/proc/$PID/status"; }

# One person: a unique MyKad number and e-mail; resends with the ticket until the answer is not 429.
sign_up() {
  local n=$1 ticket="" status
  local body
  body=$(printf '{"kind":"CITIZEN","fullName":"Surge %d","email":"surge-%d-%s@example.com","password":"Teh-Tarik-Kurang-Manis-2026","mykadNumber":"%02d%02d%02d10%04d"}' \
    "$n" "$n" "$RANDOM$RANDOM" $((70 + RANDOM % 30)) $((1 + RANDOM % 12)) $((1 + RANDOM % 28)) $((RANDOM % 10000)))
  while :; do
    status=$(curl -s -o "$WORK/$n.json" -w '%{http_code}' -H 'Content-Type: application/json' \
      ${ticket:+-H "X-Queue-Ticket: $ticket"} -d "$body" "$BASE/v1/accounts")
    echo "$status" >> "$WORK/statuses"
    [[ $status == 429 || $status == 503 ]] || break
    ticket=$(sed -n 's/.*"ticket":"\([^"]*\)".*/\1/p' "$WORK/$n.json")
    sleep 1
  done
}
export -f sign_up
export BASE WORK

echo "identity-service pid $PID, RSS before: $(rss)"
start=$(date +%s.%N)
seq 1 "$SURGE" | xargs -P "$SURGE" -I{} bash -c 'sign_up {}'
elapsed=$(echo "$(date +%s.%N) - $start" | bc)
echo "RSS after: $(rss)"
echo "answers by status:"; sort "$WORK/statuses" | uniq -c
registered=$(grep -c '^202$' "$WORK/statuses" || true)
printf 'queue drained in %.1f s: %d registrations, %.1f per second\n' "$elapsed" "$registered" "$(echo "$registered / $elapsed" | bc -l)"
