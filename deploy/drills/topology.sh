# Sourced by check and drill: the running suite's layout from .mygov/topology.env (written by
# `./mygov up`), or the single run's defaults when it is absent.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
STATE="$ROOT/.mygov"
REPLICAS=1
SERVICE_INSTANCES="identity-service:8081 payment-gateway-service:8082 data-exchange-service:8083 service-catalogue:8084"
KAFKA_NODES="kafka:19092"
KAFKA_BOOTSTRAP="${MYGOV_KAFKA_BOOTSTRAP:-127.0.0.1:19092}"
PG_PRIMARY="postgres:15432"
PG_STANDBY=""
# shellcheck disable=SC1091
[[ -f "$STATE/topology.env" ]] && source "$STATE/topology.env"
# Both servers, primary first: the JDBC driver connects to whichever is primary now.
PG_HOSTS="127.0.0.1:${PG_PRIMARY##*:}${PG_STANDBY:+,127.0.0.1:${PG_STANDBY##*:}}"

say() { printf '\033[1m[mygov]\033[0m %s\n' "$*"; }
fail() { printf '\033[31m[mygov] %s\033[0m\n' "$*" >&2; exit 1; }
infra_classpath() {
  [[ -f "$ROOT/platform-infra/target/runtime.classpath" ]] || fail "platform-infra is not built; run ./mygov up first"
  echo "$ROOT/platform-infra/target/classes:$(cat "$ROOT/platform-infra/target/runtime.classpath")"
}
