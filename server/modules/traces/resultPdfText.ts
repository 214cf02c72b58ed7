// The words of the trace result PDF in en, es-MX and fr-CA (terms of DOMAIN.md's glossary). TLP labels are not
// here: they stay in English in every language.
import type { HolderKind, IndicatorCode, TraceStatus } from '../../../core/firearms';
import type { Locale } from '../../../core/i18n/locale';

export interface ResultPdfText {
  title: string;
  traceId: string;
  status: string;
  statuses: Record<TraceStatus, string>;
  reason: string;
  firearm: string;
  make: string;
  model: string;
  serial: string;
  serialStates: Record<'intact' | 'obliterated' | 'partly_restored', string>;
  recovered: string;
  requestedBy: string;
  custody: string;
  kinds: Record<HolderKind, string>;
  disposedOn: string;
  dealer: string;
  licence: string;
  location: string;
  purchaser: string;
  masked: string;
  birthDate: string;
  address: string;
  purchaseDate: string;
  timeToCrime: string;
  ttcValue: string;
  indicators: string;
  noIndicators: string;
  indicatorNames: Record<IndicatorCode, string>;
  strength: Record<'strong' | 'moderate', string>;
  noResult: string;
  generatedAt: string;
  page: string;
  handling: string;
}

const en: ResultPdfText = {
  title: 'Trace result',
  traceId: 'Trace',
  status: 'Status',
  statuses: {
    submitted: 'Submitted',
    in_progress: 'In progress',
    awaiting_record_holder: 'Awaiting record holder',
    completed: 'Completed',
    not_traceable: 'Not traceable',
  },
  reason: 'Reason',
  firearm: 'Firearm',
  make: 'Make',
  model: 'Model',
  serial: 'Serial number',
  serialStates: { intact: 'legible', obliterated: 'obliterated', partly_restored: 'partly restored' },
  recovered: 'Recovered',
  requestedBy: 'Requested by',
  custody: 'Chain of custody',
  kinds: { manufacturer: 'Manufacturer', importer: 'Importer', wholesaler: 'Wholesaler', dealer: 'Dealer' },
  disposedOn: 'disposed of on',
  dealer: 'Licensed dealer',
  licence: 'licence',
  location: 'Location',
  purchaser: 'First retail purchaser',
  masked: 'Withheld: your role does not see personal data',
  birthDate: 'Date of birth',
  address: 'Address',
  purchaseDate: 'Purchase date',
  timeToCrime: 'Time-to-crime',
  ttcValue: '{{days}} days ({{years}} years)',
  indicators: 'Trafficking indicators',
  noIndicators: 'None apply.',
  indicatorNames: {
    short_ttc: 'Short time-to-crime',
    purchaser_not_possessor: 'Purchaser is not the possessor',
    purchaser_multiple_traces: 'Purchaser of several traced firearms',
    dealer_short_ttc_traces: 'Dealer with many short time-to-crime traces',
    multiple_sales_report: 'Multiple-sales report',
    border_state_to_mexico: 'Sold in a US border state, recovered in Mexico',
    obliterated_serial: 'Obliterated serial number',
  },
  strength: { strong: 'strong', moderate: 'moderate' },
  noResult: 'No result yet.',
  generatedAt: 'Generated at',
  page: 'Page',
  handling: 'Handle according to the TLP label.',
};

const es: ResultPdfText = {
  title: 'Resultado del rastreo',
  traceId: 'Rastreo',
  status: 'Estado',
  statuses: {
    submitted: 'Enviada',
    in_progress: 'En proceso',
    awaiting_record_holder: 'En espera del titular de registros',
    completed: 'Concluida',
    not_traceable: 'No rastreable',
  },
  reason: 'Motivo',
  firearm: 'Arma de fuego',
  make: 'Marca',
  model: 'Modelo',
  serial: 'Número de serie',
  serialStates: {
    intact: 'legible',
    obliterated: 'borrado / limado',
    partly_restored: 'restaurado en parte',
  },
  recovered: 'Aseguramiento',
  requestedBy: 'Solicitada por',
  custody: 'Cadena de custodia',
  kinds: {
    manufacturer: 'Fabricante',
    importer: 'Importador',
    wholesaler: 'Mayorista',
    dealer: 'Comerciante',
  },
  disposedOn: 'enajenada el',
  dealer: 'Comerciante autorizado',
  licence: 'licencia',
  location: 'Ubicación',
  purchaser: 'Primer comprador minorista',
  masked: 'Reservado: su rol no ve datos personales',
  birthDate: 'Fecha de nacimiento',
  address: 'Domicilio',
  purchaseDate: 'Fecha de compra',
  timeToCrime: 'Tiempo al delito',
  ttcValue: '{{days}} días ({{years}} años)',
  indicators: 'Indicadores de tráfico',
  noIndicators: 'No aplica ninguno.',
  indicatorNames: {
    short_ttc: 'Tiempo al delito corto',
    purchaser_not_possessor: 'El comprador no es el poseedor',
    purchaser_multiple_traces: 'Comprador de varias armas rastreadas',
    dealer_short_ttc_traces: 'Comerciante con muchos rastreos de tiempo al delito corto',
    multiple_sales_report: 'Reporte de ventas múltiples',
    border_state_to_mexico: 'Vendida en un estado fronterizo de EE. UU., asegurada en México',
    obliterated_serial: 'Número de serie borrado / limado',
  },
  strength: { strong: 'fuerte', moderate: 'moderado' },
  noResult: 'Aún no hay resultado.',
  generatedAt: 'Generado el',
  page: 'Página',
  handling: 'Manéjese conforme a la etiqueta TLP.',
};

const fr: ResultPdfText = {
  title: 'Résultat du traçage',
  traceId: 'Traçage',
  status: 'État',
  statuses: {
    submitted: 'Soumise',
    in_progress: 'En cours',
    awaiting_record_holder: 'En attente du détenteur de registres',
    completed: 'Terminée',
    not_traceable: 'Non traçable',
  },
  reason: 'Motif',
  firearm: 'Arme à feu',
  make: 'Marque',
  model: 'Modèle',
  serial: 'Numéro de série',
  serialStates: { intact: 'lisible', obliterated: 'oblitéré', partly_restored: 'restauré en partie' },
  recovered: 'Récupération',
  requestedBy: 'Demandée par',
  custody: 'Chaîne de possession',
  kinds: { manufacturer: 'Fabricant', importer: 'Importateur', wholesaler: 'Grossiste', dealer: 'Marchand' },
  disposedOn: 'cédée le',
  dealer: 'Marchand autorisé',
  licence: 'permis',
  location: 'Emplacement',
  purchaser: 'Premier acheteur au détail',
  masked: 'Retenu : votre rôle ne voit pas les données personnelles',
  birthDate: 'Date de naissance',
  address: 'Adresse',
  purchaseDate: 'Date d’achat',
  timeToCrime: 'Délai avant le crime',
  ttcValue: '{{days}} jours ({{years}} ans)',
  indicators: 'Indicateurs de trafic',
  noIndicators: 'Aucun ne s’applique.',
  indicatorNames: {
    short_ttc: 'Délai avant le crime court',
    purchaser_not_possessor: 'L’acheteur n’est pas le possesseur',
    purchaser_multiple_traces: 'Acheteur de plusieurs armes tracées',
    dealer_short_ttc_traces: 'Marchand aux nombreux traçages à délai court',
    multiple_sales_report: 'Déclaration de ventes multiples',
    border_state_to_mexico: 'Vendue dans un État frontalier américain, récupérée au Mexique',
    obliterated_serial: 'Numéro de série oblitéré',
  },
  strength: { strong: 'fort', moderate: 'modéré' },
  noResult: 'Pas encore de résultat.',
  generatedAt: 'Produit le',
  page: 'Page',
  handling: 'À traiter selon l’étiquette TLP.',
};

export const RESULT_PDF_TEXT: Record<Locale, ResultPdfText> = { en, es, fr };
