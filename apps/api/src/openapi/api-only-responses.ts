/**
 * Response types the API declares itself rather than libs/shared/api-contract (the web app does not read
 * them, or not yet): generated into contract-schemas.ts beside the contract's, by the same generator,
 * which reads the names exported here.
 */
import type { ImportResultDto, OrgUnitChange } from '../modules/imports';

export type {
  ImportRunDto,
  ImportSummaryDto,
  PeopleImportResultDto,
  SectorImportSummaryDto,
} from '../modules/imports';
export type { PredecessorsDto } from '../modules/results';

export type OrgUnitImportResultDto = ImportResultDto<OrgUnitChange>;

/** GET /api/health. */
export interface HealthDto {
  status: 'ok';
  database: 'up';
}

/** GET /api/auth/dev-users: the demo users offered on the dev sign-in page. */
export interface DevUserDto {
  email: string;
  name: string;
  roles: string[];
}

/** POST /api/calendar/token: the new secret feed address. */
export interface CalendarFeedUrlDto {
  url: string;
}
