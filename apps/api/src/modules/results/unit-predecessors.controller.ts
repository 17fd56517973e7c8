import { BadRequestException, Body, Controller, Param, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { ArrayMaxSize, IsArray, IsUUID } from 'class-validator';
import type { DataSource } from 'typeorm';
import type { Actor } from '../../common/actor';
import { notFound } from '../../common/errors';
import { ParseIdPipe } from '../../common/parse-id.pipe';
import { requireAdmin } from '../../common/require-admin';
import { AuditService } from '../audit/audit.service';
import { CurrentActor } from '../auth/current-actor.decorator';
import { ApiContractResponse } from '../../openapi/api-decorators';

export class SetPredecessorsDto {
  /** The units this (reorganised) unit replaces; their results stand in for its earlier rounds. */
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  predecessorIds: string[];
}

export interface PredecessorsDto {
  unitId: string;
  predecessors: { id: string; code: string; nameNb: string; nameEn: string }[];
}

/** Admin: which units a reorganised unit replaces, for comparisons with earlier rounds. */
@ApiTags('org-units')
@Controller('org-units')
export class UnitPredecessorsController {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  @Put(':id/predecessors')
  @ApiContractResponse('PredecessorsDto')
  async set(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: SetPredecessorsDto,
  ): Promise<PredecessorsDto> {
    requireAdmin(actor, 'map units to their predecessors');
    const ids = [...new Set(dto.predecessorIds)];
    return this.db.transaction(async (em) => {
      const [unit] = await em.query('SELECT id FROM org_unit WHERE id = $1 FOR UPDATE', [id]);
      if (!unit) throw notFound('Unit');
      const found: { id: string }[] = await em.query(
        'SELECT id FROM org_unit WHERE id = ANY($1::uuid[])',
        [ids],
      );
      if (found.length !== ids.length || ids.includes(id)) {
        const bad = ids.filter((p) => p === id || !found.some((f) => f.id === p));
        throw new BadRequestException({
          statusCode: 400,
          error: 'Bad Request',
          message: `predecessorIds: ${bad.join(', ')} ${bad.length === 1 ? 'is' : 'are'} not another existing unit`,
          details: bad.map(() => ({
            field: 'predecessorIds',
            problem: 'must name another existing unit',
          })),
        });
      }
      const before: { predecessor_id: string }[] = await em.query(
        'SELECT predecessor_id FROM unit_predecessor WHERE unit_id = $1',
        [id],
      );
      const old = before.map((b) => b.predecessor_id).sort();
      if (JSON.stringify(old) !== JSON.stringify([...ids].sort())) {
        await em.query('DELETE FROM unit_predecessor WHERE unit_id = $1', [id]);
        if (ids.length)
          await em.query(
            'INSERT INTO unit_predecessor (unit_id, predecessor_id) SELECT $1, unnest($2::uuid[])',
            [id, ids],
          );
        await this.audit.record(em, actor, null, {
          action: 'org_unit.predecessors',
          entity: 'org_unit',
          entityId: id,
          before: old,
          after: ids,
        });
      }
      const predecessors = await em.query(
        `SELECT o.id, o.code, o.name_nb AS "nameNb", o.name_en AS "nameEn" FROM unit_predecessor p JOIN org_unit o ON o.id = p.predecessor_id
          WHERE p.unit_id = $1 ORDER BY o.code`,
        [id],
      );
      return { unitId: id, predecessors };
    });
  }
}
