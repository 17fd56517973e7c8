#!/bin/sh
# Run once by the postgres image on an empty data volume (/docker-entrypoint-initdb.d), as the
# superuser POSTGRES_USER. Creates the two roles of docs/security-roles.md and the database:
#   tiltak_owner  owns the database and the schema; Tiltak runs its migrations as it (DATABASE_OWNER_URL)
#   tiltak_app    what the app connects as (DATABASE_URL): not superuser, not owner; Tiltak grants it
#                 its rights after each migration run
# Passwords come from TILTAK_OWNER_PASSWORD and TILTAK_APP_PASSWORD (docker-compose.yml / .env).
set -eu
: "${TILTAK_OWNER_PASSWORD:?set TILTAK_OWNER_PASSWORD}"
: "${TILTAK_APP_PASSWORD:?set TILTAK_APP_PASSWORD}"
TILTAK_DB="${TILTAK_DB:-tiltak}"

psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
  -v owner_password="$TILTAK_OWNER_PASSWORD" -v app_password="$TILTAK_APP_PASSWORD" -v db="$TILTAK_DB" <<'SQL'
CREATE ROLE tiltak_owner LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION PASSWORD :'owner_password';
CREATE ROLE tiltak_app LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION PASSWORD :'app_password';
CREATE DATABASE :"db" OWNER tiltak_owner;
-- Only the two roles may connect to it.
REVOKE ALL ON DATABASE :"db" FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE :"db" TO tiltak_app;
SQL
