BEGIN;

-- A proof's siblings below the top levels of an epoch's tree each sat in a page of their
-- own (pages hold consecutive nodes), so a proof of a 2²⁰-leaf epoch read ~20 pages. The
-- inner nodes now live in blocks of six levels (telemetry.Tree.Block): a proof reads its
-- leaf's page and one block per six levels, ~5 rows. The pages keep the leaves (and the
-- inner nodes sharing the first leaf page), found by min_leaf as before.
CREATE TABLE telemetry_tree_blocks (
    chain_id BIGINT NOT NULL,
    epoch    BIGINT NOT NULL,
    block    BIGINT NOT NULL CHECK (block >= 0),
    nodes    BYTEA  NOT NULL CHECK (octet_length(nodes) % 32 = 0 AND octet_length(nodes) BETWEEN 32 AND 32 * 126),
    PRIMARY KEY (chain_id, epoch, block),
    FOREIGN KEY (chain_id, epoch) REFERENCES telemetry_epochs ON DELETE CASCADE
);
COMMENT ON TABLE telemetry_tree_blocks IS 'The inner nodes of an epoch''s tree below its root: block r holds node r''s descendants one to six levels down, level by level (telemetry.BlockOf), for r at depths 0, 6, 12, …; it stops at the first leaf.';
COMMENT ON COLUMN telemetry_tree_blocks.block IS 'The node index of the block''s root.';
ALTER TABLE telemetry_tree_blocks ALTER COLUMN nodes SET STORAGE PLAIN;
COMMENT ON COLUMN telemetry_tree_blocks.nodes IS 'At most 126 nodes (4 KiB), STORAGE PLAIN: inline and uncompressed, as the pages.';
COMMENT ON TABLE telemetry_tree_pages IS 'Node i of an epoch''s tree is bytes [32·(i mod 224), +32) of page i / 224. Only the pages holding leaves are kept; the other inner nodes are in telemetry_tree_blocks.';

-- Epochs built before: their blocks, cut from the pages a level at a time (a level of a
-- block is a run of at most 64 consecutive nodes, in one page or two). For an epoch of n
-- readings, as telemetry.Tree.Blocks lists them: c is the depth of node n−2, the deepest
-- inner node, mod 6; the blocks are rooted at node 0 (holding depths 1 … c, or 1 … 6
-- when c = 0) and at the nodes r of depths c + 6m with an inner child (2r + 1 < n − 1);
-- level t of block r is nodes ((r+1) << t) − 1 … ((r+1) << t) + 2^t − 2, cut at n − 2.
INSERT INTO telemetry_tree_blocks (chain_id, epoch, block, nodes)
SELECT e.chain_id, e.epoch, r.r,
    string_agg(substring(p1.nodes || coalesce(p2.nodes, ''::bytea) FROM (32 * (lv.a % 224) + 1)::int FOR (32 * (lv.b - lv.a + 1))::int),
        ''::bytea ORDER BY lv.t)
FROM telemetry_epochs e
CROSS JOIN LATERAL (
    SELECT (length(ltrim((e.count::bigint - 1)::bit(64)::text, '0')) - 1) % 6 AS c
) k
CROSS JOIN LATERAL (
    SELECT 0 AS rd, CASE WHEN k.c = 0 THEN 6 ELSE k.c END AS levels
    UNION ALL
    SELECT rd, 6 FROM generate_series(CASE WHEN k.c = 0 THEN 6 ELSE k.c END, 60, 6) rd
) g
CROSS JOIN LATERAL generate_series((1::bigint << g.rd) - 1, least((1::bigint << (g.rd + 1)) - 2, (e.count::bigint - 3) / 2)) r(r)
CROSS JOIN LATERAL (
    SELECT t, ((r.r + 1) << t) - 1 AS a, least(((r.r + 1) << t) + (1::bigint << t) - 2, e.count::bigint - 2) AS b
    FROM generate_series(1, g.levels) t
) lv
JOIN telemetry_tree_pages p1 ON p1.chain_id = e.chain_id AND p1.epoch = e.epoch AND p1.page = (lv.a / 224)::int
LEFT JOIN telemetry_tree_pages p2 ON lv.b / 224 <> lv.a / 224
    AND p2.chain_id = e.chain_id AND p2.epoch = e.epoch AND p2.page = (lv.b / 224)::int
WHERE e.count >= 3 AND lv.a <= lv.b
GROUP BY e.chain_id, e.epoch, r.r;
DELETE FROM telemetry_tree_pages WHERE min_leaf IS NULL;

COMMIT;
