import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Language } from '@tiltak/shared/api-contract';
import { type Job, UnrecoverableError } from 'bullmq';
import type { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { JOB, QUEUE, type SendDigestJob, type SendNotificationJob, JobQueues } from '../queues';
import { type NoticeContext, renderDigest, renderNotice } from './mail-templates';
import { MailService, PermanentMailError } from './mail.service';
import { NoticeContextService } from './notice-context.service';
import { NotificationEntity } from './notification.entity';

type Outcome =
  | { kind: 'done' }
  | { kind: 'retry'; error: Error }
  | { kind: 'failed'; error: string };

/**
 * Sends one notification (or one recipient's digest): re-checks the condition, renders, sends, and
 * records the outcome on the outbox row. The row stays locked while its mail is sent, so a job that
 * BullMQ hands out twice (a stalled worker) sends once; a sent, skipped or failed row is never sent again.
 */
@Injectable()
export class MailProcessor implements OnModuleInit {
  private readonly logger = new Logger('Mail');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly queues: JobQueues,
    private readonly mail: MailService,
    private readonly notices: NoticeContextService,
  ) {}

  onModuleInit(): void {
    this.queues.process(QUEUE.mail, (job) => this.handle(job), this.config.queue.mailConcurrency);
  }

  async handle(job: Job): Promise<void> {
    const lastAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    const outcome =
      job.name === JOB.sendDigest
        ? await this.sendDigest(job.data as SendDigestJob, lastAttempt)
        : await this.sendOne((job.data as SendNotificationJob).notificationId, lastAttempt);
    if (outcome.kind === 'retry') throw outcome.error;
    if (outcome.kind === 'failed') throw new UnrecoverableError(outcome.error);
  }

  sendOne(id: string, lastAttempt: boolean): Promise<Outcome> {
    return this.db.transaction(async (em) => {
      const n = await em
        .getRepository(NotificationEntity)
        .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!n || !['pending', 'queued'].includes(n.status)) return { kind: 'done' } as const;
      const check = await this.notices.check(em, n);
      if (check.stale !== null) {
        await this.update(em, [id], {
          status: 'skipped',
          last_error: check.stale,
        });
        return { kind: 'done' } as const;
      }
      const rendered = renderNotice(check.ctx, check.to.language);
      return this.deliver(em, [n], check.to.email, rendered, `<${id}@tiltak>`, lastAttempt);
    });
  }

  sendDigest(data: SendDigestJob, lastAttempt: boolean): Promise<Outcome> {
    return this.db.transaction(async (em) => {
      const rows = await em
        .getRepository(NotificationEntity)
        .createQueryBuilder('n')
        .where('n.id = ANY(:ids)', { ids: data.notificationIds })
        .andWhere(`n.status IN ('pending', 'queued')`)
        .orderBy('n.created_at')
        .setLock('pessimistic_write')
        .getMany();
      const live: { n: NotificationEntity; ctx: NoticeContext }[] = [];
      let to: { email: string; language: Language } | null = null;
      for (const n of rows) {
        const check = await this.notices.check(em, n);
        if (check.stale !== null)
          await this.update(em, [n.id], {
            status: 'skipped',
            last_error: check.stale,
          });
        else {
          live.push({ n, ctx: check.ctx });
          to = check.to;
        }
      }
      if (!live.length || !to) return { kind: 'done' } as const;
      const rendered = renderDigest(
        live.map((l) => l.ctx),
        to.language,
      );
      return this.deliver(
        em,
        live.map((l) => l.n),
        to.email,
        rendered,
        `<digest-${data.date}-${live[0].n.id}@tiltak>`,
        lastAttempt,
      );
    });
  }

  private async deliver(
    em: EntityManager,
    rows: NotificationEntity[],
    to: string,
    rendered: { subject: string; text: string; html: string },
    messageId: string,
    lastAttempt: boolean,
  ): Promise<Outcome> {
    const ids = rows.map((r) => r.id);
    const content = {
      subject: rendered.subject,
      body_text: rendered.text,
      body_html: rendered.html,
    };
    try {
      const via = await this.mail.send({ ...rendered, to, messageId });
      await this.update(
        em,
        ids,
        { ...content, status: 'sent', delivered_via: via, last_error: null },
        true,
      );
      return { kind: 'done' };
    } catch (error) {
      const message = (error as Error).message || String(error);
      if (error instanceof PermanentMailError || lastAttempt) {
        await this.update(em, ids, {
          ...content,
          status: 'failed',
          last_error: message,
        });
        this.logger.warn(`Mail to ${to} failed for good: ${message}`);
        return { kind: 'failed', error: message };
      }
      await this.update(em, ids, { ...content, last_error: message });
      return { kind: 'retry', error: error as Error };
    }
  }

  /** Every call counts an attempt; `sent` also stamps sent_at. */
  private async update(
    em: EntityManager,
    ids: string[],
    set: Record<string, unknown>,
    sent = false,
  ): Promise<void> {
    const keys = Object.keys(set);
    const assignments = keys.map((k, i) => `${k} = $${i + 2}`);
    await em.query(
      `UPDATE notification SET ${[...assignments, 'attempts = attempts + 1', 'updated_at = now()', ...(sent ? ['sent_at = now()'] : [])].join(', ')}
        WHERE id = ANY($1::uuid[])`,
      [ids, ...keys.map((k) => set[k])],
    );
  }
}
