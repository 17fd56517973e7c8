import { Module } from '@nestjs/common';
import { AccessModule } from '../access';
import { AuditModule } from '../audit';
import { CommentsModule } from '../comments';
import { MeasuresModule } from '../measures';
import { ResultsModule } from '../results';
import { CasesController } from './cases.controller';
import { CasesService } from './cases.service';
import { WorkshopService } from './workshop.service';

@Module({
  imports: [AccessModule, AuditModule, CommentsModule, MeasuresModule, ResultsModule],
  controllers: [CasesController],
  providers: [CasesService, WorkshopService],
})
export class CasesModule {}
