export { analyze } from './analyze';
export type { RawInput } from './read/input';
export * from './types';
