export * from './lib/api-error';
export * from './lib/iso-date';
export * from './lib/language';
export * from './lib/text-blocks';
export * from './lib/escalation-labels';
