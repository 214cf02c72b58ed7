// Avertissements sur la description de l'arme à feu, en français canadien (mêmes clés que en.ts).
import type { FirearmsCatalogue } from './en';

export const firearmsFr: FirearmsCatalogue = {
  description: {
    missing_make: 'Aucune marque indiquée : les traçages sans marque échouent le plus souvent.',
    missing_model: 'Aucun modèle indiqué : le détenteur de registres pourrait ne pas trouver l’arme à feu.',
    missing_caliber: 'Aucun calibre indiqué.',
    missing_type: 'Aucun type d’arme à feu indiqué (P, R, S, C, B, M, V ou Z).',
    unknown_make:
      'La marque « {{make}} » n’est pas dans la table de référence; elle est conservée en texte libre. Vérifiez le marquage sur la carcasse.',
    unknown_model: 'Le modèle « {{model}} » n’est pas connu chez {{make}}; il est conservé en texte libre.',
    model_not_made_by_make:
      '{{make}} ne fabrique pas de « {{model}} » à notre connaissance; ce modèle est fabriqué par {{madeBy}}.',
    importer_entered_as_make:
      '{{importer}} importe le {{model}}; la marque est {{make}}. Inscrivez l’importateur dans le champ importateur.',
    unknown_caliber:
      'Le calibre « {{caliber}} » n’est pas dans la table de référence; il est conservé en texte libre.',
    caliber_not_chambered_by_model:
      'Le {{model}} n’est pas connu en calibre {{caliber}}; calibres connus : {{known}}.',
    unknown_type: '« {{type}} » n’est pas un code de type d’arme à feu (P, R, S, C, B, M, V ou Z).',
    type_mismatch: 'Le {{model}} est de type {{expected}}, pas {{type}}.',
    country_not_known_for_make:
      'Les armes à feu {{make}} ne sont pas connues comme fabriquées en {{country}} (connus : {{expected}}). Vérifiez le marquage du pays.',
    missing_origin:
      'Indiquez le pays de fabrication (ou le nom de l’importateur) : la demande de traçage est acheminée d’après lui et, sans l’un ni l’autre, elle est close aussitôt comme non traçable.',
  },
};
