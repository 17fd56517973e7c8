export { JobQueues } from './job-queues.service';
export * from './queue.constants';
export { QueuesModule } from './queues.module';
