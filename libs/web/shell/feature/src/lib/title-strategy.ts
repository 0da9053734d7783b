import { Injectable, inject } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { TitleStrategy, type RouterStateSnapshot } from '@angular/router';

export const SITE_NAME = 'Plataforma Digital Estatal';

/** «Página | Plataforma Digital Estatal»: the title is the first thing a screen reader announces. */
@Injectable()
export class PdeTitleStrategy extends TitleStrategy {
  private readonly title = inject(Title);

  override updateTitle(snapshot: RouterStateSnapshot): void {
    const page = this.buildTitle(snapshot);
    this.title.setTitle(page ? `${page} | ${SITE_NAME}` : SITE_NAME);
  }
}
