export * from './lib/shared-api-contract';
