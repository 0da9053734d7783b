export * from './curp';
export * from './rfc';
