import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { AccountsModule } from '@convene/accounts';
import { BackgroundNotesModule } from '@convene/background-notes';
import { AppConfig, ConfigModule } from '@convene/config';
import { ContributionsModule } from '@convene/contributions';
import { DatabaseModule } from '@convene/database';
import { MessagingModule } from '@convene/messaging';
import { NotificationsModule } from '@convene/notifications';
import { ObjectivesModule } from '@convene/objectives';
import { RoundsModule } from '@convene/rounds';
import { AdminBootstrap } from './admin-bootstrap';
import { QueueDashboardModule } from './admin/queue-dashboard.module';
import { AuthController } from './controllers/auth.controller';
import { BackgroundNotesController } from './controllers/background-notes.controller';
import { ContributionsController } from './controllers/contributions.controller';
import { HealthController } from './controllers/health.controller';
import { MetricsController } from './controllers/metrics.controller';
import { NotificationsController } from './controllers/notifications.controller';
import { ObjectivesController } from './controllers/objectives.controller';
import { RoundsController } from './controllers/rounds.controller';
import { UsersController } from './controllers/users.controller';
import { ApiRedis } from './http/api-redis';
import { AccountThrottle } from './http/account-throttle';
import { ApiMetrics } from './http/api-metrics';
import { AuthGuard } from './http/auth.guard';
import { ErrorFilter } from './http/error.filter';
import { HttpDrain } from './http/http-drain';
import { RateLimiter } from './http/rate-limiter';
import { WEB_CONTROLLERS, WEB_PROVIDERS } from './web/web-pages';

/** The API's statements are short; one unanswered for this long means PostgreSQL is away. */
export const API_QUERY_TIMEOUT_MS = 5000;

@Module({})
export class ApiModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        ConfigModule.forRoot(config),
        CqrsModule.forRoot(),
        // A request must not wait long on a database that went silent: 503 within seconds.
        DatabaseModule.forRoot('convene-api', { queryTimeoutMs: API_QUERY_TIMEOUT_MS }),
        MessagingModule,
        AccountsModule,
        ObjectivesModule,
        RoundsModule,
        ContributionsModule,
        NotificationsModule,
        BackgroundNotesModule,
        ...(config.queueDashboard ? [QueueDashboardModule] : []),
      ],
      controllers: [
        AuthController,
        UsersController,
        ObjectivesController,
        RoundsController,
        ContributionsController,
        NotificationsController,
        BackgroundNotesController,
        HealthController,
        MetricsController,
        ...WEB_CONTROLLERS,
      ],
      providers: [
        ApiRedis,
        ApiMetrics,
        HttpDrain,
        RateLimiter,
        AccountThrottle,
        AdminBootstrap,
        ...WEB_PROVIDERS,
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_FILTER, useClass: ErrorFilter },
      ],
    };
  }
}
