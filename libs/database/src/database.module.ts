import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '@convene/config';
import { dataSourceOptions, type PoolSettings } from './data-source-options';

@Module({})
export class DatabaseModule {
  static forRoot(
    applicationName: string,
    pool: Omit<PoolSettings, 'applicationName'> = {},
  ): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          inject: [AppConfig],
          useFactory: (config: AppConfig) => ({
            ...dataSourceOptions(config.DATABASE_URL, {
              max: config.DB_POOL_MAX,
              ...pool,
              applicationName,
            }),
            autoLoadEntities: true,
            // Start-up checks reachability once; Nest must not retry for minutes.
            retryAttempts: 0,
          }),
        }),
      ],
    };
  }
}
