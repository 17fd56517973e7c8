import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { RoundDto } from '@tiltak/shared/api-contract';
import { type Actor, isAdmin } from '../../common/actor';
import { forbidden } from '../../common/errors';
import { ParseIdPipe } from '../../common/parse-id.pipe';
import { requireAdmin } from '../../common/require-admin';
import { CurrentActor } from '../auth';
import { CreateRoundDto, UpdateRoundDto } from './rounds.dto';
import { RoundsService } from './rounds.service';
import { ApiContractResponse } from '../../openapi/api-decorators';

@ApiTags('rounds')
@Controller('rounds')
export class RoundsController {
  constructor(private readonly rounds: RoundsService) {}

  @Get()
  @ApiContractResponse('RoundDto', 'array')
  list(): Promise<RoundDto[]> {
    return this.rounds.list();
  }

  @Get(':id')
  @ApiContractResponse('RoundDto')
  get(@Param('id', ParseIdPipe) id: string): Promise<RoundDto> {
    return this.rounds.get(id);
  }

  @Post()
  @ApiContractResponse('RoundDto')
  create(@CurrentActor() actor: Actor, @Body() dto: CreateRoundDto): Promise<RoundDto> {
    requireAdmin(actor, 'create survey rounds');
    return this.rounds.create(actor, dto);
  }

  /** Deadlines and thresholds: admin, or HR/HSE with institution-wide scope. */
  @Patch(':id')
  @ApiContractResponse('RoundDto')
  update(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: UpdateRoundDto,
  ): Promise<RoundDto> {
    if (!isAdmin(actor) && !actor.institutionHr) throw forbidden('change survey rounds');
    return this.rounds.update(actor, id, dto);
  }
}
