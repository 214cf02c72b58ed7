// Texts of manifest reports in en, es-MX and fr-CA: line errors, reasons, red flags and header problems.
// Server, CLI and CSV reports speak the caller's language; the web shows these texts as sent.
import type { Locale } from '../../i18n/locale';

const en = {
  'error.empty_line': 'Empty line: no description, CAS, SMILES or quantity.',
  'error.invalid_smiles': 'Not a valid SMILES: "{{value}}".',
  'error.invalid_cas': 'CAS "{{value}}" has a wrong check digit (expected {{expected}}).',
  'error.invalid_cas_format': '"{{value}}" is not a CAS number (NNNNNNN-NN-N).',
  'error.quantity_not_a_number': 'Quantity "{{value}}" is not a number.',
  'error.quantity_not_positive': 'Quantity "{{value}}" must be greater than zero.',
  'error.quantity_absurd': 'Quantity "{{value}} {{unit}}" is not plausible for one line.',
  'error.unit_unknown': 'Unknown unit "{{unit}}" (use kg, g, mg, t, lb, L, mL, gal or units).',
  'error.unit_missing': 'Quantity "{{value}}" has no unit.',
  'error.cell_too_long': 'Cell longer than {{maximum}} characters; not read.',
  'rule.exact_match': 'Exact structure match with {{parent}}',
  'rule.identifier_match': 'Identifier of {{parent}}',
  'rule.salt_form': 'Salt or solvate of {{parent}}',
  'rule.stereo_isotope_variant': 'Stereo or isotope variant of {{parent}}',
  'rule.parent_by_transformation': 'Protected, halogenated or acetal form of {{parent}}',
  'rule.core': 'Contains the core structure of {{parent}}',
  'rule.similarity': 'Structurally similar to {{parent}} (score {{score}})',
  'rule.not_found': '"{{value}}" does not resolve to any chemical in the reference list',
  'reason.controlledIn': 'controlled in {{jurisdictions}}',
  'reason.unknownIn': 'listing unconfirmed in {{jurisdictions}}',
  'flag.extraordinary_quantity':
    '{{quantity}} {{unit}} is extraordinary for {{consignee}}: {{shipments}} earlier shipments, median {{median}} {{unit}}, largest {{max}} {{unit}}.',
  'flag.extraordinary_total':
    'Lines of this manifest add up to {{total}} {{unit}} for {{consignee}}, far above its largest earlier shipment ({{max}} {{unit}}).',
  'flag.watch_list': '{{role}} "{{name}}" is on the watch list ({{kind}}): {{reason}}',
  'flag.several_forwarders': 'Several freight forwarders for one consignment: {{forwarders}}.',
  'flag.high_risk_transit': 'Route through {{point}} ({{country}}): {{reason}}.',
  'flag.description_mismatch':
    'The description names {{described}}, but the CAS/SMILES given is {{declared}}.',
  'flag.identifier_mismatch': 'The CAS number denotes {{cas}}, but the SMILES is {{structure}}.',
  'flag.innocuous_description':
    'The description "{{description}}" does not name {{parent}}, which the CAS/SMILES denotes.',
  'flag.pill_press': 'Pill press, tablet die or punch ({{evidence}}).',
  'role.consignee': 'Consignee',
  'role.consignor': 'Consignor',
  'role.forwarder': 'Forwarder',
  'structure.unlisted': 'an unlisted structure',
  'header.no_substance_column':
    'No column names the substance: add one headed description, CAS or SMILES (or descripción, désignation…).',
  'header.duplicate_column': 'Columns "{{first}}" and "{{second}}" both read as {{field}}.',
  'header.empty': 'The file has no header row.',
} as const;

export type ManifestMessageKey = keyof typeof en;
type Catalogue = Record<ManifestMessageKey, string>;

const es: Catalogue = {
  'error.empty_line': 'Línea vacía: sin descripción, CAS, SMILES ni cantidad.',
  'error.invalid_smiles': 'SMILES no válido: "{{value}}".',
  'error.invalid_cas':
    'El CAS "{{value}}" tiene un dígito verificador incorrecto (se esperaba {{expected}}).',
  'error.invalid_cas_format': '"{{value}}" no es un número CAS (NNNNNNN-NN-N).',
  'error.quantity_not_a_number': 'La cantidad "{{value}}" no es un número.',
  'error.quantity_not_positive': 'La cantidad "{{value}}" debe ser mayor que cero.',
  'error.quantity_absurd': 'La cantidad "{{value}} {{unit}}" no es verosímil para una línea.',
  'error.unit_unknown': 'Unidad desconocida "{{unit}}" (use kg, g, mg, t, lb, L, mL, gal o piezas).',
  'error.unit_missing': 'La cantidad "{{value}}" no tiene unidad.',
  'error.cell_too_long': 'Celda de más de {{maximum}} caracteres; no se leyó.',
  'rule.exact_match': 'Coincidencia estructural exacta con {{parent}}',
  'rule.identifier_match': 'Identificador de {{parent}}',
  'rule.salt_form': 'Sal o solvato de {{parent}}',
  'rule.stereo_isotope_variant': 'Variante estereoisomérica o isotópica de {{parent}}',
  'rule.parent_by_transformation': 'Forma protegida, halogenada o acetal de {{parent}}',
  'rule.core': 'Contiene la estructura base de {{parent}}',
  'rule.similarity': 'Estructuralmente similar a {{parent}} (puntuación {{score}})',
  'rule.not_found': '"{{value}}" no corresponde a ninguna sustancia de la lista de referencia',
  'reason.controlledIn': 'controlada en {{jurisdictions}}',
  'reason.unknownIn': 'listado sin confirmar en {{jurisdictions}}',
  'flag.extraordinary_quantity':
    '{{quantity}} {{unit}} es extraordinario para {{consignee}}: {{shipments}} envíos anteriores, mediana {{median}} {{unit}}, máximo {{max}} {{unit}}.',
  'flag.extraordinary_total':
    'Las líneas de este manifiesto suman {{total}} {{unit}} para {{consignee}}, muy por encima de su mayor envío anterior ({{max}} {{unit}}).',
  'flag.watch_list': '{{role}} "{{name}}" está en la lista de vigilancia ({{kind}}): {{reason}}',
  'flag.several_forwarders': 'Varios agentes de carga para un mismo embarque: {{forwarders}}.',
  'flag.high_risk_transit': 'Ruta por {{point}} ({{country}}): {{reason}}.',
  'flag.description_mismatch':
    'La descripción nombra {{described}}, pero el CAS/SMILES declarado es {{declared}}.',
  'flag.identifier_mismatch': 'El número CAS corresponde a {{cas}}, pero el SMILES es {{structure}}.',
  'flag.innocuous_description':
    'La descripción "{{description}}" no nombra {{parent}}, que es lo que indica el CAS/SMILES.',
  'flag.pill_press': 'Tableteadora, troquel o punzón para tabletas ({{evidence}}).',
  'role.consignee': 'Consignatario',
  'role.consignor': 'Remitente',
  'role.forwarder': 'Agente de carga',
  'structure.unlisted': 'una estructura no listada',
  'header.no_substance_column':
    'Ninguna columna nombra la sustancia: agregue una con encabezado descripción, CAS o SMILES.',
  'header.duplicate_column': 'Las columnas "{{first}}" y "{{second}}" se leen ambas como {{field}}.',
  'header.empty': 'El archivo no tiene fila de encabezados.',
};

const fr: Catalogue = {
  'error.empty_line': 'Ligne vide : ni désignation, ni CAS, ni SMILES, ni quantité.',
  'error.invalid_smiles': 'SMILES invalide : « {{value}} ».',
  'error.invalid_cas': 'Le CAS « {{value}} » a un chiffre de contrôle erroné ({{expected}} attendu).',
  'error.invalid_cas_format': '« {{value}} » n’est pas un numéro CAS (NNNNNNN-NN-N).',
  'error.quantity_not_a_number': 'La quantité « {{value}} » n’est pas un nombre.',
  'error.quantity_not_positive': 'La quantité « {{value}} » doit être supérieure à zéro.',
  'error.quantity_absurd': 'La quantité « {{value}} {{unit}} » n’est pas vraisemblable pour une ligne.',
  'error.unit_unknown': 'Unité inconnue « {{unit}} » (kg, g, mg, t, lb, L, mL, gal ou unités).',
  'error.unit_missing': 'La quantité « {{value}} » n’a pas d’unité.',
  'error.cell_too_long': 'Cellule de plus de {{maximum}} caractères; non lue.',
  'rule.exact_match': 'Correspondance structurale exacte avec {{parent}}',
  'rule.identifier_match': 'Identifiant de {{parent}}',
  'rule.salt_form': 'Sel ou solvate de {{parent}}',
  'rule.stereo_isotope_variant': 'Variante stéréo-isomérique ou isotopique de {{parent}}',
  'rule.parent_by_transformation': 'Forme protégée, halogénée ou acétal de {{parent}}',
  'rule.core': 'Contient la structure de base de {{parent}}',
  'rule.similarity': 'Structurellement semblable à {{parent}} (score {{score}})',
  'rule.not_found': '« {{value}} » ne correspond à aucune substance de la liste de référence',
  'reason.controlledIn': 'contrôlé en {{jurisdictions}}',
  'reason.unknownIn': 'inscription non confirmée en {{jurisdictions}}',
  'flag.extraordinary_quantity':
    '{{quantity}} {{unit}} est extraordinaire pour {{consignee}} : {{shipments}} envois antérieurs, médiane {{median}} {{unit}}, maximum {{max}} {{unit}}.',
  'flag.extraordinary_total':
    'Les lignes de ce manifeste totalisent {{total}} {{unit}} pour {{consignee}}, bien au-delà de son plus gros envoi antérieur ({{max}} {{unit}}).',
  'flag.watch_list': '{{role}} « {{name}} » figure sur la liste de surveillance ({{kind}}) : {{reason}}',
  'flag.several_forwarders': 'Plusieurs transitaires pour un même envoi : {{forwarders}}.',
  'flag.high_risk_transit': 'Itinéraire par {{point}} ({{country}}) : {{reason}}.',
  'flag.description_mismatch':
    'La désignation nomme {{described}}, mais le CAS/SMILES déclaré est {{declared}}.',
  'flag.identifier_mismatch': 'Le numéro CAS désigne {{cas}}, mais le SMILES est {{structure}}.',
  'flag.innocuous_description':
    'La désignation « {{description}} » ne nomme pas {{parent}}, que désigne le CAS/SMILES.',
  'flag.pill_press': 'Presse à comprimés, matrice ou poinçon ({{evidence}}).',
  'role.consignee': 'Destinataire',
  'role.consignor': 'Expéditeur',
  'role.forwarder': 'Transitaire',
  'structure.unlisted': 'une structure non inscrite',
  'header.no_substance_column':
    'Aucune colonne ne désigne la substance : ajoutez-en une intitulée désignation, CAS ou SMILES.',
  'header.duplicate_column':
    'Les colonnes « {{first}} » et « {{second}} » se lisent toutes deux comme {{field}}.',
  'header.empty': 'Le fichier n’a pas de ligne d’en-tête.',
};

const CATALOGUES: Record<Locale, Catalogue> = { en, es, fr };

export function manifestText(
  locale: Locale,
  key: ManifestMessageKey,
  params: Readonly<Record<string, string | number>> = {},
): string {
  return CATALOGUES[locale][key].replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
