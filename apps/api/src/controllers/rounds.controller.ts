import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import type { Actor } from '@convene/common';
import {
  CloseRoundCommand,
  CreateRoundCommand,
  CreateRoundDto,
  OpenRoundCommand,
  RoundReader,
  type RoundStatus,
} from '@convene/rounds';
import { CurrentActor } from '../http/current-actor.decorator';
import { Roles } from '../http/access.decorators';

class ListRoundsQuery {
  @IsOptional()
  @IsIn(['draft', 'open', 'closed', 'synthesizing', 'drafted'])
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
  @Roles('moderator')
  async create(@CurrentActor() actor: Actor, @Body() dto: CreateRoundDto) {
    const { id } = await this.commandBus.execute(
      new CreateRoundCommand(actor, { ...dto, closesAt: new Date(dto.closesAt) }),
    );
    return this.rounds.get(actor, id);
  }

  @Get()
  list(@CurrentActor() actor: Actor, @Query() query: ListRoundsQuery) {
    return this.rounds.list(actor, query.status);
  }

  @Get(':id')
  get(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string) {
    return this.rounds.get(actor, id);
  }

  @Post(':id/open')
  @HttpCode(200)
  open(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string) {
    return this.commandBus.execute(new OpenRoundCommand(actor, id));
  }

  @Post(':id/close')
  @HttpCode(202)
  async close(@CurrentActor() actor: Actor, @Param('id', new ParseUUIDPipe()) id: string) {
    const result = await this.commandBus.execute(new CloseRoundCommand(id, actor));
    return { id: result.id, status: 'closed' };
  }
}
