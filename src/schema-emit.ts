/** `npm run schema:emit` writes schema/schema.graphql from the code. */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildHubSchema, printHubSchema } from './schema.js';

export const SCHEMA_FILE = fileURLToPath(new URL('../schema/schema.graphql', import.meta.url));

writeFileSync(SCHEMA_FILE, printHubSchema(await buildHubSchema()));
console.log(`wrote ${SCHEMA_FILE}`);
