import { Body, Controller, Get, Param, ParseUUIDPipe, Put, Query } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  FindUsersQuery,
  SetRolesDto,
  SetUserRolesCommand,
  UserReader,
  UserRolesResponse,
  UserSummaryResponse,
} from '@convene/accounts';
import type { Actor } from '@convene/common';
import { CurrentActor } from '../http/current-actor.decorator';
import { Roles } from '../http/access.decorators';

@ApiTags('accounts')
@ApiBearerAuth()
@Roles('admin')
@Controller('users')
export class UsersController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly users: UserReader,
  ) {}

  @Get()
  @ApiOkResponse({ type: [UserSummaryResponse] })
  find(@Query() query: FindUsersQuery) {
    return this.users.find(query.email);
  }

  @Put(':id/roles')
  @ApiOkResponse({ type: UserRolesResponse })
  setRoles(
    @CurrentActor() actor: Actor,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: SetRolesDto,
  ) {
    return this.commandBus.execute(new SetUserRolesCommand(actor, id, dto.roles));
  }
}
