import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatAnchor } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { LOADING, PortalApi, toLoadState } from '@pde/web/portal/data-access';
import { countLabel } from '@pde/web/portal/util';
import { S3_GROUPS, collectionsOf, type S3Group } from './s3-collections-info';

/**
 * `/s3`, `/s3/servidores`, `/s3/particulares`: choose what to search — servidores públicos (faltas
 * graves or no graves) or particulares (personas físicas or morales) — with the published totals.
 * `group` comes from the route's data (component input binding); none means both groups.
 */
@Component({
  selector: 'pde-s3-home-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, MatAnchor],
  template: `
    @if (group()) {
      <nav class="breadcrumbs" aria-label="Ruta de navegación">
        <ol>
          <li><a routerLink="/s3">Sancionados (S3)</a></li>
          <li aria-current="page">{{ title() }}</li>
        </ol>
      </nav>
    }
    <header class="page-intro">
      <p class="eyebrow">S3</p>
      <h1>{{ title() }}</h1>
      <p class="lead">{{ lead() }}</p>
      <p class="note">
        Solo se publican sanciones firmes, es decir, que ya no pueden impugnarse. No se publican la CURP, el RFC de las
        personas físicas ni su domicilio; de las faltas no graves tampoco se publica el nombre.
      </p>
    </header>
    @for (section of sections(); track section.id) {
      <section class="group" [attr.aria-labelledby]="'s3-group-' + section.id">
        @if (group()) {
          <h2 class="visually-hidden" [id]="'s3-group-' + section.id">{{ section.title }}</h2>
        } @else {
          <h2 [id]="'s3-group-' + section.id">{{ section.title }}</h2>
          <p>{{ section.description }}</p>
        }
        <div class="group__cards">
          @for (card of section.cards; track card.collection) {
            <article class="card" [attr.aria-labelledby]="'s3-card-' + card.collection">
              <h3 [id]="'s3-card-' + card.collection">{{ card.short }}</h3>
              <p>{{ card.description }}</p>
              @if (card.total; as total) {
                <p class="card__total">{{ total }}</p>
              }
              <a mat-flat-button [routerLink]="card.path">Buscar<span class="visually-hidden"> en {{ card.title }}</span></a>
            </article>
          }
        </div>
      </section>
    }
  `,
  styleUrl: './s3-home-page.scss',
})
export class S3HomePage {
  readonly group = input<S3Group | null>(null);
  private readonly summary = toSignal(inject(PortalApi).summary().pipe(toLoadState()), { initialValue: LOADING });

  protected readonly title = computed(() => {
    const group = this.group();
    return group ? S3_GROUPS[group].title : 'Servidores públicos y particulares sancionados';
  });
  protected readonly lead = computed(() => {
    const group = this.group();
    return group
      ? S3_GROUPS[group].description
      : 'Elija qué sanciones quiere consultar: las impuestas a personas del servicio público o las impuestas a particulares (personas y empresas).';
  });
  protected readonly sections = computed(() => {
    const summary = this.summary();
    const groups: S3Group[] = this.group() ? [this.group() as S3Group] : ['servidores', 'particulares'];
    return groups.map((id) => ({
      id,
      ...S3_GROUPS[id],
      cards: collectionsOf(id).map((info) => ({
        ...info,
        total: summary.status === 'ready' ? countLabel(summary.value.totales[info.collection] ?? 0, 'sanción publicada', 'sanciones publicadas') : null,
      })),
    }));
  });
}
