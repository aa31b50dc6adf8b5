MERGE (migration:Migration {version: $version})
SET migration.name = $name, migration.checksum = $checksum, migration.appliedAt = datetime()
