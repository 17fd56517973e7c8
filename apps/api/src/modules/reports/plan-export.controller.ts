import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Actor } from '../../common/actor';
import { ParseIdPipe } from '../../common/parse-id.pipe';
import { CurrentActor } from '../auth';
import { PlanExportService } from './plan-export.service';
import { planPdf, planXlsx } from './plan-render';
import { ApiFileResponse } from '../../openapi/api-decorators';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A case's action plan as a document for the archive, in the layout of the deck's TILTAKSPLAN table. */
@ApiTags('cases')
@Controller('cases')
export class PlanExportController {
  constructor(private readonly plans: PlanExportService) {}

  @Get(':id/plan.pdf')
  @ApiFileResponse('application/pdf')
  async pdf(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const doc = await this.plans.document(actor, id);
    void reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', `attachment; filename="${doc.fileName}.pdf"`);
    return planPdf(doc);
  }

  @Get(':id/plan.xlsx')
  @ApiFileResponse(XLSX_TYPE)
  async xlsx(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const doc = await this.plans.document(actor, id);
    void reply
      .header('content-type', XLSX_TYPE)
      .header('content-disposition', `attachment; filename="${doc.fileName}.xlsx"`);
    return planXlsx(doc);
  }
}
