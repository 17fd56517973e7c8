import type { Provider, Type } from '@nestjs/common';
import { ImportHistoryService } from './import-history.service';
import { OrgPeopleImportsController } from './org-people-imports.controller';
import { OrgUnitsImportService } from './org-units-import.service';
import { PeopleImportService } from './people-import.service';
import { PeopleSyncService } from './people-sync.service';

/** Organisation and people imports (docs/org-people-import.md), registered in AppModule. */
export const IMPORTS_CONTROLLERS: Type[] = [OrgPeopleImportsController];

export const IMPORTS_PROVIDERS: Provider[] = [
  PeopleSyncService,
  ImportHistoryService,
  OrgUnitsImportService,
  PeopleImportService,
];
