export * from './types';
export * from './truthTable';
export * from './abilities';
