// Textes des déclarations d'armes perdues ou volées, en français (Canada).
import type { Catalogue } from '../en';
import type { lostStolenUiEn } from './lostStolenEn';

export const lostStolenUiFr: Catalogue<typeof lostStolenUiEn> = {
  lostStolen: {
    nav: 'Perdues ou volées',
    list: {
      title: 'Armes perdues ou volées',
      intro:
        'Déclarations d’armes perdues ou volées : celles de votre organisme et celles qui lui sont communiquées. Une récupération de même numéro de série et de même marque avise les deux organismes.',
      introHolder:
        'Armes perdues ou volées de votre stock, telles que vous les avez déclarées. Les organismes à qui vous communiquez une déclaration la voient, et la récupération de la même arme y est liée.',
      report: 'Déclarer une arme perdue ou volée',
      filters: 'Filtrer les déclarations',
      kind: 'Perdue ou volée',
      anyKind: 'L’une ou l’autre',
      from: 'Déclarée depuis le',
      to: 'Déclarée jusqu’au',
      make: 'Marque',
      apply: 'Appliquer',
      reset: 'Réinitialiser',
      empty: 'Aucune déclaration que vous pouvez consulter ne correspond à ces filtres.',
      columnSerial: 'Numéro de série',
      columnFirearm: 'Arme',
      columnKind: 'Perdue ou volée',
      columnReported: 'Déclarée le',
      columnAgency: 'Déclarée par',
      columnTlp: 'TLP',
    },
    kinds: { lost: 'Perdue', stolen: 'Volée' },
    form: {
      title: 'Déclarer une arme perdue ou volée',
      intro:
        'Rastro compare le numéro de série aux récupérations et déclarations que votre organisme peut consulter, et avise les organismes dont l’arme récupérée correspond.',
      introHolder:
        'Pour une arme disparue de votre stock. Les organismes à qui vous communiquez la déclaration la voient; lorsque l’un d’eux récupère l’arme, son dossier renvoie à votre déclaration.',
      kind: 'Ce qui s’est passé',
      serialSection: 'Arme',
      serial: 'Numéro de série',
      serialHelp: 'Tel qu’il est frappé sur la carcasse. Les espaces et les tirets sont ignorés.',
      reportSection: 'Déclaration',
      reportedOn: 'Date de la déclaration',
      details: 'Circonstances',
      detailsHelp:
        'Où et comment l’arme a disparu, et le numéro de dossier s’il y en a un. N’y inscrivez pas de renseignements personnels.',
      sharingSection: 'Communication',
      submit: 'Enregistrer la déclaration',
      saved: 'La déclaration est enregistrée.',
      open: 'Ouvrir la déclaration',
      another: 'En déclarer une autre',
    },
    detail: {
      back: 'Retour aux armes perdues ou volées',
      title: '{{firearm}}, {{kind}} (déclarée le {{date}})',
      serial: 'Numéro de série',
      firearm: 'Arme',
      reportedOn: 'Déclarée le',
      details: 'Circonstances',
      reportedBy: 'Déclarée par',
      distribution: 'Communiquée à',
      heldBy: 'Détenue par',
      heldByHelp:
        'Le centre de traçage du pays du commerçant consulte cette déclaration et reçoit un avis lorsqu’une récupération y correspond.',
      unknownFirearm: 'Arme non décrite',
    },
  },
};
