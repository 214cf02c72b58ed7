// Web text for lost and stolen firearm reports, in English (the reference catalogue).
export const lostStolenUiEn = {
  lostStolen: {
    nav: 'Lost and stolen',
    list: {
      title: 'Lost and stolen firearms',
      intro:
        'Reports of firearms lost or stolen, yours and those shared with your agency. A recovery with the same serial and make notifies both agencies.',
      introHolder:
        'Firearms lost or stolen from your stock, as you reported them. The agencies you share a report with see it, and a recovery of the same firearm is linked to it.',
      report: 'Report a lost or stolen firearm',
      filters: 'Filter the reports',
      kind: 'Lost or stolen',
      anyKind: 'Either',
      from: 'Reported from',
      to: 'Reported to',
      make: 'Make',
      apply: 'Apply',
      reset: 'Reset',
      empty: 'No reports you may read match these filters.',
      columnSerial: 'Serial',
      columnFirearm: 'Firearm',
      columnKind: 'Lost or stolen',
      columnReported: 'Reported',
      columnAgency: 'Reported by',
      columnTlp: 'TLP',
    },
    kinds: { lost: 'Lost', stolen: 'Stolen' },
    form: {
      title: 'Report a lost or stolen firearm',
      intro:
        'Rastro checks the serial against the recoveries and reports your agency may read, and notifies the agencies whose recovered firearm matches.',
      introHolder:
        'For a firearm gone from your stock. The agencies you share the report with see it; when one of them recovers the firearm, its record points to your report.',
      kind: 'What happened',
      serialSection: 'Firearm',
      serial: 'Serial number',
      serialHelp: 'As stamped on the frame. Spaces and dashes do not matter.',
      reportSection: 'Report',
      reportedOn: 'Date reported',
      details: 'Circumstances',
      detailsHelp: 'Where and how it went missing, and any case number. Not a place for personal details.',
      sharingSection: 'Sharing',
      submit: 'Save the report',
      saved: 'The report is saved.',
      open: 'Open the report',
      another: 'Report another',
    },
    detail: {
      back: 'Back to lost and stolen firearms',
      title: '{{firearm}}, {{kind}} (reported {{date}})',
      serial: 'Serial',
      firearm: 'Firearm',
      reportedOn: 'Reported',
      details: 'Circumstances',
      reportedBy: 'Reported by',
      distribution: 'Shared with',
      heldBy: 'Held by',
      heldByHelp:
        'The tracing centre of the dealer’s country reads this report and is notified when a recovery matches it.',
      unknownFirearm: 'Firearm not described',
    },
  },
};
