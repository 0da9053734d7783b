import { ChangeDetectionStrategy, Component } from '@angular/core';
import { ShellLayout } from '@pde/web/shell/feature';

@Component({
  selector: 'pde-root',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ShellLayout],
  template: `<pde-shell />`,
})
export class App {}
