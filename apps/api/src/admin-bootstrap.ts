import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { EnsureAdminCommand } from '@convene/accounts';
import { AppConfig } from '@convene/config';

/** Creates (or keeps) the admin named by ADMIN_EMAIL and ADMIN_PASSWORD. */
@Injectable()
export class AdminBootstrap implements OnApplicationBootstrap {
  private readonly logger = new Logger(AdminBootstrap.name);

  constructor(
    private readonly commandBus: CommandBus,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { ADMIN_EMAIL: email, ADMIN_PASSWORD: password } = this.config;
    if (!email || !password) return;
    const { id, created } = await this.commandBus.execute(new EnsureAdminCommand(email, password));
    this.logger.log(
      created ? `created the admin account ${id}` : `admin account ${id} is in place`,
    );
  }
}
