import { companyRfc, GIVEN_NAMES_F, GIVEN_NAMES_M, identityFor, Random, SURNAMES, type SyntheticEnte } from '@pde/api/synthetic';
import {
  S3_FALTA_COMETIDA_CATALOGS,
  S3_FIXTURES,
  S3_TIPO_SANCION_CATALOGS,
  s3TipoSancionFixture,
  type S3Collection,
  type S3DataByCollection,
  type TipoSancionClave,
} from '@pde/shared/contracts';

const COMPANIES = [
  'Constructora del Sureste', 'Servicios Integrales Peña', 'Comercializadora Núñez y Asociados', 'Grupo Médico Zúñiga',
  'Suministros Industriales del Valle', 'Tecnologías Avanzadas de Oaxaca', 'Transportes Ibáñez', 'Consultoría Ordóñez',
  'Distribuidora Farmacéutica del Golfo', 'Obras y Proyectos Cañedo', 'Papelería y Oficinas Muñoz', 'Seguridad Privada Alfa',
];
const SUFFIXES = ['S.A. de C.V.', 'S. de R.L. de C.V.', 'S.C.', 'S.A.P.I. de C.V.'];
const ENTIDAD = '20';

/**
 * A realistic S3 record of any collection: the contracts fixtures (valid by construction) with
 * randomised people, companies, public bodies, claves and dates, for `seed --s3`, demo data and
 * the benchmark.
 */
export function syntheticS3Record<C extends S3Collection>(collection: C, random: Random, ente: SyntheticEnte): S3DataByCollection[C] {
  const female = random.chance(0.45);
  const nombres = random.pickSkewed(female ? GIVEN_NAMES_F : GIVEN_NAMES_M, 1.3);
  const primerApellido = random.pickSkewed(SURNAMES);
  const segundoApellido = random.pickSkewed(SURNAMES);
  const identity = identityFor(random, nombres, primerApellido, segundoApellido, female ? 'F' : 'M');
  const fecha = random.date(2019, 2025);
  const year = Number(fecha.slice(0, 4));
  const faltas = S3_FALTA_COMETIDA_CATALOGS[collection].entries.filter((e) => e.clave !== 'OTRO');
  const sanciones = S3_TIPO_SANCION_CATALOGS[collection].entries.map((e) => e.clave as TipoSancionClave).filter((c) => c !== 'OTRO');
  const body = { entidadFederativa: ENTIDAD, nivelOrdenGobierno: ente.ordenGobierno, ambitoPublico: ente.ambitoPublico, nombreEntePublico: ente.nombre, siglasEntePublico: ente.siglas };
  const common = {
    fecha,
    expediente: `${ente.siglas}/PRA/${String(random.int(1, 999)).padStart(3, '0')}/${year}`,
    faltaCometida: random.sample(faltas, random.int(1, 2)).map((f) => ({
      clave: f.clave,
      descripcionHechos: random.pick([
        'Adjudicó un contrato sin el procedimiento de licitación que correspondía.',
        'Omitió presentar en tiempo la declaración de modificación patrimonial.',
        'Utilizó recursos del ente para fines distintos a los autorizados.',
        'Intervino en la contratación de una empresa con la que tenía interés personal.',
      ]),
      normatividadInfringida: [{ nombreNormatividad: 'LGRA', articulo: String(random.int(49, 72)), fraccion: random.pick(['I', 'II', 'IV']) }],
    })),
    tipoSancion: random.sample(sanciones, random.int(1, 2)).map((clave) => s3TipoSancionFixture(clave)),
  };
  const persona = { datosGenerales: { nombres, primerApellido, segundoApellido, curp: identity.curp, rfc: identity.rfc } };
  switch (collection) {
    case 'faltas_administrativas_graves':
    case 'faltas_administrativas_no_graves':
      return S3_FIXTURES[collection]({
        ...common,
        datosGenerales: { ...persona.datosGenerales, sexo: female ? 'MUJER' : 'HOMBRE' },
        empleoCargoComision: body,
      } as never) as S3DataByCollection[C];
    case 'faltas_graves_personas_fisicas':
      return S3_FIXTURES[collection]({ ...common, ...persona, dondeCometioLaFalta: body } as never) as S3DataByCollection[C];
    default: {
      const razon = `${random.pick(COMPANIES)} ${random.pick(SUFFIXES)}`;
      return S3_FIXTURES[collection]({
        ...common,
        datosGenerales: { nombreRazonSocial: razon, rfc: companyRfc(random, razon) },
        dondeCometioLaFalta: body,
      } as never) as S3DataByCollection[C];
    }
  }
}
