// Mensajes de error en español (México).
import type { ErrorCatalogue } from './en';
import { adImportFieldsEs } from './adImportEs';

export const errorsEs: ErrorCatalogue = {
  problem: {
    validation: {
      title: 'Solicitud no válida',
      detail: 'Algunos campos no son válidos. Revise los campos señalados.',
    },
    malformed_json: { title: 'JSON mal formado', detail: 'El cuerpo de la solicitud no es JSON válido.' },
    body_too_large: {
      title: 'Solicitud demasiado grande',
      detail: 'El cuerpo de la solicitud supera {{limit}} bytes.',
    },
    unsupported_media_type: {
      title: 'Tipo de contenido no admitido',
      detail: 'Envíe el cuerpo como {{accepted}}.',
    },
    unauthenticated: {
      title: 'Inicio de sesión requerido',
      detail: 'Inicie sesión o envíe un token de API válido.',
    },
    invalid_credentials: {
      title: 'No se pudo iniciar sesión',
      detail: 'El correo o la contraseña no son correctos.',
    },
    account_locked: {
      title: 'Cuenta bloqueada',
      detail: 'Demasiados intentos fallidos. Vuelva a intentarlo después de {{until}}.',
    },
    account_disabled: {
      title: 'Cuenta deshabilitada',
      detail: 'Esta cuenta está deshabilitada. Consulte al administrador de su dependencia.',
    },
    totp_required: {
      title: 'Código requerido',
      detail: 'Ingrese el código de seis dígitos de su aplicación de autenticación.',
    },
    totp_invalid: { title: 'Código incorrecto', detail: 'El código de autenticación no es correcto.' },
    totp_enrollment_required: {
      title: 'Segundo factor requerido',
      detail: 'Su dependencia exige una aplicación de autenticación. Configúrela antes de continuar.',
    },
    csrf_failed: {
      title: 'Falló la verificación de seguridad',
      detail: 'Falta un token CSRF válido. Recargue la página.',
    },
    forbidden: { title: 'No permitido', detail: 'No tiene permiso para hacer esto.' },
    not_found: {
      title: 'No encontrado',
      detail: 'No existe ese recurso ({{resource}}) o no tiene permiso para verlo.',
    },
    conflict: { title: 'Conflicto', detail: '{{reason}}' },
    rate_limited: {
      title: 'Demasiadas solicitudes',
      detail: 'Espere {{seconds}} segundos e intente de nuevo.',
    },
    token_invalid: { title: 'Token no válido', detail: 'El token de API no es válido.' },
    token_expired: { title: 'Token vencido', detail: 'El token de API venció el {{at}}.' },
    token_revoked: { title: 'Token revocado', detail: 'El token de API fue revocado.' },
    token_scope: { title: 'Falta un alcance', detail: 'El token de API no tiene el alcance "{{scope}}".' },
    not_ready: { title: 'No disponible', detail: 'No se puede acceder a la base de datos.' },
    internal: {
      title: 'Error interno',
      detail: 'Algo salió mal. Cite el identificador de solicitud {{requestId}} a soporte.',
    },
  },
  field: {
    ...adImportFieldsEs,
    required: 'Obligatorio.',
    invalid_type: 'Se esperaba {{expected}}.',
    too_short: 'Debe tener al menos {{minimum}} caracteres.',
    too_long: 'Debe tener como máximo {{maximum}} caracteres.',
    too_small: 'Debe ser al menos {{minimum}}.',
    too_big: 'Debe ser como máximo {{maximum}}.',
    invalid_value: 'Debe ser uno de: {{options}}.',
    unknown_field: 'Campo desconocido.',
    invalid_email: 'No es un correo electrónico válido.',
    invalid_uuid: 'No es un identificador válido.',
    invalid_datetime: 'No es una fecha y hora válidas (ISO 8601).',
    invalid_format: 'No tiene el formato esperado.',
    date_in_past: 'Debe ser una fecha futura.',
    group_required: 'Elija un grupo de intercambio para la distribución por grupo.',
    group_not_member: 'Su dependencia no es miembro de este grupo de intercambio.',
    weak_password: 'Use al menos 12 caracteres.',
    email_taken: 'Este correo ya está en uso.',
    code_taken: 'Este código ya está en uso.',
    name_taken: 'Este nombre ya está en uso.',
    other_agency: 'Solo puede administrar usuarios de su propia dependencia.',
    date_in_future: 'No puede ser una fecha futura.',
    invalid_date: 'No es una fecha válida (AAAA-MM-DD).',
    range_end_before_start: 'El final del intervalo es anterior a su inicio.',
    serial_required: 'Indique el número de serie o márquelo como borrado.',
    serial_not_expected:
      'Un número de serie borrado no tiene caracteres; elija parcialmente restaurado si se leyeron algunos.',
    serial_invalid_character: 'Un número de serie no puede contener "{{character}}".',
    serial_too_long: 'Un número de serie tiene como máximo {{maximum}} caracteres.',
    serial_wildcard_not_allowed:
      'Use ? para caracteres ilegibles solo en un número de serie parcialmente restaurado.',
    serial_pattern_no_literal: 'El patrón necesita al menos un carácter conocido.',
    invalid_country: 'No es un código de país ISO 3166-1 (dos letras, p. ej., MX, US, AT).',
    coordinates_pair: 'Indique latitud y longitud, o ninguna de las dos.',
    csv_missing_column: 'Falta esta columna obligatoria en la línea de encabezado.',
    csv_empty: 'El archivo no tiene filas de datos.',
    csv_unterminated_quote: 'Una celda entre comillas nunca se cierra.',
    csv_too_many_rows: 'Como máximo {{maximum}} filas por archivo.',
    manifest_unreadable: 'El archivo no se puede leer como manifiesto CSV o XLSX.',
    manifest_empty: 'El manifiesto no tiene líneas.',
    manifest_too_many_lines: 'Como máximo {{maximum}} líneas por manifiesto.',
    manifest_no_substance_column:
      'Ninguna columna nombra la sustancia: agregue una con encabezado descripción, CAS o SMILES.',
    manifest_duplicate_column: 'Las columnas "{{first}}" y "{{second}}" se leen ambas como {{field}}.',
    watch_entry_exists: 'Este nombre ya está en su lista de vigilancia con este tipo de parte.',
    duplicate_row:
      'Misma arma de fuego que la línea {{line}} (número de caso, número de serie y fecha de aseguramiento).',
    invalid_smiles: 'No es una estructura que RDKit pueda leer (SMILES).',
    invalid_cas: 'No es un número CAS (NNNNNNN-NN-N).',
    cas_check_digit: 'El dígito de control del número CAS es incorrecto (se esperaba {{expected}}).',
    cas_taken: 'Este número CAS ya está en el registro.',
    invalid_formula: 'No es una fórmula molecular.',
    formula_mismatch: 'No coincide con la estructura ({{expected}}).',
    one_identifier: 'Indique exactamente uno: SMILES, número CAS o nombre.',
    justification_required: 'Un rastreo urgente necesita una justificación.',
    date_after_recovery: 'Esta fecha es posterior al aseguramiento del arma ({{recoveredOn}}).',
    holder_unknown: 'Ningún titular de registros tiene el número de licencia "{{licence}}".',
    date_before_acquired: 'Esta fecha es anterior a la adquisición del arma por usted ({{acquiredOn}}).',
    transfer_to_own_licence:
      'Es su propia licencia: indique la licencia del titular al que transfirió el arma.',
    purchaser_under_age:
      'Con esta fecha de nacimiento el comprador tenía menos de {{minimumAge}} años en la fecha de venta.',
    birth_after_sale: 'El comprador no puede haber nacido después de la venta ({{soldOn}}).',
    candidate_not_offered: 'Elija uno de los candidatos propuestos.',
    duplicate_recovery: 'Este aseguramiento ya aparece antes en la lista.',
    disposition_target_required:
      'Indique a dónde fue el arma: un número de licencia, un comprador o un país.',
    not_competent_authority: 'No es la autoridad competente en precursores químicos de otro país.',
    unknown_party: 'No existe esa parte entre las de su autoridad.',
    unknown_chemical: 'No existe ese químico en el registro.',
    one_substance: 'Indique exactamente uno: químico del registro, nombre, número CAS o SMILES.',
    quantity_absurd: 'Esta cantidad no es plausible para una línea de un envío.',
    invalid_rfc: 'No es un RFC (3 o 4 letras, AAMMDD y homoclave de 3 caracteres).',
    invalid_ein: 'No es un EIN (NN-NNNNNNN).',
    invalid_bn:
      'No es un número de empresa (9 dígitos con dígito verificador válido, opcionalmente una cuenta de programa como RT0001).',
    notice_too_late:
      'La notificación debe enviarse al menos 15 días antes del despacho (a más tardar el {{sendBy}}); márquela como voluntaria si el químico no está fiscalizado.',
    dispatch_not_future: 'Ya llegó la fecha de despacho: la notificación debe enviarse antes.',
    attachment_type:
      'Solo se pueden adjuntar archivos PDF, PNG o JPEG (se juzga por el contenido, no por el nombre).',
    attachment_too_large: 'Un archivo adjunto puede tener como máximo {{maximum}} bytes.',
    attachment_empty: 'El archivo está vacío.',
    attachment_limit: 'Una notificación puede tener como máximo {{maximum}} archivos adjuntos.',
    multiple_sales_too_few: 'Un reporte de ventas múltiples incluye al menos dos armas de fuego.',
    multiple_sales_wrong_type: 'Este formato cubre solo armas de fuego del tipo {{expected}}.',
    multiple_sales_window:
      'Las ventas abarcan {{businessDays}} días hábiles: una venta múltiple es de cinco días hábiles consecutivos como máximo.',
    multiple_sales_not_border_state:
      'El reporte de rifles cubre solo comerciantes de Texas, Arizona, California y Nuevo México.',
    dealer_licence_not_yours:
      'Esta licencia no es de ninguno de los titulares de registros de su institución.',
    stale_version:
      'Otra persona modificó este registro mientras tanto (usted editó la versión {{yourVersion}}; ahora va en la {{currentVersion}}). Vuelva a cargarlo e inténtelo de nuevo.',
    invalid: 'No es válido.',
    already_in_reference: 'La tabla de referencia ya lo tiene: {{entry}}.',
    proposal_exists: 'Esta adición ya fue propuesta.',
    unknown_make: 'Esta marca no está en la tabla de referencia: proponga primero la marca.',
    unknown_caliber_named: 'El calibre «{{caliber}}» no está en la tabla de referencia: propóngalo primero.',
  },
  conflictReason: {
    notification_changed:
      'Otra persona modificó esta notificación mientras tanto (usted tenía la versión {{yourVersion}}). Vuelva a cargarla para ver sus cambios e inténtelo de nuevo.',
    notification_status:
      'Esto ya no es posible: la notificación pasó a otro estado. Vuelva a cargarla para ver en qué estado se encuentra.',
    notification_not_draft:
      'La notificación ya no es un borrador: su contenido y sus archivos adjuntos ya no pueden cambiar.',
    trace_open: 'Esta arma ya tiene un rastreo abierto: dé seguimiento a ese en lugar de iniciar otro.',
    trace_closed: 'Este rastreo ya está cerrado: concluido o no rastreable.',
    no_candidate_pending: 'No hay ningún candidato pendiente de confirmar en este rastreo.',
    hop_answered: 'Este paso ya fue respondido.',
    access_already_readable: 'Usted ya puede consultar este registro.',
    access_request_pending: 'Su dependencia ya tiene una solicitud pendiente para este registro.',
    access_request_decided: 'Esta solicitud ya fue resuelta.',
    access_request_not_granted:
      'Solo se puede revocar un acceso vigente: esta solicitud sigue pendiente, fue rechazada o ya fue revocada.',
    totp_enabled: 'El inicio de sesión en dos pasos ya está activado.',
    recovery_duplicate:
      'Esta arma ya está registrada en esta carpeta (mismo número de serie y fecha de aseguramiento).',
    alert_changed:
      'Otra persona modificó esta alerta mientras tanto (usted tenía la versión {{yourVersion}}; ahora va en la {{currentVersion}}). Vuelva a cargarla e inténtelo de nuevo.',
    listing_superseded:
      'La inscripción vigente de {{jurisdiction}} cambió desde que la cargó. Vuelva a cargar la sustancia e inténtelo de nuevo.',
    reference_proposal_decided: 'Esta propuesta ya fue resuelta.',
    reference_entry_exists:
      'La tabla de referencia ya tiene «{{name}}»: esta propuesta solo puede rechazarse.',
  },
};
