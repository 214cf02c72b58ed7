// Textos de la importación CSV de armas de fuego aseguradas, en español (México).
import type { Catalogue } from '../en';
import type { recoveryImportUiEn } from './recoveryImportEn';

export const recoveryImportUiEs: Catalogue<typeof recoveryImportUiEn> = {
  recoveryImport: {
    open: 'Importar desde CSV',
    title: 'Importar armas de fuego aseguradas desde CSV',
    intro:
      'Registre muchas armas aseguradas a la vez desde una hoja de cálculo guardada como CSV. Las filas con errores se informan por línea y las correctas se conservan; volver a subir el mismo archivo no cambia nada.',
    file: 'Archivo CSV',
    fileHint: 'UTF-8 o Windows-1252 (el «CSV» de una hoja de cálculo), hasta 50,000 filas.',
    sharingSection: 'Compartición de todas las filas',
    submit: 'Subir e importar',
    processing: 'Archivo enviado. El servidor está revisando y registrando sus filas…',
    summary:
      'Filas leídas: {{received}}. Registradas: {{inserted}}; ya registradas (sin cambios): {{unchanged}}; rechazadas: {{rejected}}.',
    encoding: 'Leído como {{encoding}}.',
    ignored: 'Columnas ignoradas: {{columns}}',
    errorsTitle: 'Filas rechazadas',
    columnLine: 'Línea',
    columnField: 'Columna',
    columnProblem: 'Problema',
    seeList: 'Ver las armas de fuego aseguradas',
    formatTitle: 'Formato del archivo',
    formatIntro:
      'Una fila por arma. La primera línea nombra las columnas, en cualquier orden; las demás columnas se ignoran. Las fechas van como AAAA-MM-DD; los países, con su código ISO 3166-1 de dos letras, como MX o US. Ponga entre comillas dobles las celdas que contengan comas. La compartición se toma de la elección de arriba, no de una columna.',
    formatColumn: 'Columna',
    formatRequired: 'Obligatoria',
    formatMeaning: 'Qué contiene',
    values: 'Valores: {{values}}',
    required: {
      always: 'Siempre',
      optional: 'No',
      unless_obliterated: 'Salvo si serial_state es obliterated',
      with_other_coordinate: 'Junto con la otra coordenada',
      with_birth_date: 'Si se llena possessor_birth_date',
    },
    columns: {
      serial:
        'Número de serie tal como está grabado. Parcialmente restaurado: ? por cada carácter ilegible. Borrado: déjela vacía.',
      serial_state: 'Qué tan legible es el número de serie; vacía equivale a intact.',
      make: 'Marca tal como está grabada en el arma, p. ej. Glock.',
      model: 'Modelo, p. ej. G19.',
      caliber: 'Calibre, p. ej. 9mm Luger.',
      type: 'Código de tipo: P pistola, R rifle, S escopeta, C combinada, B subametralladora, M ametralladora, V silenciador, Z otro.',
      country_of_manufacture: 'País donde se fabricó, p. ej. AT; el rastreo se dirige según él.',
      importer:
        'Importador marcado en el arma; dirige el rastreo cuando no se conoce el país de fabricación.',
      other_markings: 'Otras marcas y observaciones.',
      recovered_on: 'Fecha del aseguramiento, no futura.',
      recovery_country: 'País donde se aseguró, p. ej. MX.',
      recovery_state: 'Estado o provincia del aseguramiento.',
      recovery_municipality: 'Municipio del aseguramiento.',
      latitude: 'Latitud en grados decimales, p. ej. 29.0729.',
      longitude: 'Longitud en grados decimales, p. ej. -110.9559.',
      crime_code: 'El delito, con la clave de su institución.',
      case_number: 'Número de expediente de su institución.',
      possessor_name: 'Nombre completo de la persona a quien se le aseguró (dato personal).',
      possessor_birth_date: 'Fecha de nacimiento de esa persona.',
    },
    downloadTemplate: 'Descargar un archivo de ejemplo',
  },
};
