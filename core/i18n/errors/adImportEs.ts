// Mensajes de la importación de registros de adquisición y enajenación (CSV), en español (México).
import type { adImportFieldsEn } from './adImportEn';

export const adImportFieldsEs: { readonly [K in keyof typeof adImportFieldsEn]: string } = {
  csv_required_column_missing: 'Falta la columna obligatoria "{{column}}" en la línea de encabezado.',
  csv_extra_cells:
    'Esta línea tiene {{cells}} celdas y la línea de encabezado {{columns}}: una coma sin comillas desplaza las columnas siguientes. Ponga entre comillas dobles las celdas que contienen comas.',
  csv_unterminated_quote_stops:
    'Una celda entre comillas abierta en esta línea nunca se cierra: esta línea y todas las siguientes no se leyeron.',
  acquired_after_disposed:
    'Adquirida el {{acquiredOn}}, después de su enajenación el {{disposedOn}}: revise ambas fechas.',
  transfer_to_self:
    'Un titular no puede transferir un arma a su propia licencia ({{licence}}): indique la licencia del titular que la recibió.',
  duplicate_of_line: 'Mismo registro que la línea {{line}}: se guarda una sola vez.',
};
