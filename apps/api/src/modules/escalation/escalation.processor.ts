import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { Job } from 'bullmq';
import { Clock } from '../../common/clock';
import { OutboxRelayService } from '../notifications';
import { type DailyDigestJob, JOB, QUEUE, JobQueues } from '../queues';
import { EscalationScanService } from './escalation-scan.service';

/** Runs the jobs the crons enqueue: scan (then relay at once), relay, daily digest. */
@Injectable()
export class EscalationProcessor implements OnModuleInit {
  /** Scans this process ran: lets tests see that several crons led to one scan per bucket. */
  scansRun = 0;

  constructor(
    private readonly queues: JobQueues,
    private readonly scanner: EscalationScanService,
    private readonly relay: OutboxRelayService,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.queues.process(QUEUE.escalation, (job) => this.handle(job));
  }

  async handle(job: Job): Promise<unknown> {
    switch (job.name) {
      case JOB.deadlineScan: {
        this.scansRun++;
        const scan = await this.scanner.scan();
        return { ...scan, queued: await this.relay.relay() };
      }
      case JOB.outboxRelay:
        return { queued: await this.relay.relay() };
      case JOB.dailyDigest:
        return {
          digests: await this.relay.relayDigests(
            (job.data as DailyDigestJob).date ?? this.clock.today(),
          ),
        };
      default:
        throw new Error(`Unknown job ${job.name}`);
    }
  }
}
