// The demo world: agencies in three countries, users of every role, two sharing groups, a few alerts.
// People are synthetic; the agencies are named for the kinds of institution that use Rastro.
import type { Country, Distribution, Role, Tlp } from '../../../core/sharing';

export const DEMO_PASSWORD = 'rastro-demo-2026';

export interface DemoAgency {
  code: string;
  name: string;
  country: Country;
  kind: string;
}

export const DEMO_AGENCIES: DemoAgency[] = [
  { code: 'MX-FGR', name: 'Fiscalía General de la República', country: 'MX', kind: 'prosecutor' },
  { code: 'MX-FGE-SON', name: 'Fiscalía General del Estado de Sonora', country: 'MX', kind: 'prosecutor' },
  { code: 'MX-ANAM', name: 'Agencia Nacional de Aduanas de México', country: 'MX', kind: 'customs' },
  {
    code: 'MX-COFEPRIS',
    name: 'Comisión Federal para la Protección contra Riesgos Sanitarios',
    country: 'MX',
    kind: 'regulator',
  },
  { code: 'US-NTC', name: 'National Tracing Center', country: 'US', kind: 'tracing_centre' },
  { code: 'US-CBP', name: 'U.S. Customs and Border Protection', country: 'US', kind: 'customs' },
  { code: 'US-DEA', name: 'Drug Enforcement Administration', country: 'US', kind: 'drug_enforcement' },
  { code: 'CA-RCMP', name: 'Royal Canadian Mounted Police', country: 'CA', kind: 'police' },
  { code: 'CA-CBSA', name: 'Canada Border Services Agency', country: 'CA', kind: 'customs' },
  { code: 'CA-HC', name: 'Health Canada', country: 'CA', kind: 'regulator' },
  { code: 'TRI-SEC', name: 'Trilateral Committee Secretariat', country: 'MX', kind: 'secretariat' },
];

export interface DemoUser {
  email: string;
  displayName: string;
  role: Role;
  agency: string;
  locale: 'en' | 'es' | 'fr';
}

export const DEMO_USERS: DemoUser[] = [
  {
    email: 'analista@fgr.demo',
    displayName: 'Mariana Quintero Olvera',
    role: 'analyst',
    agency: 'MX-FGR',
    locale: 'es',
  },
  {
    email: 'admin@fgr.demo',
    displayName: 'Rodrigo Saldívar Peña',
    role: 'agency_admin',
    agency: 'MX-FGR',
    locale: 'es',
  },
  {
    email: 'auditora@fgr.demo',
    displayName: 'Lucía Barragán Treviño',
    role: 'auditor',
    agency: 'MX-FGR',
    locale: 'es',
  },
  {
    email: 'investigador@fge-son.demo',
    displayName: 'Héctor Valenzuela Ríos',
    role: 'investigator',
    agency: 'MX-FGE-SON',
    locale: 'es',
  },
  {
    email: 'aduanas@anam.demo',
    displayName: 'Paola Cervantes Ibarra',
    role: 'investigator',
    agency: 'MX-ANAM',
    locale: 'es',
  },
  {
    email: 'reguladora@cofepris.demo',
    displayName: 'Adriana Montoya Lugo',
    role: 'regulator',
    agency: 'MX-COFEPRIS',
    locale: 'es',
  },
  {
    email: 'tracer@ntc.demo',
    displayName: 'Dana Whitfield',
    role: 'tracing_officer',
    agency: 'US-NTC',
    locale: 'en',
  },
  // Decides access requests for the dealers' lost/stolen reports the centre holds (decision 0016).
  {
    email: 'admin@ntc.demo',
    displayName: 'Theo Brannigan',
    role: 'agency_admin',
    agency: 'US-NTC',
    locale: 'en',
  },
  {
    email: 'officer@cbp.demo',
    displayName: 'Marcus Okafor',
    role: 'investigator',
    agency: 'US-CBP',
    locale: 'en',
  },
  {
    email: 'diversion@dea.demo',
    displayName: 'Karen Lindqvist',
    role: 'regulator',
    agency: 'US-DEA',
    locale: 'en',
  },
  {
    email: 'admin@dea.demo',
    displayName: 'Thomas Brandt',
    role: 'agency_admin',
    agency: 'US-DEA',
    locale: 'en',
  },
  {
    email: 'enqueteur@rcmp.demo',
    displayName: 'Julien Tremblay-Gagnon',
    role: 'investigator',
    agency: 'CA-RCMP',
    locale: 'fr',
  },
  {
    email: 'tracage@rcmp.demo',
    displayName: 'Sophie Lavoie',
    role: 'tracing_officer',
    agency: 'CA-RCMP',
    locale: 'fr',
  },
  {
    email: 'agent@cbsa.demo',
    displayName: 'Émilie Bouchard',
    role: 'analyst',
    agency: 'CA-CBSA',
    locale: 'fr',
  },
  {
    email: 'regulateur@hc.demo',
    displayName: 'Nathalie Côté',
    role: 'regulator',
    agency: 'CA-HC',
    locale: 'fr',
  },
  {
    email: 'sysadmin@rastro.demo',
    displayName: 'Platform Administrator',
    role: 'system_admin',
    agency: 'TRI-SEC',
    locale: 'en',
  },
];

export const DEMO_GROUPS = [
  {
    name: 'Trilateral Fentanyl Committee',
    description: 'Mexico, United States and Canada: precursor chemicals, seizures and laboratories.',
    members: [
      'MX-FGR',
      'MX-ANAM',
      'MX-COFEPRIS',
      'US-CBP',
      'US-DEA',
      'CA-RCMP',
      'CA-CBSA',
      'CA-HC',
      'TRI-SEC',
    ],
  },
  {
    name: 'MX–US firearms',
    description: 'Bilateral group on crime-gun tracing and trafficking across the southern border.',
    members: ['MX-FGR', 'MX-FGE-SON', 'MX-ANAM', 'US-NTC', 'US-CBP'],
  },
];

export interface DemoAlert {
  agency: string;
  author: string;
  title: string;
  body: string;
  distribution: Distribution;
  group?: string;
  tlp: Tlp;
  discoverable: boolean;
  expiresInDays?: number;
}

export const DEMO_ALERTS: DemoAlert[] = [
  {
    agency: 'MX-COFEPRIS',
    author: 'reguladora@cofepris.demo',
    title: 'Envíos de 1-boc-4-piperidona declarados como "intermediario farmacéutico"',
    body: 'Se detectaron tres envíos por vía aérea con destino a Sinaloa declarados con fracción arancelaria genérica. Verifique la estructura, no solo el nombre.',
    distribution: 'group',
    group: 'Trilateral Fentanyl Committee',
    tlp: 'AMBER',
    discoverable: true,
    expiresInDays: 90,
  },
  {
    agency: 'US-NTC',
    author: 'tracer@ntc.demo',
    title: 'Routine trace turnaround: submit complete make, model and caliber',
    body: 'Most failed traces come from incomplete descriptions. Use the reference table for make, model and caliber.',
    distribution: 'partners',
    tlp: 'CLEAR',
    discoverable: true,
  },
  {
    agency: 'MX-FGR',
    author: 'analista@fgr.demo',
    title: 'Patrón de armas cortas con número de serie limado en Sonora',
    body: 'Aseguramientos recientes muestran pistolas 9 mm con número de serie limado en los mismos dos dígitos. Investigación en curso.',
    distribution: 'agency',
    tlp: 'AMBER+STRICT',
    discoverable: true,
  },
  {
    agency: 'US-DEA',
    author: 'diversion@dea.demo',
    title: 'Pill press and die seizures at southwest ports of entry',
    body: 'Encapsulating machines and dies shipped in parts, declared as kitchen equipment. Several freight forwarders per consignment.',
    distribution: 'country',
    tlp: 'GREEN',
    discoverable: true,
  },
  {
    agency: 'CA-HC',
    author: 'regulateur@hc.demo',
    title: 'Avis : dérivés halogénés du 4-AP offerts en ligne',
    body: 'Des fournisseurs annoncent des dérivés fluorés du 4-AP non inscrits par leur nom. Le Règlement couvre les dérivés et analogues.',
    distribution: 'group',
    group: 'Trilateral Fentanyl Committee',
    tlp: 'GREEN',
    discoverable: true,
  },
  {
    agency: 'MX-FGE-SON',
    author: 'investigador@fge-son.demo',
    title: 'Fuente confidencial: entrega en Nogales',
    body: 'Información de fuente humana. No difundir.',
    distribution: 'agency',
    tlp: 'RED',
    discoverable: false,
  },
];
