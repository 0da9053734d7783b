import type { CanMatchFn, ResolveFn, Routes } from '@angular/router';
import { S3_COLLECTION_LABELS, isS3Collection } from '@pde/shared/contracts';
import { provideSpanishPaginator } from '@pde/web/portal/ui';
import { S3HomePage } from './s3-home-page';
import { S3RecordPage } from './s3-record-page';
import { S3SearchPage } from './s3-search-page';

/** Only the four collection names of the PDN; any other address under /s3 is the 404 page. */
export const isCollectionSegment: CanMatchFn = (_route, segments) => isS3Collection(segments[0]?.path);

const collectionTitle: ResolveFn<string> = (route) => {
  const collection = route.paramMap.get('coleccion');
  return isS3Collection(collection) ? S3_COLLECTION_LABELS[collection] : 'Sancionados';
};

/** Children of `/s3` (public addresses: keep them stable). */
export const S3_ROUTES: Routes = [
  {
    path: '',
    providers: [provideSpanishPaginator()],
    children: [
      { path: '', pathMatch: 'full', title: 'Servidores públicos y particulares sancionados', component: S3HomePage },
      { path: 'servidores', title: 'Servidores públicos sancionados', component: S3HomePage, data: { group: 'servidores' } },
      { path: 'particulares', title: 'Particulares sancionados', component: S3HomePage, data: { group: 'particulares' } },
      {
        path: ':coleccion',
        canMatch: [isCollectionSegment],
        children: [
          { path: '', pathMatch: 'full', title: collectionTitle, component: S3SearchPage },
          { path: ':id', title: 'Ficha de la sanción (S3)', component: S3RecordPage },
        ],
      },
    ],
  },
];
