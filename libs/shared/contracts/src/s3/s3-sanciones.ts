import type { Catalog } from '../catalogs/catalog';
import { MONEDA, MONEDA_REAL_CURRENCIES, TIPO_AMONESTACION, type TipoSancionClave } from '../catalogs/v2';
import { byClave, date, decimal, int, list, obj, str } from '../schema/builders';
import { allowedOnlyWhen, dateNotBefore, whenSibling } from '../schema/rules';
import type { ArrayNode, ObjectNode, SchemaNode } from '../schema/types';
import { S3_MAX_LIST_ITEMS, TIPO_SANCION_BLOCK_FIELD } from './s3-collections';
import { S3_MSG } from './s3-messages';

/**
 * `tipoSancion` of the S3 v2 collections (SPEC §3.7, §3.8): one item per kind of sanción, each
 * with exactly the sub-object that its clave names. The sub-objects are the same wherever they
 * occur; each collection picks its clave catalog and the sub-objects it admits.
 */

const plazo = (label: string) => int({ label, required: true, min: 0 });
const fechaInicial = () => date({ label: 'Fecha inicial', required: true });
const fechaFinal = () => date({ label: 'Fecha final', required: true });
const finalNotBeforeInicial = dateNotBefore('fechaFinal', 'fechaInicial', S3_MSG.fechaFinal);

const moneda = (required: boolean) =>
  // Validation accepts every code of the model (imports); forms offer only real currencies.
  str({ label: 'Moneda', required, catalog: MONEDA, suggestions: MONEDA_REAL_CURRENCIES, help: 'Código ISO 4217 (por ejemplo, MXN).' });

const plazoPagoPart = (label: string) => int({ label, min: 0, max: 300 });

/**
 * `sancionEconomica` and `indemnizacion` share their shape; only the minimum amount differs
 * (sanción económica ≥ 1, indemnización ≥ 0; SPEC §3.8). Amounts keep up to 2 decimals (§3.10).
 * `fechaPagoTotal` is the only confidential field of a sanción (SPEC §1.3.3).
 */
function montoBlock(label: string, minMonto: number): ObjectNode {
  return obj({
    label,
    fields: {
      monto: decimal({ label: 'Monto', required: true, min: minMonto, scale: 2, help: 'Importe total, con hasta dos decimales.' }),
      moneda: moneda(true),
      plazoPago: obj({
        label: 'Plazo de pago',
        help: 'Si la autoridad aún no cuenta con estos datos, déjelos vacíos.',
        fields: { anios: plazoPagoPart('Años'), meses: plazoPagoPart('Meses'), dias: plazoPagoPart('Días') },
      }),
      efectivamenteCobrado: obj({
        label: 'Monto efectivamente cobrado',
        help: 'Si la autoridad aún no cuenta con estos datos, déjelos vacíos.',
        fields: {
          monto: decimal({ label: 'Monto cobrado', min: 0, scale: 2 }),
          moneda: moneda(false),
          fechaCobro: date({ label: 'Fecha de cobro' }),
        },
      }),
      fechaPagoTotal: date({ label: 'Fecha de pago total', visibility: 'confidencial' }),
    },
  });
}

/** Every sanción sub-object, keyed by its field name. */
const BLOCKS = {
  suspensionEmpleo: () =>
    obj({
      label: 'Suspensión del empleo, cargo o comisión',
      fields: {
        plazoMeses: plazo('Plazo en meses'),
        plazoDias: plazo('Plazo en días'),
        fechaInicial: fechaInicial(),
        fechaFinal: fechaFinal(),
      },
      rules: [finalNotBeforeInicial],
    }),
  destitucionEmpleo: () =>
    obj({
      label: 'Destitución del empleo, cargo o comisión',
      fields: { fechaDestitucion: date({ label: 'Fecha de destitución', help: 'Déjela vacía si aún no se conoce.' }) },
    }),
  sancionEconomica: () => montoBlock('Sanción económica', 1),
  indemnizacion: () => montoBlock('Indemnización', 0),
  inhabilitacion: () =>
    obj({
      label: 'Inhabilitación',
      fields: {
        plazoAnios: plazo('Plazo en años'),
        plazoMeses: plazo('Plazo en meses'),
        plazoDias: plazo('Plazo en días'),
        fechaInicial: fechaInicial(),
        fechaFinal: fechaFinal(),
      },
      rules: [finalNotBeforeInicial],
    }),
  amonestacion: () =>
    obj({ label: 'Amonestación', fields: { tipo: str({ label: 'Tipo de amonestación', required: true, catalog: TIPO_AMONESTACION }) } }),
  suspensionActividades: () =>
    obj({
      label: 'Suspensión de actividades',
      fields: {
        // Misspelled in the standard (SPEC §9 D18); the official name is kept everywhere.
        plazoSuspensioAnios: plazo('Plazo en años'),
        plazoSuspensionMeses: plazo('Plazo en meses'),
        plazoSuspensionDias: plazo('Plazo en días'),
        fechaInicial: fechaInicial(),
        fechaFinal: fechaFinal(),
      },
      rules: [finalNotBeforeInicial],
    }),
  disolucionSociedad: () =>
    obj({ label: 'Disolución de la sociedad', fields: { fechaDisolucion: date({ label: 'Fecha de disolución', required: true }) } }),
  otro: () =>
    obj({
      label: 'Otra sanción',
      fields: {
        denominacionSancion: str({ label: 'Denominación de la sanción', required: true, help: 'Nombre de la sanción según la ley estatal.' }),
      },
    }),
} as const;

export type SancionBlockField = keyof typeof BLOCKS;

/** How messages name each sub-object: «Capture los datos de la inhabilitación…». */
const BLOCK_PHRASE: Readonly<Record<SancionBlockField, string>> = {
  suspensionEmpleo: 'la suspensión del empleo, cargo o comisión',
  destitucionEmpleo: 'la destitución del empleo, cargo o comisión',
  sancionEconomica: 'la sanción económica',
  indemnizacion: 'la indemnización',
  inhabilitacion: 'la inhabilitación',
  amonestacion: 'la amonestación',
  suspensionActividades: 'la suspensión de actividades',
  disolucionSociedad: 'la disolución de la sociedad',
  otro: 'la otra sanción',
};

const claveOf = (field: SancionBlockField): TipoSancionClave =>
  (Object.keys(TIPO_SANCION_BLOCK_FIELD) as TipoSancionClave[]).find((clave) => TIPO_SANCION_BLOCK_FIELD[clave] === field) ?? 'OTRO';

/**
 * The `tipoSancion` list of a collection: the clave catalog, the sub-objects it admits (in SPEC
 * order) and the aliases accepted for the clave. Each sub-object is required when the clave names
 * it and rejected otherwise; a clave may appear only once per record.
 */
export function tipoSancion(options: {
  catalog: Catalog<TipoSancionClave>;
  blocks: readonly SancionBlockField[];
  aliases?: Readonly<Record<string, string>>;
}): ArrayNode {
  const fields: Record<string, SchemaNode> = {
    clave: str({
      label: 'Tipo de sanción',
      required: true,
      catalog: options.catalog,
      ...(options.aliases ? { aliases: options.aliases } : {}),
    }),
  };
  const allowed: Record<string, readonly string[]> = {};
  for (const field of options.blocks) {
    const clave = claveOf(field);
    const block = BLOCKS[field]();
    // A block with no required field (destitución: its date may be unknown) can be empty, and an
    // empty object is the same as an absent one, so such a block is never demanded.
    const demanded = Object.values(block.fields).some((child) => child.required === true);
    fields[field] = demanded
      ? { ...block, required: whenSibling('clave', clave), requiredMessage: S3_MSG.blockRequired(BLOCK_PHRASE[field]) }
      : block;
    allowed[field] = [clave];
  }
  const notApplicable = (field: string, actual: unknown) => S3_MSG.blockNotApplicable(BLOCK_PHRASE[field as SancionBlockField], actual);
  return list({
    label: 'Sanciones impuestas',
    required: true,
    minItems: 1,
    maxItems: S3_MAX_LIST_ITEMS,
    uniqueBy: byClave,
    uniqueMessage: S3_MSG.duplicateSancion,
    of: obj({ label: 'Sanción', fields, rules: [allowedOnlyWhen('clave', allowed, notApplicable)] }),
  });
}
