import type { HubConfig } from './config.js';
import { DEMO_USERS } from './seed/demo.js';

/**
 * What `npm start` prints once the hub listens: where to go, how to sign in, and every demo login.
 * The README's "Demo logins" block is this text for the default settings (test/readme.test.ts keeps
 * the two equal), so a newcomer reads the same list in both places.
 */
export function startBanner(graphqlUrl: string, config: Pick<HubConfig, 'seedDemo' | 'demoPassword'>): string[] {
  const origin = new URL(graphqlUrl).origin;
  const lines = [
    `综治中心协同平台 / the hub is running`,
    `  console       ${origin}/`,
    `  GraphQL IDE   ${origin}/graphiql`,
    `  GraphQL API   ${graphqlUrl}   (HTTP + WebSocket; sign in: sessionCreate)`,
    `  exports       /exports/cases.xlsx|csv?filter=…   /exports/ledger.xlsx|csv?centerId=…&period=…`,
    `  documents     /documents/cases/<case id>/<kind>   (Authorization: Bearer …, or a linkSign link)`,
    `  feeds         /calendar/centers/<division code>.ics   /calendar/people/<user id>.ics   (public)`,
  ];
  if (config.seedDemo) {
    lines.push(`Demo logins (password "${config.demoPassword}") for the console, the IDE or sessionCreate:`);
    for (const u of DEMO_USERS) lines.push(`  ${u.username.padEnd(18)} ${u.role.padEnd(13)} ${u.displayName}${u.title ? `（${u.title}）` : ''}`);
  }
  return lines;
}
