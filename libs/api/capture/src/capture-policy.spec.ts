import type { Principal, UserPrincipal } from '@pde/api/core';
import type { RecordPermission, UserRole } from '@pde/shared/contracts';
import { canCapture, canReview, canView, deriveStatus, permissions, type RecordFacts } from './capture-policy';

const ENTE = 7;
const OTHER_ENTE = 8;
const CAPTURISTA_ID = 10;

/** Factory: a signed-in person. */
function user(role: UserRole, overrides: Partial<UserPrincipal> = {}): UserPrincipal {
  return {
    kind: 'user',
    userId: 100 + role.length,
    email: `${role.toLowerCase()}@pruebas.gob.mx`,
    name: role,
    role,
    enteId: null,
    reviewScope: [],
    sessionId: 'sesion',
    mustChangePassword: false,
    ...overrides,
  };
}

const PEOPLE: Record<string, Principal> = {
  capturista: user('CAPTURISTA', { userId: CAPTURISTA_ID, enteId: ENTE }),
  capturistaOtroEnte: user('CAPTURISTA', { userId: 11, enteId: OTHER_ENTE }),
  revisor: user('REVISOR', { userId: 20, reviewScope: [ENTE] }),
  revisorOtroEnte: user('REVISOR', { userId: 21, reviewScope: [OTHER_ENTE] }),
  revisorTodos: user('REVISOR', { userId: 22, reviewScope: 'all' }),
  admin: user('ADMIN', { userId: 30, reviewScope: 'all' }),
  consulta: user('CONSULTA', { userId: 40 }),
  consultaOtroEnte: user('CONSULTA', { userId: 41, enteId: OTHER_ENTE }),
  consumidor: { kind: 'consumer', consumerId: 1, consumerName: 'PDN', role: 'publico', systems: ['S2'] },
  sistema: { kind: 'system', name: 'pruebas' },
};

/** Factory: the facts of a record of ENTE, in the given situation. */
const SITUATIONS: Record<string, RecordFacts> = {
  borrador: { enteId: ENTE, status: 'BORRADOR', workingState: 'BORRADOR', hasPublished: false, workingAuthorUserIds: [CAPTURISTA_ID] },
  enRevision: { enteId: ENTE, status: 'EN_REVISION', workingState: 'EN_REVISION', hasPublished: false, workingAuthorUserIds: [CAPTURISTA_ID] },
  rechazado: { enteId: ENTE, status: 'RECHAZADO', workingState: 'RECHAZADO', hasPublished: false, workingAuthorUserIds: [CAPTURISTA_ID] },
  publicado: { enteId: ENTE, status: 'PUBLICADO', workingState: null, hasPublished: true, workingAuthorUserIds: [] },
  publicadoConBorrador: { enteId: ENTE, status: 'BORRADOR', workingState: 'BORRADOR', hasPublished: true, workingAuthorUserIds: [CAPTURISTA_ID] },
  publicadoConCambiosEnRevision: { enteId: ENTE, status: 'EN_REVISION', workingState: 'EN_REVISION', hasPublished: true, workingAuthorUserIds: [CAPTURISTA_ID] },
  bajaPublicado: { enteId: ENTE, status: 'BAJA', workingState: null, hasPublished: true, workingAuthorUserIds: [] },
  bajaBorrador: { enteId: ENTE, status: 'BAJA', workingState: 'BORRADOR', hasPublished: false, workingAuthorUserIds: [CAPTURISTA_ID] },
};

/** The permissions table: situation × person → actions offered. */
const TABLE: [string, string, RecordPermission[]][] = [
  ['borrador', 'capturista', ['edit', 'submit', 'baja']],
  ['borrador', 'capturistaOtroEnte', []],
  ['borrador', 'revisor', ['baja']],
  ['borrador', 'revisorOtroEnte', []],
  ['borrador', 'admin', ['edit', 'submit', 'baja']],
  ['borrador', 'consulta', []],
  ['enRevision', 'capturista', ['baja']],
  ['enRevision', 'revisor', ['approve', 'reject', 'baja']],
  ['enRevision', 'revisorTodos', ['approve', 'reject', 'baja']],
  ['enRevision', 'revisorOtroEnte', []],
  ['enRevision', 'admin', ['approve', 'reject', 'baja']],
  ['enRevision', 'consulta', []],
  ['rechazado', 'capturista', ['edit', 'baja']],
  ['rechazado', 'revisor', ['baja']],
  ['publicado', 'capturista', ['edit']],
  ['publicado', 'capturistaOtroEnte', []],
  ['publicado', 'revisor', ['baja']],
  ['publicado', 'admin', ['edit', 'baja']],
  ['publicado', 'consulta', []],
  ['publicadoConBorrador', 'capturista', ['edit', 'submit']],
  ['publicadoConBorrador', 'revisor', ['baja']],
  ['publicadoConCambiosEnRevision', 'capturista', []],
  ['publicadoConCambiosEnRevision', 'revisor', ['approve', 'reject', 'baja']],
  ['bajaPublicado', 'capturista', []],
  ['bajaPublicado', 'revisor', ['restore']],
  ['bajaPublicado', 'revisorOtroEnte', []],
  ['bajaPublicado', 'admin', ['restore']],
  ['bajaBorrador', 'capturista', []],
  ['bajaBorrador', 'revisor', ['restore']],
  ['publicado', 'consumidor', []],
  ['enRevision', 'sistema', ['approve', 'reject', 'baja']],
];

describe('capture policy', () => {
  it.each(TABLE)('%s, %s → %j', (situation, person, expected) => {
    expect(permissions(PEOPLE[person], SITUATIONS[situation])).toEqual(expected);
  });

  it('four-eyes rule: whoever captured or edited the version under review is not offered approve or reject', () => {
    const admin = PEOPLE['admin'] as UserPrincipal;
    expect(permissions(admin, { ...SITUATIONS['enRevision'], workingAuthorUserIds: [CAPTURISTA_ID, admin.userId] })).toEqual(['baja']);
    const revisor = PEOPLE['revisor'] as UserPrincipal;
    expect(permissions(revisor, { ...SITUATIONS['enRevision'], workingAuthorUserIds: [revisor.userId] })).toEqual(['baja']);
  });

  it.each([
    ['capturista', true, true, false],
    ['capturistaOtroEnte', false, false, false],
    ['revisor', true, false, true],
    ['revisorOtroEnte', false, false, false],
    ['revisorTodos', true, false, true],
    ['admin', true, true, true],
    ['consulta', true, false, false],
    ['consultaOtroEnte', false, false, false],
    ['consumidor', false, false, false],
    ['sistema', true, true, true],
  ])('%s: view %s, capture %s, review %s (record of the ente)', (person, view, capture, review) => {
    const p = PEOPLE[person];
    expect([canView(p, ENTE), canCapture(p, ENTE), canReview(p, ENTE)]).toEqual([view, capture, review]);
  });

  it('a capturista without an ente captures for none', () => {
    const orphan = user('CAPTURISTA', { enteId: null });
    expect([canView(orphan, ENTE), canCapture(orphan, ENTE)]).toEqual([false, false]);
  });

  it('a revisor with an empty list reviews nothing', () => {
    const none = user('REVISOR', { reviewScope: [] });
    expect([canView(none, ENTE), canReview(none, ENTE)]).toEqual([false, false]);
  });

  it.each([
    [{ withdrawn: true, workingState: 'EN_REVISION', hasPublished: true }, 'BAJA'],
    [{ withdrawn: false, workingState: 'BORRADOR', hasPublished: true }, 'BORRADOR'],
    [{ withdrawn: false, workingState: 'EN_REVISION', hasPublished: false }, 'EN_REVISION'],
    [{ withdrawn: false, workingState: 'RECHAZADO', hasPublished: true }, 'RECHAZADO'],
    [{ withdrawn: false, workingState: null, hasPublished: true }, 'PUBLICADO'],
    [{ withdrawn: false, workingState: null, hasPublished: false }, 'BORRADOR'],
  ] as const)('deriveStatus(%j) = %s', (facts, status) => {
    expect(deriveStatus(facts)).toBe(status);
  });
});
