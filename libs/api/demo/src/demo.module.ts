import { Module } from '@nestjs/common';
import { AuditModule } from '@pde/api/audit';
import { AuthModule } from '@pde/api/auth';
import { S2Module } from '@pde/api/s2';
import { S3Module } from '@pde/api/s3';
import { DemoService } from './demo.service';

@Module({ imports: [AuditModule, AuthModule, S2Module, S3Module], providers: [DemoService], exports: [DemoService] })
export class DemoModule {}
