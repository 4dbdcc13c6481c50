import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import type { AppConfig } from '../../platform/config/app-config';
import { APP_CONFIG } from '../../platform/config/app-config';
import { ApiTokensController } from './api-tokens.controller';
import { ApiTokensService } from './api-tokens.service';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { PasswordHasher } from './password-hasher';
import { TeamsController } from './teams.controller';
import { TeamsService } from './teams.service';
import { PeopleController } from './people.controller';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

@Module({
  imports: [
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        secret: config.JWT_SECRET,
        signOptions: {
          algorithm: 'HS256',
          issuer: config.JWT_ISSUER,
          audience: config.JWT_AUDIENCE,
          expiresIn: config.ACCESS_TOKEN_TTL_SECONDS,
        },
      }),
    }),
  ],
  controllers: [
    AuthController,
    UsersController,
    PeopleController,
    TeamsController,
    ApiTokensController,
  ],
  providers: [AuthService, UsersService, TeamsService, ApiTokensService, PasswordHasher],
  exports: [UsersService, TeamsService, PasswordHasher],
})
export class IdentityModule {}
