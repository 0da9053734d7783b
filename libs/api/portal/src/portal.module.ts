import { Module } from '@nestjs/common';
import { S2Module } from '@pde/api/s2';
import { S3Module } from '@pde/api/s3';
import { PortalController } from './portal.controller';
import { PortalService } from './portal.service';

/** Read-only public API of the portal de consulta, on top of the PDN read models. */
@Module({ imports: [S2Module, S3Module], controllers: [PortalController], providers: [PortalService] })
export class PortalModule {}
