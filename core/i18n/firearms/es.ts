// Advertencias sobre la descripción del arma de fuego, en español de México (mismas claves que en.ts).
import type { FirearmsCatalogue } from './en';

export const firearmsEs: FirearmsCatalogue = {
  description: {
    missing_make: 'No se indicó la marca: los rastreos sin marca suelen fallar.',
    missing_model: 'No se indicó el modelo: el titular de registros podría no encontrar el arma de fuego.',
    missing_caliber: 'No se indicó el calibre.',
    missing_type: 'No se indicó el tipo de arma de fuego (P, R, S, C, B, M, V o Z).',
    unknown_make:
      'La marca "{{make}}" no está en la tabla de referencia; se conserva como texto libre. Verifique lo grabado en el armazón.',
    unknown_model: 'El modelo "{{model}}" no se conoce para {{make}}; se conserva como texto libre.',
    model_not_made_by_make:
      'No se sabe que {{make}} fabrique un "{{model}}"; ese modelo lo fabrica {{madeBy}}.',
    importer_entered_as_make:
      '{{importer}} importa el {{model}}; la marca es {{make}}. Anote al importador en el campo de importador.',
    unknown_caliber:
      'El calibre "{{caliber}}" no está en la tabla de referencia; se conserva como texto libre.',
    caliber_not_chambered_by_model:
      'No se conoce el {{model}} en calibre {{caliber}}; calibres conocidos: {{known}}.',
    unknown_type: '"{{type}}" no es un código de tipo de arma de fuego (P, R, S, C, B, M, V o Z).',
    type_mismatch: 'El {{model}} es de tipo {{expected}}, no {{type}}.',
    country_not_known_for_make:
      'No se sabe que las armas de fuego {{make}} se fabriquen en {{country}} (conocidos: {{expected}}). Verifique el marcaje de país.',
    missing_origin:
      'Indique el país de fabricación (o el nombre del importador): el rastreo se encamina con él y, sin ninguno de los dos, se cierra de inmediato como no rastreable.',
  },
};
