import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ObjectiveReader } from '@convene/objectives';
import { Public } from '../http/access.decorators';

@ApiTags('reference')
@Public()
@Controller('objectives')
export class ObjectivesController {
  constructor(private readonly objectives: ObjectiveReader) {}

  @Get()
  list() {
    return this.objectives.all();
  }
}
