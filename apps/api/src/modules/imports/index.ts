export { importDemoData } from './demo-import';
export { CSV_TYPE, XLSX_TYPE } from './import-file';
export { ImportsModule } from './imports.module';
export {
  PeopleSyncService,
  SYNCED_ROLES,
  type SyncedRole,
  syncedRoleSql,
} from './people-sync.service';
