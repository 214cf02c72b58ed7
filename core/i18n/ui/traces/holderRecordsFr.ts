// Textes des registres du détenteur, en français (Canada) : aide sur le format du fichier A&D, notes du rapport
// d’import et colonnes du journal des consultations.
import type { Catalogue } from '../en';
import type { holderRecordsUiEn } from './holderRecordsEn';

export const holderRecordsUiFr: Catalogue<typeof holderRecordsUiEn> = {
  holderRecords: {
    formatTitle: 'Format du fichier',
    formatIntro:
      'Une ligne par arme cédée. La première ligne nomme les colonnes, dans n’importe quel ordre ; les autres colonnes sont ignorées. Les dates s’écrivent AAAA-MM-JJ. Mettez entre guillemets doubles les cellules qui contiennent des virgules.',
    formatColumn: 'Colonne',
    formatMeaning: 'Contenu',
    formatRequired: 'Obligatoire',
    requiredAlways: 'Toujours',
    requiredWhen: 'Quand disposition vaut {{dispositions}}',
    requiredNo: 'Non',
    columns: {
      make: 'Marque gravée sur l’arme, p. ex. Glock.',
      model: 'Modèle, p. ex. G19.',
      serial: 'Numéro de série tel qu’il figure dans vos registres.',
      acquired_on: 'Date à laquelle vous avez acquis l’arme.',
      acquired_from:
        'Numéro de permis du détenteur dont vous la tenez (il relie la chaîne), ou le nom de qui vous l’a remise.',
      disposition:
        'Ce qu’elle est devenue : transfer (à un autre détenteur titulaire d’un permis), sale (vente à un acheteur final), export (exportation) ou lost_stolen (perte ou vol). Majuscules ou minuscules.',
      disposed_on:
        'Date du transfert, de la vente, de l’exportation ou de la perte ; pas avant l’acquisition.',
      disposed_to_licence: 'Numéro de permis du détenteur à qui vous l’avez transférée (pas le vôtre).',
      purchaser_name: 'Nom complet de l’acheteur final.',
      purchaser_birth_date: 'Date de naissance de l’acheteur final.',
      purchaser_address: 'Adresse de l’acheteur final.',
      export_country: 'Code à deux lettres du pays d’exportation, p. ex. MX.',
    },
    downloadTemplate: 'Télécharger un fichier d’exemple',
    duplicates_one:
      '{{formatted}} ligne répète une ligne précédente du fichier : elle est enregistrée une seule fois.',
    duplicates_other:
      '{{formatted}} lignes répètent une ligne précédente du fichier : chacune est enregistrée une seule fois.',
    noticesTitle: 'Notes sur les lignes conservées',
    errorsTitle: 'Lignes rejetées',
    columnFirearm: 'Arme visée',
    columnLicence: 'Votre permis',
    columnReference: 'Référence du traçage',
    referenceHint: 'Citez cette référence au centre de traçage si vous contestez une consultation.',
  },
};
