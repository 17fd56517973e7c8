import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { CaseImpactDto, ImpactReportDto } from '@tiltak/shared/api-contract';
import type { Actor } from '../../common/actor';
import { ParseIdPipe } from '../../common/parse-id.pipe';
import { CurrentActor } from '../auth';
import { ImpactService } from './impact.service';
import { ReportScopeQuery } from './reports.dto';
import { ApiContractResponse } from '../../openapi/api-decorators';

/** Impact between rounds: what happened to the indices that a unit's measures were aimed at. */
@ApiTags('reports')
@Controller()
export class ImpactController {
  constructor(private readonly impact: ImpactService) {}

  @Get('cases/:id/impact')
  @ApiContractResponse('CaseImpactDto')
  forCase(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: string,
  ): Promise<CaseImpactDto> {
    return this.impact.forCase(actor, id);
  }

  /** Per index: units with measures for it against units without, change to the next round. */
  @Get('reports/impact')
  @ApiContractResponse('ImpactReportDto')
  report(@CurrentActor() actor: Actor, @Query() query: ReportScopeQuery): Promise<ImpactReportDto> {
    return this.impact.report(actor, query.roundId, query.unitId);
  }
}
