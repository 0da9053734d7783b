import { Controller, Get } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access, CurrentUser, type UserPrincipal } from '@pde/api/core';
import { CaptureQueryService } from './capture-query.service';

@ApiTags('Panel · Inicio')
@Controller('api/panel')
export class PanelSummaryController {
  constructor(private readonly query: CaptureQueryService) {}

  @Get('summary')
  @Access.panel()
  @ApiOperation({ summary: 'Conteos por sistema y estado dentro del alcance de la persona, y pendientes' })
  summary(@CurrentUser() user: UserPrincipal) {
    return this.query.summary(user);
  }
}
