import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleInit,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  assertSchemaCompatibility,
  createPostgresBackend,
  type Job,
  type JobsOptions,
  Queue,
  LATEST_SCHEMA_VERSION,
  runMigrations,
  SchemaMigrationRequiredError,
  Worker,
  withBackend,
} from 'bullmq';
import IORedis from 'ioredis';
import { Pool, type PoolClient } from 'pg';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { DEFAULT_JOB_OPTIONS, MAIL_JOB_OPTIONS, QUEUE, type QueueName } from './queue.constants';

export type QueueBackendKind = 'redis' | 'postgres';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyQueue = Queue<any, any, string, any, any, any, any, any>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyWorker = Worker<any, any, string, any, any, any>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type JobHandler = (job: Job<any, any, string>) => Promise<unknown>;

/** Where BullMQ keeps its tables when it runs on PostgreSQL: apart from the application's tables. */
export const BULLMQ_SCHEMA = 'bullmq';

/**
 * The BullMQ queues and workers of this process, on Redis when REDIS_URL is set (production) and
 * otherwise on BullMQ's PostgreSQL backend in the application's own database (the embedded run needs
 * no Redis). Processors register a handler per queue; workers start once the app is up, and on
 * shutdown they finish their running jobs before the database connections close.
 */
@Injectable()
export class JobQueues implements OnModuleInit, OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Queues');
  readonly backend: QueueBackendKind;
  private readonly queues = new Map<QueueName, AnyQueue>();
  private readonly handlers = new Map<QueueName, { handler: JobHandler; concurrency: number }>();
  private readonly workers: AnyWorker[] = [];
  private redis: IORedis | null = null;
  private readonly redisConnections: IORedis[] = [];
  private pool: Pool | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly db: DataSource,
  ) {
    this.backend = config.redisUrl ? 'redis' : 'postgres';
  }

  async onModuleInit(): Promise<void> {
    if (this.backend === 'postgres') {
      this.pool = new Pool({
        connectionString: this.databaseUrl(),
        max: 10,
        // BullMQ qualifies nothing when handed a ready pool: its schema must be on the search path.
        options: `-c search_path=${BULLMQ_SCHEMA},public`,
      });
      // A dropped connection (database restart, shutdown) must be logged, never crash the process.
      this.pool.on('error', (e) => this.logger.warn(`PostgreSQL queue connection: ${e.message}`));
      this.pool.on('connect', (client) =>
        client.on('error', (e) => this.logger.warn(`PostgreSQL queue connection: ${e.message}`)),
      );
      const client = await this.pool.connect();
      try {
        // The owner role migrates the queue schema before the app starts (prepareDatabase); the app's
        // role may not create schemas, so it migrates only what was not prepared (e.g. a bench that
        // skips prepareDatabase). Idempotent, and serialized by an advisory lock across replicas.
        if (!(await this.queueSchemaIsCurrent(client))) await runMigrations(client, BULLMQ_SCHEMA);
      } finally {
        client.release();
      }
    } else {
      this.redis = this.newRedis(2);
    }
    for (const name of Object.values(QUEUE)) {
      const defaultJobOptions: JobsOptions =
        name === QUEUE.mail
          ? {
              ...MAIL_JOB_OPTIONS,
              attempts: this.config.queue.mailAttempts,
              backoff: {
                type: 'exponential',
                delay: this.config.queue.mailRetryDelayMs,
              },
            }
          : DEFAULT_JOB_OPTIONS;
      const queue = this.newQueue(name, defaultJobOptions);
      queue.on('error', (e: Error) => this.logger.warn(`${name} queue: ${e.message}`));
      this.queues.set(name, queue);
    }
  }

  private async queueSchemaIsCurrent(client: PoolClient): Promise<boolean> {
    try {
      return (await assertSchemaCompatibility(client, BULLMQ_SCHEMA)) >= LATEST_SCHEMA_VERSION;
    } catch (error) {
      if (error instanceof SchemaMigrationRequiredError) return false;
      throw error;
    }
  }

  onApplicationBootstrap(): void {
    if (!this.config.queue.workers) return;
    for (const [name, { handler, concurrency }] of this.handlers) {
      const worker = this.newWorker(name, handler, concurrency);
      worker.on('error', (e) => this.logger.warn(`${name} worker: ${e.message}`));
      worker.on('failed', (job, e) => {
        if (job && job.attemptsMade >= (job.opts.attempts ?? 1))
          this.logger.warn(`${name} job ${job.id} failed for good: ${e.message}`);
      });
      this.workers.push(worker);
    }
  }

  async beforeApplicationShutdown(): Promise<void> {
    // Worker.close() waits for running jobs: a send in progress completes and records its outcome.
    await Promise.allSettled(this.workers.map((w) => w.close()));
    await Promise.allSettled([...this.queues.values()].map((q) => q.close()));
    this.workers.length = 0;
    this.queues.clear();
    for (const redis of this.redisConnections) redis.disconnect();
    this.redisConnections.length = 0;
    await this.pool?.end();
  }

  /** Called by processors in their constructor or onModuleInit; the worker starts after bootstrap. */
  process(name: QueueName, handler: JobHandler, concurrency = 1): void {
    this.handlers.set(name, { handler, concurrency });
  }

  queue(name: QueueName): AnyQueue {
    const queue = this.queues.get(name);
    if (!queue) throw new Error(`Queue ${name} is not open`);
    return queue;
  }

  private newQueue(name: QueueName, defaultJobOptions: JobsOptions): AnyQueue {
    if (this.pool) {
      const { Queue: PgQueue } = withBackend(createPostgresBackend);
      return new PgQueue(name, {
        connection: this.pool,
        defaultJobOptions,
      }) as unknown as AnyQueue;
    }
    if (!this.redis) throw new Error('No queue backend connection');
    return new Queue(name, {
      connection: this.redis,
      prefix: this.config.queue.queuePrefix,
      defaultJobOptions,
    });
  }

  private newWorker(name: QueueName, handler: JobHandler, concurrency: number): AnyWorker {
    // A killed worker's jobs are taken over once their lock lapses (checked as often as it lasts).
    const lock = {
      lockDuration: this.config.queue.jobLockMs,
      stalledInterval: this.config.queue.jobLockMs,
    };
    if (this.pool) {
      const { Worker: PgWorker } = withBackend(createPostgresBackend);
      return new PgWorker(name, handler, {
        connection: this.pool,
        concurrency,
        ...lock,
      }) as unknown as AnyWorker;
    }
    // Workers block on Redis: BullMQ wants them to retry for ever rather than fail a command.
    return new Worker(name, handler, {
      connection: this.newRedis(null),
      prefix: this.config.queue.queuePrefix,
      concurrency,
      ...lock,
    });
  }

  private newRedis(maxRetriesPerRequest: number | null): IORedis {
    const redis = new IORedis(this.config.redisUrl ?? '', {
      maxRetriesPerRequest,
    });
    redis.on('error', (e) => this.logger.warn(`Redis: ${e.message}`));
    this.redisConnections.push(redis);
    return redis;
  }

  private databaseUrl(): string {
    const url = (this.db.options as { url?: string }).url;
    if (!url) throw new Error('The PostgreSQL queue backend needs the database URL');
    return url;
  }
}
