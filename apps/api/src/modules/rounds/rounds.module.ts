import { Module } from '@nestjs/common';
import { AuditModule } from '../audit';
import { RoundsController } from './rounds.controller';
import { RoundsService } from './rounds.service';

@Module({
  imports: [AuditModule],
  controllers: [RoundsController],
  providers: [RoundsService],
})
export class RoundsModule {}
