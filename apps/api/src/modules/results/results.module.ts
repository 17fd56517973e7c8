import { Module } from '@nestjs/common';
import { AccessModule } from '../access';
import { AuditModule } from '../audit';
import { ResultsController } from './results.controller';
import { ResultsService } from './results.service';
import { ResultsWriter } from './results-writer.service';
import { SuppressionService } from './suppression.service';
import { UnitPredecessorsController } from './unit-predecessors.controller';
import { UnitPredecessorsService } from './unit-predecessors.service';

/** Survey results per unit and round, and the anonymity rule that decides which of them are shown. */
@Module({
  imports: [AccessModule, AuditModule],
  controllers: [ResultsController, UnitPredecessorsController],
  providers: [ResultsService, ResultsWriter, SuppressionService, UnitPredecessorsService],
  exports: [ResultsService, ResultsWriter, SuppressionService],
})
export class ResultsModule {}
