// One page of entities for the screening index, in id order after the cursor $after (the id
// constraint's range index gives the order without sorting the graph). Each row says which of the
// entity's listings are active (the version its list points at includes it and has not removed it)
// and whether it has any listing at all, so the caller keeps actively listed entries and curated
// graph entities and skips delisted entries and relationship placeholders. Listings are judged
// against $activeSeqs (list id -> the active seq read when the build began), not the lists' current
// activeSeq, so a version activated while the pages are read does not leak into an index that names
// the versions before it; the next build picks it up. registryStatus is set on reference registry
// bodies (ROR, Funder Registry): only those in force ('active') are indexed. weakDetails is the entry's
// details text only when it begins with its weak aliases (the first key written), so few rows carry it.
// city: the towns a registry body is in (ROR's locations) or, since rules 1.145.0, a list entry's address towns: its
// address for the matcher's own-town reading and the resolution rule's place guard.
// demo: the seed's fictional demo bodies (since rules 1.210.0 found only by one of their own names written whole).
MATCH (entity:Entity)
WHERE entity.id > $after
WITH entity
ORDER BY entity.id ASC
LIMIT $limit
CALL (entity) {
  OPTIONAL MATCH (entity)-[listing:LISTED_ON]->(list:Watchlist)
  RETURN collect(CASE
                   WHEN __INCLUDE held-by-version(listing, $activeSeqs[list.id])__
                   THEN {listId: list.id, programmes: coalesce(listing.program, [])}
                 END) AS activeListings,
         count(listing) AS listingCount
}
RETURN entity.id AS id,
       entity.name AS name,
       coalesce(entity.aliases, []) AS aliases,
       entity.schema AS schema,
       labels(entity) AS labels,
       entity.kind AS kind,
       coalesce(entity.country, []) AS country,
       coalesce(entity.nationality, []) AS nationality,
       coalesce(entity.city, []) AS city,
       coalesce(entity.birthDates, []) AS birthDates,
       coalesce(entity.identifierValues, []) AS identifierValues,
       coalesce(entity.riskCategories, []) AS riskCategories,
       entity.listId IS NOT NULL AS fromList,
       entity.registryStatus AS registryStatus,
       entity.demo = true AS demo,
       CASE WHEN entity.details STARTS WITH '{"weakAliases":' THEN entity.details END AS weakDetails,
       activeListings,
       listingCount
