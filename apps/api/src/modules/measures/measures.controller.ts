import { Body, Controller, Get, HttpCode, Param, Patch, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { MeasureDto } from '@tiltak/shared/api-contract';
import type { Actor } from '../../common/actor';
import { ParseIdPipe } from '../../common/parse-id.pipe';
import { CurrentActor } from '../auth';
import {
  CancelMeasureDto,
  DeadlineChangeRequestDto,
  EvaluationRequestDto,
  MeasureStatusDto,
  UpdateMeasureDto,
} from './measures.dto';
import { MeasuresService } from './measures.service';
import { ApiContractResponse } from '../../openapi/api-decorators';

@ApiTags('measures')
@Controller('measures')
export class MeasuresController {
  constructor(private readonly measures: MeasuresService) {}

  @Get(':id')
  @ApiContractResponse('MeasureDto')
  get(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string): Promise<MeasureDto> {
    return this.measures.get(actor, id);
  }

  @Patch(':id')
  @ApiContractResponse('MeasureDto')
  update(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: UpdateMeasureDto,
  ): Promise<MeasureDto> {
    return this.measures.update(actor, id, dto);
  }

  @Post(':id/status')
  @ApiContractResponse('MeasureDto')
  @HttpCode(200)
  status(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: MeasureStatusDto,
  ): Promise<MeasureDto> {
    return this.measures.setStatus(actor, id, dto);
  }

  /** Move the deadline, with a reason; the escalation ladder restarts from the new date. */
  @Post(':id/deadline')
  @ApiContractResponse('MeasureDto')
  @HttpCode(200)
  deadline(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: DeadlineChangeRequestDto,
  ): Promise<MeasureDto> {
    return this.measures.moveDeadline(actor, id, dto);
  }

  /** Withdraw the measure with a reason; it is kept for the archive, never deleted. */
  @Post(':id/cancel')
  @ApiContractResponse('MeasureDto')
  @HttpCode(200)
  cancel(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: CancelMeasureDto,
  ): Promise<MeasureDto> {
    return this.measures.cancel(actor, id, dto);
  }

  @Put(':id/evaluation')
  @ApiContractResponse('MeasureDto')
  evaluate(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: EvaluationRequestDto,
  ): Promise<MeasureDto> {
    return this.measures.evaluate(actor, id, dto);
  }
}
