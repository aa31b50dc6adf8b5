/** Emitted after each alert webhook delivery attempt (metrics count them by outcome). */
export const ALERT_WEBHOOK_ATTEMPTED = 'alert.webhook.attempted';

export interface AlertWebhookAttempted {
  /** delivered: 2xx; retry: failed, another attempt is due; failed: failed, no attempt left. */
  outcome: 'delivered' | 'retry' | 'failed';
}
