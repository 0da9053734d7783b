import { Module, type DynamicModule } from '@nestjs/common';
import { AuditModule } from '@pde/api/audit';
import { AuthModule } from '@pde/api/auth';
import { CaptureModule } from '@pde/api/capture';
import { CoreModule, type JsonLogger, type PdeConfig } from '@pde/api/core';
import { DatabaseModule } from '@pde/api/database';
import { DemoModule } from '@pde/api/demo';
import { EntesModule } from '@pde/api/entes';
import { InterconnectionModule } from '@pde/api/interconnection';
import { S2Module } from '@pde/api/s2';
import { PortalModule } from '@pde/api/portal';
import { S3Module } from '@pde/api/s3';

/** Composition root: every domain module of the PDE. The HTTP server and the CLI both start from it. */
@Module({})
export class AppModule {
  static forRoot(config: PdeConfig, logger: JsonLogger): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(config, logger),
        DatabaseModule,
        AuditModule,
        EntesModule,
        AuthModule,
        CaptureModule,
        InterconnectionModule,
        S2Module,
        S3Module,
        PortalModule,
        DemoModule,
      ],
    };
  }
}
