import { Module, type OnModuleInit } from '@nestjs/common';
import { AuditModule } from '@pde/api/audit';
import { CaptureKindRegistry, CaptureModule, createCaptureController } from '@pde/api/capture';
import { EntesModule } from '@pde/api/entes';
import { InterconnectionModule } from '@pde/api/interconnection';
import { SearchIndexModule } from '@pde/api/search-index';
import { s2Kind, S2_ROUTE } from './s2-kind';
import { S2ImportService } from './s2-import.service';
import { S2LoaderService } from './s2-loader.service';
import { S2Projector } from './s2-projector';
import { S2SearchService } from './s2-search.service';
import { SpicController } from './spic.controller';

/** S2: capture of the records (generic workflow), the PDN S2 v1.1 API, import and synthetic data. */
@Module({
  imports: [CaptureModule, SearchIndexModule, InterconnectionModule, EntesModule, AuditModule],
  controllers: [createCaptureController(S2_ROUTE), SpicController],
  providers: [S2Projector, S2SearchService, S2ImportService, S2LoaderService],
  exports: [S2ImportService, S2LoaderService, S2SearchService],
})
export class S2Module implements OnModuleInit {
  constructor(private readonly registry: CaptureKindRegistry, private readonly projector: S2Projector) {}

  onModuleInit() {
    this.registry.register(s2Kind(this.projector));
  }
}
