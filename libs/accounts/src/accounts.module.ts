import { Module } from '@nestjs/common';
import { createSecretKey } from 'node:crypto';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '@convene/config';
import { Authenticator } from './authenticate';
import { EnsureAdminHandler } from './ensure-admin.handler';
import { RegisterUserHandler } from './register-user.handler';
import { RoleDirectory } from './role-directory';
import { SetUserRolesHandler } from './set-user-roles.handler';
import { UserReader } from './user-reader';
import { UserEntity } from './user.entity';

@Module({
  imports: [
    TypeOrmModule.forFeature([UserEntity]),
    JwtModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => {
        // A key object made once: given a string, jsonwebtoken first tries to parse it as a
        // public key on every verify, which cost a third of the API's CPU.
        const key = createSecretKey(Buffer.from(config.jwtSecret));
        return {
          secretOrKeyProvider: () => key,
          signOptions: { expiresIn: config.JWT_TTL_SECONDS, algorithm: 'HS256' },
          verifyOptions: { algorithms: ['HS256'] },
        };
      },
    }),
  ],
  providers: [
    Authenticator,
    RoleDirectory,
    UserReader,
    RegisterUserHandler,
    SetUserRolesHandler,
    EnsureAdminHandler,
  ],
  exports: [Authenticator, RoleDirectory, UserReader],
})
export class AccountsModule {}
