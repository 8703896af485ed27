BEGIN;

-- The pages of inner nodes only (pages 0 … (n−1)/224 − 1), rebuilt node by node from
-- the blocks (telemetry.BlockOf: d the node's depth, c that of node n − 2 mod 6, t its
-- level in its block) and the epoch's root, for the layout before.
INSERT INTO telemetry_tree_pages (chain_id, epoch, page, nodes, min_leaf)
SELECT x.chain_id, x.epoch, (x.i / 224)::int,
    string_agg(CASE WHEN x.i = 0 THEN x.root ELSE substring(b.nodes FROM (32 * x.slot + 1)::int FOR 32) END, ''::bytea ORDER BY x.i), NULL
FROM (
    SELECT e.chain_id, e.epoch, e.root, n.i, ((n.i + 1) >> t.t) - 1 AS block, (1::bigint << t.t) - 2 + ((n.i + 1) & ((1::bigint << t.t) - 1)) AS slot
    FROM telemetry_epochs e
    CROSS JOIN LATERAL (SELECT (length(ltrim((e.count::bigint - 1)::bit(64)::text, '0')) - 1) % 6 AS c) k
    CROSS JOIN LATERAL generate_series(0::bigint, 224 * ((e.count::bigint - 1) / 224) - 1) n(i)
    CROSS JOIN LATERAL (SELECT length(ltrim((n.i + 1)::bit(64)::text, '0')) - 1 AS d) d
    CROSS JOIN LATERAL (SELECT CASE WHEN d.d > k.c THEN (d.d - 1 - k.c) % 6 + 1 ELSE d.d END AS t) t
) x
LEFT JOIN telemetry_tree_blocks b ON b.chain_id = x.chain_id AND b.epoch = x.epoch AND b.block = x.block
GROUP BY x.chain_id, x.epoch, x.i / 224;
DROP TABLE IF EXISTS telemetry_tree_blocks;
COMMENT ON TABLE telemetry_tree_pages IS 'Node i of an epoch''s tree is bytes [32·(i mod 224), +32) of page i / 224.';

COMMIT;
