import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, screenshot } from '../support/a11y';
import { uniquePerson, VALID_CURP, VALID_RFC } from '../support/data';
import { DEMO_PDN } from '../support/demo';
import { choose, chooseMany, combobox, errorOf, formStep, recordActions, recordIdOf, recordNotice, textbox } from '../support/panel';
import { accessToken, searchItems, searchSpic } from '../support/pdn';
import { signInContext } from '../support/session';

/**
 * The main flow of the platform (issue «web» §4), end to end in the real UI: a capturista captures
 * an S2 record and an S3 record (faltas administrativas graves), with a validation error fixed on
 * the way; revisión rejects one with a comment; the capturista fixes it and resends; revisión
 * approves both; the records then appear in the public portal and through the PDN APIs.
 */
const REJECT_COMMENT = 'Falta el nivel del puesto en el tabulador; agréguelo, por favor.';

test.describe.serial('captura, revisión y publicación (S2 y S3)', () => {
  const s2Person = uniquePerson('Begoña Inés', 'Quiñónez', 'Ibáñez');
  const s3Person = uniquePerson('José Ángel', 'Peñalósa', 'Güemes');
  let capturista: Page;
  let revisor: Page;
  let s2Id = '';
  let s3Id = '';

  test.beforeAll(async ({ browser }) => {
    const capturistaContext = await browser.newContext();
    await signInContext(capturistaContext, 'capturista');
    capturista = await capturistaContext.newPage();
    const revisorContext = await browser.newContext();
    await signInContext(revisorContext, 'revisor');
    revisor = await revisorContext.newPage();
  });

  test.afterAll(async () => {
    await capturista?.context().close();
    await revisor?.context().close();
  });

  test('la capturista captura un registro S2, corrige una CURP inválida, lo guarda y lo envía a revisión', async () => {
    const page = capturista;
    await page.goto('/panel/registros/s2');
    await page.getByRole('link', { name: 'Nuevo registro' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Nuevo registro' })).toBeVisible();
    await expect(page.getByText('Ente público: Secretaría de Finanzas')).toBeVisible();

    const persona = formStep(page, 'Persona servidora pública');
    await textbox(persona, 'Nombre(s)').fill(s2Person.nombres);
    await textbox(persona, 'Primer apellido').fill(s2Person.primerApellido);
    await textbox(persona, 'Segundo apellido').fill(s2Person.segundoApellido);

    // A CURP with 16 characters: the standard's message appears as <mat-error> and the field is invalid.
    const curp = textbox(persona, 'CURP');
    await curp.fill(VALID_CURP.slice(0, 16));
    await curp.blur();
    await expect(errorOf(curp)).toBeVisible();
    await expect(errorOf(curp)).toContainText(/CURP/);
    await expect(curp).toHaveAttribute('aria-invalid', 'true');
    await expectAccessible(page, 'panel: nuevo S2 con un error');
    await screenshot(page, 'panel-s2-nuevo-error-curp');

    await curp.fill(VALID_CURP);
    await expect(errorOf(curp)).toHaveCount(0);
    await expect(curp).toHaveAttribute('aria-invalid', 'false');
    await textbox(persona, 'RFC').fill(VALID_RFC);
    await choose(combobox(persona, 'Género'), 'FEMENINO');

    const empleo = formStep(page, 'Empleo y ejercicio fiscal');
    await textbox(empleo.getByRole('group', { name: /^Puesto/ }), 'Nombre del puesto').fill('Jefa del Departamento de Adquisiciones');
    await textbox(empleo, 'Ejercicio fiscal').fill('2025');

    const contrataciones = formStep(page, 'Participación en contrataciones');
    await chooseMany(combobox(contrataciones, 'Tipo de procedimiento'), ['CONTRATACIONES PÚBLICAS', 'ENAJENACIÓN DE BIENES MUEBLES']);

    await recordActions(page).getByRole('button', { name: 'Guardar borrador' }).click();
    await expect(recordNotice(page)).toContainText('Se guardó el borrador. Ya puede enviarlo a revisión.');
    s2Id = recordIdOf(page);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(s2Person.primerApellido);

    await recordActions(page).getByRole('button', { name: 'Enviar a revisión' }).click();
    await expect(recordNotice(page)).toContainText('Se envió a revisión');
    await expect(page.getByText('En revisión', { exact: true }).first()).toBeVisible();
  });

  test('la capturista captura una falta administrativa grave (S3), completa un dato obligatorio que faltaba y la envía a revisión', async () => {
    const page = capturista;
    await page.goto('/panel/registros/s3/faltas_administrativas_graves/nuevo');
    await expect(page.getByRole('heading', { level: 1, name: 'Nuevo registro' })).toBeVisible();

    // Step 1: the Expediente is left empty on purpose.
    await textbox(formStep(page, 'Expediente'), 'Fecha de registro').fill('2025-11-20');

    const persona = formStep(page, 'Persona servidora pública');
    await textbox(persona, 'Nombre(s)').fill(s3Person.nombres);
    await textbox(persona, 'Primer apellido').fill(s3Person.primerApellido);
    await textbox(persona, 'Segundo apellido').fill(s3Person.segundoApellido);
    await textbox(persona, 'CURP').fill(VALID_CURP);
    await textbox(persona, 'RFC').fill(VALID_RFC);
    await choose(combobox(persona, 'Sexo'), 'Hombre');

    const empleo = formStep(page, 'Empleo, cargo o comisión');
    await choose(combobox(empleo, 'Entidad federativa'), 'Oaxaca');
    await choose(combobox(empleo, 'Nivel u orden de gobierno'), 'Estatal');
    await choose(combobox(empleo, 'Ámbito público'), 'Ejecutivo');
    await textbox(empleo, 'Nombre del ente público').fill('Secretaría de Finanzas');
    await textbox(empleo, 'Siglas del ente público').fill('SEFIN');
    await choose(combobox(empleo, 'Nivel jerárquico'), 'Dirección de área u homólogo');
    await textbox(empleo, 'Denominación del empleo, cargo o comisión').fill('Director de Recursos Materiales');
    await textbox(empleo, 'Área de adscripción').fill('Dirección de Recursos Materiales');

    const faltas = formStep(page, 'Origen del procedimiento y faltas cometidas');
    await choose(combobox(faltas, 'Origen del procedimiento'), 'Denuncia');
    await faltas.getByRole('button', { name: 'Agregar falta cometida' }).click();
    const falta = faltas.getByRole('group', { name: 'Falta cometida 1' });
    await choose(combobox(falta, 'Tipo de falta'), 'Cohecho');
    await textbox(falta, 'Descripción de los hechos').fill('Solicitó un pago indebido para adjudicar un contrato de mantenimiento.');
    await falta.getByRole('button', { name: 'Agregar norma infringida' }).click();
    // An input with suggestions (autocomplete): type the clave and close the suggestions.
    const norma = combobox(falta, 'Nombre de la normatividad');
    await norma.fill('LGRA');
    await norma.press('Escape');
    await textbox(falta, 'Artículo(s)').fill('52');

    const resolucion = formStep(page, 'Resolución');
    await textbox(resolucion, 'Título de la resolución').fill('Resolución definitiva PRA 021/2025');
    await textbox(resolucion, 'Fecha de la resolución').fill('2025-10-02');
    await textbox(resolucion, 'Fecha de notificación de la resolución').fill('2025-10-06');
    await textbox(resolucion, 'Enlace de la resolución').fill('https://transparencia.example.gob.mx/resoluciones/021-2025.pdf');
    await textbox(resolucion, 'Fecha en que quedó firme la resolución').fill('2025-11-03');
    await textbox(resolucion, 'Fecha de notificación de la resolución firme').fill('2025-11-05');
    await textbox(resolucion, 'Enlace de la resolución firme').fill('https://transparencia.example.gob.mx/resoluciones/021-2025-firme.pdf');
    await choose(combobox(resolucion, 'Orden jurisdiccional'), 'Estatal');
    await textbox(resolucion, 'Autoridad resolutora').fill('Tribunal de Justicia Administrativa del Estado');
    await textbox(resolucion, 'Autoridad investigadora').fill('Órgano Interno de Control de la Secretaría de Finanzas');
    await textbox(resolucion, 'Autoridad substanciadora').fill('Área de Responsabilidades del Órgano Interno de Control');

    const sanciones = formStep(page, 'Sanciones impuestas');
    await sanciones.getByRole('button', { name: 'Agregar sanción' }).click();
    const sancion = sanciones.getByRole('group', { name: 'Sanción 1' });
    await choose(combobox(sancion, 'Tipo de sanción'), 'Destitución del empleo, cargo o comisión');
    await textbox(sancion, 'Fecha de destitución').fill('2025-11-25');

    // Sending is blocked while a required datum is missing; a draft can still be saved.
    const actions = recordActions(page);
    await expect(actions.getByRole('button', { name: 'Enviar a revisión' })).toHaveAttribute('aria-disabled', 'true');
    await expect(actions).toContainText('corrija el dato señalado');
    await actions.getByRole('button', { name: 'Guardar borrador' }).click();
    await expect(recordNotice(page)).toContainText('Faltan 1 dato por corregir');
    s3Id = recordIdOf(page);

    // The saved draft shows what is missing: in the summary and as the field's <mat-error>.
    const expediente = textbox(formStep(page, 'Expediente'), 'Expediente');
    await expect(errorOf(expediente)).toBeVisible();
    const summary = page.getByRole('region', { name: /^Hay 1 dato por corregir/ });
    await expect(summary).toBeVisible();
    await expectAccessible(page, 'panel: borrador S3 con un dato faltante');
    await screenshot(page, 'panel-s3-borrador-con-error');
    // The summary's entry takes the focus to the field.
    await summary.getByRole('button', { name: 'Expediente', exact: true }).click();
    await expect(expediente).toBeFocused();
    await expediente.fill('PRA/021/2025');
    await expect(errorOf(expediente)).toHaveCount(0);

    await actions.getByRole('button', { name: 'Enviar a revisión' }).click();
    await expect(recordNotice(page)).toContainText('Se envió a revisión');
    await expect(page.getByRole('heading', { level: 1 })).toContainText(s3Person.primerApellido);
  });

  test('revisión rechaza el registro S2 con un comentario (diálogo accesible, con el foco atrapado y devuelto)', async () => {
    const page = revisor;
    // From the list of records waiting for review, searched by the surname without its accent.
    await page.goto(`/panel/registros/s2?estado=EN_REVISION&q=${encodeURIComponent(s2Person.searchSurname)}`);
    await expect(page.getByRole('status').filter({ hasText: 'encontrado' })).toHaveText('1 registro encontrado.');
    await page.getByRole('link', { name: new RegExp(s2Person.primerApellido) }).click();
    await expect(page).toHaveURL(new RegExp(`/panel/registros/s2/${s2Id}$`));

    const actions = recordActions(page);
    await expect(actions.getByRole('button', { name: 'Aprobar y publicar' })).toBeVisible();
    const reject = actions.getByRole('button', { name: 'Rechazar' });
    await expectAccessible(page, 'panel: registro en revisión (revisor)');
    await screenshot(page, 'panel-registro-en-revision');

    // The dialog: accessible, keeps the focus inside, gives it back to «Rechazar» on Escape.
    await reject.click();
    const dialog = page.getByRole('dialog', { name: 'Rechazar la versión en revisión' });
    const comment = dialog.getByRole('textbox', { name: /Comentario/ });
    await expect(comment).toBeFocused();
    await expectAccessible(page, 'panel: diálogo de rechazo');
    await screenshot(page, 'panel-dialogo-rechazo', { fullPage: false });
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab');
      await expect.poll(() => dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true);
    }
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(reject).toBeFocused();

    // A comment is required; then the rejection is recorded.
    await reject.click();
    await dialog.getByRole('button', { name: 'Rechazar' }).click();
    await expect(errorOf(comment)).toBeVisible();
    await comment.fill(REJECT_COMMENT);
    await expect(errorOf(comment)).toHaveCount(0);
    await dialog.getByRole('button', { name: 'Rechazar' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(recordNotice(page)).toContainText('Se rechazó la versión');
    await expect(recordNotice(page)).toBeFocused();
    await expect(page.getByText(REJECT_COMMENT)).toBeVisible();
  });

  test('revisión aprueba y publica el registro S3', async () => {
    const page = revisor;
    await page.goto(`/panel/registros/s3/faltas_administrativas_graves?estado=EN_REVISION&q=${encodeURIComponent(s3Person.searchSurname)}`);
    await page.getByRole('link', { name: new RegExp(s3Person.primerApellido) }).click();
    await expect(page).toHaveURL(new RegExp(`/panel/registros/s3/faltas_administrativas_graves/${s3Id}$`));
    await recordActions(page).getByRole('button', { name: 'Aprobar y publicar' }).click();
    await expect(recordNotice(page)).toContainText('Se aprobó y publicó el registro');
    await expect(recordActions(page).getByRole('button', { name: 'Aprobar y publicar' })).toHaveCount(0);
  });

  test('la capturista ve el comentario de revisión, corrige el registro S2 y lo reenvía', async () => {
    const page = capturista;
    // The home of the panel says there is a rejected record waiting.
    await page.goto('/panel');
    await page.getByRole('link', { name: /S2 .* rechazados? y esperan? su corrección/ }).click();
    await expect(page).toHaveURL(/\/panel\/registros\/s2\?estado=RECHAZADO/);
    await page.getByRole('link', { name: new RegExp(s2Person.primerApellido) }).click();
    await expect(page).toHaveURL(new RegExp(`/panel/registros/s2/${s2Id}$`));

    await expect(page.getByText('Revisión rechazó esta versión')).toBeVisible();
    await expect(page.getByText(REJECT_COMMENT)).toBeVisible();
    await expectAccessible(page, 'panel: registro rechazado (capturista)');
    await screenshot(page, 'panel-registro-rechazado');

    const puesto = formStep(page, 'Empleo y ejercicio fiscal').getByRole('group', { name: /^Puesto/ });
    await textbox(puesto, 'Nivel').fill('JD-24');
    await recordActions(page).getByRole('button', { name: 'Enviar a revisión' }).click();
    await expect(recordNotice(page)).toContainText('Se envió a revisión');

    // The history keeps both versions and the reviewer's comment.
    await page.getByRole('link', { name: 'Ver el historial de versiones y cambios' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Historial');
    await expect(page.getByRole('heading', { name: /Versión 2/ })).toBeVisible();
    await expect(page.locator('blockquote').filter({ hasText: REJECT_COMMENT })).toBeVisible();
    await expectAccessible(page, 'panel: historial');
    await screenshot(page, 'panel-historial');
  });

  test('revisión aprueba y publica el registro S2 corregido', async () => {
    const page = revisor;
    await page.goto(`/panel/registros/s2/${s2Id}`);
    await expect(page.getByText('JD-24')).toBeVisible();
    await recordActions(page).getByRole('button', { name: 'Aprobar y publicar' }).click();
    await expect(recordNotice(page)).toContainText('Se aprobó y publicó el registro');
  });

  test('el portal encuentra los registros publicados y los muestra en su enlace permanente', async ({ page }) => {
    // S2: the portal's URL parameters, the surname typed without its accent.
    await page.goto(`/s2?primerApellido=${encodeURIComponent(s2Person.searchSurname)}`);
    await expect(page.getByRole('textbox', { name: 'Primer apellido' })).toHaveValue(s2Person.searchSurname);
    const s2Rows = page.getByRole('table').getByRole('row');
    await expect(s2Rows).toHaveCount(2); // header + the new record
    await expect(s2Rows.nth(1)).toContainText('Secretaría de Finanzas');
    await expectAccessible(page, 'portal: búsqueda S2 con resultados');
    await screenshot(page, 'portal-s2-resultados');
    await page.getByRole('link', { name: s2Person.fullName }).click();
    await expect(page).toHaveURL(`/s2/${s2Id}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(s2Person.primerApellido);
    await expect(page.getByText('JD-24')).toBeVisible();
    await expect(page.getByText(VALID_CURP)).toHaveCount(0); // CURP and RFC are not public
    await expect(page.getByText(VALID_RFC)).toHaveCount(0);
    await page.getByRole('link', { name: 'Volver a los resultados' }).click();
    await expect(page).toHaveURL(`/s2?primerApellido=${encodeURIComponent(s2Person.searchSurname)}`);

    // The permanent address works on its own (a fresh load).
    await page.goto(`/s2/${s2Id}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(s2Person.primerApellido);
    await expect(page.getByRole('link', { name: new RegExp(`/s2/${s2Id}$`) })).toBeVisible();
    await expectAccessible(page, 'portal: ficha S2');
    await screenshot(page, 'portal-s2-ficha');

    // S3: the faltas graves search by surname, then its ficha.
    const collection = 'faltas_administrativas_graves';
    const s3Search = `/s3/${collection}?primerApellido=${encodeURIComponent(s3Person.searchSurname)}&falta=COHECHO`;
    await page.goto(s3Search);
    await expect(page.getByRole('combobox', { name: 'Falta cometida' })).toContainText('Cohecho');
    const s3Rows = page.getByRole('table').getByRole('row');
    await expect(s3Rows).toHaveCount(2);
    await expect(s3Rows.nth(1)).toContainText('Cohecho');
    await expectAccessible(page, 'portal: búsqueda S3 con resultados');
    await screenshot(page, 'portal-s3-resultados');
    await s3Rows.nth(1).getByRole('link').click();
    await expect(page).toHaveURL(`/s3/${collection}/${s3Id}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(s3Person.primerApellido);
    await expect(page.getByText('Destitución del empleo, cargo o comisión').first()).toBeVisible();
    await expect(page.getByText(VALID_CURP)).toHaveCount(0);
    await page.getByRole('link', { name: 'Volver a los resultados' }).click();
    await expect(page).toHaveURL(s3Search);

    await page.goto(`/s3/${collection}/${s3Id}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText(s3Person.primerApellido);
    await expect(page.getByRole('link', { name: new RegExp(`/s3/${collection}/${s3Id}$`) })).toBeVisible();
    await expectAccessible(page, 'portal: ficha S3');
    await screenshot(page, 'portal-s3-ficha');
  });

  test('las APIs de la PDN entregan los registros aprobados (S2 v1.1 con OAuth, S3 v2 con token)', async ({ request }) => {
    const token = await accessToken(request, DEMO_PDN);
    const spic = await searchSpic(request, token, { primerApellido: s2Person.searchSurname });
    expect(spic.pagination.totalRows).toBe(1);
    const [s2] = spic.results;
    expect(s2.id).toBe(s2Id);
    expect(s2).toMatchObject({
      nombres: s2Person.nombres,
      primerApellido: s2Person.primerApellido,
      segundoApellido: s2Person.segundoApellido,
      puesto: { nombre: 'Jefa del Departamento de Adquisiciones', nivel: 'JD-24' },
      institucionDependencia: { nombre: 'Secretaría de Finanzas' },
      tipoProcedimiento: [{ clave: 1 }, { clave: 3 }],
    });
    expect(s2).not.toHaveProperty('curp');
    expect(s2).not.toHaveProperty('rfc');

    const items = await searchItems(request, DEMO_PDN.s3Token, 'faltas_administrativas_graves', {
      datosGenerales: { primerApellido: { _icontains: s3Person.primerApellido } },
    });
    expect(items.meta?.filter_count).toBe(1);
    const [s3] = items.data;
    expect(s3.id).toBe(s3Id);
    expect(s3).toMatchObject({
      expediente: 'PRA/021/2025',
      datosGenerales: { nombres: s3Person.nombres, primerApellido: s3Person.primerApellido, sexo: 'HOMBRE' },
      faltaCometida: [{ clave: 'COHECHO' }],
      tipoSancion: [{ clave: 'DESTITUCION', destitucionEmpleo: { fechaDestitucion: '2025-11-25' } }],
    });
    expect(s3['datosGenerales']).not.toHaveProperty('curp');
    expect(s3['datosGenerales']).not.toHaveProperty('rfc');
  });
});
