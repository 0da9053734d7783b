import { Injectable } from '@nestjs/common';
import { AuditService } from '@pde/api/audit';
import {
  Clock,
  CryptoService,
  Db,
  LockedError,
  PdeConfig,
  UnauthenticatedError,
  ValidationError,
  type UserPrincipal,
} from '@pde/api/core';
import { API_ERROR_CODES, type UserRole } from '@pde/shared/contracts';
import { passwordProblems } from './password-policy';
import { SessionEntity, UserEntity, UserReviewEnteEntity } from './user.entity';

const BAD_CREDENTIALS = 'Correo o contraseña incorrectos.';
/** Refresh `lastSeenAt` at most once a minute: no write on every panel request. */
const LAST_SEEN_GRANULARITY_MS = 60_000;

export interface LoginResult {
  token: string;
  principal: UserPrincipal;
  expiresAt: Date;
}

@Injectable()
export class AuthService {
  private dummyHash: Promise<string> | undefined;
  /**
   * Failures for emails that have no account, in memory: they lock like real accounts do, so the
   * 423 answer does not reveal which emails exist.
   */
  private readonly unknownFailures = new Map<string, { count: number; lockedUntil: number }>();

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly crypto: CryptoService,
    private readonly config: PdeConfig,
    private readonly audit: AuditService,
  ) {}

  async login(emailInput: string, password: string, client: { ip?: string; userAgent?: string }): Promise<LoginResult> {
    const email = emailInput.trim().toLowerCase();
    const now = this.clock.now();
    const user = await this.db.run((em) => em.getRepository(UserEntity).findOne({ where: { email } }));
    if (!user) {
      const entry = this.unknownFailures.get(email) ?? { count: 0, lockedUntil: 0 };
      if (entry.lockedUntil > now.getTime()) throw new LockedError(lockedMessage(new Date(entry.lockedUntil)));
      // Same work as for a real account, so timing does not reveal which emails exist.
      await this.crypto.verifyPassword(await this.getDummyHash(), password);
      await this.audit.record({ action: 'sesion.fallida', entityType: 'usuario', details: { email, motivo: 'usuario inexistente' }, actor: anonymous(email) });
      entry.count++;
      if (entry.count >= this.config.maxFailedLogins) {
        entry.count = 0;
        entry.lockedUntil = now.getTime() + this.config.lockoutMinutes * 60_000;
      }
      if (this.unknownFailures.size > 10_000) this.unknownFailures.clear();
      this.unknownFailures.set(email, entry);
      if (entry.lockedUntil > now.getTime()) throw new LockedError(lockedMessage(new Date(entry.lockedUntil)));
      throw new UnauthenticatedError(BAD_CREDENTIALS);
    }
    if (user.lockedUntil && user.lockedUntil > now) {
      await this.audit.record({ action: 'sesion.bloqueada', entityType: 'usuario', entityId: user.id, details: { email }, actor: anonymous(email) });
      throw new LockedError(lockedMessage(user.lockedUntil));
    }
    const valid = await this.crypto.verifyPassword(user.passwordHash, password);
    if (!valid || !user.active) {
      await this.db.tx(async (em) => {
        const repo = em.getRepository(UserEntity);
        const fresh = await repo.findOneOrFail({ where: { id: user.id } });
        fresh.failedAttempts += valid ? 0 : 1;
        const lock = fresh.failedAttempts >= this.config.maxFailedLogins;
        if (lock) {
          fresh.lockedUntil = new Date(now.getTime() + this.config.lockoutMinutes * 60_000);
          fresh.failedAttempts = 0;
        }
        await repo.save(fresh);
        const motivo = !user.active ? 'usuario inactivo' : 'contraseña incorrecta';
        await this.audit.record({ action: 'sesion.fallida', entityType: 'usuario', entityId: user.id, details: { email, motivo }, actor: anonymous(email) });
        if (lock) {
          await this.audit.record({ action: 'usuario.bloqueo', entityType: 'usuario', entityId: user.id, details: { hasta: fresh.lockedUntil?.toISOString() }, actor: anonymous(email) });
        }
      });
      const after = await this.db.run((em) => em.getRepository(UserEntity).findOneOrFail({ where: { id: user.id } }));
      if (after.lockedUntil && after.lockedUntil > now) throw new LockedError(lockedMessage(after.lockedUntil));
      throw new UnauthenticatedError(BAD_CREDENTIALS);
    }
    const token = this.crypto.randomToken(32);
    const expiresAt = new Date(now.getTime() + this.config.sessionMaxHours * 3_600_000);
    const principal = await this.db.tx(async (em) => {
      await em.getRepository(UserEntity).update({ id: user.id }, { failedAttempts: 0, lockedUntil: null, lastLoginAt: now });
      await em.getRepository(SessionEntity).insert({
        tokenHash: this.crypto.sha256(token),
        userId: user.id,
        createdAt: now,
        lastSeenAt: now,
        expiresAt,
        revokedAt: null,
        ip: client.ip?.slice(0, 64) ?? null,
        userAgent: client.userAgent?.slice(0, 255) ?? null,
      });
      const p = await this.principalFor(user, this.crypto.sha256(token));
      await this.audit.record({ action: 'sesion.inicio', entityType: 'usuario', entityId: user.id, enteId: user.enteId, actor: p });
      return p;
    });
    return { token, principal, expiresAt };
  }

  /** Resolves a session cookie to its user, enforcing inactivity and absolute expiry. */
  async authenticate(token: string | undefined): Promise<UserPrincipal> {
    if (!token) throw new UnauthenticatedError();
    const now = this.clock.now();
    const tokenHash = this.crypto.sha256(token);
    const session = await this.db.run((em) => em.getRepository(SessionEntity).findOne({ where: { tokenHash } }));
    if (!session || session.revokedAt) throw new UnauthenticatedError();
    if (session.expiresAt <= now) {
      throw new UnauthenticatedError('Su sesión expiró. Inicie sesión de nuevo.', API_ERROR_CODES.SESSION_EXPIRED);
    }
    if (now.getTime() - session.lastSeenAt.getTime() > this.config.sessionIdleMinutes * 60_000) {
      throw new UnauthenticatedError('Su sesión expiró por inactividad. Inicie sesión de nuevo.', API_ERROR_CODES.SESSION_EXPIRED);
    }
    const user = await this.db.run((em) => em.getRepository(UserEntity).findOne({ where: { id: session.userId } }));
    if (!user || !user.active) throw new UnauthenticatedError();
    if (now.getTime() - session.lastSeenAt.getTime() > LAST_SEEN_GRANULARITY_MS) {
      await this.db.run((em) => em.getRepository(SessionEntity).update({ tokenHash }, { lastSeenAt: now }));
    }
    return this.principalFor(user, tokenHash);
  }

  async logout(principal: UserPrincipal): Promise<void> {
    await this.db.tx(async (em) => {
      await em.getRepository(SessionEntity).update({ tokenHash: principal.sessionId }, { revokedAt: this.clock.now() });
      await this.audit.record({ action: 'sesion.cierre', entityType: 'usuario', entityId: principal.userId, enteId: principal.enteId, actor: principal });
    });
  }

  async changePassword(principal: UserPrincipal, current: string, next: string): Promise<void> {
    const user = await this.db.run((em) => em.getRepository(UserEntity).findOneOrFail({ where: { id: principal.userId } }));
    if (!(await this.crypto.verifyPassword(user.passwordHash, current))) {
      // Counts as a failed sign-in: a stolen session cannot be used to guess the password.
      const locked = await this.db.tx(async (em) => {
        const repo = em.getRepository(UserEntity);
        const fresh = await repo.findOneOrFail({ where: { id: user.id } });
        fresh.failedAttempts += 1;
        const lock = fresh.failedAttempts >= this.config.maxFailedLogins;
        if (lock) {
          fresh.lockedUntil = new Date(this.clock.now().getTime() + this.config.lockoutMinutes * 60_000);
          fresh.failedAttempts = 0;
          await em.getRepository(SessionEntity).createQueryBuilder().update().set({ revokedAt: this.clock.now() }).where('userId = :id AND revokedAt IS NULL', { id: user.id }).execute();
        }
        await repo.save(fresh);
        await this.audit.record({ action: 'usuario.cambio_contrasena_fallido', entityType: 'usuario', entityId: user.id, actor: principal });
        if (lock) await this.audit.record({ action: 'usuario.bloqueo', entityType: 'usuario', entityId: user.id, details: { hasta: fresh.lockedUntil?.toISOString(), motivo: 'cambio de contraseña' }, actor: principal });
        return lock ? fresh.lockedUntil : null;
      });
      if (locked) throw new LockedError(lockedMessage(locked));
      throw new ValidationError([{ path: 'actual', message: 'La contraseña actual no es correcta.' }]);
    }
    const problems = passwordProblems(next, user.email);
    if (current === next) problems.push('La contraseña nueva debe ser distinta de la actual.');
    if (problems.length) throw new ValidationError(problems.map((message) => ({ path: 'nueva', message })));
    const hash = await this.crypto.hashPassword(next);
    const now = this.clock.now();
    await this.db.tx(async (em) => {
      await em.getRepository(UserEntity).update({ id: user.id }, { passwordHash: hash, mustChangePassword: false, passwordChangedAt: now });
      // Other sessions end: whoever knew the old password is signed out everywhere else.
      await em
        .getRepository(SessionEntity)
        .createQueryBuilder()
        .update()
        .set({ revokedAt: now })
        .where('userId = :id AND tokenHash <> :current AND revokedAt IS NULL', { id: user.id, current: principal.sessionId })
        .execute();
      await this.audit.record({ action: 'usuario.cambio_contrasena', entityType: 'usuario', entityId: user.id, actor: principal });
    });
  }

  async principalFor(user: UserEntity, sessionId: string): Promise<UserPrincipal> {
    let reviewScope: UserPrincipal['reviewScope'] = [];
    if (user.role === 'REVISOR' || user.role === 'ADMIN') {
      reviewScope = user.role === 'ADMIN' || user.reviewAllEntes
        ? 'all'
        : (await this.db.run((em) => em.getRepository(UserReviewEnteEntity).find({ where: { userId: user.id } }))).map((r) => r.enteId);
    }
    return {
      kind: 'user',
      userId: user.id,
      email: user.email,
      name: user.nombre,
      role: user.role as UserRole,
      enteId: user.enteId,
      reviewScope,
      sessionId,
      mustChangePassword: user.mustChangePassword,
    };
  }

  private getDummyHash(): Promise<string> {
    this.dummyHash ??= this.crypto.hashPassword(this.crypto.randomToken(16));
    return this.dummyHash;
  }
}

function anonymous(email: string) {
  return { kind: 'system' as const, name: `inicio de sesión: ${email}` };
}

function lockedMessage(until: Date): string {
  const time = until.toLocaleTimeString('es-MX', { hour: '2-digit', minute: '2-digit', timeZone: 'America/Mexico_City' });
  return `La cuenta está bloqueada temporalmente por varios intentos fallidos. Intente de nuevo después de las ${time} (hora del centro de México) o pida a la administración que la desbloquee.`;
}
