// The outcome of one delivery attempt, written by the process holding the lease, which it releases.
MATCH (a:CaseAlert {id: $id})
WHERE a.deliveryLeaseOwner = $owner
SET a.deliveryStatus = $status,
    a.deliveryAttempts = $attempts,
    a.deliveryLastError = $lastError,
    a.deliveryLastAttemptAt = $at,
    a.deliveryNextAt = $nextAt,
    a.deliveryLeaseUntil = null,
    a.deliveryLeaseOwner = null
RETURN a.id AS id
