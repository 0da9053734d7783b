import { Module } from '@nestjs/common';
import { AuditModule } from '@pde/api/audit';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { SessionAuthenticator } from './session.authenticator';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

@Module({
  imports: [AuditModule],
  controllers: [AuthController, UsersController],
  providers: [AuthService, UsersService, SessionAuthenticator],
  exports: [AuthService, UsersService],
})
export class AuthModule {}
