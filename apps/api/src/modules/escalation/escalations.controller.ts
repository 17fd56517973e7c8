import type { EscalationPreviewDto } from '@tiltak/shared/api-contract';
import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { type Actor, isAdmin } from '../../common/actor';
import { forbidden } from '../../common/errors';
import { ParseIdPipe } from '../../common/parse-id.pipe';
import { requireAdmin } from '../../common/require-admin';
import { CurrentActor } from '../auth';
import { OutboxRelayService } from '../notifications';
import { PreviewQuery, UpdateEscalationPolicyDto } from './escalation.dto';
import { type EscalationPolicyDto, EscalationPolicyService } from './escalation-policy.service';
import { EscalationPreviewService } from './escalation-preview.service';
import { EscalationScanService, type ScanResult } from './escalation-scan.service';
import { ApiContractResponse } from '../../openapi/api-decorators';

@ApiTags('escalations')
@Controller('escalations')
export class EscalationsController {
  constructor(
    private readonly previews: EscalationPreviewService,
    private readonly scanner: EscalationScanService,
    private readonly relay: OutboxRelayService,
  ) {}

  /** Who gets what: what a scan would send now, then what falls due in the next `days` days (HR: within scope). */
  @Get('preview')
  @ApiContractResponse('EscalationPreviewDto')
  preview(
    @CurrentActor() actor: Actor,
    @Query() query: PreviewQuery,
  ): Promise<EscalationPreviewDto> {
    return this.previews.preview(actor, query.days);
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
