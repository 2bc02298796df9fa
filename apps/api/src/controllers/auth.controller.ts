import { Body, Controller, HttpCode, Ip, Post, UnauthorizedException } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  AccessTokenResponse,
  Authenticator,
  LoginDto,
  RegisterDto,
  RegisteredUserResponse,
  RegisterUserCommand,
} from '@convene/accounts';
import { AccountThrottle } from '../http/account-throttle';
import { Public } from '../http/access.decorators';

@ApiTags('accounts')
@Public()
@Controller('auth')
export class AuthController {
  constructor(
    private readonly commandBus: CommandBus,
    private readonly authenticator: Authenticator,
    private readonly throttle: AccountThrottle,
  ) {}

  @Post('register')
  @ApiCreatedResponse({ type: RegisteredUserResponse })
  async register(@Body() dto: RegisterDto, @Ip() ip: string) {
    return this.throttle.register(ip, () =>
      this.commandBus.execute(
        new RegisterUserCommand(
          dto.email,
          dto.password,
          dto.displayName,
          dto.organisation ?? null,
          dto.stakeholderType,
        ),
      ),
    );
  }

  @Post('login')
  @HttpCode(200)
  @ApiOkResponse({ type: AccessTokenResponse })
  async login(@Body() dto: LoginDto, @Ip() ip: string) {
    const accessToken = await this.throttle.login(dto.email, ip, () =>
      this.authenticator.login(dto.email, dto.password),
    );
    if (!accessToken) throw new UnauthorizedException('wrong email or password');
    return { accessToken, tokenType: 'Bearer' };
  }
}
