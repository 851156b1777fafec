import { join } from 'node:path';

/** The folder the articles live in (content/ under the working directory): one definition for every reader. */
export const CONTENT_DIR = join(process.cwd(), 'content');
