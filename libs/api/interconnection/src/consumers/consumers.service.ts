import { Injectable } from '@nestjs/common';
import { AuditService } from '@pde/api/audit';
import { Clock, ConflictError, CryptoService, Db, describePrincipal, NotFoundError, parseBody, ValidationError, type Principal } from '@pde/api/core';
import { CONSUMER_CREATE_SCHEMA, PDN_SYSTEMS, type ConsumerCreateRequest, type ConsumerRole, type ConsumerView, type IssuedCredentials } from '@pde/shared/contracts';
import { ApiConsumerEntity } from './api-consumer.entity';
import { ConsumerCache } from './consumer-cache';
import { StaticTokensService } from '../tokens/static-tokens.service';

export type { ConsumerView, IssuedCredentials };

@Injectable()
export class ConsumersService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly crypto: CryptoService,
    private readonly audit: AuditService,
    private readonly cache: ConsumerCache,
    private readonly tokens: StaticTokensService,
  ) {}

  async create(body: unknown, actor: Principal): Promise<IssuedCredentials> {
    const input = parseBody<ConsumerCreateRequest>(CONSUMER_CREATE_SCHEMA, body);
    const role = input.rol ?? 'publico';
    if (role === 'confidencial' && !input.fundamento) {
      throw new ValidationError([{ path: 'fundamento', message: 'El rol confidencial requiere el fundamento legal de la autorización.' }]);
    }
    const slug = input.nombre.normalize('NFD').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').toLowerCase().slice(0, 24) || 'consumidor';
    const credentials = {
      client_id: `pde-${slug}-${this.crypto.randomToken(6)}`,
      client_secret: this.crypto.randomToken(32),
      username: `api-${slug}-${this.crypto.randomToken(6)}`,
      password: this.crypto.randomToken(32),
    };
    return this.db.tx(async (em) => {
      const repo = em.getRepository(ApiConsumerEntity);
      if (await repo.findOne({ where: { name: input.nombre, active: true } })) {
        throw new ConflictError(`Ya existe un consumidor activo con el nombre «${input.nombre}».`);
      }
      const consumer = await repo.save(
        repo.create({
          name: input.nombre,
          role,
          legalBasis: input.fundamento ?? null,
          systems: PDN_SYSTEMS.join(','),
          scopes: '',
          clientId: credentials.client_id,
          clientSecretHash: this.crypto.sha256(credentials.client_secret),
          username: credentials.username,
          passwordHash: this.crypto.sha256(credentials.password),
          active: true,
          createdAt: this.clock.now(),
          createdBy: describePrincipal(actor),
          revokedAt: null,
          revokedBy: null,
        }),
      );
      await this.audit.record({
        action: 'consumidor.crear',
        entityType: 'consumidor',
        entityId: consumer.id,
        details: { nombre: consumer.name, rol: role, fundamento: consumer.legalBasis, client_id: consumer.clientId, username: consumer.username },
        actor,
      });
      const { token } = await this.tokens.issue(consumer.id, actor, { em });
      return { id: consumer.id, name: consumer.name, role, ...credentials, token };
    });
  }

  list(): Promise<ConsumerView[]> {
    return this.db.run(async (em) => (await em.getRepository(ApiConsumerEntity).find({ order: { id: 'ASC' } })).map(toConsumerView));
  }

  async get(id: number): Promise<ConsumerView> {
    return toConsumerView(await this.find(id));
  }

  private find(id: number): Promise<ApiConsumerEntity> {
    return this.db.run(async (em) => {
      const consumer = await em.getRepository(ApiConsumerEntity).findOne({ where: { id } });
      if (!consumer) throw new NotFoundError('El consumidor no existe.');
      return consumer;
    });
  }

  /** Revocation takes effect at once: tokens of this consumer fail on their next use. */
  async revoke(id: number, actor: Principal): Promise<ConsumerView> {
    const view = await this.db.tx(async (em) => {
      const repo = em.getRepository(ApiConsumerEntity);
      const consumer = await repo.findOne({ where: { id } });
      if (!consumer) throw new NotFoundError('El consumidor no existe.');
      if (!consumer.active) throw new ConflictError('El consumidor ya estaba revocado.');
      consumer.active = false;
      consumer.revokedAt = this.clock.now();
      consumer.revokedBy = describePrincipal(actor);
      await repo.save(consumer);
      await this.audit.record({ action: 'consumidor.revocar', entityType: 'consumidor', entityId: id, details: { nombre: consumer.name }, actor });
      return toConsumerView(consumer);
    });
    this.cache.invalidate();
    return view;
  }
}

export function toConsumerView(c: ApiConsumerEntity): ConsumerView {
  return {
    id: c.id,
    nombre: c.name,
    rol: c.role as ConsumerRole,
    fundamento: c.legalBasis,
    sistemas: c.systems.split(',').filter(Boolean),
    client_id: c.clientId,
    username: c.username,
    activo: c.active,
    creadoEn: c.createdAt.toISOString(),
    creadoPor: c.createdBy,
    revocadoEn: c.revokedAt?.toISOString() ?? null,
  };
}
