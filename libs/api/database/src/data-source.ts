import type { DatabaseTarget } from '@pde/api/core';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DataSourceOptions } from 'typeorm';
import { ALL_ENTITIES } from './entities';
import { MYSQL_MIGRATIONS } from './migrations/mysql';
import { SQLITE_MIGRATIONS } from './migrations/sqlite';

/**
 * TypeORM options for either engine. Schema changes only through versioned migrations: never
 * `synchronize`. Dates are stored in UTC on both engines.
 */
export function dataSourceOptions(target: DatabaseTarget, flavor: 'mysql' | 'mariadb' = 'mysql'): DataSourceOptions {
  if (target.type === 'sqlite') {
    mkdirSync(dirname(target.path), { recursive: true });
    return {
      type: 'better-sqlite3',
      database: target.path,
      entities: ALL_ENTITIES,
      migrations: SQLITE_MIGRATIONS,
      migrationsTableName: 'migrations',
      synchronize: false,
      prepareDatabase: (db: { pragma(sql: string): unknown }) => {
        // WAL: the PDN read path uses a second, read-only connection that never waits for writers.
        db.pragma('journal_mode = WAL');
        db.pragma('synchronous = NORMAL');
        db.pragma('foreign_keys = ON');
        db.pragma('busy_timeout = 10000');
      },
    };
  }
  return {
    // TypeORM reads MariaDB's catalog differently (defaults, NULL): the right flavour keeps the drift check exact.
    type: flavor,
    url: target.url,
    entities: ALL_ENTITIES,
    migrations: MYSQL_MIGRATIONS,
    migrationsTableName: 'migrations',
    synchronize: false,
    timezone: 'Z',
    charset: 'utf8mb4_bin',
    supportBigNumbers: true,
    bigNumberStrings: false,
    extra: { connectionLimit: 20, decimalNumbers: false },
  };
}

/** MySQL or MariaDB, asked to the server itself (a `mysql://` URL may point to either). */
export async function detectMysqlFlavor(target: DatabaseTarget): Promise<'mysql' | 'mariadb'> {
  if (target.type !== 'mysql') return 'mysql';
  const { createConnection } = await import('mysql2/promise');
  const connection = await createConnection(target.url);
  try {
    const [rows] = await connection.query('SELECT VERSION() AS v');
    return /mariadb/i.test(String((rows as { v: string }[])[0]?.v)) ? 'mariadb' : 'mysql';
  } finally {
    await connection.end();
  }
}
