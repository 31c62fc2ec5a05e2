import type { SessionUser } from '../api.js';

export default function Placeholder(_props: { user: SessionUser }) {
  return <p class="muted">建设中</p>;
}
