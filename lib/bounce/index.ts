export { analyze } from './analyze';
export type { RawInput } from './input';
export * from './types';
