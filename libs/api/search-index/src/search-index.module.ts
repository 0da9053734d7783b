import { Module } from '@nestjs/common';
import { TextTermsService } from './text-terms.service';

@Module({ providers: [TextTermsService], exports: [TextTermsService] })
export class SearchIndexModule {}
