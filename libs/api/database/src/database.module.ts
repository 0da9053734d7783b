import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { PdeConfig } from '@pde/api/core';
import { dataSourceOptions, detectMysqlFlavor } from './data-source';

/** The TypeORM connection for the configured engine. Migrations are run by the startup tasks and the CLI. */
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [PdeConfig],
      useFactory: async (config: PdeConfig) => ({
        ...dataSourceOptions(config.database, await detectMysqlFlavor(config.database)),
        migrationsRun: false,
        logging: ['error'],
      }),
    }),
  ],
})
export class DatabaseModule {}
