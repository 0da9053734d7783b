import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { Router, TitleStrategy, provideRouter } from '@angular/router';
import { NotFoundPage } from './not-found-page';
import { ShellLayout } from './shell-layout';
import { PdeTitleStrategy } from './title-strategy';

@Component({ changeDetection: ChangeDetectionStrategy.OnPush, template: '<h1>Inicio</h1><a href="/x">x</a>' })
class HomeStub {}

@Component({ changeDetection: ChangeDetectionStrategy.OnPush, template: '<h1>Sancionados</h1>' })
class S3Stub {}

describe('ShellLayout', () => {
  async function render(url = '/'): Promise<HTMLElement> {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: '', component: HomeStub },
          { path: 's3', title: 'Sancionados', component: S3Stub },
          { path: '**', title: 'Página no encontrada', component: NotFoundPage },
        ]),
        { provide: TitleStrategy, useClass: PdeTitleStrategy },
      ],
    });
    const fixture = TestBed.createComponent(ShellLayout);
    await TestBed.inject(Router).navigateByUrl(url);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('has a skip link first, then banner, navigation, main and footer landmarks', async () => {
    const shell = await render();
    const focusable = shell.querySelector('a, button');
    expect(focusable?.textContent).toBe('Saltar al contenido principal');
    expect(shell.querySelector('header nav[aria-label="Secciones principales"]')).not.toBeNull();
    expect(shell.querySelectorAll('main')).toHaveLength(1);
    expect(shell.querySelector('main')?.id).toBe('contenido');
    expect(shell.querySelector('footer')).not.toBeNull();
  });

  it('the skip link moves focus to the main content instead of navigating', async () => {
    const shell = await render();
    const skip = shell.querySelector<HTMLAnchorElement>('.skip-link');
    const click = new MouseEvent('click', { cancelable: true, bubbles: true });
    skip?.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    expect(document.activeElement).toBe(shell.querySelector('main'));
  });

  it('marks the current section with aria-current', async () => {
    const shell = await render('/s3');
    const current = Array.from(shell.querySelectorAll('nav a[aria-current="page"]')).map((a) => a.textContent?.trim());
    expect(current).toEqual(['Sancionados (S3)']);
  });

  it('moves focus to the new page heading after navigating, and names the page in the title', async () => {
    const shell = await render('/');
    await TestBed.inject(Router).navigateByUrl('/s3');
    await new Promise((resolve) => setTimeout(resolve)); // focus moves after the next render
    expect(document.activeElement?.textContent).toBe('Sancionados');
    expect(shell.contains(document.activeElement)).toBe(true);
    expect(TestBed.inject(Title).getTitle()).toBe('Sancionados | Plataforma Digital Estatal');
  });

  it('shows a Spanish 404 page for unknown addresses', async () => {
    const shell = await render('/no-existe');
    expect(shell.querySelector('main h1')?.textContent).toBe('Página no encontrada');
    expect(TestBed.inject(Title).getTitle()).toBe('Página no encontrada | Plataforma Digital Estatal');
  });
});
