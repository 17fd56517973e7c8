import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { OrgUnitDto } from '@tiltak/shared/api-contract';
import type { Actor } from '../../common/actor';
import { ParseIdPipe } from '../../common/parse-id.pipe';
import { requireAdmin } from '../../common/require-admin';
import { CurrentActor } from '../auth';
import { CreateOrgUnitDto, UpdateOrgUnitDto } from './org-units.dto';
import { OrgUnitsService, toOrgUnitDto } from './org-units.service';
import { ApiContractResponse } from '../../openapi/api-decorators';

/** The organisation tree is public information: every signed-in user may read it. */
@ApiTags('org-units')
@Controller('org-units')
export class OrgUnitsController {
  constructor(private readonly units: OrgUnitsService) {}

  @Get()
  @ApiContractResponse('OrgUnitDto', 'array')
  list(): Promise<OrgUnitDto[]> {
    return this.units.list();
  }

  @Get(':id')
  @ApiContractResponse('OrgUnitDto')
  async get(@Param('id', ParseIdPipe) id: string): Promise<OrgUnitDto> {
    return toOrgUnitDto(await this.units.get(id));
  }

  @Post()
  @ApiContractResponse('OrgUnitDto')
  create(@CurrentActor() actor: Actor, @Body() dto: CreateOrgUnitDto): Promise<OrgUnitDto> {
    requireAdmin(actor, 'create units');
    return this.units.create(actor, dto);
  }

  @Patch(':id')
  @ApiContractResponse('OrgUnitDto')
  update(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: UpdateOrgUnitDto,
  ): Promise<OrgUnitDto> {
    requireAdmin(actor, 'change units');
    return this.units.update(actor, id, dto);
  }
}
