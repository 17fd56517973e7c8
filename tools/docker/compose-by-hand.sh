#!/usr/bin/env bash
# docker-compose.yml without Docker: the same processes and settings, run by hand on this machine's
# PostgreSQL and Redis, then a sign-in through the development identity provider as a browser does it.
# Keeps docker-compose.yml true where no container engine runs (CI). Needs `npm run build` first.
#
#   bash tools/docker/compose-by-hand.sh
#
# PGHOST/PGPORT/PGUSER name a superuser of the machine's PostgreSQL (default 127.0.0.1:5432, postgres),
# standing in for the image's POSTGRES_USER; REDIS_URL the machine's Redis. It creates the roles
# tiltak_owner and tiltak_app and a database of its own, and drops them again at the end.
set -euo pipefail
cd "$(dirname "$0")/../.."

export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
APP_PORT="${COMPOSE_CHECK_PORT:-3590}"
IDP_PORT="${COMPOSE_CHECK_IDP_PORT:-3591}"
DB="tiltak_compose_check"
OWNER_PASSWORD="owner-$RANDOM$RANDOM"
APP_PASSWORD="app-$RANDOM$RANDOM"
work="$(mktemp -d)"
pids=()

drop_db() { psql -q -d postgres -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "DROP ROLE IF EXISTS tiltak_app" -c "DROP ROLE IF EXISTS tiltak_owner" >/dev/null; }
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  drop_db 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "compose-by-hand: $*" >&2; for f in "$work"/*.log; do echo "--- $f" >&2; tail -n 30 "$f" >&2; done; exit 1; }

# The postgres service: the image runs tools/docker/postgres-init as POSTGRES_USER on an empty volume.
drop_db
POSTGRES_USER="$PGUSER" TILTAK_OWNER_PASSWORD="$OWNER_PASSWORD" TILTAK_APP_PASSWORD="$APP_PASSWORD" TILTAK_DB="$DB" \
  sh tools/docker/postgres-init/10-tiltak-roles.sh

# The dev-idp service (the Dockerfile's dev-idp stage).
DEV_IDP_PORT="$IDP_PORT" node tools/dev-idp/run.js >"$work/dev-idp.log" 2>&1 &
pids+=($!)

# The app service, with docker-compose.yml's environment (ports and names of this machine's services).
env -i PATH="$PATH" HOME="$HOME" \
  PORT="$APP_PORT" \
  DATABASE_URL="postgres://tiltak_app:$APP_PASSWORD@$PGHOST:$PGPORT/$DB" \
  DATABASE_OWNER_URL="postgres://tiltak_owner:$OWNER_PASSWORD@$PGHOST:$PGPORT/$DB" \
  REDIS_URL="${REDIS_URL:-redis://127.0.0.1:6379}" QUEUE_PREFIX="compose-check-$$" \
  AUTH_MODE=oidc OIDC_ISSUER="http://127.0.0.1:$IDP_PORT" OIDC_CLIENT_ID=tiltak-dev OIDC_CLIENT_SECRET=tiltak-dev-secret \
  OIDC_PROVIDER_NAME="Dev IdP" SEED_DEMO=true PUBLIC_URL="http://localhost:$APP_PORT" \
  node dist/apps/api/main.js >"$work/app.log" 2>&1 &
pids+=($!)

base="http://localhost:$APP_PORT"
for _ in $(seq 1 180); do
  curl -fs "$base/api/health" >/dev/null 2>&1 && curl -fs "http://127.0.0.1:$IDP_PORT/.well-known/openid-configuration" >/dev/null 2>&1 && break
  sleep 1
done
curl -fs "$base/api/health" >/dev/null || fail "the app did not answer on $base/api/health"

# oidc mode, and no dev login anywhere.
curl -fs "$base/api/auth/config" | grep -q '"mode":"oidc"' || fail "GET /api/auth/config does not say oidc"
jar="$work/cookies"
curl -fs -c "$jar" -o /dev/null "$base/api/health"
xsrf="$(awk '$6 == "XSRF-TOKEN" { print $7 }' "$jar")"
[ "$(curl -s -o /dev/null -w '%{http_code}' -b "$jar" -H "x-xsrf-token: $xsrf" -H 'content-type: application/json' \
  -X POST "$base/api/auth/dev-login" -d '{"email":"admin@tiltak.example"}')" = 404 ] || fail "dev login answers in oidc mode"

# The app connects as tiltak_app: not a superuser, and unable to touch the audit trail.
psql -q -d "postgres://tiltak_app:$APP_PASSWORD@$PGHOST:$PGPORT/$DB" -c "DELETE FROM audit_event" >/dev/null 2>&1 \
  && fail "tiltak_app may delete audit events"

# Sign in as a browser: Tiltak → the provider's form → the callback → a session.
form="$(curl -s -L -c "$jar" -b "$jar" "$base/api/auth/login")"
uid="$(printf '%s' "$form" | sed -n 's|.*action="/interaction/\([A-Za-z0-9_-]*\)/login".*|\1|p' | head -n 1)"
[ -n "$uid" ] || fail "no sign-in form at the identity provider"
landed="$(curl -s -L -c "$jar" -b "$jar" -o /dev/null -w '%{url_effective}' \
  --data-urlencode login=leder.idi@tiltak.example --data-urlencode password=anything \
  "http://127.0.0.1:$IDP_PORT/interaction/$uid/login")"
case "$landed" in "$base/"*) ;; *) fail "the sign-in ended at $landed, not at Tiltak" ;; esac
curl -fs -b "$jar" "$base/api/auth/me" | grep -q 'leder.idi@tiltak.example' || fail "signed in, but /api/auth/me does not know the leader"
echo "compose-by-hand: docker-compose.yml's set-up runs: roles, migrations as the owner, the app as tiltak_app, sign-in through the dev identity provider"
