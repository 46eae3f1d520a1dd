#!/usr/bin/env bash
# End-to-end smoke test of a running suite (./mygov up): every service ready with its database and
# Kafka checks, identity-service issuing tokens that the other services accept, and the broker
# reaching a registry with a token identity-service limited to that registry's agency.
set -euo pipefail
ISSUER="${MYGOV_ISSUER:-http://localhost:8081}"
failures=0
check() { # description, command...
  local description="$1"; shift
  if "$@" > /dev/null 2>&1; then echo "ok   - $description"; else echo "FAIL - $description"; failures=$((failures + 1)); fi
}
ready_with_checks() { # port
  local body; body="$(curl -fsS "http://localhost:$1/q/health/ready")" || return 1
  grep -q '"status": *"UP"' <<< "$body" && grep -qi 'database' <<< "$body" && grep -qi 'kafka' <<< "$body"
}
for port in 8081 8082 8083 8084; do
  check "service on $port ready with database and Kafka checks" ready_with_checks "$port"
  check "service on $port publishes its OpenAPI document" curl -fsS "http://localhost:$port/q/openapi"
  check "service on $port answers an unknown route with a problem" \
    bash -c "curl -s -o /dev/null -w '%{http_code} %{content_type}' http://localhost:$port/v1/no-such-route | grep -q '404 application/problem+json'"
done
check "identity-service publishes OpenID discovery" curl -fsS "$ISSUER/.well-known/openid-configuration"
token="$(curl -fsS -u demo-agency:demo-agency-secret -d grant_type=client_credentials "$ISSUER/oauth2/token" 2>/dev/null |
  sed -n 's/.*"access_token" *: *"\([^"]*\)".*/\1/p' || true)"
check "identity-service issues a client_credentials token to demo-agency" test -n "$token"
if [[ -n "$token" ]]; then
  check "payment-gateway-service accepts the token" \
    bash -c "curl -s -o /dev/null -w '%{http_code}' -H 'Authorization: Bearer $token' http://localhost:8082/v1/payments | grep -q 200"
  check "data-exchange-service accepts the token" \
    bash -c "curl -s -o /dev/null -w '%{http_code}' -H 'Authorization: Bearer $token' http://localhost:8083/v1/agreements | grep -q 200"
  check "service-catalogue accepts the token (an empty record is a validation problem, not 401)" \
    bash -c "curl -s -o /dev/null -w '%{http_code}' -X POST -d '{}' -H 'Content-Type: application/json' -H 'Authorization: Bearer $token' http://localhost:8084/v1/services | grep -q 400"
  check "a forged token is refused with 401" \
    bash -c "curl -s -o /dev/null -w '%{http_code}' -H 'Authorization: Bearer ${token}x' http://localhost:8082/v1/payments | grep -q 401"
  query='{"product":"POPULATION","agreementId":"0195d000-0000-7000-8000-000000000001","purposeCode":"LICENSING","recordKey":"850101-14-5011","fields":["fullName"]}'
  check "the broker reads the demo citizen from the population registry with its token for JPN" \
    bash -c "curl -fsS -H 'Authorization: Bearer $token' -H 'Content-Type: application/json' -d '$query' http://localhost:8083/v1/exchange/queries | grep -q '\"fullName\"'"
  check "consumers cannot bypass the broker: the registry refuses a platform token" \
    bash -c "curl -s -o /dev/null -w '%{http_code}' -H 'Authorization: Bearer $token' http://localhost:8083/sample-registries/population/850101-14-5011 | grep -q 401"
fi
registry_token="$(curl -fsS -u data-exchange-broker:data-exchange-broker-secret -d grant_type=client_credentials \
  -d resource=urn:mygov:agency:JPN "$ISSUER/oauth2/token" 2>/dev/null | sed -n 's/.*"access_token" *: *"\([^"]*\)".*/\1/p' || true)"
check "identity-service limits the broker's token to one agency (RFC 8707)" test -n "$registry_token"
if [[ -n "$registry_token" ]]; then
  check "the platform's APIs refuse a token limited to JPN's registry" \
    bash -c "curl -s -o /dev/null -w '%{http_code}' -H 'Authorization: Bearer $registry_token' http://localhost:8083/v1/agreements | grep -q 401"
fi
audit_key_id="$(curl -fsS http://localhost:8083/v1/audit/public-key 2>/dev/null | sed -n 's/.*"keyId" *: *"\([^"]*\)".*/\1/p' || true)"
check "data-exchange-service publishes the key its audit checkpoints are signed with" \
  bash -c "[[ '$audit_key_id' == exchange-audit-* ]] && curl -fsS http://localhost:8083/v1/audit/public-keys | grep -q '$audit_key_id'"
portal="$(curl -fsS "http://localhost:8084/v1/apis?limit=100" || true)"
for service in identity-service payment-gateway-service data-exchange-service service-catalogue; do
  check "the catalogue portal holds the OpenAPI document of $service" grep -q "\"name\":\"$service\"" <<< "$portal"
done
road_tax="$(curl -fsS 'http://localhost:8084/v1/search?q=JPJ-CUKAI-JALAN-PEMBAHARUAN&limit=1' | sed -n 's/^{[^[]*\[{"id":"\([^"]*\)".*/\1/p' || true)"
adopted() { curl -fsS "http://localhost:8084/v1/services/$road_tax/adoption" | grep -q '"payments":[1-9]'; }
for _ in $(seq 1 30); do adopted && break; sleep 1; done
check "a demo payment reached the catalogue's adoption figures through Kafka" adopted

if [[ $failures -gt 0 ]]; then echo "smoke: $failures check(s) failed"; exit 1; fi
echo "smoke: all checks passed"
