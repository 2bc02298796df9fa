import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import type { Actor } from '@convene/common';
import {
  CloseRoundCommand,
  CreateRoundCommand,
  CreateRoundDto,
  OpenRoundCommand,
  ROUND_STATUSES,
  RoundReader,
  RoundStatusResponse,
  RoundViewResponse,
  type RoundStatus,
} from '@convene/rounds';
import { CurrentActor } from '../http/current-actor.decorator';
import { Roles } from '../http/access.decorators';

class ListRoundsQuery {
  @ApiPropertyOptional({ enum: ROUND_STATUSES, enumName: 'RoundStatus' })
  @IsOptional()
  @IsIn(ROUND_STATUSES)
  status?: RoundStatus;
}

@ApiTags('rounds')
@ApiBearerAuth()
@Controller('rounds')
export class RoundsController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly rounds: RoundReader,
  ) {}

  @Post()
  @ApiCreatedResponse({ type: RoundViewResponse })
  @Roles('moderator')
  async create(@CurrentActor() actor: Actor, @Body() dto: CreateRoundDto) {
    const { id } = await this.commandBus.execute(
      new CreateRoundCommand(actor, { ...dto, closesAt: new Date(dto.closesAt) }),
    );
    return this.rounds.get(actor, id);
  }

  @Get()
  @ApiOkResponse({
    type: [RoundViewResponse],
    description:
      'Every round past draft and the drafts the user is a member of, newest first, at most 200',
  })
  list(@CurrentActor() actor: Actor, @Query() query: ListRoundsQuery) {
    return this.rounds.list(actor, query.status);
  }

  @Get(':id')
  @ApiOkResponse({ type: RoundViewResponse })
  get(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string) {
    return this.rounds.get(actor, id);
  }

  @Post(':id/open')
  @HttpCode(200)
  @ApiOkResponse({ type: RoundStatusResponse })
  open(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string) {
    return this.commandBus.execute(new OpenRoundCommand(actor, id));
  }

  @Post(':id/close')
  @HttpCode(202)
  @ApiAcceptedResponse({
    type: RoundStatusResponse,
    description: 'Closed; the synthesis and the draft follow',
  })
  async close(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string) {
    const result = await this.commandBus.execute(new CloseRoundCommand(id, actor));
    return { id: result.id, status: 'closed' };
  }
}
