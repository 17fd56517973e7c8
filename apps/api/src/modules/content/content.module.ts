import { Module } from '@nestjs/common';
import { AuditModule } from '../audit';
import { ContentController } from './content.controller';
import { ContentService } from './content.service';

@Module({
  imports: [AuditModule],
  controllers: [ContentController],
  providers: [ContentService],
})
export class ContentModule {}
