export { CasesModule } from './cases.module';
export { WorkshopGroupEntity } from './workshop-group.entity';
