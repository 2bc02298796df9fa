import { INestApplication, ValidationPipe } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import helmet from 'helmet';
import { createLogger, type AppConfig } from '@convene/config';
import { queueDashboardGate } from './admin/queue-dashboard-gate';
import { QueueDashboardModule } from './admin/queue-dashboard.module';
import { ApiModule } from './api.module';
import { installBodyParser } from './http/body-parser';
import { ApiMetrics } from './http/api-metrics';
import { HttpDrain } from './http/http-drain';
import { describeErrors } from './http/openapi-errors';
import { sealBodies } from './http/openapi-bodies';
import { privateResponses } from './http/private-responses';
import { requestId } from './http/request-id';
import { requestLogger } from './http/request-logger';
import { PageContexts } from './web/web-context';
import { WEB_PATHS } from './web/web-pages';

/** The HTTP API, configured as it runs in production; tests build it the same way. */
export async function createApiApp(config: AppConfig): Promise<INestApplication> {
  const app = await NestFactory.create(ApiModule.forRoot(config), {
    bodyParser: false,
    logger: createLogger(config, 'api'),
    abortOnError: false,
  });
  app.setGlobalPrefix('api', {
    exclude: [...WEB_PATHS, 'metrics', `${QueueDashboardModule.path}{/*rest}`],
  });
  const drain = app.get(HttpDrain);
  app.use(drain.use.bind(drain));
  app.use(requestId);
  app.use(requestLogger);
  app.use(app.get(ApiMetrics).middleware);
  app.use(privateResponses);
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          // The pages carry their stylesheet inline (one request); no inline script anywhere.
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:'],
          frameAncestors: ["'none'"],
          formAction: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          // TLS ends at the proxy in front, if any: the API cannot tell, so it does not force it.
          upgradeInsecureRequests: null,
        },
      },
      // Forms are checked by their Origin, which browsers send as "null" under no-referrer.
      referrerPolicy: { policy: 'same-origin' },
    }),
  );
  // No banner naming the framework to whoever probes the API.
  const express = app.getHttpAdapter().getInstance() as {
    disable(setting: string): void;
    set(setting: string, value: unknown): void;
  };
  express.disable('x-powered-by');
  // Rate limits key on the client's address: believe forwarded headers only from known proxies.
  express.set('trust proxy', config.trustProxy);
  // Before the body parser: a request is read no further than its cookie until it is let in.
  if (config.queueDashboard) {
    app.use(QueueDashboardModule.path, queueDashboardGate(app.get(PageContexts)));
  }
  installBodyParser(app);
  app.useGlobalPipes(
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      forbidUnknownValues: true,
      transform: true,
      stopAtFirstError: false,
    }),
  );
  if (config.apiDocs) {
    const document = sealBodies(
      describeErrors(
        SwaggerModule.createDocument(
          app,
          new DocumentBuilder()
            .setTitle('Convene API')
            .setDescription(
              'Online policy consultations: rounds, contributions, replies, moderation.',
            )
            .setVersion('1')
            .addBearerAuth()
            .build(),
        ),
      ),
    );
    SwaggerModule.setup('api/docs', app, document);
  }
  return app;
}
