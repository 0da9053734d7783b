// Test helpers of the administration specs (imported only by *.spec.ts files).
import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { provideHttpClientTesting, type TestRequest } from '@angular/common/http/testing';
import type { EnvironmentProviders, Provider } from '@angular/core';
import type { ComponentFixture } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import { provideRouter } from '@angular/router';
import type { EnteView } from '@pde/shared/contracts';
import { apiInterceptor } from '@pde/web/shared/data-access';

export function adminTestProviders(): (Provider | EnvironmentProviders)[] {
  return [
    provideRouter([]),
    provideHttpClient(withInterceptors([apiInterceptor])),
    provideHttpClientTesting(),
    // jsdom fires no animation events: dialogs and overlays open and close at once.
    { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
  ];
}

/** Lets pending promise chains (awaited API answers, dialog results) run, then renders. */
export async function settle(fixture: ComponentFixture<unknown>): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await fixture.whenStable();
  await new Promise((resolve) => setTimeout(resolve));
  await fixture.whenStable();
}

/** Everything on the page including dialogs (they render in the overlay container). */
export function documentText(): string {
  return document.body.textContent ?? '';
}

/** How many times a text appears in the whole document. */
export function occurrences(text: string): number {
  return documentText().split(text).length - 1;
}

export function apiError(request: TestRequest, status: number, code: string, message: string, errors?: { path: string; message: string }[]): void {
  request.flush({ status, code, message, ...(errors ? { errors } : {}), requestId: 'req-test' }, { status, statusText: 'Error' });
}

export const ENTES: EnteView[] = [
  { id: 3, clave: 'SEFIN', nombre: 'Secretaría de Finanzas', siglas: 'SEFIN', ordenGobierno: 'ESTATAL', ambitoPublico: 'EJECUTIVO', entidadFederativa: '20', activo: true },
  { id: 4, clave: 'SEE', nombre: 'Secretaría de Educación', siglas: 'SEE', ordenGobierno: 'ESTATAL', ambitoPublico: 'EJECUTIVO', activo: true },
  { id: 5, clave: 'MUN-OAX', nombre: 'Municipio de Oaxaca de Juárez', ordenGobierno: 'MUNICIPAL_ALCALDIA', ambitoPublico: 'EJECUTIVO', activo: false },
];
