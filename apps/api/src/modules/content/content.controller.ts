import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { ContentPageDto } from '@tiltak/shared/api-contract';
import type { Actor } from '../../common/actor';
import { requireAdmin } from '../../common/require-admin';
import { CurrentActor } from '../auth';
import { UpdateContentPageDto } from './content.dto';
import { ContentService } from './content.service';
import { ApiContractResponse } from '../../openapi/api-decorators';

const SPEAK_UP = 'speak-up';

/** Texts the institution writes itself; every signed-in user reads them, admins edit them. */
@ApiTags('content')
@Controller('content')
export class ContentController {
  constructor(private readonly content: ContentService) {}

  /** Where to report harassment and unacceptable behaviour ("Si fra"). */
  @Get(SPEAK_UP)
  @ApiContractResponse('ContentPageDto')
  speakUp(): Promise<ContentPageDto> {
    return this.content.get(SPEAK_UP);
  }

  @Put(SPEAK_UP)
  @ApiContractResponse('ContentPageDto')
  updateSpeakUp(
    @CurrentActor() actor: Actor,
    @Body() dto: UpdateContentPageDto,
  ): Promise<ContentPageDto> {
    requireAdmin(actor, 'edit the speak-up page');
    return this.content.update(actor, SPEAK_UP, dto);
  }
}
