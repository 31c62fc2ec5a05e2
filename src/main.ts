import 'reflect-metadata';
import cluster from 'node:cluster';
import { startPrimary, type ClusterMessage, type Primary } from './cluster.js';
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
const progress = (step: string) => console.log(`  … ${step}`);
if (config.processes > 1 && cluster.isPrimary) await runPrimary(config);

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

/** HUB_PROCESSES > 1: this process only prepares the database and keeps the workers running (src/cluster.ts). */
async function runPrimary(config: HubConfig): Promise<never> {
  let primary: Primary | undefined;
  let code: number | undefined;
  const stopAll = async (signal: string) => {
    if (code !== undefined) return;
    code = 0;
    log.info({ signal }, 'shutting down every hub process');
    code = (await primary?.stop().catch(() => 1)) ?? 0;
    log.info('stopped');
    process.exit(code);
  };
  process.on('SIGTERM', () => void stopAll('SIGTERM'));
  process.on('SIGINT', () => void stopAll('SIGINT'));
  try {
    primary = await startPrimary(config, log, progress);
    const url = await primary.ready;
    console.log(['', ...startBanner(url, config).map((line) => `  ${line}`), ''].join('\n'));
  } catch (error) {
    log.fatal({ err: error }, 'the hub could not start');
    await primary?.stop().catch(() => undefined);
    process.exit(1);
  }
  return new Promise<never>(() => undefined); // runs until a signal
}

try {
  hub = await startHub(config, log, { progress: cluster.isWorker ? undefined : progress });
  if (stopping) await hub.close();
  if (cluster.isWorker) process.send!({ hub: 'ready', url: hub.url } satisfies ClusterMessage);
  else console.log(['', ...startBanner(hub.url, config).map((line) => `  ${line}`), ''].join('\n'));
} catch (error) {
  log.fatal({ err: error }, 'the hub could not start');
  await hub?.close().catch(() => undefined);
  process.exit(1);
}
