import { Module } from '@nestjs/common';
import { AuditModule } from '@pde/api/audit';
import { EntesController } from './entes.controller';
import { EntesService } from './entes.service';

@Module({
  imports: [AuditModule],
  controllers: [EntesController],
  providers: [EntesService],
  exports: [EntesService],
})
export class EntesModule {}
