// New alerts of one case (run after lock-case, in the transaction that appends ALERT_RAISED).
UNWIND $alerts AS alert
CREATE (a:CaseAlert)
SET a = alert
RETURN count(a) AS created
