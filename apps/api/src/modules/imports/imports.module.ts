import { Module } from '@nestjs/common';
import { AuditModule } from '../audit';
import { ResultsModule } from '../results';
import { ImportBodyParsers } from './import-body-parsers';
import { ImportHistoryService } from './import-history.service';
import { ImportsController } from './imports.controller';
import { ImportsService } from './imports.service';
import { OrgPeopleImportsController } from './org-people-imports.controller';
import { OrgUnitsImportService } from './org-units-import.service';
import { PeopleImportService } from './people-import.service';
import { PeopleSyncService } from './people-sync.service';

/** Imports of survey results, organisation units and people (docs/org-people-import.md). */
@Module({
  imports: [AuditModule, ResultsModule],
  controllers: [ImportsController, OrgPeopleImportsController],
  providers: [
    ImportsService,
    ImportBodyParsers,
    PeopleSyncService,
    ImportHistoryService,
    OrgUnitsImportService,
    PeopleImportService,
  ],
  exports: [PeopleSyncService],
})
export class ImportsModule {}
