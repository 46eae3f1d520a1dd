#!/usr/bin/env bash
# identity-service benchmark, the service ALONE: its own PostgreSQL (25432) and Kafka (29092) from
# platform-infra, identity-service on 18081 (ports apart from ./mygov's, so both can run at once).
#
#   ./mvnw -B -pl identity-service -am package -DskipTests && deploy/bench/identity.sh
#
# Reports: startup ("started in", second start on an existing database), max client_credentials
# tokens/s (wrk) against /q/health/live measured just before (the baseline: other load on the machine moves both, so
# compare the ratio between runs), p99 at a steady 500 tokens/s (LoadGenerator, open loop), max introspections/s
# (wrk), RSS after load, CPU time per request, and the Argon2id cost that bounds password sign-ins.
#
# wrk (the load client) is installed from Debian's package when missing.
#
# Environment: JAVA (default Temurin 25 if installed, else `java`), DURATION (default 20s),
# CONNECTIONS (wrk, default 32), WORK (scratch directory, default /tmp/identity-bench, wiped).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
source "$ROOT/deploy/bench/require-wrk.sh"
PORT=18081 PG_PORT=25432 KAFKA_PORT=29092 KAFKA_CONTROLLER_PORT=29093
BASE="http://localhost:$PORT"
DURATION="${DURATION:-20s}"
CONNECTIONS="${CONNECTIONS:-32}"
WORK="${WORK:-/tmp/identity-bench}"
if [[ -z "${JAVA:-}" ]]; then
  JAVA="$(ls /usr/lib/jvm/temurin-25-jdk-amd64/bin/java 2>/dev/null || command -v java)"
fi
APP="$ROOT/identity-service/target/quarkus-app"
INFRA_CP="$ROOT/platform-infra/target/classes:$(cat "$ROOT/platform-infra/target/runtime.classpath")"

# The recommended production flags (see docs/benchmarks/identity-service.md): a small heap, the
# serial collector (2 cores, small heap: least CPU and memory overhead), freed native memory given
# back to the OS every 2 s (JDK 21+), fewer glibc arenas.
JAVA_FEATURE="$("$JAVA" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
JVM_FLAGS=(-Xmx96m -XX:+UseSerialGC -XX:ReservedCodeCacheSize=48m)
if (( JAVA_FEATURE >= 21 )); then
  JVM_FLAGS+=(-XX:TrimNativeHeapInterval=2000)
fi
export MALLOC_ARENA_MAX=2
AOT_CACHE="$WORK/identity-service.aot"

for port in $PORT $PG_PORT $KAFKA_PORT $KAFKA_CONTROLLER_PORT; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "Port $port is in use; stop whatever listens there first." >&2
    exit 1
  fi
done
[[ -f "$APP/quarkus-run.jar" ]] || { echo "Build first: ./mvnw -B -pl identity-service -am package -DskipTests" >&2; exit 1; }

rm -rf "$WORK" && mkdir -p "$WORK"
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do while kill -0 "$pid" 2>/dev/null; do sleep 0.3; done; done
}
trap cleanup EXIT

await() { # file pattern seconds
  for _ in $(seq 1 $(( $3 * 4 ))); do grep -q "$2" "$1" 2>/dev/null && return 0; sleep 0.25; done
  echo "Timed out waiting for '$2' in $1" >&2; tail -20 "$1" >&2; exit 1
}
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
rss_mb() { echo $(( $(ps -o rss= -p "$1") / 1024 )); }

java -Xmx64m -cp "$INFRA_CP" my.gov.platform.infra.LocalPostgres --port $PG_PORT --data "$WORK/postgres" \
  --databases identity > "$WORK/postgres.log" 2>&1 &
PIDS+=($!)
java -Xmx512m -cp "$INFRA_CP" my.gov.platform.infra.LocalKafka --port $KAFKA_PORT \
  --controller-port $KAFKA_CONTROLLER_PORT --data "$WORK/kafka" > "$WORK/kafka.log" 2>&1 &
PIDS+=($!)
await "$WORK/postgres.log" "POSTGRES READY" 120
await "$WORK/kafka.log" "KAFKA READY" 120

start_identity() { # log-file demo-data(true|false) extra-jvm-flags...
  local log="$1" demo="$2"; shift 2
  QUARKUS_HTTP_PORT=$PORT QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/identity" \
    QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=postgres \
    MYGOV_KAFKA_BOOTSTRAP="127.0.0.1:$KAFKA_PORT" MYGOV_ISSUER="$BASE" MYGOV_DEMO_DATA="$demo" \
    QUARKUS_PROFILE=local MYGOV_IDENTITY_SECRETS_KEY_FILE="$WORK/identity-secrets-key" \
    "$JAVA" "${JVM_FLAGS[@]}" "$@" -jar "$APP/quarkus-run.jar" > "$log" 2>&1 &
  IDENTITY_PID=$!
  PIDS+=($IDENTITY_PID)
  await "$log" "started in" 120
}
stop_identity() {
  kill "$IDENTITY_PID"
  while kill -0 "$IDENTITY_PID" 2>/dev/null; do sleep 0.3; done
}

cat > "$WORK/token.lua" <<EOF
wrk.method = "POST"
wrk.body = "grant_type=client_credentials"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["Authorization"] = "Basic $(printf 'demo-agency:demo-agency-secret' | base64 -w0)"
EOF
token() {
  curl -fsS -u demo-agency:demo-agency-secret -d grant_type=client_credentials "$BASE/oauth2/token" \
    | sed -n 's/.*"access_token" *: *"\([^"]*\)".*/\1/p'
}

# First start: creates the schema, the signing keys and the demo data; on JDK 25+ it is also the
# training run that records the AOT cache (JEP 483/514/515) the measured start then uses.
TRAINING=()
MEASURED=()
if (( JAVA_FEATURE >= 25 )); then
  TRAINING=(-XX:AOTCacheOutput="$AOT_CACHE")
  MEASURED=(-XX:AOTCache="$AOT_CACHE")
fi
start_identity "$WORK/identity-first.log" true "${TRAINING[@]}"
wrk -t1 -c4 -d5s -s "$WORK/token.lua" "$BASE/oauth2/token" > /dev/null
stop_identity
# The measured start is the production configuration: no demo-data loader (the demo clients the load
# uses are already in the database from the first start).
start_identity "$WORK/identity.log" false "${MEASURED[@]}"
pid=$IDENTITY_PID

echo "== identity-service benchmark, $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "JVM: $("$JAVA" -version 2>&1 | head -1); flags: ${JVM_FLAGS[*]} ${MEASURED[*]} (MALLOC_ARENA_MAX=2)"
echo "startup, first start (schema, keys, demo data): $(grep -o 'started in [0-9.]*s' "$WORK/identity-first.log")"
echo "startup, second start (existing database, no demo-data loader): $(grep -o 'started in [0-9.]*s' "$WORK/identity.log"), RSS $(rss_mb "$pid") MB"

wrk_run() { # label lua(or "") url
  local before after out requests
  before=$(cpu_ticks "$pid")
  out="$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency ${2:+-s "$2"} "$3")"
  RATE=$(echo "$out" | awk '/Requests\/sec/ {printf "%.0f", $2}')
  after=$(cpu_ticks "$pid")
  requests=$(echo "$out" | awk '/requests in/ {print $1}')
  echo "$1: $(echo "$out" | awk '/Requests\/sec/ {printf "%.0f req/s", $2}'), p50 $(echo "$out" | awk '$1=="50%" {print $2}'), p99 $(echo "$out" | awk '$1=="99%" {print $2}'), $(awk -v t="$(getconf CLK_TCK)" -v d=$(( after - before )) -v n="$requests" 'BEGIN {printf "%.3f", d * 1000 / t / n}') ms service CPU per request, $CONNECTIONS connections, $DURATION$(echo "$out" | awk '/Non-2xx/ {print ", NON-2xx: " $NF}')"
}

wrk -t2 -c"$CONNECTIONS" -d10s -s "$WORK/token.lua" "$BASE/oauth2/token" > /dev/null   # JIT warm-up
wrk_run "baseline: /q/health/live (max)" "" "$BASE/q/health/live"
baseline=$RATE
wrk_run "client_credentials tokens (max)" "$WORK/token.lua" "$BASE/oauth2/token"
echo "tokens/s to health/s: $(awk -v t="$RATE" -v h="$baseline" 'BEGIN {printf "%.3f", t / h}'), load average $(cut -d' ' -f1-3 /proc/loadavg)"

java "$ROOT/deploy/bench/LoadGenerator.java" --label "client_credentials tokens (steady 500/s)" \
  --url "$BASE/oauth2/token" --method POST --header "Content-Type: application/x-www-form-urlencoded" \
  --basic demo-agency:demo-agency-secret --body grant_type=client_credentials --rate 500 --warmup 5s --duration 30s
echo "RSS after the steady 500 tokens/s: $(rss_mb "$pid") MB"

cat > "$WORK/introspect.lua" <<EOF
wrk.method = "POST"
wrk.body = "token=$(token)"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["Authorization"] = "Basic $(printf 'demo-certifier:demo-certifier-secret' | base64 -w0)"
EOF
wrk -t2 -c"$CONNECTIONS" -d5s -s "$WORK/introspect.lua" "$BASE/oauth2/introspect" > /dev/null
wrk_run "introspection (max)" "$WORK/introspect.lua" "$BASE/oauth2/introspect"
echo "RSS after all load: $(rss_mb "$pid") MB"
stop_identity

# Password sign-ins are bound by Argon2id by design: measure the hash itself on both cores.
cat > "$WORK/Argon2Rate.java" <<'EOF'
import my.gov.platform.identity.accounts.PasswordHasher;
import java.util.concurrent.atomic.AtomicLong;

public class Argon2Rate {
    public static void main(String[] args) throws Exception {
        String stored = PasswordHasher.hash("Demo-Rakyat-2026!");
        AtomicLong done = new AtomicLong();
        int threads = Runtime.getRuntime().availableProcessors();
        long end = System.nanoTime() + 10_000_000_000L;
        Thread[] workers = new Thread[threads];
        for (int i = 0; i < threads; i++) {
            workers[i] = new Thread(() -> { while (System.nanoTime() < end) { PasswordHasher.matches("Demo-Rakyat-2026!", stored); done.incrementAndGet(); } });
            workers[i].start();
        }
        for (Thread worker : workers) { worker.join(); }
        System.out.printf("Argon2id %s: %.1f password verifications/s on %d threads (the ceiling for password sign-ins)%n",
                stored.split("\\$")[3], done.get() / 10.0, threads);
    }
}
EOF
"$JAVA" -cp "$APP/app/*:$APP/lib/main/*" "$WORK/Argon2Rate.java"
echo "logs and scratch data: $WORK"
