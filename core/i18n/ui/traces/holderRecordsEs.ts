// Textos de los registros propios del titular, en español (México): ayuda del formato del archivo de A&D, avisos del
// informe de carga y columnas del registro de consultas.
import type { Catalogue } from '../en';
import type { holderRecordsUiEn } from './holderRecordsEn';

export const holderRecordsUiEs: Catalogue<typeof holderRecordsUiEn> = {
  holderRecords: {
    formatTitle: 'Formato del archivo',
    formatIntro:
      'Una fila por arma enajenada. La primera línea nombra las columnas, en cualquier orden; las demás columnas se ignoran. Las fechas van como AAAA-MM-DD. Ponga entre comillas dobles las celdas que contienen comas.',
    formatColumn: 'Columna',
    formatMeaning: 'Contenido',
    formatRequired: 'Obligatoria',
    requiredAlways: 'Siempre',
    requiredWhen: 'Cuando disposition es {{dispositions}}',
    requiredNo: 'No',
    columns: {
      make: 'Marca grabada en el arma, p. ej. Glock.',
      model: 'Modelo, p. ej. G19.',
      serial: 'Número de serie como figura en sus registros.',
      acquired_on: 'Fecha en que adquirió el arma.',
      acquired_from:
        'Número de licencia del titular del que la adquirió (enlaza la cadena), o el nombre de quien se la entregó.',
      disposition:
        'Destino: transfer (a otro titular con licencia), sale (venta a un comprador final), export (exportación) o lost_stolen (extravío o robo). En mayúsculas o minúsculas.',
      disposed_on: 'Fecha de la transferencia, venta, exportación o pérdida; no anterior a la adquisición.',
      disposed_to_licence: 'Número de licencia del titular al que la transfirió (no la suya).',
      purchaser_name: 'Nombre completo del comprador final.',
      purchaser_birth_date: 'Fecha de nacimiento del comprador final.',
      purchaser_address: 'Domicilio del comprador final.',
      export_country: 'Código de dos letras del país de exportación, p. ej. MX.',
    },
    downloadTemplate: 'Descargar un archivo de ejemplo',
    duplicates_one: '{{formatted}} fila repite una línea anterior del archivo: se guarda una sola vez.',
    duplicates_other:
      '{{formatted}} filas repiten una línea anterior del archivo: cada una se guarda una sola vez.',
    noticesTitle: 'Notas sobre filas guardadas',
    errorsTitle: 'Filas rechazadas',
    columnFirearm: 'Arma consultada',
    columnLicence: 'Su licencia',
    columnReference: 'Referencia del rastreo',
    referenceHint: 'Cite esta referencia al centro de rastreo si cuestiona una consulta.',
  },
};
