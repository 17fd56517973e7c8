export * from './lib/api.interceptor';
export * from './lib/auth.guard';
export * from './lib/cases.api';
export * from './lib/http-context';
export * from './lib/language.service';
export * from './lib/reference-data.api';
export * from './lib/session.store';
export * from './lib/translate-http-loader';
