// Identity of every node kind the app writes.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT watchlist_id IF NOT EXISTS FOR (n:Watchlist) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT list_version_id IF NOT EXISTS FOR (n:ListVersion) REQUIRE n.id IS UNIQUE;
