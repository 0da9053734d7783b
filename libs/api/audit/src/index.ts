export * from './audit-entry.entity';
export * from './audit.service';
export * from './audit-query.service';
export * from './audit-verifier';
export * from './audit.module';
