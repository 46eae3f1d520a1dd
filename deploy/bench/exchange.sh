#!/usr/bin/env bash
# data-exchange-service benchmark: the broker's added latency and throughput against calling the
# sample provider directly, at the same concurrency, in one run (ExchangeBenchmark, against the real
# PostgreSQL and Kafka of the tests). Takes about 25 minutes; run it on an otherwise idle machine.
#
#   deploy/bench/exchange.sh [-Dbench.concurrency=1,4,8] [-Dbench.provider-delays-ms=0,10] [-Djvm=...]
#
# The options are those of docs/benchmarks/data-exchange-service.md, passed on to Maven.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
source "$ROOT/deploy/bench/require-wrk.sh"
cd "$ROOT"
./mvnw -B -pl data-exchange-service -am test -Dtest=ExchangeBenchmark -Dsurefire.failIfNoSpecifiedTests=false "$@" \
  | grep --line-buffered BENCHMARK
