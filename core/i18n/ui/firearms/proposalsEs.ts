// Web text for proposed additions to the firearm reference table, in Mexican Spanish.
import type { Catalogue } from '../en';
import type { referenceProposalsUiEn } from './proposalsEn';

export const referenceProposalsUiEs: Catalogue<typeof referenceProposalsUiEn> = {
  referenceProposals: {
    nav: 'Propuestas para la tabla de referencia',
    title: 'Propuestas para la tabla de referencia',
    intro:
      'Proponga una marca, un modelo o un calibre que falte en la tabla de referencia. En cuanto un responsable de la tabla lo acepta, el autocompletado y la verificación de la descripción del formulario de aseguramiento lo reconocen.',
    kinds: { make: 'Marca', model: 'Modelo', caliber: 'Calibre' },
    statuses: { pending: 'Pendiente', accepted: 'Aceptada', rejected: 'Rechazada' },
    form: {
      title: 'Proponer una adición',
      kind: 'Qué falta',
      kinds: { make: 'Una marca', model: 'Un modelo', caliber: 'Un calibre' },
      name: { make: 'Nombre de la marca', model: 'Nombre del modelo', caliber: 'Nombre del calibre' },
      nameHelp: 'Tal como está marcado en el arma de fuego.',
      make: 'Marca',
      makeHelp:
        'La marca del modelo, de la tabla de referencia. Si la marca también falta, proponga primero la marca.',
      types: 'Tipos',
      calibers: 'Calibres',
      calibersHelp: 'Calibres en que se fabrica, de la tabla de referencia. Pulse Intro después de cada uno.',
      countries: 'Países de fabricación',
      countriesHelp: 'Códigos de dos letras (p. ej. AT, US). Pulse Intro después de cada uno.',
      aliases: 'Otros nombres (alias)',
      aliasesHelp: 'Otras formas en que se marca o se escribe. Pulse Intro después de cada uno.',
      note: 'Nota para los responsables de la tabla',
      noteHelp: 'Opcional: dónde lo vio, o una fuente para los datos.',
      submit: 'Enviar la propuesta',
      sent: 'Propuesta enviada: {{entry}}. Un responsable de la tabla de referencia la aceptará o la rechazará.',
    },
    list: {
      title: 'Propuestas',
      status: 'Estado',
      all: 'Todas',
      empty: 'No hay propuestas.',
      columnEntry: 'Entrada',
      columnProposedBy: 'Propuesta por',
      columnDate: 'Fecha de la propuesta',
      columnStatus: 'Estado',
      columnDecision: 'Nota de la decisión',
      aliases: 'Alias: {{list}}',
      types: 'Tipos: {{list}}',
      calibers: 'Calibres: {{list}}',
      countries: 'Países: {{list}}',
      note: 'Nota: {{note}}',
      accept: 'Aceptar',
      reject: 'Rechazar',
    },
    decide: {
      acceptTitle: 'Aceptar {{entry}}',
      rejectTitle: 'Rechazar {{entry}}',
      acceptHelp:
        'Se incorpora de inmediato a la tabla de referencia: el autocompletado y la verificación de la descripción del formulario de aseguramiento lo reconocerán.',
      rejectHelp:
        'Indique el motivo, para que la agencia pueda corregirla o siga registrando el arma de fuego como texto libre.',
      note: 'Nota para la agencia que la propuso (opcional)',
    },
    proposeLink: 'Proponer que se agregue a la tabla de referencia',
    newTab: '(se abre en una pestaña nueva)',
  },
};
