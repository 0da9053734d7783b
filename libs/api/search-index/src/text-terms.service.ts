import { Injectable } from '@nestjs/common';
import { Db, type SnapshotReader } from '@pde/api/core';
import { escapeLike, fold, LIKE_ESCAPE, spanishSortKey } from '@pde/shared/contracts';
import type { EntityManager } from 'typeorm';
import { TextTermEntity } from './text-term.entity';

/** Ranks stay below 2^53 so both drivers return them as exact JavaScript numbers. */
export const MAX_RANK = 2 ** 53 - 2;
/** Rank stored for a missing value: after every real text, as SPEC §5.3 wants missing values last. */
export const MISSING_RANK = 2 ** 53 - 1;

/** Above this many matching texts a rank list is expressed as a subquery instead of literals. */
export const INLINE_RANKS = 2000;

/** Characters of a dictionary text (`text_terms.value`, a VARCHAR(255) inside a unique index). */
export const TERM_LENGTH = 255;

/** The dictionary text standing for `value`: at most TERM_LENGTH characters (code points). */
function termOf(value: string): string {
  return value.length <= TERM_LENGTH ? value : [...value].slice(0, TERM_LENGTH).join('');
}

export type TermDomain = 'name' | 'institution' | 'position' | 'company';

/** A column of a read-model table that stores ranks of a domain (rewritten on rebalance). */
export interface RankColumn {
  domain: TermDomain;
  table: string;
  column: string;
}

@Injectable()
export class TextTermsService {
  private readonly rankColumns: RankColumn[] = [];
  /** Overridable in tests to force rebalancing with few terms. */
  maxRank = MAX_RANK;

  constructor(private readonly db: Db) {}

  get dialect() {
    return this.db.dialect;
  }

  registerRankColumn(column: RankColumn) {
    if (!this.rankColumns.some((c) => c.table === column.table && c.column === column.column)) this.rankColumns.push(column);
  }

  /** Ranks of the given texts, creating the missing ones (inside the caller's transaction). */
  async ranks(em: EntityManager, domain: TermDomain, values: readonly (string | undefined | null)[]): Promise<Map<string, number>> {
    const distinct = [...new Set(values.filter((v): v is string => !!v))];
    if (distinct.length === 0) return new Map<string, number>();
    if (distinct.some((v) => termOf(v) !== v)) {
      // Texts longer than a term (S3 allows 1000-character names) share the rank of their first
      // TERM_LENGTH characters: they tie in the order (then `id` decides) and are found by those.
      const byTerm = await this.ranks(em, domain, distinct.map(termOf));
      return new Map(distinct.map((v) => [v, byTerm.get(termOf(v)) as number]));
    }
    const repo = em.getRepository(TextTermEntity);
    const read = async () => {
      const found = new Map<string, number>();
      for (let i = 0; i < distinct.length; i += 500) {
        const chunk = distinct.slice(i, i + 500);
        const rows = await repo.createQueryBuilder('t').select(['t.value', 't.sortRank']).where('t.domain = :domain AND t.value IN (:...chunk)', { domain, chunk }).getMany();
        for (const t of rows) found.set(t.value, Number(t.sortRank));
      }
      return found;
    };
    const result = await read();
    const missing = distinct.filter((v) => !result.has(v)).map((value) => ({ value, sortKey: spanishSortKey(value) }));
    missing.sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : a.value < b.value ? -1 : 1));
    let rebalanced = false;
    for (const term of missing) {
      const inserted = await this.insert(em, domain, term.value, term.sortKey);
      result.set(term.value, inserted.rank);
      rebalanced ||= inserted.rebalanced;
    }
    // A rebalance renumbers the whole domain: ranks read or assigned before it are stale, and rows
    // written with them would sort out of place. Read them all again.
    return rebalanced ? read() : result;
  }

  /** Ranks of the texts of a domain whose folded form contains `fold(filter)` (SPEC §5.1). */
  async matching(reader: SnapshotReader, domain: TermDomain, filter: string): Promise<number[]> {
    const needle = fold(filter);
    if (!needle) return [];
    const rows = await reader.all<{ sortRank: number | string }>(
      `SELECT sortRank FROM text_terms WHERE domain = ? AND folded LIKE ? ${LIKE_ESCAPE}`,
      [domain, `%${escapeLike(needle)}%`],
    );
    return rows.map((r) => Number(r.sortRank));
  }

  /**
   * SQL condition «`column` holds a text of `domain` containing `filter`» (SPEC §5.1), or null when
   * no text matches (the filter then matches nothing). Short rank lists are inlined; long ones
   * become a subquery on the dictionary.
   */
  async rankCondition(reader: SnapshotReader, domain: TermDomain, column: string, filter: string): Promise<{ sql: string; params: unknown[] } | null> {
    const ranks = await this.matching(reader, domain, filter);
    if (ranks.length === 0) return null;
    if (ranks.length <= INLINE_RANKS) return { sql: `${column} IN (${ranks.map(() => '?').join(',')})`, params: ranks };
    return { sql: `${column} IN (SELECT sortRank FROM text_terms WHERE domain = ? AND folded LIKE ? ${LIKE_ESCAPE})`, params: [domain, `%${escapeLike(fold(filter))}%`] };
  }

  private async insert(em: EntityManager, domain: TermDomain, value: string, sortKey: string): Promise<{ rank: number; rebalanced: boolean }> {
    for (let attempt = 0; attempt < 2; attempt++) {
      const before = await this.neighbour(em, domain, sortKey, value, 'before');
      const after = await this.neighbour(em, domain, sortKey, value, 'after');
      const low = before ?? 0;
      const high = after ?? this.maxRank;
      if (high - low >= 2) {
        // Appending (the common case when names arrive in order) takes a fixed step instead of
        // halving the remaining space, so the gap at the end lasts.
        const step = after !== undefined ? Math.floor((high - low) / 2) : Math.min(Math.floor((high - low) / 2), 2 ** 32);
        const rank = low + step;
        await em.getRepository(TextTermEntity).insert({ domain, value, folded: [...fold(value)].slice(0, TERM_LENGTH).join(''), sortKey, sortRank: rank });
        return { rank, rebalanced: attempt > 0 };
      }
      await this.rebalance(em, domain);
    }
    throw new Error(`No se pudo asignar orden al texto en el dominio ${domain}`);
  }

  /**
   * Rank of the text right before (or after) `(sortKey, value)` in the domain's order, if any. Each
   * query walks the `(domain, sortKey)` index for one key: an OR over `(sortKey, value)` would make
   * both engines sort half the domain for every new text, which is quadratic in bulk loads.
   */
  private async neighbour(em: EntityManager, domain: TermDomain, sortKey: string, value: string, side: 'before' | 'after'): Promise<number | undefined> {
    const [cmp, pick, order] = side === 'before' ? ['<', 'MAX', 'DESC'] : ['>', 'MIN', 'ASC'];
    // Texts with the very same key (rare: they differ only in ignorable characters) are ordered by value.
    const [tie] = await em.query(`SELECT ${pick}(sortRank) AS r FROM text_terms WHERE domain = ? AND sortKey = ? AND value ${cmp} ?`, [domain, sortKey, value]);
    if (tie?.r !== null && tie?.r !== undefined) return Number(tie.r);
    const [next] = await em.query(`SELECT sortKey AS k FROM text_terms WHERE domain = ? AND sortKey ${cmp} ? ORDER BY sortKey ${order} LIMIT 1`, [domain, sortKey]);
    if (!next) return undefined;
    const [edge] = await em.query(`SELECT ${pick}(sortRank) AS r FROM text_terms WHERE domain = ? AND sortKey = ?`, [domain, next.k]);
    return Number(edge.r);
  }

  /**
   * Spreads the ranks of a domain evenly and rewrites every registered column that stores them.
   * Rare: only when many texts were inserted between the same two neighbours.
   */
  async rebalance(em: EntityManager, domain: TermDomain): Promise<void> {
    const terms: { id: number; sortRank: number | string }[] = await em.query(
      'SELECT id, sortRank FROM text_terms WHERE domain = ? ORDER BY sortKey ASC, value ASC',
      [domain],
    );
    const stride = Math.floor(this.maxRank / (terms.length + 2));
    const map = terms.map((t, i) => ({ old: Number(t.sortRank), next: (i + 1) * stride })).filter((m) => m.old !== m.next);
    if (map.length === 0) return;
    const temporary = this.db.dialect === 'mysql' ? 'TEMPORARY TABLE' : 'TEMP TABLE';
    // A temporary table: on MySQL a regular CREATE TABLE would commit the transaction implicitly.
    await em.query(`CREATE ${temporary} rank_map (old_rank BIGINT PRIMARY KEY, new_rank BIGINT NOT NULL)`);
    try {
      for (let i = 0; i < map.length; i += 500) {
        const chunk = map.slice(i, i + 500);
        await em.query(`INSERT INTO rank_map (old_rank, new_rank) VALUES ${chunk.map(() => '(?, ?)').join(', ')}`, chunk.flatMap((m) => [m.old, m.next]));
      }
      // Negative first, then flipped: old and new values of different texts never collide.
      await this.remap(em, 'text_terms', 'sortRank', '-m.new_rank', `domain = '${domain}'`);
      await em.query('UPDATE text_terms SET sortRank = -sortRank WHERE domain = ? AND sortRank < 0', [domain]);
      for (const c of this.rankColumns.filter((rc) => rc.domain === domain)) await this.remap(em, c.table, c.column, 'm.new_rank');
    } finally {
      await em.query(this.db.dialect === 'mysql' ? 'DROP TEMPORARY TABLE IF EXISTS rank_map' : 'DROP TABLE IF EXISTS temp.rank_map');
    }
  }

  /** `column := f(rank_map)` for rows whose value is an old rank (MySQL cannot reopen a temporary table). */
  private async remap(em: EntityManager, table: string, column: string, expression: string, condition?: string) {
    if (this.db.dialect === 'mysql') {
      await em.query(`UPDATE ${table} t JOIN rank_map m ON t.${column} = m.old_rank SET t.${column} = ${expression}${condition ? ` WHERE t.${condition}` : ''}`);
    } else {
      const value = `(SELECT ${expression.replace(/m\./g, '')} FROM rank_map m WHERE m.old_rank = ${table}.${column})`;
      await em.query(`UPDATE ${table} SET ${column} = ${value} WHERE ${column} IN (SELECT old_rank FROM rank_map)${condition ? ` AND ${condition}` : ''}`);
    }
  }
}
