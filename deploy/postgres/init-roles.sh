#!/bin/sh
# Runs once, at the first start of the compose PostgreSQL (docker-entrypoint-initdb.d), as
# its superuser: the owner role that migrate and index connect as, its database, the
# extensions only a superuser may create (earthdistance, for listing search by distance;
# migrations/000011), and the API's read-only role (deploy/sql/api-role.sql).
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
	-v owner_password="$SHARECHAIN_DB_PASSWORD" <<'SQL'
CREATE ROLE sharechain LOGIN PASSWORD :'owner_password';
CREATE DATABASE sharechain OWNER sharechain;
SQL
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname sharechain \
	-c 'CREATE EXTENSION IF NOT EXISTS earthdistance CASCADE'
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname sharechain \
	-v owner=sharechain -v api_password="$API_DB_PASSWORD" -f /sql/api-role.sql
