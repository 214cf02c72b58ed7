// Public surface of the crime-gun tracing domain: import from 'core/firearms' rather than from its files.
export * from './result';
export * from './serial';
export * from './serialPattern';
export * from './serialSimilarity';
export * from './calendar';
export * from './timeToCrime';
export * from './persons';
export * from './indicators';
export * from './chainTypes';
export * from './chain';
export * from './traceStatus';
export * from './routing';
export * from './referenceTypes';
export * from './reference';
export * from './description';
export * from './multipleSales';
export * from './adCsv';
