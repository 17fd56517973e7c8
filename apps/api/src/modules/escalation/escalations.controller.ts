import type { EscalationPreviewItem } from '@tiltak/shared/api-contract';
import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiTags } from '@nestjs/swagger';
import type { DataSource } from 'typeorm';
import { type Actor, isAdmin } from '../../common/actor';
import { Clock } from '../../common/clock';
import { forbidden } from '../../common/errors';
import { ParseIdPipe } from '../../common/parse-id.pipe';
import { requireAdmin } from '../../common/require-admin';
import { CurrentActor } from '../auth/current-actor.decorator';
import { OutboxRelayService } from '../notifications/outbox-relay.service';
import { PreviewQuery, UpdateEscalationPolicyDto } from './escalation.dto';
import { type EscalationPolicyDto, EscalationPolicyService } from './escalation-policy.service';
import { EscalationScanService, type ScanResult } from './escalation-scan.service';
import { escalationScope } from './hr-scope';
import { ApiContractResponse } from '../../openapi/api-decorators';

const PREVIEW_LIMIT = 10_000;

@ApiTags('escalations')
@Controller('escalations')
export class EscalationsController {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly scanner: EscalationScanService,
    private readonly relay: OutboxRelayService,
    private readonly clock: Clock,
  ) {}

  /** Who gets what: what a scan would send now, then what falls due in the next `days` days (HR: within scope). */
  @Get('preview')
  @ApiContractResponse('EscalationPreviewDto')
  async preview(@CurrentActor() actor: Actor, @Query() query: PreviewQuery) {
    const scope = escalationScope(actor);
    if (scope !== null && scope.length === 0) throw forbidden('preview escalations');
    const units =
      scope === null
        ? null
        : (
            (await this.db.query('SELECT id FROM org_unit WHERE path && $1::uuid[]', [scope])) as {
              id: string;
            }[]
          ).map((u) => u.id);
    const planned = await this.scanner.plan(query.days, units);
    const truncated = planned.length > PREVIEW_LIMIT;
    const rows = planned
      .slice(0, PREVIEW_LIMIT)
      .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.deadline.localeCompare(b.deadline));
    const [users, orgUnits] = await Promise.all([
      this.db.query('SELECT id, name, email FROM app_user WHERE id = ANY($1::uuid[])', [
        [...new Set(rows.map((r) => r.recipientId))],
      ]),
      this.db.query(
        'SELECT id, code, name_nb AS "nameNb", name_en AS "nameEn" FROM org_unit WHERE id = ANY($1::uuid[])',
        [[...new Set(rows.map((r) => r.unitId))]],
      ),
    ]);
    const userById = new Map(
      (users as { id: string; name: string; email: string }[]).map((u) => [u.id, u]),
    );
    const unitById = new Map((orgUnits as EscalationPreviewItem['unit'][]).map((u) => [u.id, u]));
    const items: EscalationPreviewItem[] = rows.map((r) => ({
      dueDate: r.dueDate,
      stepKey: r.stepKey,
      template: r.template,
      recipient: userById.get(r.recipientId) ?? {
        id: r.recipientId,
        name: '',
        email: '',
      },
      subject: {
        kind: r.subjectKind,
        id: r.subjectId,
        phase: r.phase,
        title: r.title,
        deadline: r.deadline,
        deadlineVersion: r.deadlineVersion,
      },
      caseId: r.caseId,
      unit: unitById.get(r.unitId) ?? {
        id: r.unitId,
        code: '',
        nameNb: '',
        nameEn: '',
      },
      missing: r.missing,
    }));
    return { today: this.clock.today(), days: query.days, items, truncated };
  }

  /** Admin: scan now, then relay the new rows to the mail queue. */
  @Post('run')
  @ApiContractResponse('EscalationRunResult')
  @HttpCode(200)
  async run(
    @CurrentActor() actor: Actor,
  ): Promise<ScanResult & { queued: number; relayError: string | null }> {
    requireAdmin(actor, 'run an escalation scan');
    const scan = await this.scanner.scan();
    try {
      return { ...scan, queued: await this.relay.relay(), relayError: null };
    } catch (error) {
      // The rows stay pending in the outbox; the relay cron queues them once the queue answers.
      return { ...scan, queued: 0, relayError: (error as Error).message };
    }
  }
}

@ApiTags('escalations')
@Controller('rounds')
export class EscalationPolicyController {
  constructor(private readonly policies: EscalationPolicyService) {}

  @Get(':id/escalation-policy')
  @ApiContractResponse('EscalationPolicyDto')
  get(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: string,
  ): Promise<EscalationPolicyDto> {
    if (!isAdmin(actor) && !actor.assignments.some((a) => a.role === 'hr'))
      throw forbidden('read escalation policies');
    return this.policies.get(id);
  }

  /** Admin, or HR/HSE with institution-wide scope (the same people who change a round's deadlines). */
  @Put(':id/escalation-policy')
  @ApiContractResponse('EscalationPolicyDto')
  update(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: UpdateEscalationPolicyDto,
  ): Promise<EscalationPolicyDto> {
    if (!isAdmin(actor) && !actor.institutionHr) throw forbidden('change escalation policies');
    return this.policies.update(actor, id, dto);
  }
}
