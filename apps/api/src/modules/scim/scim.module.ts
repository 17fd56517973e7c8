import { Module } from '@nestjs/common';
import { AuditModule } from '../audit';
import { ImportsModule } from '../imports';
import { ScimService } from './scim.service';

/** SCIM 2.0 provisioning (docs/scim.md). Its routes are a Fastify plugin mounted by createApp at /scim/v2. */
@Module({
  imports: [AuditModule, ImportsModule],
  providers: [ScimService],
  exports: [ScimService],
})
export class ScimModule {}
