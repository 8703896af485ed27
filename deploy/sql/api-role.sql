-- The API's read-only database role (STYLE.md §7): `sharechain serve`, `keeper` and
-- `audit` only read the indexer's tables, so they connect as a role that cannot write.
--
-- Run it once per database as a superuser (or, on a managed service, an admin with
-- CREATEROLE that is a member of the owner role), before or after `sharechain migrate up`:
--
--   psql "postgres://postgres@host/sharechain" -v ON_ERROR_STOP=1 \
--     -v owner=sharechain -v api_password="$API_DB_PASSWORD" -f deploy/sql/api-role.sql
--
-- `owner` is the role that owns the schema: the one `migrate` and `index` connect as
-- (default sharechain). Then serve and keeper use
-- DATABASE_URL=postgres://sharechain_api:<password>@host/sharechain.
\if :{?owner}
\else
\set owner sharechain
\endif

CREATE ROLE sharechain_api LOGIN PASSWORD :'api_password'
    NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION;
COMMENT ON ROLE sharechain_api IS 'read-only: sharechain serve, keeper and audit';

-- a second guard besides the grants: every transaction of the role is read-only.
ALTER ROLE sharechain_api SET default_transaction_read_only = on;

GRANT CONNECT ON DATABASE :"DBNAME" TO sharechain_api;
GRANT USAGE ON SCHEMA public TO sharechain_api;
-- the tables that exist now, and those the owner's later migrations create.
GRANT SELECT ON ALL TABLES IN SCHEMA public TO sharechain_api;
ALTER DEFAULT PRIVILEGES FOR ROLE :"owner" IN SCHEMA public GRANT SELECT ON TABLES TO sharechain_api;
