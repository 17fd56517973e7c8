import { types } from 'pg';
import type { DataSourceOptions } from 'typeorm';
import { DEFAULT_DATABASE_POOL_SIZE } from '../config/app-config';
import { AuditEventEntity } from '../modules/audit';
import { OidcLoginEntity } from '../modules/sign-in';
import { SessionEntity } from '../modules/auth';
import { AreaEntity, MeasureDeadlineChangeEntity, MeasureEntity } from '../modules/measures';
import { CaseEntity } from '../modules/access';
import { WorkshopGroupEntity } from '../modules/cases';
import { CommentEntity, ConfirmationEntity } from '../modules/comments';
import { ContentPageEntity } from '../modules/content';
import { NotificationEntity } from '../modules/notifications';
import { OrgUnitEntity } from '../modules/org-units';
import { UnitResultEntity } from '../modules/results';
import { SurveyRoundEntity } from '../modules/rounds';
import { RoleAssignmentEntity, UserEntity } from '../modules/users';
import { InitialSchema1764144000000 } from './migrations/1764144000000-initial-schema';
import { EscalationOutbox1764230400000 } from './migrations/1764230400000-escalation-outbox';
import { ResultsReporting1764320000000 } from './migrations/1764320000000-results-reporting';
import { SpeakUpPage1764400000000 } from './migrations/1764400000000-speak-up-page';
import { CaseProgress1764500000000 } from './migrations/1764500000000-case-progress';
import { OidcSignIn1764600000000 } from './migrations/1764600000000-oidc-sign-in';
import { ImportHistory1764700000000 } from './migrations/1764700000000-import-history';

// Calendar dates stay 'YYYY-MM-DD' strings: a JS Date would shift them by the server's time zone.
types.setTypeParser(types.builtins.DATE, (value) => value);

export const ENTITIES = [
  AuditEventEntity,
  SessionEntity,
  OidcLoginEntity,
  AreaEntity,
  CaseEntity,
  WorkshopGroupEntity,
  CommentEntity,
  ConfirmationEntity,
  ContentPageEntity,
  MeasureDeadlineChangeEntity,
  MeasureEntity,
  NotificationEntity,
  OrgUnitEntity,
  UnitResultEntity,
  SurveyRoundEntity,
  RoleAssignmentEntity,
  UserEntity,
];

export const MIGRATIONS = [
  InitialSchema1764144000000,
  EscalationOutbox1764230400000,
  ResultsReporting1764320000000,
  SpeakUpPage1764400000000,
  CaseProgress1764500000000,
  OidcSignIn1764600000000,
  ImportHistory1764700000000,
];

export function dataSourceOptions(
  url: string,
  poolSize = DEFAULT_DATABASE_POOL_SIZE,
): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTransactionMode: 'each',
    synchronize: false,
    extra: { max: poolSize },
  };
}
