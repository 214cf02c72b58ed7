// Header names → manifest fields, tolerant of case, accents, punctuation and en/es/fr wording
// ("Qty (kg)", "Cantidad", "Quantité nette"); a unit in parentheses becomes the column's default unit.
import type { Locale } from '../../i18n/locale';
import { manifestText } from './messages';
import { MANIFEST_FIELDS, type ManifestField, type ManifestRow } from './types';
import { unitOf } from './units';

const SYNONYMS: Record<ManifestField, readonly string[]> = {
  line: [
    'line',
    'line no',
    'line number',
    'item',
    'item no',
    'no',
    'nr',
    'n',
    'linea',
    'numero de linea',
    'partida',
    'renglon',
    'ligne',
    'no de ligne',
    'numero de ligne',
    'article',
  ],
  description: [
    'description',
    'goods description',
    'description of goods',
    'goods',
    'product',
    'substance',
    'chemical',
    'chemical name',
    'name',
    'commodity',
    'descripcion',
    'descripcion de la mercancia',
    'mercancia',
    'producto',
    'sustancia',
    'nombre',
    'designation',
    'designation des marchandises',
    'marchandise',
    'marchandises',
    'produit',
    'nom',
  ],
  cas: [
    'cas',
    'cas no',
    'cas number',
    'cas rn',
    'cas registry number',
    'numero cas',
    'no cas',
    'num cas',
    'n cas',
  ],
  smiles: ['smiles', 'structure', 'smiles structure', 'estructura', 'structure smiles'],
  hs_code: [
    'hs',
    'hs code',
    'hs tariff code',
    'hts',
    'hts code',
    'tariff code',
    'commodity code',
    'fraccion arancelaria',
    'fraccion',
    'codigo sa',
    'codigo arancelario',
    'code sh',
    'sh',
    'code tarifaire',
    'numero tarifaire',
    'classement tarifaire',
  ],
  quantity: [
    'quantity',
    'qty',
    'amount',
    'net quantity',
    'net weight',
    'weight',
    'cantidad',
    'peso',
    'peso neto',
    'quantite',
    'quantite nette',
    'poids',
    'poids net',
  ],
  unit: [
    'unit',
    'units',
    'uom',
    'unit of measure',
    'measure',
    'unidad',
    'unidades',
    'unidad de medida',
    'unite',
    'unites',
    'unite de mesure',
  ],
  consignor: [
    'consignor',
    'shipper',
    'exporter',
    'sender',
    'remitente',
    'expedidor',
    'exportador',
    'embarcador',
    'expediteur',
    'exportateur',
  ],
  consignee: [
    'consignee',
    'receiver',
    'importer',
    'buyer',
    'destinatario',
    'consignatario',
    'importador',
    'comprador',
    'destinataire',
    'importateur',
    'acheteur',
  ],
  forwarder: [
    'forwarder',
    'forwarders',
    'freight forwarder',
    'freight forwarders',
    'carrier',
    'agente de carga',
    'agentes de carga',
    'transitario',
    'agente aduanal',
    'transitaire',
    'transitaires',
    'agent de fret',
    'transporteur',
  ],
  route: [
    'route',
    'routing',
    'transit',
    'transit points',
    'via',
    'ruta',
    'itinerario',
    'transito',
    'puntos de transito',
    'itineraire',
    'points de transit',
  ],
  consignment: [
    'consignment',
    'consignment no',
    'shipment',
    'shipment id',
    'bl',
    'b l',
    'bill of lading',
    'awb',
    'booking',
    'embarque',
    'envio',
    'conocimiento de embarque',
    'guia',
    'envoi',
    'expedition',
    'connaissement',
  ],
};

const fold = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

const BY_NAME = new Map<string, ManifestField>();
for (const field of MANIFEST_FIELDS) for (const name of SYNONYMS[field]) BY_NAME.set(name, field);

export interface HeaderProblem {
  readonly code: 'no_substance_column' | 'duplicate_column' | 'empty';
  readonly params?: Readonly<Record<string, string>>;
  readonly message: string;
}

export interface HeaderMapping {
  readonly columns: ReadonlyMap<ManifestField, number>;
  /** A unit in the quantity header, "Quantity (kg)", used when a line gives none. */
  readonly defaultUnit: string;
  /** Header cells that name no field (kept out of the report, listed so a user sees what was skipped). */
  readonly ignored: readonly string[];
}

export type HeaderResult =
  | { readonly ok: true; readonly mapping: HeaderMapping }
  | { readonly ok: false; readonly problems: readonly HeaderProblem[] };

function fieldOf(header: string): { field: ManifestField | undefined; unit: string } {
  const unitMatch = /\(([^()]*)\)\s*$/.exec(header) ?? /\[([^[\]]*)\]\s*$/.exec(header);
  const unit = unitMatch && unitOf(unitMatch[1] ?? '') ? (unitMatch[1] ?? '').trim() : '';
  const base = fold(unitMatch ? header.slice(0, unitMatch.index) : header);
  const exact = BY_NAME.get(base) ?? BY_NAME.get(fold(header));
  if (exact) return { field: exact, unit };
  // "Número CAS del producto", "CAS #": a header that starts with a known name of one word.
  const first = base.split(' ')[0] ?? '';
  if (first === 'cas' || first === 'smiles') return { field: first, unit };
  return { field: undefined, unit };
}

export function mapHeader(headers: readonly string[], locale: Locale): HeaderResult {
  if (headers.every((h) => h.trim() === ''))
    return { ok: false, problems: [{ code: 'empty', message: manifestText(locale, 'header.empty') }] };
  const columns = new Map<ManifestField, number>();
  const problems: HeaderProblem[] = [];
  const ignored: string[] = [];
  let defaultUnit = '';
  headers.forEach((header, index) => {
    const { field, unit } = fieldOf(header);
    if (!field) {
      if (header.trim() !== '') ignored.push(header.trim());
      return;
    }
    const previous = columns.get(field);
    if (previous !== undefined) {
      const params = { first: headers[previous]?.trim() ?? '', second: header.trim(), field };
      problems.push({
        code: 'duplicate_column',
        params,
        message: manifestText(locale, 'header.duplicate_column', params),
      });
      return;
    }
    columns.set(field, index);
    if (field === 'quantity' && unit) defaultUnit = unit;
  });
  if (!columns.has('description') && !columns.has('cas') && !columns.has('smiles'))
    problems.push({
      code: 'no_substance_column',
      message: manifestText(locale, 'header.no_substance_column'),
    });
  return problems.length ? { ok: false, problems } : { ok: true, mapping: { columns, defaultUnit, ignored } };
}

/** A row's cells by field; the header's default unit fills an empty unit cell. */
export function rowOf(fileLine: number, cells: readonly string[], mapping: HeaderMapping): ManifestRow {
  const out = {} as Record<ManifestField, string>;
  for (const field of MANIFEST_FIELDS) {
    const index = mapping.columns.get(field);
    out[field] = index === undefined ? '' : (cells[index] ?? '');
  }
  if (
    out.unit.trim() === '' &&
    out.quantity.trim() !== '' &&
    mapping.defaultUnit &&
    !/[a-z]/i.test(out.quantity)
  )
    out.unit = mapping.defaultUnit;
  return { fileLine, cells: out };
}
