import { maskForRole, S2_RECORD_SCHEMA, type ReaderRole, type S2ApiRecord, type S2RecordData } from '@pde/shared/contracts';

/** `YYYY-MM-DDTHH:MM:SSZ` (SPEC §2.6 `fechaCaptura`). */
export function toFechaCaptura(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The S2 v1.1 record (SPEC §2.6): system fields first, then the captured content in standard order. */
export function s2ApiDocument(id: string, fechaCaptura: string, data: S2RecordData): S2ApiRecord {
  return { id, fechaCaptura, ...data };
}

/** Serialises a stored (confidential) document for a role; `publico` loses rfc/curp (SPEC §1.3.4). */
export function serializeForRole(storedJson: string, role: ReaderRole): string {
  if (role === 'confidencial') return storedJson;
  return JSON.stringify(maskForRole(S2_RECORD_SCHEMA, JSON.parse(storedJson) as S2ApiRecord, role));
}

export function procedureMask(claves: readonly number[]): number {
  return claves.reduce((mask, clave) => (clave >= 1 && clave <= 5 ? mask | (1 << (clave - 1)) : mask), 0);
}

/** Every mask value 1..31 that shares a bit with `mask` (any-of semantics, index-friendly IN list). */
export function masksIntersecting(mask: number): number[] {
  const out: number[] = [];
  for (let m = 1; m < 32; m++) if (m & mask) out.push(m);
  return out;
}
