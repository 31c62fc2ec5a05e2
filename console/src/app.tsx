/**
 * The shell: who is signed in, the navigation their roles allow, and the screen for the path.
 * Screens load on demand (one chunk each), so sign-in + a dashboard do not carry charts or calendars.
 */
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { currentSession, onSessionChange, signOut, type SessionUser } from './api.js';
import { match, navigate, onLink, usePath } from './router.js';
import { USER_ROLE_ZH } from './ui.js';
import { SignIn } from './screens/sign-in.js';

function lazy<P extends object>(load: () => Promise<{ default: ComponentType<P> }>): ComponentType<P> {
  let Loaded: ComponentType<P> | null = null;
  return function Lazy(props: P) {
    const [, setReady] = useState(false);
    useEffect(() => {
      if (!Loaded) void load().then((m) => {
        Loaded = m.default;
        setReady(true);
      });
    }, []);
    return Loaded ? <Loaded {...props} /> : <p class="loading">加载中…</p>;
  };
}

const Workbench = lazy(() => import('./screens/workbench.js'));
const Dashboard = lazy(() => import('./screens/dashboard.js'));
const CasePage = lazy(() => import('./screens/case-page.js'));
const MyCases = lazy(() => import('./screens/my-cases.js'));
const Leader = lazy(() => import('./screens/leader.js'));
const Roster = lazy(() => import('./screens/roster.js'));
const Ledger = lazy(() => import('./screens/ledger.js'));
const BigScreen = lazy(() => import('./screens/big-screen.js'));
const PublicDuties = lazy(() => import('./screens/public-duties.js'));
const Track = lazy(() => import('./screens/track.js'));

interface Nav { path: string; label: string; roles: string[] }
const NAV: Nav[] = [
  { path: '/workbench', label: '受理分流', roles: ['DISPATCHER', 'ADMIN'] },
  { path: '/dashboard', label: '部门看板', roles: ['AGENCY_STAFF', 'ADMIN'] },
  { path: '/my-cases', label: '我的案件', roles: ['MEDIATOR'] },
  { path: '/leader', label: '领导督办', roles: ['LEADER', 'ADMIN'] },
  { path: '/roster', label: '排班', roles: ['SCHEDULER', 'LEADER', 'ADMIN'] },
  { path: '/ledger', label: '台账', roles: ['DISPATCHER', 'LEADER', 'ADMIN', 'AUDITOR', 'AGENCY_STAFF'] },
  { path: '/screen', label: '大屏', roles: ['DISPATCHER', 'LEADER', 'ADMIN'] },
];

const rolesOf = (u: SessionUser) => new Set(u.roles.map((r) => r.role));
export function homeOf(u: SessionUser): string {
  return NAV.find((n) => n.roles.some((r) => rolesOf(u).has(r)))?.path ?? '/ledger';
}

export function App() {
  const path = usePath();
  const [user, setUser] = useState(currentSession()?.user ?? null);
  useEffect(() => onSessionChange(() => setUser(currentSession()?.user ?? null)), []);

  // Public pages: no sign-in.
  const pub = match('/public/:code', path);
  if (pub) return <PublicDuties code={pub.code!} />;
  if (match('/track', path)) return <Track />;

  if (!user) return <SignIn />;
  if (path === '/' || path === '/login') {
    navigate(homeOf(user), true);
    return null;
  }
  const screen = match('/screen', path);
  if (screen) return <BigScreen user={user} />;

  const caseParams = match('/cases/:id', path);
  const roles = rolesOf(user);
  return (
    <div class="shell">
      <header class="top">
        <a class="brand" href={homeOf(user)} onClick={onLink}>综治中心协同平台</a>
        <nav aria-label="主导航">
          {NAV.filter((n) => n.roles.some((r) => roles.has(r))).map((n) => (
            <a href={n.path} onClick={onLink} class={path.startsWith(n.path) ? 'active' : ''} aria-current={path.startsWith(n.path) ? 'page' : undefined}>{n.label}</a>
          ))}
          <a href={`/public/${user.homeCenter.divisionCode}`} onClick={onLink}>公开值班</a>
        </nav>
        <span class="who" data-testid="who">
          {user.displayName}（{[...roles].map((r) => USER_ROLE_ZH[r] ?? r).join('、')}）· {user.homeCenter.name}
        </span>
        <button type="button" class="link" onClick={() => void signOut().then(() => navigate('/', true))}>退出登录</button>
      </header>
      <main>
        {caseParams ? <CasePage id={caseParams.id!} user={user} />
          : path.startsWith('/workbench') ? <Workbench user={user} />
          : path.startsWith('/dashboard') ? <Dashboard user={user} />
          : path.startsWith('/my-cases') ? <MyCases user={user} />
          : path.startsWith('/leader') ? <Leader user={user} />
          : path.startsWith('/roster') ? <Roster user={user} />
          : path.startsWith('/ledger') ? <Ledger user={user} />
          : <p>页面不存在。<a href={homeOf(user)} onClick={onLink}>返回首页</a></p>}
      </main>
    </div>
  );
}
