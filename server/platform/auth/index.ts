export * from './context';
export { registerAuthResolution, SESSION_COOKIE } from './resolve';
export { hashPassword, verifyPassword, verifyAgainstDummy, MIN_PASSWORD_LENGTH } from './passwords';
export { randomSecret, sha256, newApiToken } from './secrets';
export { FixedWindowLimiter } from './rateLimit';
export { loadUserAndActor } from './loadUser';
