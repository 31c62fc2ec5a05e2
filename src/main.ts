import 'reflect-metadata';
import { ConfigError, loadConfig, type HubConfig } from './config.js';
import { startHub, type Hub } from './hub.js';
import { startBanner } from './banner.js';
import { createLogger } from './shared/logger.js';

let config: HubConfig;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(78); // EX_CONFIG
  }
  throw error;
}

const log = createLogger(config.logLevel);
let hub: Hub | undefined;
let stopping = false;

async function stop(signal: string, code = 0): Promise<void> {
  if (stopping) return;
  stopping = true;
  log.info({ signal }, 'shutting down');
  const force = setTimeout(() => {
    log.error({ timeoutMs: config.shutdownTimeoutMs }, 'shutdown timed out; exiting');
    process.exit(1);
  }, config.shutdownTimeoutMs + 5_000);
  force.unref();
  try {
    await hub?.close();
    log.info('stopped');
  } catch (error) {
    log.error({ err: error }, 'error while shutting down');
    code = 1;
  }
  process.exit(code);
}

process.on('SIGTERM', () => void stop('SIGTERM'));
process.on('SIGINT', () => void stop('SIGINT'));
process.on('uncaughtException', (error) => {
  log.fatal({ err: error }, 'uncaught exception');
  void stop('uncaughtException', 1);
});
process.on('unhandledRejection', (error) => {
  log.fatal({ err: error }, 'unhandled rejection');
  void stop('unhandledRejection', 1);
});

try {
  hub = await startHub(config, log, { progress: (step) => console.log(`  … ${step}`) });
  if (stopping) await hub.close();
  console.log(['', ...startBanner(hub.url, config).map((line) => `  ${line}`), ''].join('\n'));
} catch (error) {
  log.fatal({ err: error }, 'the hub could not start');
  await hub?.close().catch(() => undefined);
  process.exit(1);
}
