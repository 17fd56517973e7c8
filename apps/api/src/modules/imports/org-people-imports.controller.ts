import { Controller, Get, HttpCode, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import type {
  OrgImportParams,
  PeopleImportMode,
  PeopleImportParams,
} from '@tiltak/shared/api-contract';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../../common/actor';
import { ParseIdPipe } from '../../common/parse-id.pipe';
import { requireAdmin } from '../../common/require-admin';
import { CurrentActor } from '../auth';
import { CSV_TYPE, XLSX_TYPE } from './import-file';
import { ImportHistoryService, type ImportRunDto } from './import-history.service';
import { fileOf } from './imports.controller';
import {
  type ImportResultDto,
  type OrgUnitChange,
  OrgUnitsImportService,
} from './org-units-import.service';
import { PeopleImportService, type PeopleImportResultDto } from './people-import.service';
import { ApiContractResponse, ApiFileResponse } from '../../openapi/api-decorators';

const toBoolean = ({ value }: { value: unknown }) =>
  value === 'true' ? true : value === 'false' ? false : value;

export class OrgImportQuery implements OrgImportParams {
  /** Only report the difference and the problems (the default); false applies the file. */
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean({ message: 'dryRun must be true or false' })
  dryRun?: boolean;

  /** The file's name, kept with it in the import history. */
  @IsOptional()
  @IsString()
  @MaxLength(200, { message: 'filename must be at most 200 characters' })
  filename?: string;
}

export class PeopleImportQuery extends OrgImportQuery implements PeopleImportParams {
  @IsOptional()
  @IsIn(['merge', 'full'], { message: 'mode must be merge or full' })
  mode?: PeopleImportMode;
}

const fileBody = { schema: { type: 'string', format: 'binary' } } as const;

/** Organisation and people imports (docs/org-people-import.md) and their history; admin only. */
@ApiTags('imports')
@Controller('imports')
export class OrgPeopleImportsController {
  constructor(
    private readonly orgUnits: OrgUnitsImportService,
    private readonly people: PeopleImportService,
    private readonly history: ImportHistoryService,
  ) {}

  @Post('org-units')
  @ApiContractResponse('OrgUnitImportResultDto')
  @HttpCode(200)
  @ApiConsumes(CSV_TYPE, XLSX_TYPE)
  @ApiBody(fileBody)
  importOrgUnits(
    @CurrentActor() actor: Actor,
    @Query() query: OrgImportQuery,
    @Req() req: FastifyRequest,
  ): Promise<ImportResultDto<OrgUnitChange>> {
    requireAdmin(actor, 'import the organisation');
    const file = fileOf(req);
    return this.orgUnits.import(
      actor,
      { body: file.body, contentType: file.type, filename: query.filename ?? null },
      query.dryRun ?? true,
    );
  }

  @Post('people')
  @ApiContractResponse('PeopleImportResultDto')
  @HttpCode(200)
  @ApiConsumes(CSV_TYPE, XLSX_TYPE)
  @ApiBody(fileBody)
  importPeople(
    @CurrentActor() actor: Actor,
    @Query() query: PeopleImportQuery,
    @Req() req: FastifyRequest,
  ): Promise<PeopleImportResultDto> {
    requireAdmin(actor, 'import people and roles');
    const file = fileOf(req);
    return this.people.import(
      actor,
      { body: file.body, contentType: file.type, filename: query.filename ?? null },
      query.mode ?? 'merge',
      query.dryRun ?? true,
    );
  }

  @Get('history')
  @ApiContractResponse('ImportRunDto', 'array')
  listHistory(@CurrentActor() actor: Actor): Promise<ImportRunDto[]> {
    requireAdmin(actor, 'read the import history');
    return this.history.list();
  }

  @Get('history/:id/file')
  @ApiFileResponse(CSV_TYPE, XLSX_TYPE)
  async file(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    requireAdmin(actor, 'download imported files');
    const run = await this.history.file(id);
    const extension = run.contentType === XLSX_TYPE ? 'xlsx' : 'csv';
    const name = (run.filename ?? `${run.kind}-${run.at.slice(0, 10)}.${extension}`).replace(
      /[^\w.-]+/g,
      '_',
    );
    void reply
      .header('content-type', run.contentType)
      .header('content-disposition', `attachment; filename="${name}"`);
    return run.body;
  }
}
