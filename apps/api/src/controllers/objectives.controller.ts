import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ObjectiveReader, ObjectiveResponse } from '@convene/objectives';
import { Public } from '../http/access.decorators';

@ApiTags('reference')
@Public()
@Controller('objectives')
export class ObjectivesController {
  constructor(private readonly objectives: ObjectiveReader) {}

  @Get()
  @ApiOkResponse({ type: [ObjectiveResponse], description: 'The 23 GCM objectives, by number' })
  list() {
    return this.objectives.all();
  }
}
