import type { Principal, UserPrincipal } from '@pde/api/core';
import type { RecordPermission, RecordState } from '@pde/shared/contracts';

/**
 * Who may do what with a record, decided only from the session's principal and the record's
 * ente and state — never from anything in the request body. Pure functions, unit-tested.
 */
export interface RecordFacts {
  enteId: number;
  status: RecordState;
  workingState: 'BORRADOR' | 'EN_REVISION' | 'RECHAZADO' | null;
  hasPublished: boolean;
  /** People who captured the version under review: its creator and whoever edited it (four-eyes rule). */
  workingAuthorUserIds: readonly number[];
}

export function canView(p: Principal, enteId: number): boolean {
  if (p.kind === 'system') return true;
  if (p.kind !== 'user') return false;
  switch (p.role) {
    case 'ADMIN':
      return true;
    case 'CAPTURISTA':
      return p.enteId === enteId;
    case 'REVISOR':
      return inReviewScope(p, enteId);
    case 'CONSULTA':
      return p.enteId === null || p.enteId === enteId;
  }
}

export function inReviewScope(p: UserPrincipal, enteId: number): boolean {
  return p.reviewScope === 'all' || p.reviewScope.includes(enteId);
}

/** Who may create records for an ente: its capturistas, and the administrator. */
export function canCapture(p: Principal, enteId: number): boolean {
  if (p.kind === 'system') return true;
  return p.kind === 'user' && ((p.role === 'CAPTURISTA' && p.enteId === enteId) || p.role === 'ADMIN');
}

export function canReview(p: Principal, enteId: number): boolean {
  if (p.kind === 'system') return true;
  return p.kind === 'user' && (p.role === 'ADMIN' || (p.role === 'REVISOR' && inReviewScope(p, enteId)));
}

/** Actions available now; the service re-checks each one when it is requested. */
export function permissions(p: Principal, r: RecordFacts): RecordPermission[] {
  const out: RecordPermission[] = [];
  const withdrawn = r.status === 'BAJA';
  if (!withdrawn && canCapture(p, r.enteId) && r.workingState !== 'EN_REVISION') out.push('edit');
  if (!withdrawn && canCapture(p, r.enteId) && r.workingState === 'BORRADOR') out.push('submit');
  const author = p.kind === 'user' && r.workingAuthorUserIds.includes(p.userId);
  if (!withdrawn && canReview(p, r.enteId) && r.workingState === 'EN_REVISION' && !author) out.push('approve', 'reject');
  if (!withdrawn && (canReview(p, r.enteId) || (canCapture(p, r.enteId) && !r.hasPublished))) out.push('baja');
  if (withdrawn && canReview(p, r.enteId)) out.push('restore');
  return out;
}

export function deriveStatus(r: Pick<RecordFacts, 'workingState' | 'hasPublished'> & { withdrawn: boolean }): RecordState {
  if (r.withdrawn) return 'BAJA';
  if (r.workingState) return r.workingState;
  return r.hasPublished ? 'PUBLICADO' : 'BORRADOR';
}
