// Where the synthetic guns are sold and recovered, weighted as published data describes the flow:
// ATF's Mexico trace data (2017–2021) has over 40% of US-sourced guns recovered in Mexico sold in Texas and about three
// quarters in the four border states; recoveries concentrate in the northern border and the Pacific/Bajío states.

/** US state of the selling dealer, for guns later recovered in Mexico (TX+AZ+CA+NM = 75%). */
export const US_STATES_FOR_MEXICO: readonly (readonly [string, number])[] = [
  ['TX', 43],
  ['AZ', 17],
  ['CA', 11],
  ['NM', 4],
  ['FL', 3],
  ['IL', 2.5],
  ['GA', 2],
  ['NV', 2],
  ['CO', 2],
  ['OK', 2],
  ['WA', 1.5],
  ['NC', 1.5],
  ['UT', 1.5],
  ['OR', 1],
  ['LA', 1],
  ['TN', 1],
  ['PA', 1],
  ['OH', 1],
  ['KS', 1],
  ['AR', 1],
];

/** US state of the selling dealer for guns sold and kept (or recovered) in the US: roughly by population. */
export const US_STATES_DOMESTIC: readonly (readonly [string, number])[] = [
  ['CA', 12],
  ['TX', 9],
  ['FL', 7],
  ['PA', 5],
  ['OH', 4],
  ['GA', 4],
  ['NC', 4],
  ['IL', 4],
  ['MI', 3],
  ['AZ', 3],
  ['TN', 3],
  ['VA', 3],
  ['WA', 2.5],
  ['IN', 2.5],
  ['MO', 2.5],
  ['CO', 2],
  ['AL', 2],
  ['SC', 2],
  ['LA', 2],
  ['KY', 2],
  ['OK', 1.5],
  ['NV', 1.5],
  ['NM', 1],
  ['UT', 1.5],
  ['OR', 1.5],
  ['AR', 1],
  ['KS', 1],
  ['MS', 1],
  ['WI', 2],
  ['MN', 2],
];

/** The Mexican states where guns are recovered (INEGI-style codes as the forms use), with municipalities. */
export const MX_RECOVERY_STATES: readonly (readonly [{ code: string; municipalities: string[] }, number])[] =
  [
    [
      {
        code: 'SON',
        municipalities: ['Hermosillo', 'Nogales', 'Cajeme', 'San Luis Río Colorado', 'Caborca'],
      },
      12,
    ],
    [{ code: 'CHIH', municipalities: ['Juárez', 'Chihuahua', 'Guadalupe y Calvo', 'Parral'] }, 12],
    [{ code: 'BC', municipalities: ['Tijuana', 'Mexicali', 'Ensenada', 'Tecate'] }, 11],
    [{ code: 'TAMPS', municipalities: ['Reynosa', 'Nuevo Laredo', 'Matamoros', 'Ciudad Victoria'] }, 11],
    [{ code: 'JAL', municipalities: ['Guadalajara', 'Zapopan', 'Tlaquepaque', 'Lagos de Moreno'] }, 9],
    [{ code: 'GTO', municipalities: ['Celaya', 'León', 'Irapuato', 'Salamanca'] }, 8],
    [{ code: 'MICH', municipalities: ['Uruapan', 'Apatzingán', 'Morelia', 'Zamora'] }, 8],
    [{ code: 'SIN', municipalities: ['Culiacán', 'Mazatlán', 'Navolato'] }, 7],
    [{ code: 'GRO', municipalities: ['Acapulco', 'Chilpancingo', 'Iguala'] }, 4],
    [{ code: 'NL', municipalities: ['Monterrey', 'Guadalupe', 'Apodaca'] }, 4],
    [{ code: 'ZAC', municipalities: ['Fresnillo', 'Zacatecas'] }, 3],
    [{ code: 'COAH', municipalities: ['Piedras Negras', 'Torreón', 'Saltillo'] }, 2],
    [{ code: 'CDMX', municipalities: ['Iztapalapa', 'Cuauhtémoc', 'Gustavo A. Madero'] }, 3],
    [{ code: 'MEX', municipalities: ['Ecatepec', 'Toluca', 'Nezahualcóyotl'] }, 2],
    [{ code: 'VER', municipalities: ['Veracruz', 'Coatzacoalcos', 'Poza Rica'] }, 2],
    [{ code: 'COL', municipalities: ['Manzanillo', 'Colima', 'Tecomán'] }, 2],
  ];

export const FOUR_BORDER_STATES = ['TX', 'AZ', 'CA', 'NM'] as const;

/** Short crime codes (Mexican federal offences commonly charged with a firearm recovery). */
export const CRIME_CODES = [
  'LFAFE-83',
  'LFAFE-84',
  'LFAFE-81',
  'CPF-HOMICIDIO',
  'CPF-DELINCUENCIA',
  'CPF-ROBO',
];
