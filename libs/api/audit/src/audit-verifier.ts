import { Injectable } from '@nestjs/common';
import { CryptoService, Db } from '@pde/api/core';
import { AuditChainHeadEntity, AuditEntryEntity } from './audit-entry.entity';
import { GENESIS_HASH, hashedContent } from './audit.service';

export interface AuditVerification {
  ok: boolean;
  entries: number;
  headHash: string;
  problems: string[];
}

/** Recomputes the whole chain in id order; any edited, inserted or deleted row is reported. */
@Injectable()
export class AuditVerifier {
  constructor(private readonly db: Db, private readonly crypto: CryptoService) {}

  async verify(batchSize = 5000): Promise<AuditVerification> {
    const problems: string[] = [];
    let previousHash = GENESIS_HASH;
    let expectedId = 1;
    let count = 0;
    for (;;) {
      const batch = await this.db.run((em) =>
        em.getRepository(AuditEntryEntity).createQueryBuilder('a').where('a.id >= :from', { from: expectedId }).orderBy('a.id', 'ASC').take(batchSize).getMany(),
      );
      for (const entry of batch) {
        if (entry.id !== expectedId) problems.push(`Faltan las entradas ${expectedId} a ${entry.id - 1} (fueron borradas).`);
        if (entry.prevHash !== previousHash) problems.push(`La entrada ${entry.id} no encadena con la anterior (hash previo alterado).`);
        const hash = this.crypto.sha256(`${entry.prevHash}\n${hashedContent(entry)}`);
        if (hash !== entry.hash) problems.push(`El contenido de la entrada ${entry.id} fue modificado.`);
        previousHash = entry.hash;
        expectedId = entry.id + 1;
        count++;
      }
      if (batch.length < batchSize) break;
    }
    const head = await this.db.run((em) => em.getRepository(AuditChainHeadEntity).findOne({ where: { id: 1 } }));
    if (head && (head.lastId !== expectedId - 1 || head.lastHash !== previousHash)) {
      problems.push(`El final de la cadena no coincide: se esperaba la entrada ${head.lastId}; las últimas entradas fueron borradas o alteradas.`);
    }
    if (!head && count > 0) problems.push('Falta el registro del final de la cadena.');
    return { ok: problems.length === 0, entries: count, headHash: previousHash, problems };
  }
}
