import { Module } from '@nestjs/common';
import { AuditController } from './audit.controller';
import { AuditQueryService } from './audit-query.service';
import { AuditVerifier } from './audit-verifier';
import { AuditService } from './audit.service';

@Module({
  controllers: [AuditController],
  providers: [AuditService, AuditQueryService, AuditVerifier],
  exports: [AuditService, AuditQueryService, AuditVerifier],
})
export class AuditModule {}
