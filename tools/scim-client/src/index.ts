export * from './lib/scim-client';
