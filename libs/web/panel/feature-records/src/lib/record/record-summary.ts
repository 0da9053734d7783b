import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { RecordView } from '@pde/shared/contracts';
import { formatTimestamp } from '@pde/web/panel/ui-record-form';
import { StatusMessage } from '@pde/web/shared/ui';
import { StateChip } from '../shared/state-chip';

/**
 * What a person needs to know about a record before touching it: state, ente, versions (working
 * and published), the reviewer's comment on a rejected version and the reason of a baja.
 */
@Component({
  selector: 'pde-record-summary',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [StateChip, StatusMessage],
  template: `
    @let view = record();
    <dl class="facts">
      <div>
        <dt>Estado</dt>
        <dd><pde-state-chip [state]="view.estado" /></dd>
      </div>
      <div>
        <dt>Ente público</dt>
        <dd>{{ view.ente.nombre }}</dd>
      </div>
      @if (view.trabajo; as trabajo) {
        <div>
          <dt>Versión de trabajo</dt>
          <dd>Versión {{ trabajo.numero }}, capturada por {{ trabajo.creadoPor }} el {{ time(trabajo.creadoEn) }}</dd>
        </div>
      }
      @if (view.publicado; as publicado) {
        <div>
          <dt>Versión publicada</dt>
          <dd>Versión {{ publicado.numero }}, publicada el {{ time(publicado.publicadoEn) }}</dd>
        </div>
      } @else {
        <div>
          <dt>Versión publicada</dt>
          <dd>Ninguna: el registro aún no se publica.</dd>
        </div>
      }
      <div>
        <dt>Última modificación</dt>
        <dd>{{ time(view.actualizadoEn) }}</dd>
      </div>
    </dl>

    @if (rejection(); as rejected) {
      <pde-status-message kind="warning" class="notice">
        <p class="notice__title"><strong>Revisión rechazó esta versión</strong>{{ rejected.by }}.</p>
        <p class="notice__label">Comentario de revisión:</p>
        <blockquote>{{ rejected.comment }}</blockquote>
        @if (canEdit()) {
          <p>Corrija lo señalado, guarde y vuelva a enviarlo a revisión.</p>
        }
      </pde-status-message>
    }
    @if (view.baja; as baja) {
      <pde-status-message kind="warning" class="notice">
        <p class="notice__title"><strong>Registro dado de baja</strong> el {{ time(baja.fecha) }} por {{ baja.por }}. No se publica.</p>
        <p>Motivo: {{ baja.motivo }}</p>
      </pde-status-message>
    }
    @if (view.estado === 'EN_REVISION') {
      <pde-status-message kind="info" class="notice">
        La versión {{ view.trabajo?.numero }} está en revisión{{
          view.trabajo?.enviadoPor ? ' (enviada por ' + view.trabajo?.enviadoPor + ' el ' + time(view.trabajo?.enviadoEn) + ')' : ''
        }}: no puede modificarse hasta que se apruebe o se rechace.
      </pde-status-message>
    }
    @if (view.publicado && view.trabajo && view.estado !== 'BAJA') {
      <pde-status-message kind="info" class="notice">
        La versión publicada ({{ view.publicado.numero }}) sigue siendo la que ven la Plataforma Digital Nacional y el portal hasta que se apruebe la versión de
        trabajo ({{ view.trabajo.numero }}).
      </pde-status-message>
    }
  `,
  styles: `
    .facts {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
      gap: 0.75rem 1.5rem;
      margin: 0 0 1rem;
    }
    dt {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-label-medium);
    }
    dd {
      margin: 0.125rem 0 0;
      overflow-wrap: anywhere;
    }
    .notice {
      margin-block-end: 1rem;
    }
    .notice p {
      margin: 0 0 0.375rem;
    }
    .notice__label {
      font-weight: 600;
    }
    blockquote {
      margin: 0 0 0.5rem;
      padding: 0.5rem 0.75rem;
      border-inline-start: 0.25rem solid currentColor;
      font: var(--mat-sys-body-large);
      white-space: pre-line;
    }
  `,
})
export class RecordSummary {
  readonly record = input.required<RecordView>();
  readonly canEdit = input(false);

  protected readonly rejection = computed(() => {
    const view = this.record();
    const working = view.trabajo;
    if (view.estado !== 'RECHAZADO' || !working?.comentarioRevision) return null;
    const by = working.revisadoPor ? ` (${working.revisadoPor}, ${formatTimestamp(working.revisadoEn)})` : '';
    return { comment: working.comentarioRevision, by };
  });

  protected time(value: string | undefined): string {
    return formatTimestamp(value);
  }
}
