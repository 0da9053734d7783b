import type { BulkItem } from '@pde/api/capture';
import { CryptoService } from '@pde/api/core';
import { S2LoaderService, s2RecordFactory } from '@pde/api/s2';

/** The S2 record factory, for API tests of libraries that S2 itself depends on (capture): no import cycle. */
export { s2RecordFactory };
import type { S2RecordData } from '@pde/shared/contracts';
import type { EnteEntity } from '@pde/api/entes';
import type { TestApp } from './test-app';

/** Publishes S2 records directly (as an import would), for tests of the PDN endpoints. */
export async function publishS2(
  t: TestApp,
  ente: EnteEntity,
  records: Partial<S2RecordData>[],
  options: { ids?: string[]; at?: Date } = {},
): Promise<{ id: string; data: S2RecordData }[]> {
  const crypto = t.get(CryptoService);
  const items: BulkItem[] = records.map((overrides, i) => ({
    id: options.ids?.[i] ?? crypto.uuid(),
    enteId: ente.id,
    data: s2RecordFactory({
      ...overrides,
      institucionDependencia: overrides.institucionDependencia ?? { nombre: ente.nombre, ...(ente.siglas ? { siglas: ente.siglas } : {}), clave: ente.clave },
    }) as unknown as Record<string, unknown>,
    state: 'PUBLICADO',
    at: options.at ?? new Date('2026-03-02T18:04:11Z'),
  }));
  await t.get(S2LoaderService).writePublished(items, 'pruebas');
  return items.map((i) => ({ id: i.id, data: i.data as unknown as S2RecordData }));
}
