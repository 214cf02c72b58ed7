// Which national tracing centre a trace request goes to. A chain starts with the first licensee that must keep
// records for the gun in that country: the importer for an imported gun, the manufacturer for a domestic one.

export type TracingCentre = 'US' | 'CA';

export interface RoutingInput {
  /** ISO 3166-1 alpha-2 country of manufacture, as marked on the gun; null when unknown. */
  readonly countryOfManufacture: string | null;
  /** The import marking, when the gun carries one. `country` is the country the importer is licensed in. */
  readonly importer: { readonly name: string; readonly country: string | null } | null;
}

export type RoutingReason =
  | 'made_in_us'
  | 'imported_into_us'
  | 'made_in_ca'
  | 'imported_into_ca'
  | 'foreign_no_us_or_ca_importer'
  | 'importer_country_unknown'
  | 'origin_unknown';

export type Routing =
  | {
      readonly kind: 'centre';
      readonly centre: TracingCentre;
      readonly reason: RoutingReason;
      /** The kind of the first record holder the chain walk asks. */
      readonly startsAt: 'manufacturer' | 'importer';
    }
  /** No North American chain: the request goes abroad (e.g. through INTERPOL) to the country of manufacture. */
  | { readonly kind: 'foreign'; readonly country: string; readonly reason: RoutingReason }
  /** Not enough to decide: the request needs correcting before it can be routed. */
  | { readonly kind: 'undetermined'; readonly reason: RoutingReason };

const CENTRES: readonly string[] = ['US', 'CA'] satisfies readonly TracingCentre[];

function country(code: string | null | undefined): string | null {
  const c = code?.trim().toUpperCase();
  return c ? c : null;
}

/**
 * The importer decides first: a foreign-made gun imported into the US is traced by the US centre from the importer's
 * records, even if it was made in Canada, because that importer's records lead to the retail sale. A domestic gun
 * goes to its own country's centre from the manufacturer. Anything else has no chain here.
 */
export function routeTrace(input: RoutingInput): Routing {
  const made = country(input.countryOfManufacture);
  const importedInto = country(input.importer?.country);
  if (importedInto === 'US')
    return { kind: 'centre', centre: 'US', reason: 'imported_into_us', startsAt: 'importer' };
  if (importedInto === 'CA')
    return { kind: 'centre', centre: 'CA', reason: 'imported_into_ca', startsAt: 'importer' };
  if (made === 'US') return { kind: 'centre', centre: 'US', reason: 'made_in_us', startsAt: 'manufacturer' };
  if (made === 'CA') return { kind: 'centre', centre: 'CA', reason: 'made_in_ca', startsAt: 'manufacturer' };
  // A named importer whose country we do not know could be a US or Canadian one: routing abroad would lose the trace.
  if (input.importer && importedInto === null)
    return { kind: 'undetermined', reason: 'importer_country_unknown' };
  if (made !== null) return { kind: 'foreign', country: made, reason: 'foreign_no_us_or_ca_importer' };
  return { kind: 'undetermined', reason: 'origin_unknown' };
}

export function isTracingCentre(value: string): value is TracingCentre {
  return CENTRES.includes(value);
}

/**
 * True when a gun so marked cannot be routed at all ('origin_unknown'): the description check warns about it before
 * a trace is requested. Asks routeTrace itself, so the warning follows the routing rules.
 */
export function routingNeedsOrigin(
  countryOfManufacture: string | null | undefined,
  importer: string | null | undefined,
): boolean {
  const name = importer?.trim();
  const routing = routeTrace({
    countryOfManufacture: countryOfManufacture ?? null,
    importer: name ? { name, country: null } : null,
  });
  return routing.kind === 'undetermined' && routing.reason === 'origin_unknown';
}
