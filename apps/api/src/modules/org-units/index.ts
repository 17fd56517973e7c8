export { OrgUnitEntity } from './org-unit.entity';
export { OrgUnitsModule } from './org-units.module';
