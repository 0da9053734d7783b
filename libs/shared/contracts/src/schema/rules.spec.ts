import { date, obj, str } from './builders';
import { allowedOnlyWhen, dateNotBefore, whenSibling } from './rules';
import { validate } from './validate';

// A generic "discriminated" object, unrelated to any standard: `tipo` selects which detail block
// applies, `nota` only accompanies tipo X, and `hasta` may not precede `desde`.
const DETAIL = obj({
  label: 'Detalle',
  fields: {
    tipo: str({ label: 'Tipo' }),
    nota: str({ label: 'Nota', required: whenSibling('tipo', 'X'), requiredMessage: 'Falta la nota.' }),
    bloqueA: obj({
      label: 'Bloque A',
      required: whenSibling('tipo', 'A', 'AA'),
      requiredMessage: 'Falta el bloque A.',
      fields: { valor: str({ label: 'Valor', required: true }) },
    }),
    desde: date({ label: 'Desde' }),
    hasta: date({ label: 'Hasta' }),
  },
  rules: [
    allowedOnlyWhen('tipo', { nota: ['X'], bloqueA: ['A', 'AA'] }, (field, actual) => `${field} no aplica a ${String(actual)}`),
    dateNotBefore('hasta', 'desde', 'Hasta antes de desde.'),
  ],
});

const run = (input: unknown) => validate(DETAIL, input, { today: '2026-01-01' });
const issues = (input: unknown) => run(input).errors.map((e) => [e.path, e.code, e.message]);

describe('whenSibling', () => {
  it('is true only for the listed values of the sibling', () => {
    const requirement = whenSibling('clave', 'OTRO', 'DEMAS');
    expect(requirement({ clave: 'OTRO' })).toBe(true);
    expect(requirement({ clave: 'DEMAS' })).toBe(true);
    expect(requirement({ clave: 'otro' })).toBe(false);
    expect(requirement({})).toBe(false);
  });
});

describe('allowedOnlyWhen + whenSibling: present if and only if', () => {
  it('requires the dependent field when the discriminator selects it', () => {
    expect(issues({ tipo: 'X' })).toEqual([['nota', 'required', 'Falta la nota.']]);
    expect(issues({ tipo: 'AA' })).toEqual([['bloqueA', 'required', 'Falta el bloque A.']]);
  });

  it('rejects the dependent field for any other discriminator value', () => {
    expect(issues({ tipo: 'A', bloqueA: { valor: 'v' }, nota: 'n' })).toEqual([['nota', 'notApplicable', 'nota no aplica a A']]);
    expect(issues({ tipo: 'X', nota: 'n', bloqueA: { valor: 'v' } })).toEqual([['bloqueA', 'notApplicable', 'bloqueA no aplica a X']]);
  });

  it('accepts the matching combination', () => {
    expect(run({ tipo: 'X', nota: 'n' }).errors).toEqual([]);
    expect(run({ tipo: 'A', bloqueA: { valor: 'v' } }).errors).toEqual([]);
  });

  it('says nothing about dependent fields while the discriminator is absent', () => {
    expect(issues({ nota: 'n', bloqueA: { valor: 'v' } })).toEqual([]);
  });

  it('treats an empty block as absent (no "not applicable" for `{}`)', () => {
    expect(issues({ tipo: 'X', nota: 'n', bloqueA: {} })).toEqual([]);
  });
});

describe('dateNotBefore', () => {
  it('reports the later field when it precedes the earlier one', () => {
    expect(issues({ desde: '2025-05-02', hasta: '2025-05-01' })).toEqual([['hasta', 'dateOrder', 'Hasta antes de desde.']]);
  });

  it('accepts equal and increasing dates', () => {
    expect(issues({ desde: '2025-05-02', hasta: '2025-05-02' })).toEqual([]);
    expect(issues({ desde: '2025-05-02', hasta: '2026-01-01' })).toEqual([]);
  });

  it('leaves invalid or missing dates to their own errors', () => {
    expect(issues({ desde: '2025-05-02', hasta: '2025-02-30' })).toEqual([['hasta', 'date', expect.any(String)]]);
    expect(issues({ hasta: '2025-05-01' })).toEqual([]);
  });
});
