import { Body, Controller, Param, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { SetPredecessorsRequest } from '@tiltak/shared/api-contract';
import { ArrayMaxSize, IsArray, IsUUID } from 'class-validator';
import type { Actor } from '../../common/actor';
import { ParseIdPipe } from '../../common/parse-id.pipe';
import { requireAdmin } from '../../common/require-admin';
import { CurrentActor } from '../auth';
import { type PredecessorsDto, UnitPredecessorsService } from './unit-predecessors.service';
import { ApiContractResponse } from '../../openapi/api-decorators';

export class SetPredecessorsDto implements SetPredecessorsRequest {
  /** The units this (reorganised) unit replaces; their results stand in for its earlier rounds. */
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  predecessorIds: string[];
}

/** Admin: which units a reorganised unit replaces, for comparisons with earlier rounds. */
@ApiTags('org-units')
@Controller('org-units')
export class UnitPredecessorsController {
  constructor(private readonly predecessors: UnitPredecessorsService) {}

  @Put(':id/predecessors')
  @ApiContractResponse('PredecessorsDto')
  set(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: SetPredecessorsDto,
  ): Promise<PredecessorsDto> {
    requireAdmin(actor, 'map units to their predecessors');
    return this.predecessors.set(actor, id, dto.predecessorIds);
  }
}
