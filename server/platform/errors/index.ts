export * from './appError';
export { sendProblem, PROBLEM_BASE } from './problem';
export { zodValidatorCompiler, RequestValidationError } from './validator';
export { fieldErrorsFromZod } from './zodIssues';
