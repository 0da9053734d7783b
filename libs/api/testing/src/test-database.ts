import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A throwaway database for one test file: a temporary SQLite file, or — with PDE_TEST_DB=mysql —
 * a new database on the server of PDE_TEST_MYSQL_URL (root access to create and drop databases).
 */
export interface TestDatabase {
  engine: 'sqlite' | 'mysql';
  url: string;
  drop(): Promise<void>;
}

export function testEngine(): 'sqlite' | 'mysql' {
  return process.env['PDE_TEST_DB'] === 'mysql' ? 'mysql' : 'sqlite';
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const suffix = randomBytes(6).toString('hex');
  if (testEngine() === 'sqlite') {
    const path = join(tmpdir(), `pde-test-${suffix}.sqlite`);
    return {
      engine: 'sqlite',
      url: `sqlite:${path}`,
      drop: async () => {
        for (const ext of ['', '-wal', '-shm', '-journal']) rmSync(`${path}${ext}`, { force: true });
      },
    };
  }
  const server = process.env['PDE_TEST_MYSQL_URL'];
  if (!server) throw new Error('PDE_TEST_DB=mysql requiere PDE_TEST_MYSQL_URL (por ejemplo mysql://root@127.0.0.1:3306)');
  const name = `pde_t_${suffix}`;
  const { createConnection } = await import('mysql2/promise');
  const admin = await createConnection(server);
  await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    engine: 'mysql',
    url: url.toString(),
    drop: async () => {
      const conn = await createConnection(server);
      await conn.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await conn.end();
    },
  };
}
