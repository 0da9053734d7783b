import { Injectable } from '@nestjs/common';
import { AuditService } from '@pde/api/audit';
import { UserEntity, UsersService } from '@pde/api/auth';
import type { BulkState } from '@pde/api/capture';
import { Clock, CryptoService, Db, JsonLogger, PdeConfig, type SystemPrincipal } from '@pde/api/core';
import { EnteEntity } from '@pde/api/entes';
import { ApiConsumerEntity, ApiTokenEntity } from '@pde/api/interconnection';
import { S2LoaderService } from '@pde/api/s2';
import { S3LoaderService } from '@pde/api/s3';
import { PDN_SYSTEMS } from '@pde/shared/contracts';
import { DEMO_CONFIDENTIAL_CONSUMER, DEMO_CONSUMER, DEMO_S2_RECORDS, DEMO_S3_RECORDS, DEMO_USERS, type DemoConsumer } from './demo-data';

const SYSTEM: SystemPrincipal = { kind: 'system', name: 'datos de demostración' };

/** The S2 demo records in every workflow state (issue «foundation» §9). */
export function demoS2State(index: number): BulkState {
  const slot = index % 100;
  if (slot < 80) return 'PUBLICADO';
  if (slot < 85) return 'PUBLICADO_CON_CAMBIOS';
  if (slot < 90) return 'BORRADOR';
  if (slot < 94) return 'EN_REVISION';
  if (slot < 97) return 'RECHAZADO';
  return 'BAJA';
}

@Injectable()
export class DemoService {
  constructor(
    private readonly db: Db,
    private readonly config: PdeConfig,
    private readonly clock: Clock,
    private readonly crypto: CryptoService,
    private readonly users: UsersService,
    private readonly s2: S2LoaderService,
    private readonly s3: S3LoaderService,
    private readonly audit: AuditService,
    private readonly logger: JsonLogger,
  ) {}

  enabled(): boolean {
    return this.config.demo && this.config.environment === 'pruebas';
  }

  /** Seeds demo data when the database has no users at all. Returns whether it did. */
  async seedIfEmpty(): Promise<boolean> {
    if (!this.enabled()) return false;
    const existing = await this.db.run((em) => em.getRepository(UserEntity).count());
    if (existing > 0) return false;
    this.logger.log('Base de datos vacía: cargando datos de demostración', 'Demo');
    const entes = await this.s2.ensureSyntheticEntes();
    const byClave = new Map(entes.map((e: EnteEntity) => [e.clave, e.id]));
    for (const user of DEMO_USERS) {
      await this.users.create(
        {
          email: user.email,
          nombre: user.nombre,
          rol: user.rol,
          ...(user.ente ? { enteId: byClave.get(user.ente) } : {}),
          ...(user.rol === 'REVISOR' ? { revisaTodos: true } : {}),
          password: user.password,
        },
        SYSTEM,
        { mustChangePassword: false },
      );
    }
    for (const consumer of [DEMO_CONSUMER, DEMO_CONFIDENTIAL_CONSUMER]) await this.createConsumer(consumer);
    await this.s2.loadSynthetic(DEMO_S2_RECORDS, { seed: 2026, stateOf: demoS2State });
    await this.s3.loadSynthetic(DEMO_S3_RECORDS, { seed: 2027, stateOf: demoS2State });
    await this.audit.record({ action: 'demo.cargar', details: { usuarios: DEMO_USERS.length, registrosS2: DEMO_S2_RECORDS, registrosS3: DEMO_S3_RECORDS }, actor: SYSTEM });
    return true;
  }

  /** Demo consumers have fixed, published credentials (README), unlike real ones. */
  private async createConsumer(demo: DemoConsumer) {
    await this.db.tx(async (em) => {
      const now = this.clock.now();
      const { identifiers } = await em.getRepository(ApiConsumerEntity).insert({
        name: demo.name,
        role: demo.role,
        legalBasis: demo.legalBasis,
        systems: PDN_SYSTEMS.join(','),
        scopes: '',
        clientId: demo.client_id,
        clientSecretHash: this.crypto.sha256(demo.client_secret),
        username: demo.username,
        passwordHash: this.crypto.sha256(demo.password),
        active: true,
        createdAt: now,
        createdBy: SYSTEM.name,
        revokedAt: null,
        revokedBy: null,
      });
      const consumerId = Number(identifiers[0]['id']);
      await em.getRepository(ApiTokenEntity).insert({
        consumerId,
        tokenHash: this.crypto.sha256(demo.token),
        prefix: demo.token.slice(0, 11),
        role: demo.role,
        createdAt: now,
        createdBy: SYSTEM.name,
        expiresAt: null,
        lastUsedAt: null,
        revokedAt: null,
        revokedBy: null,
      });
      await this.audit.record({ action: 'consumidor.crear', entityType: 'consumidor', entityId: consumerId, details: { nombre: demo.name, rol: demo.role, demo: true }, actor: SYSTEM });
    });
  }
}
