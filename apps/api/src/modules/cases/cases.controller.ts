import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type {
  AreaDto,
  CaseDetailDto,
  CaseResultsDto,
  CaseSummaryDto,
  CommentDto,
  ConfirmationDto,
  MeasureDto,
  Page,
  PlenaryItemDto,
  TimelineEventDto,
  WorkshopGroupDto,
} from '@tiltak/shared/api-contract';
import type { Actor } from '../../common/actor';
import { ParseIdPipe } from '../../common/parse-id.pipe';
import { requireAdmin } from '../../common/require-admin';
import { CurrentActor } from '../auth';
import { CreateCommentDto, CreateConfirmationDto, CommentsService } from '../comments';
import { CreateMeasureDto, MeasuresService } from '../measures';
import { ResultsService } from '../results';
import {
  CreateAreaDto,
  CreateCaseDto,
  CreateGroupDto,
  ListCasesQuery,
  TransitionDto,
  UpdateAreaDto,
  UpdateGroupDto,
  UpdateWorkshopDto,
} from './cases.dto';
import { CasesService } from './cases.service';
import { WorkshopService } from './workshop.service';
import { ApiContractResponse } from '../../openapi/api-decorators';

@ApiTags('cases')
@Controller('cases')
export class CasesController {
  constructor(
    private readonly cases: CasesService,
    private readonly workshop: WorkshopService,
    private readonly measures: MeasuresService,
    private readonly comments: CommentsService,
    private readonly results: ResultsService,
  ) {}

  /** The cases the signed-in user may read, filtered and paginated. */
  @Get()
  @ApiContractResponse('CaseSummaryDto', 'page')
  list(
    @CurrentActor() actor: Actor,
    @Query() query: ListCasesQuery,
  ): Promise<Page<CaseSummaryDto>> {
    return this.cases.list(actor, query);
  }

  @Post()
  @ApiContractResponse('CaseDetailDto')
  create(@CurrentActor() actor: Actor, @Body() dto: CreateCaseDto): Promise<CaseDetailDto> {
    requireAdmin(actor, 'open cases');
    return this.cases.create(actor, dto);
  }

  @Get(':id')
  @ApiContractResponse('CaseDetailDto')
  get(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string): Promise<CaseDetailDto> {
    return this.cases.detail(actor, id);
  }

  @Patch(':id/workshop')
  @ApiContractResponse('CaseDetailDto')
  updateWorkshop(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: UpdateWorkshopDto,
  ): Promise<CaseDetailDto> {
    return this.cases.updateWorkshop(actor, id, dto);
  }

  /** Move the case to another state; 409 lists what is missing when a guard refuses. */
  @Post(':id/transitions')
  @ApiContractResponse('CaseDetailDto')
  @HttpCode(200)
  transition(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: TransitionDto,
  ): Promise<CaseDetailDto> {
    return this.cases.transition(actor, id, dto);
  }

  @Get(':id/results')
  @ApiContractResponse('CaseResultsDto')
  caseResults(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: string,
  ): Promise<CaseResultsDto> {
    return this.results.forCase(actor, id);
  }

  @Get(':id/groups')
  @ApiContractResponse('WorkshopGroupDto', 'array')
  groups(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: string,
  ): Promise<WorkshopGroupDto[]> {
    return this.workshop.groups(actor, id);
  }

  @Post(':id/groups')
  @ApiContractResponse('WorkshopGroupDto')
  createGroup(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: CreateGroupDto,
  ): Promise<WorkshopGroupDto> {
    return this.workshop.createGroup(actor, id, dto);
  }

  @Patch(':id/groups/:groupId')
  @ApiContractResponse('WorkshopGroupDto')
  updateGroup(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: string,
    @Param('groupId', ParseIdPipe) groupId: string,
    @Body() dto: UpdateGroupDto,
  ): Promise<WorkshopGroupDto> {
    return this.workshop.updateGroup(actor, id, groupId, dto);
  }

  @Get(':id/plenary')
  @ApiContractResponse('PlenaryItemDto', 'array')
  plenary(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: string,
  ): Promise<PlenaryItemDto[]> {
    return this.workshop.plenary(actor, id);
  }

  @Get(':id/areas')
  @ApiContractResponse('AreaDto', 'array')
  areas(@CurrentActor() actor: Actor, @Param('id', ParseIdPipe) id: string): Promise<AreaDto[]> {
    return this.workshop.areas(actor, id);
  }

  @Post(':id/areas')
  @ApiContractResponse('AreaDto')
  createArea(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: CreateAreaDto,
  ): Promise<AreaDto> {
    return this.workshop.createArea(actor, id, dto);
  }

  @Patch(':id/areas/:areaId')
  @ApiContractResponse('AreaDto')
  updateArea(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: string,
    @Param('areaId', ParseIdPipe) areaId: string,
    @Body() dto: UpdateAreaDto,
  ): Promise<AreaDto> {
    return this.workshop.updateArea(actor, id, areaId, dto);
  }

  @Get(':id/measures')
  @ApiContractResponse('MeasureDto', 'array')
  listMeasures(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: string,
  ): Promise<MeasureDto[]> {
    return this.measures.list(actor, id);
  }

  @Post(':id/measures')
  @ApiContractResponse('MeasureDto')
  createMeasure(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: CreateMeasureDto,
  ): Promise<MeasureDto> {
    return this.measures.create(actor, id, dto);
  }

  @Get(':id/comments')
  @ApiContractResponse('CommentDto', 'array')
  listComments(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: string,
  ): Promise<CommentDto[]> {
    return this.comments.comments(actor, id);
  }

  @Post(':id/comments')
  @ApiContractResponse('CommentDto')
  createComment(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: CreateCommentDto,
  ): Promise<CommentDto> {
    return this.comments.comment(actor, id, dto);
  }

  @Get(':id/confirmations')
  @ApiContractResponse('ConfirmationDto', 'array')
  listConfirmations(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: string,
  ): Promise<ConfirmationDto[]> {
    return this.comments.confirmations(actor, id);
  }

  @Post(':id/confirmations')
  @ApiContractResponse('ConfirmationDto')
  confirm(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: string,
    @Body() dto: CreateConfirmationDto,
  ): Promise<ConfirmationDto> {
    return this.comments.confirm(actor, id, dto);
  }

  @Get(':id/timeline')
  @ApiContractResponse('TimelineEventDto', 'array')
  timeline(
    @CurrentActor() actor: Actor,
    @Param('id', ParseIdPipe) id: string,
  ): Promise<TimelineEventDto[]> {
    return this.comments.timeline(actor, id);
  }
}
