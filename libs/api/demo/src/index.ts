export * from './demo-data';
export * from './demo.service';
export * from './demo.module';
