export * from './text-term.entity';
export * from './text-terms.service';
export * from './search-index.module';
export * from './page-anchors';
