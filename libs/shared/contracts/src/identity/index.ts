export * from './curp';
export * from './rfc';
export * from './record-id';
