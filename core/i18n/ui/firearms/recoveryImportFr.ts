// Textes de l'import CSV des armes à feu saisies, en français.
import type { Catalogue } from '../en';
import type { recoveryImportUiEn } from './recoveryImportEn';

export const recoveryImportUiFr: Catalogue<typeof recoveryImportUiEn> = {
  recoveryImport: {
    open: 'Importer un CSV',
    title: 'Importer des armes à feu saisies depuis un CSV',
    intro:
      'Enregistrez de nombreuses armes saisies en une fois depuis un tableur enregistré en CSV. Les lignes erronées sont signalées par numéro et les bonnes conservées ; téléverser à nouveau le même fichier ne change rien.',
    file: 'Fichier CSV',
    fileHint: 'UTF-8 ou Windows-1252 (le « CSV » d’un tableur), jusqu’à 50 000 lignes.',
    sharingSection: 'Partage de toutes les lignes',
    submit: 'Téléverser et importer',
    processing: 'Fichier envoyé. Le serveur vérifie et enregistre ses lignes…',
    summary:
      'Lignes lues : {{received}}. Enregistrées : {{inserted}} ; déjà enregistrées (inchangées) : {{unchanged}} ; rejetées : {{rejected}}.',
    encoding: 'Lu comme {{encoding}}.',
    ignored: 'Colonnes ignorées : {{columns}}',
    errorsTitle: 'Lignes rejetées',
    columnLine: 'Ligne',
    columnField: 'Colonne',
    columnProblem: 'Problème',
    seeList: 'Voir les armes à feu saisies',
    formatTitle: 'Format du fichier',
    formatIntro:
      'Une ligne par arme. La première ligne nomme les colonnes, dans n’importe quel ordre ; les autres colonnes sont ignorées. Les dates s’écrivent AAAA-MM-JJ ; les pays, par leur code ISO 3166-1 à deux lettres, comme MX ou US. Mettez entre guillemets doubles les cellules qui contiennent des virgules. Le partage vient du choix ci-dessus, pas d’une colonne.',
    formatColumn: 'Colonne',
    formatRequired: 'Obligatoire',
    formatMeaning: 'Contenu',
    values: 'Valeurs : {{values}}',
    required: {
      always: 'Toujours',
      optional: 'Non',
      unless_obliterated: 'Sauf si serial_state vaut obliterated',
      with_other_coordinate: 'Avec l’autre coordonnée',
      with_birth_date: 'Si possessor_birth_date est rempli',
    },
    columns: {
      serial:
        'Numéro de série tel que frappé. Partiellement restauré : ? pour chaque caractère illisible. Effacé : laisser vide.',
      serial_state: 'Lisibilité du numéro de série ; vide signifie intact.',
      make: 'Marque telle que frappée sur l’arme, p. ex. Glock.',
      model: 'Modèle, p. ex. G19.',
      caliber: 'Calibre, p. ex. 9mm Luger.',
      type: 'Code de type : P pistolet, R carabine, S fusil de chasse, C mixte, B pistolet-mitrailleur, M mitrailleuse, V silencieux, Z autre.',
      country_of_manufacture: 'Pays de fabrication, p. ex. AT ; le traçage est orienté d’après lui.',
      importer:
        'Importateur marqué sur l’arme ; oriente le traçage quand le pays de fabrication est inconnu.',
      other_markings: 'Autres marquages et remarques.',
      recovered_on: 'Date de la saisie, pas dans le futur.',
      recovery_country: 'Pays de la saisie, p. ex. MX.',
      recovery_state: 'État ou province de la saisie.',
      recovery_municipality: 'Commune de la saisie.',
      latitude: 'Latitude en degrés décimaux, p. ex. 29.0729.',
      longitude: 'Longitude en degrés décimaux, p. ex. -110.9559.',
      crime_code: 'L’infraction, selon le code de votre service.',
      case_number: 'Numéro de dossier de votre service.',
      possessor_name: 'Nom complet de la personne sur qui l’arme a été saisie (donnée personnelle).',
      possessor_birth_date: 'Date de naissance de cette personne.',
    },
    downloadTemplate: 'Télécharger un fichier d’exemple',
  },
};
