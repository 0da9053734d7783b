export * from './user.entity';
export * from './auth.service';
export * from './users.service';
export * from './password-policy';
export * from './sessions';
export * from './auth.module';
