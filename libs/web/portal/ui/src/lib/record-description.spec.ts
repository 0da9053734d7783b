import { FALTAS_ADMINISTRATIVAS_GRAVES_SCHEMA, FALTAS_GRAVES_PERSONAS_MORALES_SCHEMA, S2_RECORD_SCHEMA } from '@pde/shared/contracts';
import { confidentialLabels, describeObject, describeRecord, type RecordNode } from './record-description';

/** Flattens a description to «Section › Field: value» lines, easy to assert on. */
function lines(nodes: readonly RecordNode[], prefix = ''): string[] {
  return nodes.flatMap((node) => {
    if (node.kind === 'field') return [`${prefix}${node.label}: ${node.link ? `[${node.link.text}](${node.link.href})` : node.values.join(' | ')}`];
    if (node.kind === 'group') return lines(node.children, `${prefix}${node.label} › `);
    return node.items.flatMap((item) => lines(item.children, `${prefix}${node.label} › ${item.label} › `));
  });
}
const plain = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');

describe('describeRecord', () => {
  it('S2: labels from the schema, v1 catalog values as readable text, lists of values', () => {
    const record = {
      id: 'x',
      nombres: 'Ana',
      primerApellido: 'Núñez',
      genero: { clave: 'F', valor: 'FEMENINO' },
      institucionDependencia: { nombre: 'Secretaría de Salud', siglas: 'SSA', clave: 'SSA' },
      puesto: { nombre: 'Jefa de compras', nivel: 'O31' },
      tipoArea: [],
      nivelResponsabilidad: [{ clave: 'T', valor: 'TRAMITACIÓN' }],
      tipoProcedimiento: [
        { clave: 1, valor: 'CONTRATACIONES PÚBLICAS' },
        { clave: 3, valor: 'ENAJENACIÓN DE BIENES MUEBLES' },
      ],
    };
    expect(lines(describeRecord(S2_RECORD_SCHEMA, record, 'Datos del registro'))).toEqual([
      'Datos del registro › Nombre(s): Ana',
      'Datos del registro › Primer apellido: Núñez',
      'Datos del registro › Género: Femenino',
      'Datos del registro › Nivel de responsabilidad: Tramitación',
      'Datos del registro › Tipo de procedimiento: Contrataciones públicas | Enajenación de bienes muebles',
      'Institución o dependencia › Nombre de la institución: Secretaría de Salud',
      'Institución o dependencia › Siglas: SSA',
      'Institución o dependencia › Clave: SSA',
      'Puesto › Nombre del puesto: Jefa de compras',
      'Puesto › Nivel: O31',
    ]);
  });

  it('S3: catalog claves as labels, «Otro» with its text, faltas and sanciones titled, money with currency, dates in Spanish', () => {
    const record = {
      fecha: '2025-12-07',
      expediente: 'CEDH/PRA/254/2025',
      datosGenerales: { nombres: 'Juan', primerApellido: 'Cortés', segundoApellido: null, sexo: 'HOMBRE' },
      empleoCargoComision: {
        entidadFederativa: '20',
        nivelOrdenGobierno: 'MUNICIPAL_ALCALDIA',
        ambitoPublico: 'ORGANO_AUTONOMO',
        nombreEntePublico: 'Comisión Estatal',
        nivelJerarquico: { clave: 'OTRO', valor: 'Coordinación regional' },
      },
      origenProcedimiento: { clave: 'AUDITORIA_OIC', valor: null },
      faltaCometida: [{ clave: 'COHECHO', valor: null, descripcionHechos: 'Pidió dinero.' }],
      resolucion: { fechaResolucion: '2025-10-02', urlResolucion: 'https://example.gob.mx/r.pdf', ordenJurisdiccional: 'ESTATAL' },
      tipoSancion: [
        {
          clave: 'SANCION_ECONOMICA',
          suspensionEmpleo: null,
          sancionEconomica: {
            monto: 125431,
            moneda: 'MXN',
            plazoPago: { anios: 0, meses: 3, dias: 0 },
            efectivamenteCobrado: { monto: 1000, moneda: 'USD', fechaCobro: '2025-12-15' },
          },
        },
      ],
    };
    expect(lines(describeRecord(FALTAS_ADMINISTRATIVAS_GRAVES_SCHEMA, record, 'Datos del registro')).map(plain)).toEqual([
      'Datos del registro › Fecha de registro: 7 de diciembre de 2025',
      'Datos del registro › Expediente: CEDH/PRA/254/2025',
      'Datos del registro › Origen del procedimiento: Auditoría del órgano interno de control del ente público',
      'Datos generales de la persona servidora pública › Nombre(s): Juan',
      'Datos generales de la persona servidora pública › Primer apellido: Cortés',
      'Datos generales de la persona servidora pública › Sexo: Hombre',
      'Empleo, cargo o comisión › Entidad federativa: Oaxaca',
      'Empleo, cargo o comisión › Nivel u orden de gobierno: Municipal / Alcaldía',
      'Empleo, cargo o comisión › Ámbito público: Órgano autónomo',
      'Empleo, cargo o comisión › Nombre del ente público: Comisión Estatal',
      'Empleo, cargo o comisión › Nivel jerárquico: Coordinación regional',
      'Faltas cometidas › Cohecho › Descripción de los hechos: Pidió dinero.',
      'Resolución › Fecha de la resolución: 2 de octubre de 2025',
      'Resolución › Enlace de la resolución: [Abrir la resolución](https://example.gob.mx/r.pdf)',
      'Resolución › Orden jurisdiccional: Estatal',
      'Sanciones impuestas › Sanción económica › Monto: $125,431.00 MXN',
      'Sanciones impuestas › Sanción económica › Plazo de pago › Años: 0',
      'Sanciones impuestas › Sanción económica › Plazo de pago › Meses: 3',
      'Sanciones impuestas › Sanción económica › Plazo de pago › Días: 0',
      'Sanciones impuestas › Sanción económica › Monto efectivamente cobrado › Monto cobrado: USD 1,000.00',
      'Sanciones impuestas › Sanción económica › Monto efectivamente cobrado › Fecha de cobro: 15 de diciembre de 2025',
    ]);
  });

  it('personas morales: suggested keys (normatividad) as their names; a non-web address is not a link', () => {
    const record = {
      faltaCometida: [{ clave: 'OTRO', valor: 'FALTAS_PARTICULARES_ESPECIAL', descripcionHechos: 'x', normatividadInfringida: [{ nombreNormatividad: 'LGRA', articulo: '64', fraccion: null }] }],
      resolucion: { urlResolucion: 'javascript:alert(1)' },
    };
    expect(lines(describeObject(FALTAS_GRAVES_PERSONAS_MORALES_SCHEMA, record))).toEqual([
      'Faltas cometidas › Faltas de particulares en situación especial › Descripción de los hechos: x',
      'Faltas cometidas › Faltas de particulares en situación especial › Normatividad infringida › Norma infringida 1 › Nombre de la normatividad: Ley General de Responsabilidades Administrativas',
      'Faltas cometidas › Faltas de particulares en situación especial › Normatividad infringida › Norma infringida 1 › Artículo(s): 64',
      'Resolución › Enlace de la resolución: javascript:alert(1)',
    ]);
  });

  it('never shows a confidential field, even if it reached the browser', () => {
    const nodes = describeObject(S2_RECORD_SCHEMA, { nombres: 'Ana', rfc: 'XAXX010101000', curp: 'XEXX010101HNEXXXA4' });
    expect(lines(nodes)).toEqual(['Nombre(s): Ana']);
  });

  it('lists what the law keeps out of the public version', () => {
    expect(confidentialLabels(S2_RECORD_SCHEMA)).toEqual(['RFC', 'CURP', 'CURP del superior', 'RFC del superior']);
    expect(confidentialLabels(FALTAS_ADMINISTRATIVAS_GRAVES_SCHEMA)).toEqual(['CURP', 'RFC', 'Normatividad infringida', 'Fecha de pago total', 'Observaciones']);
  });
});
