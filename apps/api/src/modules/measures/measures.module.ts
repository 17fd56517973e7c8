import { Module } from '@nestjs/common';
import { AccessModule } from '../access';
import { AuditModule } from '../audit';
import { MeasuresController } from './measures.controller';
import { MeasuresService } from './measures.service';

@Module({
  imports: [AccessModule, AuditModule],
  controllers: [MeasuresController],
  providers: [MeasuresService],
  exports: [MeasuresService],
})
export class MeasuresModule {}
