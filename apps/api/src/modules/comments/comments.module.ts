import { Module } from '@nestjs/common';
import { AccessModule } from '../access';
import { AuditModule } from '../audit';
import { CommentsService } from './comments.service';

/** Comments and confirmations on a case; their routes are under /cases (cases.controller.ts). */
@Module({
  imports: [AccessModule, AuditModule],
  providers: [CommentsService],
  exports: [CommentsService],
})
export class CommentsModule {}
