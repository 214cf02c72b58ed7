// Textos de los reportes de armas extraviadas o robadas, en español (México).
import type { Catalogue } from '../en';
import type { lostStolenUiEn } from './lostStolenEn';

export const lostStolenUiEs: Catalogue<typeof lostStolenUiEn> = {
  lostStolen: {
    nav: 'Extraviadas o robadas',
    list: {
      title: 'Armas extraviadas o robadas',
      intro:
        'Reportes de armas extraviadas o robadas: los de su institución y los compartidos con ella. Un aseguramiento con el mismo número de serie y marca avisa a ambas instituciones.',
      introHolder:
        'Armas extraviadas o robadas de su inventario, tal como las reportó. Las instituciones con las que comparte un reporte lo ven, y el aseguramiento de la misma arma queda vinculado a él.',
      report: 'Reportar un arma extraviada o robada',
      filters: 'Filtrar los reportes',
      kind: 'Extraviada o robada',
      anyKind: 'Cualquiera',
      from: 'Reportada desde',
      to: 'Reportada hasta',
      make: 'Marca',
      apply: 'Aplicar',
      reset: 'Restablecer',
      empty: 'Ningún reporte que pueda consultar coincide con estos filtros.',
      columnSerial: 'Número de serie',
      columnFirearm: 'Arma',
      columnKind: 'Extraviada o robada',
      columnReported: 'Reportada',
      columnAgency: 'Reportada por',
      columnTlp: 'TLP',
    },
    kinds: { lost: 'Extraviada', stolen: 'Robada' },
    form: {
      title: 'Reportar un arma extraviada o robada',
      intro:
        'Rastro compara el número de serie con los aseguramientos y reportes que su institución puede consultar, y avisa a las instituciones cuya arma asegurada coincide.',
      introHolder:
        'Para un arma que falta en su inventario. Las instituciones con las que comparte el reporte lo ven; cuando una de ellas asegura el arma, su registro remite a su reporte.',
      kind: 'Qué ocurrió',
      serialSection: 'Arma',
      serial: 'Número de serie',
      serialHelp: 'Tal como está grabado en el armazón. Los espacios y guiones no importan.',
      reportSection: 'Reporte',
      reportedOn: 'Fecha del reporte',
      details: 'Circunstancias',
      detailsHelp:
        'Dónde y cómo se perdió o la robaron, y el número de carpeta si lo hay. No anote datos personales.',
      sharingSection: 'Compartir',
      submit: 'Guardar el reporte',
      saved: 'El reporte quedó guardado.',
      open: 'Abrir el reporte',
      another: 'Reportar otra',
    },
    detail: {
      back: 'Volver a armas extraviadas o robadas',
      title: '{{firearm}}, {{kind}} (reportada el {{date}})',
      serial: 'Número de serie',
      firearm: 'Arma',
      reportedOn: 'Reportada',
      details: 'Circunstancias',
      reportedBy: 'Reportada por',
      distribution: 'Compartida con',
      heldBy: 'En poder de',
      heldByHelp:
        'El centro de rastreo del país del comerciante consulta este reporte y recibe aviso cuando un aseguramiento coincide con él.',
      unknownFirearm: 'Arma sin descripción',
    },
  },
};
