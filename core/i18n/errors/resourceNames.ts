// What a "not found" problem names, in each language: the server names the missing resource by its record type
// ("recovery", "multiple_sales"), which must not reach a Spanish or French reader as an English identifier.
import type { Locale } from '../locale';

const en = {
  access_request: 'access request',
  agency: 'agency',
  alert: 'alert',
  api_token: 'API token',
  attachment: 'attachment',
  chemical: 'chemical',
  export_notification: 'export notification',
  hop: 'record holder request',
  lost_stolen: 'lost or stolen firearm report',
  match_notice: 'match notice',
  multiple_sales: 'multiple-sales report',
  recovery: 'recovered firearm',
  reference_proposal: 'reference table proposal',
  route: 'API route',
  sharing_group: 'sharing group',
  structure: 'chemical structure',
  trace: 'trace',
  user: 'user',
  watch_list_entry: 'watch list entry',
};

type ResourceNames = Record<keyof typeof en, string>;

const es: ResourceNames = {
  access_request: 'solicitud de acceso',
  agency: 'dependencia',
  alert: 'alerta',
  api_token: 'token de API',
  attachment: 'archivo adjunto',
  chemical: 'sustancia química',
  export_notification: 'notificación de exportación',
  hop: 'consulta al titular de registros',
  lost_stolen: 'reporte de arma extraviada o robada',
  match_notice: 'aviso de coincidencia',
  multiple_sales: 'reporte de ventas múltiples',
  recovery: 'arma de fuego asegurada',
  reference_proposal: 'propuesta para la tabla de referencia',
  route: 'ruta de la API',
  sharing_group: 'grupo de intercambio',
  structure: 'estructura química',
  trace: 'rastreo',
  user: 'usuario',
  watch_list_entry: 'entrada de la lista de vigilancia',
};

const fr: ResourceNames = {
  access_request: 'demande d’accès',
  agency: 'organisme',
  alert: 'alerte',
  api_token: 'jeton d’API',
  attachment: 'pièce jointe',
  chemical: 'substance chimique',
  export_notification: 'notification d’exportation',
  hop: 'demande au détenteur de registres',
  lost_stolen: 'déclaration d’arme perdue ou volée',
  match_notice: 'avis de concordance',
  multiple_sales: 'déclaration de ventes multiples',
  recovery: 'arme à feu récupérée',
  reference_proposal: 'proposition pour la table de référence',
  route: 'route de l’API',
  sharing_group: 'groupe de partage',
  structure: 'structure chimique',
  trace: 'traçage',
  user: 'utilisateur',
  watch_list_entry: 'entrée de la liste de surveillance',
};

const NAMES: Record<Locale, ResourceNames> = { en, es, fr };

const isNamed = (resource: string): resource is keyof ResourceNames => Object.hasOwn(en, resource);

/** The resource's name in the language; an unnamed one (a URL path of an unknown route) stays as it is. */
export function resourceName(locale: Locale, resource: string): string {
  return isNamed(resource) ? NAMES[locale][resource] : resource;
}
