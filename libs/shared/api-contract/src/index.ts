export * from './lib/api-contract';
export * from './lib/escalation-contract';
export * from './lib/report-contract';
export * from './lib/content-contract';
export * from './lib/results-contract';
export * from './lib/request-contract';
export * from './lib/labels';
