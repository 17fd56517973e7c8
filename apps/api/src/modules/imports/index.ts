export { importDemoData } from './demo-import';
export { CSV_TYPE, XLSX_TYPE } from './import-file';
export { ImportsModule } from './imports.module';
export {
  PeopleSyncService,
  SYNCED_ROLES,
  type SyncedRole,
  syncedRoleSql,
} from './people-sync.service';
// Answer types, for the OpenAPI document (apps/api/src/openapi/api-only-responses.ts).
export type { ImportRunDto } from './import-history.service';
export type { ImportSummaryDto, SectorImportSummaryDto } from './imports.service';
export type { ImportResultDto, OrgUnitChange } from './org-units-import.service';
export type { PeopleImportResultDto } from './people-import.service';
