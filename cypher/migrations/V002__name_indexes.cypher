// Exact lookups by name and kind, and a full-text index over names and aliases in every script.
// The CJK analyzer indexes Chinese, Japanese and Korean text as overlapping bigrams and Latin text
// as lower-cased words, so one index serves "哈尔滨工程大学" and "Harbin Engineering University".
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);
CREATE INDEX entity_kind IF NOT EXISTS FOR (n:Entity) ON (n.kind);
CREATE INDEX source_url IF NOT EXISTS FOR (n:Source) ON (n.url);
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliases]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: false } };
