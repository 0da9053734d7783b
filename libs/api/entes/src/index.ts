export * from './ente.entity';
export * from './entes.service';
export * from './entes.module';
