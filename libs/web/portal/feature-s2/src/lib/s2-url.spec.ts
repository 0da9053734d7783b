import { convertToParamMap } from '@angular/router';
import { S2_URL_PARAMS, readS2Url, s2UrlParams } from './s2-url';

describe('S2 search address', () => {
  it('uses the stable public parameter names', () => {
    expect(Object.values(S2_URL_PARAMS)).toEqual(['nombres', 'primerApellido', 'segundoApellido', 'institucionDependencia', 'tipoProcedimiento', 'pagina', 'tamano']);
  });

  it('reads repeated and comma-listed tipoProcedimiento alike, sorted and without repeats', () => {
    const repeated = readS2Url(convertToParamMap({ tipoProcedimiento: ['3', '1', '3'] }));
    const comma = readS2Url(convertToParamMap({ tipoProcedimiento: '3,1' }));
    expect(repeated.criteria.tipoProcedimiento).toEqual([1, 3]);
    expect(comma).toEqual(repeated);
  });

  it('falls back to page 1 and 10 per page for malformed values', () => {
    for (const [pagina, tamano] of [['0', '7'], ['-2', 'x'], ['1.5', '51'], ['100001', '']]) {
      const state = readS2Url(convertToParamMap({ pagina, tamano }));
      expect([state.pagina, state.tamano]).toEqual([1, 10]);
    }
    expect(readS2Url(convertToParamMap({ pagina: '4', tamano: '50' }))).toMatchObject({ pagina: 4, tamano: 50 });
  });

  it('writes only what is in use, and reading it back gives the same search', () => {
    const state = readS2Url(
      convertToParamMap({ nombres: ' José  Luis ', segundoApellido: 'Peña', institucionDependencia: 'Salud', tipoProcedimiento: '5,2', pagina: '3', tamano: '25' }),
    );
    const params = s2UrlParams(state);
    expect(params).toEqual({ nombres: 'José Luis', segundoApellido: 'Peña', institucionDependencia: 'Salud', tipoProcedimiento: '2,5', pagina: '3', tamano: '25' });
    expect(readS2Url(convertToParamMap(params))).toEqual(state);
    expect(s2UrlParams(readS2Url(convertToParamMap({})))).toEqual({});
  });
});
