// Alert webhook deliveries (src/cases/alert-webhook.service.ts): the resumer polls for the pending
// deliveries that are due (cases/claim-alert-deliveries: status PENDING, next attempt at or before
// now, earliest first). Equality on the status and a range on the time make one index seek, so a
// poll reads the due deliveries, not every alert ever raised.
CREATE INDEX case_alert_delivery IF NOT EXISTS FOR (n:CaseAlert) ON (n.deliveryStatus, n.deliveryNextAt);
