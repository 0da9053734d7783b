import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { AsyncLocalStorage } from 'node:async_hooks';
import BetterSqlite3 from 'better-sqlite3';
import { DataSource, type EntityManager, type EntityTarget, type ObjectLiteral, type Repository } from 'typeorm';
import { Mutex } from './mutex';

export type Dialect = 'sqlite' | 'mysql';

/** Rows read inside one consistent snapshot (SPEC G4: a count and its page come from one read). */
export interface SnapshotReader {
  all<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T[]>;
}

/**
 * The one gateway to the database. Repositories call `run` (or `tx` for writes); inside a
 * transaction every call reuses the transaction's EntityManager automatically.
 *
 * SQLite has a single connection shared by TypeORM, so transactions (and the reads that must not
 * see another transaction half done) are serialised with a mutex. The PDN read path uses a
 * second, read-only SQLite connection instead, which sees only committed data (WAL mode).
 */
@Injectable()
export class Db implements OnApplicationShutdown {
  readonly dialect: Dialect;
  private readonly txStorage = new AsyncLocalStorage<EntityManager>();
  private readonly sqliteMutex = new Mutex();
  private readonly sqliteReaderMutex = new Mutex();
  private sqliteReader: BetterSqlite3.Database | undefined;
  private readonly statementCache = new Map<string, BetterSqlite3.Statement>();
  /** Benchmark instrumentation: time spent in each snapshot query, in ms. */
  private queryObserver: ((ms: number, sql: string) => void) | undefined;

  constructor(readonly dataSource: DataSource) {
    this.dialect = dataSource.options.type === 'better-sqlite3' ? 'sqlite' : 'mysql'; // 'mysql' covers MariaDB too
  }

  /** Runs `fn` with the current transaction's manager, or a serialised plain manager. */
  run<T>(fn: (em: EntityManager) => Promise<T>): Promise<T> {
    const current = this.txStorage.getStore();
    if (current) return fn(current);
    if (this.dialect === 'sqlite') return this.sqliteMutex.run(() => fn(this.dataSource.manager));
    return fn(this.dataSource.manager);
  }

  /** Runs `fn` in a transaction (joins the current one if already inside). */
  tx<T>(fn: (em: EntityManager) => Promise<T>): Promise<T> {
    const current = this.txStorage.getStore();
    if (current) return fn(current);
    const start = () => this.dataSource.transaction((em) => this.txStorage.run(em, () => fn(em)));
    return this.dialect === 'sqlite' ? this.sqliteMutex.run(start) : start();
  }

  inTransaction(): boolean {
    return this.txStorage.getStore() !== undefined;
  }

  repo<E extends ObjectLiteral>(em: EntityManager, entity: EntityTarget<E>): Repository<E> {
    return em.getRepository(entity);
  }

  /** Raw SQL with `?` placeholders (same syntax on both engines). */
  query<T = Record<string, unknown>>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
    return this.run((em) => em.query(sql, params as unknown[]));
  }

  /** Reports the duration of every snapshot query (the benchmark compares API time with SQL time). */
  observeSnapshotQueries(observer: ((ms: number, sql: string) => void) | undefined) {
    this.queryObserver = observer;
  }

  private timed<T>(sql: string, run: () => T): T {
    if (!this.queryObserver) return run();
    const started = performance.now();
    const result = run();
    if (result instanceof Promise) {
      return result.finally(() => this.queryObserver?.(performance.now() - started, sql)) as T;
    }
    this.queryObserver(performance.now() - started, sql);
    return result;
  }

  /** Reads committed data in one consistent snapshot, without blocking writers. */
  async snapshot<T>(fn: (reader: SnapshotReader) => Promise<T>): Promise<T> {
    if (this.dialect === 'sqlite') {
      // One read transaction at a time on the read-only connection: it pins a WAL snapshot that
      // the writer connection's commits do not change until COMMIT.
      return this.sqliteReaderMutex.run(async () => {
        const db = this.reader();
        db.exec('BEGIN');
        try {
          return await fn({
            all: async <R>(sql: string, params: readonly unknown[] = []) => this.timed(sql, () => this.statement(sql).all(...(params as unknown[])) as R[]),
          });
        } finally {
          db.exec('COMMIT');
        }
      });
    }
    const runner = this.dataSource.createQueryRunner('slave');
    await runner.connect();
    try {
      await runner.query('START TRANSACTION WITH CONSISTENT SNAPSHOT, READ ONLY');
      try {
        return await fn({ all: <R>(sql: string, params: readonly unknown[] = []) => this.timed(sql, () => runner.query(sql, params as unknown[]) as Promise<R[]>) });
      } finally {
        await runner.query('COMMIT');
      }
    } finally {
      await runner.release();
    }
  }

  private reader(): BetterSqlite3.Database {
    if (!this.sqliteReader) {
      const path = this.dataSource.options.database as string;
      this.sqliteReader = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
      this.sqliteReader.pragma('busy_timeout = 5000');
    }
    return this.sqliteReader;
  }

  private statement(sql: string): BetterSqlite3.Statement {
    let statement = this.statementCache.get(sql);
    if (!statement) {
      statement = this.reader().prepare(sql);
      if (this.statementCache.size > 500) this.statementCache.clear();
      this.statementCache.set(sql, statement);
    }
    return statement;
  }

  async onApplicationShutdown(): Promise<void> {
    this.sqliteReader?.close();
    this.sqliteReader = undefined;
    this.statementCache.clear();
  }
}
