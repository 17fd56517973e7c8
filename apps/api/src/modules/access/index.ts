export { AccessModule } from './access.module';
export { CaseAccessService, type CasePermission, type LoadedCase } from './case-access.service';
export { CaseEntity } from './case.entity';
export { reportScope } from './report-scope';
export {
  access,
  CASE_DIRECTORY,
  type CaseScope,
  caseReadScope,
  escalationScope,
  inCaseDirectory,
  inNullableScopeSql,
  inScope,
  inScopeSql,
  reportingUnits,
  roleFor,
  type UnitScope,
} from './scopes';
