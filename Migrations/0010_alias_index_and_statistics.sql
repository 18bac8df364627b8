-- Every claim query shows the speaker's aliases, read by speaker; without an index on the owner
-- each of those lookups scanned all names (1.2 ms per command with 10,000 speakers).
CREATE INDEX speaker_names_speaker_idx ON speaker_names (speaker_id);

-- 0009 added claims.retracted_at, and ANALYZE had not yet seen it: the planner took
-- "retracted_at IS NULL" to keep one claim in two hundred, chose nested loops for a search
-- matching 28,000 claims and took 2.3 s instead of 0.4 s. Statistics now, not at the next
-- autovacuum.
ANALYZE claims;
