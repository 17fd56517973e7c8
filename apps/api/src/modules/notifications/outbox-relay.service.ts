import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import {
  JOB,
  jobId,
  QUEUE,
  RELAY_BATCH_SIZE,
  type SendDigestJob,
  type SendNotificationJob,
  JobQueues,
} from '../queues';

/**
 * Moves pending outbox rows into the mail queue. A batch is locked (SKIP LOCKED, so replicas share
 * the work), enqueued with the notification id as job id, and marked queued in the same transaction:
 * when the queue is unreachable the rows simply stay pending for the next relay.
 */
@Injectable()
export class OutboxRelayService {
  private readonly logger = new Logger('OutboxRelay');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly queues: JobQueues,
  ) {}

  /** Immediate-mode recipients; returns how many rows were queued. */
  async relay(): Promise<number> {
    let total = 0;
    for (;;) {
      const moved = await this.db.transaction(async (em) => {
        const rows: { id: string }[] = await em.query(
          `SELECT n.id FROM notification n JOIN app_user u ON u.id = n.recipient_id
            WHERE n.status = 'pending' AND u.notify_mode = 'immediate'
            ORDER BY n.created_at, n.id LIMIT $1 FOR UPDATE OF n SKIP LOCKED`,
          [RELAY_BATCH_SIZE],
        );
        if (!rows.length) return 0;
        await this.queues.queue(QUEUE.mail).addBulk(
          rows.map(({ id }) => ({
            name: JOB.sendNotification,
            data: { notificationId: id } satisfies SendNotificationJob,
            opts: { jobId: jobId.sendNotification(id) },
          })),
        );
        await em.query(
          `UPDATE notification SET status = 'queued', updated_at = now() WHERE id = ANY($1::uuid[])`,
          [rows.map((r) => r.id)],
        );
        return rows.length;
      });
      total += moved;
      if (moved < RELAY_BATCH_SIZE) break;
    }
    if (total) this.logger.log(`Queued ${total} notification(s)`);
    return total;
  }

  /** Digest-mode recipients: one mail job per recipient with everything pending for them. */
  async relayDigests(date: string): Promise<number> {
    return this.db.transaction(async (em) => {
      const rows: { recipient_id: string; ids: string[] }[] = await em.query(
        `WITH locked AS (
           SELECT n.id, n.recipient_id, n.created_at FROM notification n JOIN app_user u ON u.id = n.recipient_id
            WHERE n.status = 'pending' AND u.notify_mode = 'digest'
            FOR UPDATE OF n SKIP LOCKED)
         SELECT recipient_id, array_agg(id ORDER BY created_at, id) AS ids FROM locked GROUP BY recipient_id`,
      );
      if (!rows.length) return 0;
      await this.queues.queue(QUEUE.mail).addBulk(
        rows.map((r) => ({
          name: JOB.sendDigest,
          data: {
            recipientId: r.recipient_id,
            date,
            notificationIds: r.ids,
          } satisfies SendDigestJob,
          // Named after its first row: a re-relay of the same batch after a lost commit is the same job.
          opts: {
            jobId: `${jobId.sendDigest(date, r.recipient_id)}-${r.ids[0]}`,
          },
        })),
      );
      await em.query(
        `UPDATE notification SET status = 'queued', updated_at = now() WHERE id = ANY($1::uuid[])`,
        [rows.flatMap((r) => r.ids)],
      );
      return rows.length;
    });
  }
}
