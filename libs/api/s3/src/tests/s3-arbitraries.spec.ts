import { S3_COLLECTIONS, S3_SCHEMAS, validate } from '@pde/shared/contracts';
import { sampleS3Data } from './s3-arbitraries';

/** The generated records are what publication accepts: valid, already normalised (SPEC §3.7, §3.8). */
describe('S3 record arbitraries (test support)', () => {
  it.each(S3_COLLECTIONS)('%s: 200 records validate without errors and come back unchanged', (collection) => {
    for (const data of sampleS3Data(collection, 200, 20261123)) {
      const result = validate(S3_SCHEMAS[collection], data, { today: '2026-06-01' });
      expect(result.errors).toEqual([]);
      expect(result.value).toEqual(data);
    }
  });
});
