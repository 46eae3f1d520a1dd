# Sourced by the benchmark scripts: wrk is the load client, from Debian's package when missing.
if ! command -v wrk > /dev/null; then
  echo "Installing wrk (Debian's package), the benchmarks' load client" >&2
  SUDO=()
  (( EUID == 0 )) || SUDO=(sudo)
  "${SUDO[@]}" apt-get update -qq && "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk > /dev/null
fi
