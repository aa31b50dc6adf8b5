// The version of a registry now in force (the last import that completed), if any.
MATCH (version:ReferenceVersion {registry: $registry, status: 'active'})
RETURN version {.*} AS version
ORDER BY version.importedAt DESC
LIMIT 1
