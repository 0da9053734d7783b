export * from './entities';
export * from './data-source';
export * from './migration-tools';
export * from './database.module';
