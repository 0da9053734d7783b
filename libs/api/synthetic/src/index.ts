export * from './random';
export * from './mexican-names';
export * from './identity-generator';
export * from './public-bodies';
