import { createHash } from 'node:crypto';
import { Router, type Response } from 'express';

/**
 * The offline GraphQL IDE at /graphiql (docs/api.md, "The IDE"): GraphiQL as packaged by
 * `@graphql-yoga/render-graphiql` (React, Monaco and the GraphiQL UI in one prebuilt script), served by
 * the hub itself — nothing comes from a CDN, which the air-gapped networks the hub serves cannot reach.
 * Around it, a small sign-in bar of our own: the token it gets (sessionCreate, or a pasted access token)
 * is sent as `Authorization` over HTTP and in `connection_init` over graphql-ws, so subscriptions run
 * as the same user. With SCHEMA_DISCLOSURE=staff the IDE opens only once signed in, and says why.
 */
export const IDE_PATH = '/graphiql';

type Bundle = typeof import('@graphql-yoga/render-graphiql/graphiql');

interface Asset {
  body: string;
  type: string;
}

/** The package's ≈ 9 MB of strings are loaded on the first visit, not at boot. */
let assets: Promise<{ files: Map<string, Asset>; names: Record<'js' | 'css' | 'editor' | 'json' | 'graphql', string> }> | undefined;

function loadAssets() {
  assets ??= import('@graphql-yoga/render-graphiql/graphiql').then((bundle: Bundle) => {
    const files = new Map<string, Asset>();
    // Content-hashed names, so the files can be cached for good and a new package version is fetched anew.
    const add = (stem: string, ext: 'js' | 'css', body: string) => {
      const name = `${stem}.${createHash('sha256').update(body).digest('hex').slice(0, 12)}.${ext}`;
      files.set(name, { body, type: ext === 'js' ? 'text/javascript; charset=utf-8' : 'text/css; charset=utf-8' });
      return name;
    };
    const names = {
      js: add('graphiql', 'js', bundle.js),
      css: add('graphiql', 'css', bundle.css),
      editor: add('editor.worker', 'js', bundle.editorWorkerService),
      json: add('json.worker', 'js', bundle.jsonWorker),
      graphql: add('graphql.worker', 'js', bundle.graphqlWorker),
    };
    files.set('boot.js', { body: BOOT, type: 'text/javascript; charset=utf-8' });
    return { files, names };
  });
  return assets;
}

/** Only the hub's own origin, for scripts, styles, workers, fetches and the WebSocket alike. */
const CSP = [
  "default-src 'self'", "script-src 'self' 'unsafe-eval'", "style-src 'self' 'unsafe-inline'", "img-src 'self' data:",
  "font-src 'self' data:", "worker-src 'self' blob:", "connect-src 'self'", "base-uri 'none'", "form-action 'none'", "frame-ancestors 'none'",
].join('; ');

function page(names: Record<string, string>, settings: { endpoint: string; staffOnly: boolean }): string {
  const base = `${IDE_PATH}/assets`;
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>GraphQL 调试台 · 综治中心协同平台</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${base}/${names.css}">
<style>
  html, body { height: 100%; margin: 0; font-family: system-ui, "PingFang SC", "Microsoft YaHei", sans-serif; }
  body { display: flex; flex-direction: column; }
  #hub-bar { display: flex; gap: .5em; align-items: center; flex-wrap: wrap; padding: .4em .8em; background: #f3f5f8; border-bottom: 1px solid #d9dde3; font-size: 14px; }
  #hub-bar input { padding: .25em .4em; }
  #hub-bar .who { font-weight: 600; }
  #hub-notice { padding: 2em; font-size: 16px; line-height: 1.7; max-width: 48em; }
  #hub-notice[hidden], #root[hidden] { display: none; }
  #root { flex: 1; min-height: 0; }
  .hub-error { color: #b42318; }
</style>
</head>
<body>
<form id="hub-bar" aria-label="登录 / Sign in">
  <strong>GraphQL 调试台</strong>
  <span id="hub-signed-out">
    <label>登录名 <input name="username" autocomplete="username" required></label>
    <label>密码 <input name="password" type="password" autocomplete="current-password" required></label>
    <button type="submit">登录 / Sign in</button>
    <label>或粘贴访问令牌 <input name="token" placeholder="Bearer 令牌 / access token" size="24"></label>
    <button type="button" id="hub-use-token">使用令牌</button>
  </span>
  <span id="hub-signed-in" hidden>已登录：<span class="who" id="hub-who"></span> <button type="button" id="hub-sign-out">退出 / Sign out</button></span>
  <span id="hub-message" role="status" class="hub-error"></span>
</form>
<div id="hub-notice" hidden></div>
<div id="root" hidden></div>
<script id="hub-settings" type="application/json">${JSON.stringify({ ...settings, workers: { editorWorkerService: `${base}/${names.editor}`, json: `${base}/${names.json}`, graphql: `${base}/${names.graphql}` } })}</script>
<script src="${base}/${names.js}"></script>
<script src="${base}/boot.js"></script>
</body>
</html>`;
}

/** The page's own script (plain browser JavaScript, no build step): sign-in, then GraphiQL. */
const BOOT = String.raw`(() => {
  const settings = JSON.parse(document.getElementById('hub-settings').textContent);
  self.MonacoEnvironment = { globalAPI: false, getWorkerUrl: (_id, label) => settings.workers[label] || settings.workers.editorWorkerService };
  const KEY = 'hub.graphiql.token';
  const $ = (id) => document.getElementById(id);
  const form = $('hub-bar');
  const say = (text) => { $('hub-message').textContent = text; };

  async function post(query, variables, token) {
    const headers = { 'content-type': 'application/json' };
    if (token) headers.authorization = 'Bearer ' + token;
    const res = await fetch(settings.endpoint, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    return res.json();
  }

  function open(token, who) {
    $('hub-signed-out').hidden = !!token;
    $('hub-signed-in').hidden = !token;
    $('hub-who').textContent = who || '';
    if (!token && settings.staffOnly) {
      $('hub-notice').hidden = false;
      $('hub-notice').innerHTML = '<h2>请先登录</h2><p>本环境（SCHEMA_DISCLOSURE=staff）只向已登录的工作人员公开接口结构，'
        + '登录后即可浏览文档、自动补全并执行查询和订阅。请在上方输入登录名和密码，或粘贴访问令牌。</p>'
        + '<p lang="en">This hub discloses its schema to signed-in staff only. Sign in above, or paste an access token.</p>';
      $('root').hidden = true;
      return;
    }
    $('hub-notice').hidden = true;
    $('root').hidden = false;
    const auth = token ? { authorization: 'Bearer ' + token } : {};
    YogaGraphiQL.renderYogaGraphiQL($('root'), {
      title: '综治中心协同平台', endpoint: settings.endpoint, subscriptionsProtocol: 'WS',
      additionalHeaders: auth, connectionParams: auth,
      defaultQuery: '# 综治中心协同平台 GraphQL 调试台：Ctrl-Enter 执行，左侧“文档”可浏览全部类型。\n{\n  caseCategories { code nameZh }\n}\n',
    });
  }

  async function signedIn(token) {
    const answer = await post('{ viewer { username displayName } }', {}, token).catch(() => null);
    const viewer = answer && answer.data && answer.data.viewer;
    if (!viewer) {
      sessionStorage.removeItem(KEY);
      const problem = answer && answer.errors && answer.errors[0] ? answer.errors[0].message : '无法连接 / Cannot reach the hub';
      return { problem };
    }
    sessionStorage.setItem(KEY, token);
    return { who: viewer.displayName + '（' + viewer.username + '）' };
  }

  async function start(token) {
    if (!token) return open(null);
    const result = await signedIn(token);
    if (result.problem) { say(result.problem); return open(null); }
    say('');
    // GraphiQL keeps its own state in the page: a new identity starts a fresh page.
    if (!$('root').hidden) return location.reload();
    open(token, result.who);
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const answer = await post('mutation($input: SessionCreateInput!) { sessionCreate(input: $input) { accessToken userErrors { message } } }',
      { input: { username: form.username.value, password: form.password.value } }).catch(() => null);
    const payload = answer && answer.data && answer.data.sessionCreate;
    if (!payload || !payload.accessToken) return say(payload && payload.userErrors[0] ? payload.userErrors[0].message : '登录失败 / Sign-in failed');
    await start(payload.accessToken);
  });
  $('hub-use-token').addEventListener('click', () => start(form.token.value.replace(/^Bearer\s+/i, '').trim()));
  $('hub-sign-out').addEventListener('click', () => {
    const token = sessionStorage.getItem(KEY);
    sessionStorage.removeItem(KEY);
    const done = () => location.reload();
    if (token) post('mutation { sessionRevoke { revoked } }', {}, token).then(done, done); else done();
  });
  start(sessionStorage.getItem(KEY));
})();
`;

function sendAsset(res: Response, asset: Asset, immutable: boolean): void {
  res.setHeader('content-type', asset.type);
  res.setHeader('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
  res.send(asset.body);
}

/**
 * GET /graphiql (the page), /graphiql/assets/* (its files), and GET /graphql from a browser (it asks for
 * text/html) is sent to the IDE — Apollo's landing page would load Apollo Sandbox from the internet.
 */
export function graphiqlRoutes(options: { endpoint: string; staffOnly: boolean }): Router {
  const router = Router();
  router.get(IDE_PATH, async (_req, res, next) => {
    try {
      const { names } = await loadAssets();
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.setHeader('cache-control', 'no-cache');
      res.setHeader('content-security-policy', CSP);
      res.setHeader('x-content-type-options', 'nosniff');
      res.send(page(names, options));
    } catch (error) {
      next(error);
    }
  });
  router.get(`${IDE_PATH}/assets/:name`, async (req, res, next) => {
    try {
      const asset = (await loadAssets()).files.get(String(req.params.name));
      if (!asset) return void res.status(404).json({ errors: [{ message: '无此文件 / No such file', extensions: { code: 'NOT_FOUND' } }] });
      sendAsset(res, asset, req.params.name !== 'boot.js');
    } catch (error) {
      next(error);
    }
  });
  router.get(options.endpoint, (req, res, next) => {
    // A GraphQL GET request (a query string, or a client asking for JSON) goes on to the API.
    if (Object.keys(req.query).length > 0 || req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) !== 'text/html') return next();
    res.redirect(302, IDE_PATH);
  });
  return router;
}
