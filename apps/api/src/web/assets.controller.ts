import { Controller, Get, Header } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Public } from '../http/access.decorators';
import { SCRIPT } from './views/script';

@ApiExcludeController()
@Public()
@Controller('assets')
export class AssetsController {
  @Get('convene.js')
  @Header('Content-Type', 'text/javascript; charset=utf-8')
  @Header('Cache-Control', 'public, max-age=3600')
  script(): string {
    return SCRIPT;
  }
}
