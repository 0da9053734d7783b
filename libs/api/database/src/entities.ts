import { AuditChainHeadEntity, AuditEntryEntity } from '@pde/api/audit';
import { SessionEntity, UserEntity, UserReviewEnteEntity } from '@pde/api/auth';
import { KindStatsEntity, RecordEntity, RecordVersionEntity } from '@pde/api/capture';
import { SettingEntity } from '@pde/api/core';
import { EnteEntity } from '@pde/api/entes';
import { ApiConsumerEntity, ApiTokenEntity, PdnAccessLogEntity, UsedRefreshTokenEntity } from '@pde/api/interconnection';
import { S2PublishedEntity } from '@pde/api/s2';
import { S3_ENTITY_SCHEMAS, S3V1DocumentEntity, S3V1PublishedEntity } from '@pde/api/s3';
import { TextTermEntity } from '@pde/api/search-index';

/** Every entity of the application: the one list that migrations and the drift check compare against. */
export const ALL_ENTITIES = [
  SettingEntity,
  AuditEntryEntity,
  AuditChainHeadEntity,
  EnteEntity,
  UserEntity,
  UserReviewEnteEntity,
  SessionEntity,
  RecordEntity,
  RecordVersionEntity,
  KindStatsEntity,
  TextTermEntity,
  S2PublishedEntity,
  ApiConsumerEntity,
  UsedRefreshTokenEntity,
  PdnAccessLogEntity,
  ApiTokenEntity,
  ...S3_ENTITY_SCHEMAS,
  S3V1PublishedEntity,
  S3V1DocumentEntity,
];
