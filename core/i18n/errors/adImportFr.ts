// Messages de l’import des registres d’acquisition et de cession (CSV), en français (Canada).
import type { adImportFieldsEn } from './adImportEn';

export const adImportFieldsFr: { readonly [K in keyof typeof adImportFieldsEn]: string } = {
  csv_required_column_missing: 'La colonne obligatoire « {{column}} » manque à la ligne d’en-tête.',
  csv_extra_cells:
    'Cette ligne a {{cells}} cellules, la ligne d’en-tête {{columns}} : une virgule hors guillemets décale les colonnes qui suivent. Mettez entre guillemets doubles les cellules qui contiennent des virgules.',
  csv_unterminated_quote_stops:
    'Une cellule entre guillemets ouverte à cette ligne n’est jamais fermée : cette ligne et toutes les suivantes n’ont pas été lues.',
  acquired_after_disposed:
    'Acquise le {{acquiredOn}}, après sa cession le {{disposedOn}} : vérifiez les deux dates.',
  transfer_to_self:
    'Un détenteur ne peut pas transférer une arme à son propre permis ({{licence}}) : indiquez le permis du détenteur qui l’a reçue.',
  duplicate_of_line: 'Même enregistrement que la ligne {{line}} : conservé une seule fois.',
};
