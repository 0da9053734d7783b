export * from './portal.service';
export * from './portal.module';
