export { generateDemoData, type DemoDataOptions } from './lib/generate-demo-data';
export { loadDemoData, type Queryable } from './lib/load-demo-data';
export { summarise } from './lib/summarise';
export { DEMO_USERS, ESCALATION_PROBE_OFFSETS, SPECIAL_CASES } from './lib/generate/demo-users';
export { TYPICAL_MEASURES, type AreaTheme, type MeasureTemplate } from './lib/typical-measures';
export * from './lib/types';
export {
  sampleFiles,
  orgUnitSampleRows,
  peopleSampleRows,
  ORG_UNIT_SAMPLE_COLUMNS,
  PEOPLE_SAMPLE_COLUMNS,
} from './lib/sample-files';
