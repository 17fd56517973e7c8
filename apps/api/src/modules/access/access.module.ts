import { Module } from '@nestjs/common';
import { CaseAccessService } from './case-access.service';

/** Who may see and change what (./scopes.ts); every feature that loads a case for an actor uses it. */
@Module({
  providers: [CaseAccessService],
  exports: [CaseAccessService],
})
export class AccessModule {}
