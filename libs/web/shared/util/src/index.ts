export * from './lib/api-error';
export * from './lib/iso-date';
export * from './lib/language';
export * from './lib/text-blocks';
