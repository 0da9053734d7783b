import { Injectable } from '@nestjs/common';
import { AuditService } from '@pde/api/audit';
import { Clock, ConflictError, CryptoService, Db, NotFoundError, parseBody, ValidationError, type Principal } from '@pde/api/core';
import { EnteEntity } from '@pde/api/entes';
import {
  diffDocuments,
  USER_CREATE_SCHEMA,
  USER_UPDATE_SCHEMA,
  type ApiFieldError,
  type UserCreateRequest,
  type UserRole,
  type UserUpdateRequest,
  type UserView,
} from '@pde/shared/contracts';
import type { EntityManager } from 'typeorm';
import { passwordProblems } from './password-policy';
import { SessionEntity, UserEntity, UserReviewEnteEntity } from './user.entity';

export interface CreatedUser {
  user: UserView;
  /** Only when the password was generated: shown once, never stored in clear. */
  generatedPassword?: string;
}

@Injectable()
export class UsersService {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly crypto: CryptoService,
    private readonly audit: AuditService,
  ) {}

  list(): Promise<UserView[]> {
    return this.db.run(async (em) => {
      const users = await em.getRepository(UserEntity).find({ order: { nombre: 'ASC' } });
      const reviews = await em.getRepository(UserReviewEnteEntity).find();
      return users.map((u) => toUserView(u, reviews.filter((r) => r.userId === u.id).map((r) => r.enteId), this.clock.now()));
    });
  }

  get(id: number): Promise<UserView> {
    return this.db.run(async (em) => {
      const user = await em.getRepository(UserEntity).findOne({ where: { id } });
      if (!user) throw new NotFoundError('El usuario no existe.');
      return toUserView(user, await reviewEntes(em, id), this.clock.now());
    });
  }

  /** Creates a user; without a password one is generated and returned once (also for the CLI). */
  async create(body: unknown, actor?: Principal, options: { mustChangePassword?: boolean } = {}): Promise<CreatedUser> {
    const input = parseBody<UserCreateRequest>(USER_CREATE_SCHEMA, body);
    const email = input.email.toLowerCase();
    const generatedPassword = input.password ? undefined : this.crypto.generatePassword();
    const password = input.password ?? (generatedPassword as string);
    const problems = passwordProblems(password, email);
    if (problems.length) throw new ValidationError(problems.map((message) => ({ path: 'password', message })));
    const hash = await this.crypto.hashPassword(password);
    return this.db.tx(async (em) => {
      const repo = em.getRepository(UserEntity);
      if (await repo.findOne({ where: { email } })) throw new ConflictError(`Ya existe un usuario con el correo ${email}.`);
      await this.checkScope(em, input.rol, input.enteId, input.revisaTodos ?? false, input.entesRevision);
      const user = await repo.save(
        repo.create({
          email,
          nombre: input.nombre,
          role: input.rol,
          enteId: input.enteId ?? null,
          reviewAllEntes: input.rol === 'REVISOR' && input.revisaTodos === true,
          passwordHash: hash,
          mustChangePassword: options.mustChangePassword ?? generatedPassword !== undefined,
          active: true,
          failedAttempts: 0,
          lockedUntil: null,
          lastLoginAt: null,
          passwordChangedAt: this.clock.now(),
          createdAt: this.clock.now(),
          updatedAt: this.clock.now(),
        }),
      );
      const entes = input.rol === 'REVISOR' && !input.revisaTodos ? input.entesRevision : [];
      await setReviewEntes(em, user.id, entes);
      const view = toUserView(user, entes, this.clock.now());
      await this.audit.record({ action: 'usuario.crear', entityType: 'usuario', entityId: user.id, enteId: user.enteId, details: { usuario: view }, actor });
      return { user: view, generatedPassword };
    });
  }

  async update(id: number, body: unknown, actor: Principal): Promise<UserView> {
    const input = parseBody<UserUpdateRequest>(USER_UPDATE_SCHEMA, body);
    return this.db.tx(async (em) => {
      const repo = em.getRepository(UserEntity);
      const user = await repo.findOne({ where: { id } });
      if (!user) throw new NotFoundError('El usuario no existe.');
      if (actor.kind === 'user' && actor.userId === id && (!input.activo || input.rol !== 'ADMIN')) {
        throw new ValidationError([{ path: 'rol', message: 'No puede quitarse a sí mismo el rol de administración ni desactivarse.' }]);
      }
      if (user.role === 'ADMIN' && (input.rol !== 'ADMIN' || !input.activo)) await this.ensureAnotherAdmin(em, id);
      await this.checkScope(em, input.rol, input.enteId, input.revisaTodos ?? false, input.entesRevision);
      const before = toUserView(user, await reviewEntes(em, id), this.clock.now());
      user.nombre = input.nombre;
      user.role = input.rol;
      user.enteId = input.enteId ?? null;
      user.reviewAllEntes = input.rol === 'REVISOR' && input.revisaTodos === true;
      user.active = input.activo;
      user.updatedAt = this.clock.now();
      await repo.save(user);
      const entes = input.rol === 'REVISOR' && !input.revisaTodos ? input.entesRevision : [];
      await setReviewEntes(em, id, entes);
      if (!user.active) await this.revokeSessions(em, id);
      const after = toUserView(user, entes, this.clock.now());
      await this.audit.record({ action: 'usuario.modificar', entityType: 'usuario', entityId: id, enteId: user.enteId, details: { cambios: diffDocuments(before, after) }, actor });
      return after;
    });
  }

  /** New generated password (shown once), to be changed at next sign-in; also unlocks the account. */
  async resetPassword(id: number, actor: Principal): Promise<{ password: string }> {
    const password = this.crypto.generatePassword();
    const hash = await this.crypto.hashPassword(password);
    await this.db.tx(async (em) => {
      const repo = em.getRepository(UserEntity);
      const user = await repo.findOne({ where: { id } });
      if (!user) throw new NotFoundError('El usuario no existe.');
      await repo.update({ id }, { passwordHash: hash, mustChangePassword: true, failedAttempts: 0, lockedUntil: null, passwordChangedAt: this.clock.now() });
      await this.revokeSessions(em, id);
      await this.audit.record({ action: 'usuario.restablecer_contrasena', entityType: 'usuario', entityId: id, enteId: user.enteId, actor });
    });
    return { password };
  }

  private async revokeSessions(em: EntityManager, userId: number) {
    await em.getRepository(SessionEntity).createQueryBuilder().update().set({ revokedAt: this.clock.now() }).where('userId = :userId AND revokedAt IS NULL', { userId }).execute();
  }

  private async ensureAnotherAdmin(em: EntityManager, exceptId: number) {
    const others = await em.getRepository(UserEntity).createQueryBuilder('u').where("u.role = 'ADMIN' AND u.active = :a AND u.id <> :id", { a: true, id: exceptId }).getCount();
    if (others === 0) throw new ValidationError([{ path: 'rol', message: 'Debe quedar al menos una persona con rol de administración activa.' }]);
  }

  private async checkScope(em: EntityManager, role: UserRole, enteId: number | undefined, reviewAll: boolean, entes: number[]) {
    const errors: ApiFieldError[] = [];
    if (role === 'CAPTURISTA' && !enteId) errors.push({ path: 'enteId', message: 'Una persona capturista debe tener asignado el ente para el que captura.' });
    if (role === 'REVISOR' && !reviewAll && entes.length === 0) {
      errors.push({ path: 'entesRevision', message: 'Indique los entes que revisa o marque que revisa todos.' });
    }
    if ((role === 'ADMIN' || role === 'REVISOR') && enteId) errors.push({ path: 'enteId', message: 'Este rol no se asigna a un ente.' });
    const ids = [...new Set([...(enteId ? [enteId] : []), ...entes])];
    if (ids.length) {
      const found = await em.getRepository(EnteEntity).createQueryBuilder('e').whereInIds(ids).getCount();
      if (found !== ids.length) errors.push({ path: enteId ? 'enteId' : 'entesRevision', message: 'Alguno de los entes indicados no existe.' });
    }
    if (errors.length) throw new ValidationError(errors);
  }
}

async function reviewEntes(em: EntityManager, userId: number): Promise<number[]> {
  return (await em.getRepository(UserReviewEnteEntity).find({ where: { userId } })).map((r) => r.enteId);
}

async function setReviewEntes(em: EntityManager, userId: number, entes: number[]) {
  const repo = em.getRepository(UserReviewEnteEntity);
  await repo.delete({ userId });
  if (entes.length) await repo.insert([...new Set(entes)].map((enteId) => ({ userId, enteId })));
}

/** `now` comes from the application clock: a lockout is shown only while it lasts. */
export function toUserView(user: UserEntity, entesRevision: number[], now: Date): UserView {
  return {
    id: user.id,
    email: user.email,
    nombre: user.nombre,
    rol: user.role as UserRole,
    enteId: user.enteId,
    revisaTodos: user.reviewAllEntes,
    entesRevision,
    activo: user.active,
    debeCambiarContrasena: user.mustChangePassword,
    bloqueadoHasta: user.lockedUntil && user.lockedUntil > now ? user.lockedUntil.toISOString() : null,
    ultimoAcceso: user.lastLoginAt?.toISOString() ?? null,
  };
}
