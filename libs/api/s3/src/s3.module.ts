import { Module, type OnModuleInit } from '@nestjs/common';
import { AuditModule } from '@pde/api/audit';
import { CaptureKindRegistry, CaptureModule, createCaptureController } from '@pde/api/capture';
import { EntesModule } from '@pde/api/entes';
import { InterconnectionModule } from '@pde/api/interconnection';
import { SearchIndexModule } from '@pde/api/search-index';
import { S3_COLLECTIONS } from '@pde/shared/contracts';
import { S3ImportService } from './import/s3-import.service';
import { ItemsController } from './items/items.controller';
import { S3V1Writer } from './legacy/s3-v1-writer';
import { PsancionadosController, SsancionadosController } from './legacy/v1-s3.controller';
import { V1S3SearchService } from './legacy/v1-s3-search.service';
import { ItemsService } from './items/items.service';
import { S3_ROUTES, s3Kind } from './s3-kinds';
import { S3LoaderService } from './s3-loader.service';
import { S3Projector } from './storage/s3-projector';

/** S3: capture of the four v2 kinds (generic workflow), the PDN S3 v2 items API and the v1.1 projection. */
@Module({
  imports: [CaptureModule, SearchIndexModule, InterconnectionModule, EntesModule, AuditModule],
  controllers: [...S3_COLLECTIONS.map((c) => createCaptureController(S3_ROUTES[c])), ItemsController, SsancionadosController, PsancionadosController],
  providers: [S3Projector, ItemsService, S3LoaderService, S3V1Writer, V1S3SearchService, S3ImportService],
  exports: [S3Projector, ItemsService, S3LoaderService, S3ImportService],
})
export class S3Module implements OnModuleInit {
  constructor(private readonly registry: CaptureKindRegistry, private readonly projector: S3Projector) {}

  onModuleInit() {
    for (const collection of S3_COLLECTIONS) this.registry.register(s3Kind(collection, this.projector));
  }
}
