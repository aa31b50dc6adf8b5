// Alerts whose webhook delivery is due, leased to one process for a while so replicas do not send
// the same attempt together (an expired lease, as after a crash, makes the delivery due again).
MATCH (a:CaseAlert {deliveryStatus: 'PENDING'})
WHERE a.deliveryNextAt <= $now
  AND (a.deliveryLeaseUntil IS NULL OR a.deliveryLeaseUntil < $now)
WITH a
ORDER BY a.deliveryNextAt, a.id
LIMIT $limit
SET a.deliveryLeaseUntil = $leaseUntil,
    a.deliveryLeaseOwner = $owner
RETURN a {.*} AS alert
