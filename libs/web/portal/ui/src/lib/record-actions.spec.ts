import { Clipboard } from '@angular/cdk/clipboard';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { RecordActions } from './record-actions';

/** jsdom's Blob has no text(); FileReader reads it. */
const readBlob = (blob: Blob) =>
  new Promise<string>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.readAsText(blob);
  });

const BODY = '{"id":"abc","nombres":"Ana"}';

@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RecordActions],
  template: `<pde-record-actions permalink="/s2/abc" [json]="json" fileName="s2-abc.json" />`,
})
class Host {
  readonly json = BODY;
}

describe('RecordActions', () => {
  let created: Blob[];
  let clicked: { download: string; href: string }[];

  beforeEach(() => {
    created = [];
    clicked = [];
    Object.assign(URL, { createObjectURL: (blob: Blob) => (created.push(blob), 'blob:x'), revokeObjectURL: () => undefined });
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ download: this.download, href: this.getAttribute('href') ?? '' });
    });
  });

  afterEach(() => jest.restoreAllMocks());

  async function render() {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    return { fixture, loader: TestbedHarnessEnvironment.loader(fixture), element: fixture.nativeElement as HTMLElement };
  }

  it('«Descargar JSON» saves the API body byte for byte, as a .json file', async () => {
    const { loader, element, fixture } = await render();
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Descargar JSON' }))).click();
    expect(clicked).toEqual([{ download: 's2-abc.json', href: 'blob:x' }]);
    expect(created).toHaveLength(1);
    expect(await readBlob(created[0])).toBe(BODY);
    expect(created[0].type).toBe('application/json;charset=utf-8');
    await fixture.whenStable();
    expect(element.querySelector('[role="status"]')?.textContent?.trim()).toBe('Se descargó el archivo s2-abc.json.');
  });

  it('shows the absolute permanent address and copies it', async () => {
    const copy = jest.spyOn(TestBed.inject(Clipboard), 'copy').mockReturnValue(true);
    const { loader, element, fixture } = await render();
    const link = element.querySelector<HTMLAnchorElement>('.record-actions__permalink a');
    expect(link?.getAttribute('href')).toBe('http://localhost/s2/abc');
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Copiar enlace permanente' }))).click();
    expect(copy).toHaveBeenCalledWith('http://localhost/s2/abc');
    await fixture.whenStable();
    expect(element.querySelector('[role="status"]')?.textContent?.trim()).toBe('Se copió el enlace permanente.');
  });
});
