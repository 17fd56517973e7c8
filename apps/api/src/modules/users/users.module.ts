import { Module } from '@nestjs/common';
import { AccessModule } from '../access';
import { AuditModule } from '../audit';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

@Module({
  imports: [AccessModule, AuditModule],
  controllers: [UsersController],
  providers: [UsersService],
  exports: [UsersService],
})
export class UsersModule {}
