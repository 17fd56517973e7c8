import { Inject, Injectable, Logger } from '@nestjs/common';
import { Cron, CronExpression } from '@nestjs/schedule';
import { Clock } from '../../common/clock';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { type DailyDigestJob, type DeadlineScanJob, JOB, jobId, QUEUE, JobQueues } from '../queues';

/**
 * The crons only enqueue, with a job id per time bucket: every replica runs them, BullMQ keeps one
 * job per id, so one scan runs per bucket however many API processes there are.
 */
@Injectable()
export class DeadlineScanCron {
  private readonly logger = new Logger('DeadlineScanCron');

  constructor(
    private readonly queues: JobQueues,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Cron(CronExpression.EVERY_10_MINUTES, { timeZone: 'Europe/Oslo' })
  onScanTick() {
    return this.config.queue.cron ? this.enqueueScan() : undefined;
  }

  @Cron(CronExpression.EVERY_MINUTE, { timeZone: 'Europe/Oslo' })
  onRelayTick() {
    return this.config.queue.cron ? this.enqueueRelay() : undefined;
  }

  @Cron('0 7 * * *', { timeZone: 'Europe/Oslo' })
  onDigestTick() {
    return this.config.queue.cron ? this.enqueueDigest() : undefined;
  }

  enqueueScan() {
    return this.enqueue(
      QUEUE.escalation,
      JOB.deadlineScan,
      {} satisfies DeadlineScanJob,
      jobId.scan(this.clock.now()),
    );
  }

  /** Picks up what a scan could not queue (the queue was down) and anything relayed late. */
  enqueueRelay() {
    return this.enqueue(QUEUE.escalation, JOB.outboxRelay, {}, jobId.relay(this.clock.now()));
  }

  enqueueDigest() {
    const date = this.clock.today();
    return this.enqueue(
      QUEUE.escalation,
      JOB.dailyDigest,
      { date } satisfies DailyDigestJob,
      jobId.digest(date),
    );
  }

  /** Resolves to the job id, or null when the queue could not be reached. */
  private async enqueue(
    queue: (typeof QUEUE)[keyof typeof QUEUE],
    name: string,
    data: object,
    id: string,
  ): Promise<string | null> {
    try {
      await this.queues.queue(queue).add(name, data, { jobId: id });
      return id;
    } catch (error) {
      // The next tick tries again; the outbox keeps every decision meanwhile.
      this.logger.warn(`Could not enqueue ${name} (${id}): ${(error as Error).message}`);
      return null;
    }
  }
}
