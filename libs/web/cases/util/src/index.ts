export * from './lib/case-stepper';
export * from './lib/plan-validation';
export * from './lib/plenary';
export * from './lib/priority-grid';
export * from './lib/traffic-light';
