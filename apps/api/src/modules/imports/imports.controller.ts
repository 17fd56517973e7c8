import { BadRequestException, Controller, HttpCode, Post, Query, Req } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { ImportResultsParams } from '@tiltak/shared/api-contract';
import { IsUUID } from 'class-validator';
import type { FastifyRequest } from 'fastify';
import { type Actor, isAdmin } from '../../common/actor';
import { forbidden } from '../../common/errors';
import { CurrentActor } from '../auth';
import { CSV_TYPE, XLSX_TYPE } from './import-file';
import {
  type ImportSummaryDto,
  ImportsService,
  type SectorImportSummaryDto,
} from './imports.service';
import { ApiContractResponse } from '../../openapi/api-decorators';

export class ImportQuery implements ImportResultsParams {
  @IsUUID()
  roundId: string;
}

/** The raw CSV or XLSX body of an import request, or the 400 that names what is missing. */
export function fileOf(req: FastifyRequest): { body: Buffer; type: string } {
  const type = String(req.headers['content-type'] ?? '')
    .split(';')[0]
    .trim()
    .toLowerCase();
  if (
    ![CSV_TYPE, XLSX_TYPE].includes(type) ||
    !Buffer.isBuffer(req.body) ||
    req.body.length === 0
  ) {
    throw new BadRequestException({
      statusCode: 400,
      error: 'Bad Request',
      message: `Send the file as the request body with content-type ${CSV_TYPE} or ${XLSX_TYPE}`,
      details: [{ row: null, column: null, problem: 'no CSV or XLSX file in the request body' }],
    });
  }
  return { body: req.body, type };
}

const fileBody = { schema: { type: 'string', format: 'binary' } } as const;

@ApiTags('imports')
@Controller('imports')
export class ImportsController {
  constructor(private readonly imports: ImportsService) {}

  /** Unit results for a round (docs/results-import.md); all or nothing, every problem reported. */
  @Post('results')
  @ApiContractResponse('ImportSummaryDto')
  @HttpCode(200)
  @ApiConsumes(CSV_TYPE, XLSX_TYPE)
  @ApiBody(fileBody)
  results(
    @CurrentActor() actor: Actor,
    @Query() query: ImportQuery,
    @Req() req: FastifyRequest,
  ): Promise<ImportSummaryDto> {
    if (!ImportsService.mayImportResults(actor)) throw forbidden('import survey results');
    const file = fileOf(req);
    return this.imports.importResults(actor, query.roundId, file.body, file.type);
  }

  /** The round's sector benchmark: index_code, mean. */
  @Post('sector-benchmark')
  @ApiContractResponse('SectorImportSummaryDto')
  @HttpCode(200)
  @ApiConsumes(CSV_TYPE, XLSX_TYPE)
  @ApiBody(fileBody)
  sectorBenchmark(
    @CurrentActor() actor: Actor,
    @Query() query: ImportQuery,
    @Req() req: FastifyRequest,
  ): Promise<SectorImportSummaryDto> {
    if (!isAdmin(actor) && !actor.institutionHr) throw forbidden('import the sector benchmark');
    const file = fileOf(req);
    return this.imports.importSectorBenchmark(actor, query.roundId, file.body, file.type);
  }
}
