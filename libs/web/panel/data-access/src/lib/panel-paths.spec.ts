import { safeReturnUrl } from './panel-paths';

describe('safeReturnUrl', () => {
  it.each([
    ['/panel', '/panel'],
    ['/panel/registros/s2?pagina=2', '/panel/registros/s2?pagina=2'],
  ])('accepts panel pages (%s)', (candidate, expected) => {
    expect(safeReturnUrl(candidate)).toBe(expected);
  });

  it.each([null, undefined, '', 'https://evil.example/panel', '//evil.example', '/s2', '/panelx', '/panel/ingresar', 'javascript:alert(1)'])(
    'falls back to the panel home for %p',
    (candidate) => {
      expect(safeReturnUrl(candidate)).toBe('/panel');
    },
  );
});
