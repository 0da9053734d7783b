import { DataSource } from 'typeorm';
import { writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** SQL that would bring the database to the entities' schema (empty when there is no drift). */
export async function pendingSchemaChanges(dataSource: DataSource): Promise<{ up: string[]; down: string[] }> {
  const log = await dataSource.driver.createSchemaBuilder().log();
  return { up: log.upQueries.map((q) => q.query), down: log.downQueries.map((q) => q.query) };
}

/**
 * Writes a migration class with the pending changes (to be reviewed before committing). MySQL
 * tables get the binary collation: every comparison the application relies on is exact and
 * case-sensitive; folding and Spanish ordering are done in code (SPEC §5).
 */
export function writeMigration(directory: string, engine: 'sqlite' | 'mysql', name: string, changes: { up: string[]; down: string[] }, timestamp = Date.now()): string {
  const className = `${name.replace(/[^A-Za-z0-9]/g, '')}${timestamp}`;
  const adapt = (sql: string) =>
    engine === 'mysql' && /^CREATE TABLE/i.test(sql) && !/COLLATE=/i.test(sql) ? `${sql} DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin` : sql;
  const lines = (queries: string[]) => queries.map((q) => `    await queryRunner.query(${JSON.stringify(adapt(q))});`).join('\n');
  const file = `${timestamp}-${name}.ts`;
  const source = `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${lines(changes.up)}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${lines(changes.down)}
  }
}
`;
  writeFileSync(join(directory, file), source);
  const indexPath = join(directory, 'index.ts');
  const index = readFileSync(indexPath, 'utf8');
  const constant = engine === 'mysql' ? 'MYSQL_MIGRATIONS' : 'SQLITE_MIGRATIONS';
  const importLine = `import { ${className} } from './${file.replace(/\.ts$/, '')}';\n`;
  const updated = index
    .replace(/^(\/\/[^\n]*\n)/, `$1${importLine}`)
    .replace(new RegExp(`(export const ${constant}: Function\\[\\] = \\[)([^\\]]*)(\\];)`), (_m, a: string, b: string, c: string) => `${a}${b.trim() ? `${b.trim().replace(/,$/, '')}, ` : ''}${className}${c}`);
  writeFileSync(indexPath, updated);
  return file;
}
