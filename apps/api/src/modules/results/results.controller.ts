import { Body, Controller, Param, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { CaseResultsDto } from '@tiltak/shared/api-contract';
import type { Actor } from '../../common/actor';
import { ParseIdPipe } from '../../common/parse-id.pipe';
import { CurrentActor } from '../auth';
import { EnterResultsDto } from './results.dto';
import { ResultsService } from './results.service';
import { ApiContractResponse } from '../../openapi/api-decorators';

@ApiTags('cases')
@Controller('cases')
export class ResultsController {
  constructor(private readonly results: ResultsService) {}

  /** The unit's leader types in the result from the PDF report (same rules as an import). */
  @Put(':id/results')
  @ApiContractResponse('CaseResultsDto')
  enter(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: EnterResultsDto,
  ): Promise<CaseResultsDto> {
    return this.results.enterForCase(actor, id, dto);
  }
}
