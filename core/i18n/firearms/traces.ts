// Localised texts of trace outcomes: why a trace ended without a purchaser (`firearms.notTraceable.<code>`) and why
// each trafficking indicator applies (`firearms.indicator.<code>`). The compiler checks every code has a text.
import type { IndicatorCode, NonCompletionReason } from '../../firearms';
import { interpolate, type Locale } from '../locale';

interface TraceTexts {
  notTraceable: Record<NonCompletionReason, string>;
  indicator: Record<IndicatorCode, string>;
}

const en: TraceTexts = {
  notTraceable: {
    pre_1968: 'Made in {{year}}, before 1968: no records were required.',
    no_serial: 'The firearm has no serial number.',
    obliterated_not_restored: 'The serial number is obliterated and was not restored.',
    serial_too_damaged:
      'Too little of the serial number was restored to ask record holders about it: at most {{maxUnreadable}} unreadable characters, at least {{minReadable}} readable ones, and no unknown length (*).',
    serial_not_found: 'The maker or importer has no record of this serial number.',
    description_mismatch: 'The records describe a different firearm.',
    broken_chain: 'A record holder has no record of receiving this firearm.',
    holder_out_of_business: 'A record holder went out of business and its records are not available.',
    loop_in_records: 'The records send the firearm round in a loop.',
    conflicting_records: 'A record holder’s records hold {{count}} different dispositions.',
    lost_or_stolen_from_holder: 'The firearm was lost or stolen from a record holder.',
    exported_abroad: 'The firearm was exported to {{country}}.',
    foreign_origin: 'Made abroad with no US or Canadian importer: ask the country of manufacture.',
    origin_unknown: 'Neither the country of manufacture nor a known importer or maker could start the chain.',
    maker_not_known:
      'The tracing centre knows no manufacturer of {{make}} among its record holders: the chain has no first holder to ask.',
    request_error: 'The request contradicts the records (for example, recovered before it was sold).',
  },
  indicator: {
    short_ttc: 'Recovered {{days}} days ({{years}} years) after its first retail sale.',
    purchaser_not_possessor: 'The possessor is not the purchaser.',
    purchaser_multiple_traces: 'The purchaser bought {{count}} traced firearms.',
    dealer_short_ttc_traces:
      'The dealer sold {{count}} traced firearms with a short time-to-crime recovered in the {{months}} months up to this recovery.',
    multiple_sales_report: 'Listed in {{reports}} multiple-sales reports.',
    border_state_to_mexico: 'Sold in {{state}}, a US border state, and recovered in Mexico.',
    obliterated_serial: 'The serial number was obliterated.',
  },
};

const es: TraceTexts = {
  notTraceable: {
    pre_1968: 'Fabricada en {{year}}, antes de 1968: no se exigían registros.',
    no_serial: 'El arma no tiene número de serie.',
    obliterated_not_restored: 'El número de serie está borrado y no se restauró.',
    serial_too_damaged:
      'Se restauró muy poco del número de serie para consultar a los titulares de registros: como máximo {{maxUnreadable}} caracteres ilegibles, al menos {{minReadable}} legibles y sin longitud desconocida (*).',
    serial_not_found: 'El fabricante o importador no tiene registro de este número de serie.',
    description_mismatch: 'Los registros describen otra arma.',
    broken_chain: 'Un titular de registros no tiene registro de haber recibido esta arma.',
    holder_out_of_business: 'Un titular de registros cerró y sus registros no están disponibles.',
    loop_in_records: 'Los registros hacen que el arma circule en un ciclo.',
    conflicting_records: 'Los registros de un titular contienen {{count}} enajenaciones distintas.',
    lost_or_stolen_from_holder: 'El arma se extravió o fue robada a un titular de registros.',
    exported_abroad: 'El arma se exportó a {{country}}.',
    foreign_origin:
      'Fabricada en el extranjero sin importador en EE. UU. o Canadá: consulte al país de fabricación.',
    origin_unknown:
      'Ni el país de fabricación ni un importador o fabricante conocido permiten iniciar la cadena.',
    maker_not_known:
      'El centro de rastreo no conoce ningún fabricante de {{make}} entre sus titulares de registros: la cadena no tiene un primer titular al que consultar.',
    request_error: 'La solicitud contradice los registros (por ejemplo, asegurada antes de su venta).',
  },
  indicator: {
    short_ttc: 'Asegurada {{days}} días ({{years}} años) después de su primera venta minorista.',
    purchaser_not_possessor: 'El poseedor no es el primer comprador minorista.',
    purchaser_multiple_traces: 'El comprador adquirió {{count}} armas rastreadas.',
    dealer_short_ttc_traces:
      'El comerciante vendió {{count}} armas rastreadas con tiempo al delito corto aseguradas en los {{months}} meses hasta este aseguramiento.',
    multiple_sales_report: 'Aparece en {{reports}} reportes de ventas múltiples.',
    border_state_to_mexico: 'Vendida en {{state}}, estado fronterizo de EE. UU., y asegurada en México.',
    obliterated_serial: 'El número de serie estaba borrado o limado.',
  },
};

const fr: TraceTexts = {
  notTraceable: {
    pre_1968: 'Fabriquée en {{year}}, avant 1968 : aucun registre n’était exigé.',
    no_serial: 'L’arme n’a pas de numéro de série.',
    obliterated_not_restored: 'Le numéro de série est oblitéré et n’a pas été restauré.',
    serial_too_damaged:
      'Trop peu du numéro de série a été restauré pour interroger les détenteurs de registres : au plus {{maxUnreadable}} caractères illisibles, au moins {{minReadable}} lisibles, et pas de longueur inconnue (*).',
    serial_not_found: 'Le fabricant ou l’importateur n’a aucune trace de ce numéro de série.',
    description_mismatch: 'Les registres décrivent une autre arme.',
    broken_chain: 'Un détenteur de registres n’a aucune trace de la réception de cette arme.',
    holder_out_of_business: 'Un détenteur de registres a fermé et ses registres ne sont pas disponibles.',
    loop_in_records: 'Les registres font tourner l’arme en boucle.',
    conflicting_records: 'Les registres d’un détenteur contiennent {{count}} cessions différentes.',
    lost_or_stolen_from_holder: 'L’arme a été perdue ou volée chez un détenteur de registres.',
    exported_abroad: 'L’arme a été exportée vers {{country}}.',
    foreign_origin:
      'Fabriquée à l’étranger sans importateur américain ou canadien : interrogez le pays de fabrication.',
    origin_unknown:
      'Ni le pays de fabrication ni un importateur ou fabricant connu ne permettent d’amorcer la chaîne.',
    maker_not_known:
      'Le centre de traçage ne connaît aucun fabricant de {{make}} parmi ses détenteurs de registres : la chaîne n’a pas de premier détenteur à interroger.',
    request_error: 'La demande contredit les registres (par exemple, récupérée avant sa vente).',
  },
  indicator: {
    short_ttc: 'Récupérée {{days}} jours ({{years}} ans) après sa première vente au détail.',
    purchaser_not_possessor: 'Le possesseur n’est pas le premier acheteur au détail.',
    purchaser_multiple_traces: 'L’acheteur a acquis {{count}} armes tracées.',
    dealer_short_ttc_traces:
      'Le marchand a vendu {{count}} armes tracées à court délai avant le crime, récupérées dans les {{months}} mois précédant cette récupération.',
    multiple_sales_report: 'Figure dans {{reports}} déclarations de ventes multiples.',
    border_state_to_mexico: 'Vendue en {{state}}, État frontalier américain, et récupérée au Mexique.',
    obliterated_serial: 'Le numéro de série était oblitéré.',
  },
};

const TEXTS: Record<Locale, TraceTexts> = { en, es, fr };

export function notTraceableText(
  locale: Locale,
  reason: NonCompletionReason,
  params: Readonly<Record<string, unknown>> = {},
): string {
  return interpolate(TEXTS[locale].notTraceable[reason], stringParams(params));
}

export function indicatorText(
  locale: Locale,
  code: IndicatorCode,
  params: Readonly<Record<string, string | number>> = {},
): string {
  return interpolate(TEXTS[locale].indicator[code], { ...params });
}

function stringParams(params: Readonly<Record<string, unknown>>): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(params)) if (typeof v === 'string' || typeof v === 'number') out[k] = v;
  return out;
}
