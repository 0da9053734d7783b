import { Module } from '@nestjs/common';
import { AuditModule } from '@pde/api/audit';
import { EntesModule } from '@pde/api/entes';
import { CaptureBulkWriter } from './capture-bulk-writer';
import { CaptureKindRegistry } from './capture-kind';
import { CaptureQueryService } from './capture-query.service';
import { CaptureService } from './capture.service';
import { PanelSummaryController } from './panel-summary.controller';

@Module({
  imports: [AuditModule, EntesModule],
  controllers: [PanelSummaryController],
  providers: [CaptureKindRegistry, CaptureService, CaptureQueryService, CaptureBulkWriter],
  exports: [CaptureKindRegistry, CaptureService, CaptureQueryService, CaptureBulkWriter],
})
export class CaptureModule {}
