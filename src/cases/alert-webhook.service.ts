import { PollLoop } from '../common/poll-loop';
import { createHmac, randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import type { AlertWebhookSettings, AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { ALERT_WEBHOOK_ATTEMPTED, type AlertWebhookAttempted } from './alert-webhook-events';
import { CasesRepository, type Stored } from './cases.repository';
import { toAlert } from './cases.service';
import { AlertDeliveryStatus } from './cases.enums';

export const SIGNATURE_HEADER = 'x-partnergraph-signature';
export const TIMESTAMP_HEADER = 'x-partnergraph-timestamp';
const CLAIM_BATCH = 20;
const MAX_ERROR = 300;

/** The signature header's value: `sha256=` and the hex HMAC-SHA256 of the exact body bytes. */
export function signBody(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body, 'utf8').digest('hex')}`;
}

/** The wait before attempt `attempt + 1`: backoff, doubled for each attempt after the first. */
export function retryDelayMs(settings: Pick<AlertWebhookSettings, 'backoffMs'>, attempt: number): number {
  return settings.backoffMs * 2 ** (attempt - 1);
}

/**
 * POSTs every new alert to the deployment's webhook (ALERT_WEBHOOK_URL), signed with
 * ALERT_WEBHOOK_SECRET. Pending deliveries live on the alerts in Neo4j (written in the transaction
 * that raises them), so a restart resumes them, and any replica may send them: each process polls for
 * due deliveries and leases them before sending. Delivery is at least once (a crash between the
 * answer and its record sends again); receivers tell repeats by the alert id in the body.
 */
@Injectable()
export class AlertWebhookService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(AlertWebhookService.name);
  private readonly owner = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  private readonly settings: AlertWebhookSettings;
  private readonly loop: PollLoop;

  constructor(
    private readonly repository: CasesRepository,
    private readonly events: EventEmitter2,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.settings = config.alertWebhook;
    this.loop = new PollLoop(() => this.poll(), this.settings.pollMs);
  }

  /** Whether alerts raised now get a delivery. */
  get enabled(): boolean {
    return this.settings.url !== null;
  }

  /** The delivery fields an alert is created with: due at once. */
  newDelivery(now: string): Stored {
    return this.enabled
      ? { deliveryStatus: AlertDeliveryStatus.PENDING, deliveryAttempts: 0, deliveryNextAt: now }
      : {};
  }

  onApplicationBootstrap(): void {
    if (this.enabled) {
      // Host only: the path or query of a webhook URL may carry a token.
      this.logger.log(`Alert webhook on for ${new URL(this.settings.url!).host}`);
      this.loop.start(0);
    }
  }

  async onModuleDestroy(): Promise<void> {
    await this.loop.stop();
  }

  /** Sends what is due now (after alerts were raised) instead of at the next poll. */
  wake(): void {
    if (this.enabled) {
      this.loop.wake();
    }
  }

  /** Sends every delivery due now, batch by batch; returns how many attempts were made. */
  async deliverDue(): Promise<number> {
    let attempts = 0;
    for (;;) {
      const now = new Date();
      const leaseUntil = new Date(now.getTime() + this.settings.timeoutMs * 2 + 5_000).toISOString();
      const due = await this.repository.claimAlertDeliveries(this.owner, now.toISOString(), leaseUntil, CLAIM_BATCH);
      if (due.length === 0) {
        return attempts;
      }
      for (const alert of due) {
        await this.attempt(alert);
        attempts += 1;
      }
    }
  }

  private async attempt(stored: Stored): Promise<void> {
    const attempts = Number(stored.deliveryAttempts ?? 0) + 1;
    const sentAt = new Date();
    const { delivery: _delivery, ...alert } = toAlert(stored);
    const body = JSON.stringify({
      type: 'partner-graph.alert',
      sentAt: sentAt.toISOString(),
      attempt: attempts,
      alert,
    });
    let error: string | null = null;
    try {
      const response = await fetch(this.settings.url!, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'partner-graph-alert-webhook',
          [SIGNATURE_HEADER]: signBody(this.settings.secret!, body),
          [TIMESTAMP_HEADER]: String(Math.floor(sentAt.getTime() / 1000)),
        },
        body,
        redirect: 'manual',
        signal: AbortSignal.timeout(this.settings.timeoutMs),
      });
      await response.body?.cancel();
      if (response.status < 200 || response.status > 299) {
        error = `HTTP ${response.status}`;
      }
    } catch (failure) {
      const cause = (failure as Error & { cause?: { code?: string } }).cause?.code;
      error = `${(failure as Error).name}: ${(failure as Error).message}${cause ? ` (${cause})` : ''}`.slice(
        0,
        MAX_ERROR,
      );
    }
    const at = new Date().toISOString();
    const status =
      error === null
        ? AlertDeliveryStatus.DELIVERED
        : attempts >= this.settings.maxAttempts
          ? AlertDeliveryStatus.FAILED
          : AlertDeliveryStatus.PENDING;
    const nextAt =
      status === AlertDeliveryStatus.PENDING
        ? new Date(Date.now() + retryDelayMs(this.settings, attempts)).toISOString()
        : null;
    const recorded = await this.repository.recordAlertDelivery({
      id: String(stored.id),
      owner: this.owner,
      status,
      attempts,
      // A delivery that succeeds after failures keeps the last failure visible.
      lastError: error ?? (typeof stored.deliveryLastError === 'string' ? stored.deliveryLastError : null),
      at,
      nextAt,
    });
    if (!recorded) {
      this.logger.warn(
        `Alert ${String(stored.id)}: the delivery lease ran out before attempt ${attempts} was recorded`,
      );
    }
    if (status === AlertDeliveryStatus.FAILED) {
      this.logger.error(`Alert ${String(stored.id)} not delivered after ${attempts} attempts: ${error}`);
    }
    const outcome: AlertWebhookAttempted['outcome'] =
      status === AlertDeliveryStatus.DELIVERED
        ? 'delivered'
        : status === AlertDeliveryStatus.FAILED
          ? 'failed'
          : 'retry';
    this.events.emit(ALERT_WEBHOOK_ATTEMPTED, { outcome } satisfies AlertWebhookAttempted);
  }

  private async poll(): Promise<void> {
    try {
      await this.deliverDue();
    } catch (error) {
      this.logger.error(`Alert webhook deliveries failed: ${(error as Error).message}`);
    }
  }
}
