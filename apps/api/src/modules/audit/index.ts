export { AuditEventEntity } from './audit-event.entity';
export { AuditModule } from './audit.module';
export { AuditService } from './audit.service';
