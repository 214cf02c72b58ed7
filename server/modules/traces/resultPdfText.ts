// The words of the trace result PDF in en, es-MX and fr-CA (terms of DOMAIN.md's glossary). TLP labels are not
// here: they stay in English in every language.
import type { HolderKind, IndicatorCode, TraceStatus } from '../../../core/firearms';
import type { Locale } from '../../../core/i18n/locale';
import { UI_CATALOGUES } from '../../../core/i18n/ui';

interface PdfOwnText {
  title: string;
  traceId: string;
  status: string;
  reason: string;
  firearm: string;
  make: string;
  model: string;
  serial: string;
  recovered: string;
  requestedBy: string;
  custody: string;
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
  noResult: string;
  generatedAt: string;
  page: string;
  handling: string;
}

const en: PdfOwnText = {
  title: 'Trace result',
  traceId: 'Trace',
  status: 'Status',
  reason: 'Reason',
  firearm: 'Firearm',
  make: 'Make',
  model: 'Model',
  serial: 'Serial number',
  recovered: 'Recovered',
  requestedBy: 'Requested by',
  custody: 'Chain of custody',
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
  noResult: 'No result yet.',
  generatedAt: 'Generated at',
  page: 'Page',
  handling: 'Handle according to the TLP label.',
};

const es: PdfOwnText = {
  title: 'Resultado del rastreo',
  traceId: 'Rastreo',
  status: 'Estado',
  reason: 'Motivo',
  firearm: 'Arma de fuego',
  make: 'Marca',
  model: 'Modelo',
  serial: 'Número de serie',
  recovered: 'Aseguramiento',
  requestedBy: 'Solicitado por',
  custody: 'Cadena de custodia',
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
  noResult: 'Aún no hay resultado.',
  generatedAt: 'Generado el',
  page: 'Página',
  handling: 'Manéjese conforme a la etiqueta TLP.',
};

const fr: PdfOwnText = {
  title: 'Résultat du traçage',
  traceId: 'Traçage',
  status: 'État',
  reason: 'Motif',
  firearm: 'Arme à feu',
  make: 'Marque',
  model: 'Modèle',
  serial: 'Numéro de série',
  recovered: 'Récupération',
  requestedBy: 'Demandée par',
  custody: 'Chaîne de possession',
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
  noResult: 'Pas encore de résultat.',
  generatedAt: 'Produit le',
  page: 'Page',
  handling: 'À traiter selon l’étiquette TLP.',
};

export interface ResultPdfText extends PdfOwnText {
  statuses: Readonly<Record<TraceStatus, string>>;
  serialStates: Readonly<Record<'intact' | 'obliterated' | 'partly_restored', string>>;
  kinds: Readonly<Record<HolderKind, string>>;
  indicatorNames: Readonly<Record<IndicatorCode, string>>;
  strength: Readonly<Record<'strong' | 'moderate', string>>;
}

/**
 * Statuses, serial states, holder kinds, indicator names and strengths are the words the web shows on the same
 * trace, taken from its catalogue so the PDF and the page can never say "Concluida" and "Concluido" for one trace.
 */
function withWebWords(locale: Locale, own: PdfOwnText): ResultPdfText {
  const ui = UI_CATALOGUES[locale];
  return {
    ...own,
    statuses: ui.traces.statuses,
    serialStates: ui.serialStates,
    kinds: ui.traces.holderKinds,
    indicatorNames: ui.traces.indicatorNames,
    strength: ui.traces.strengths,
  };
}

export const RESULT_PDF_TEXT: Record<Locale, ResultPdfText> = {
  en: withWebWords('en', en),
  es: withWebWords('es', es),
  fr: withWebWords('fr', fr),
};
