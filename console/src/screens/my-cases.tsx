/** Mediator's "my cases" (我的案件): the cases assigned to the mediator, live. */
import type { SessionUser } from '../api.js';
import { LiveBoard } from './dashboard.js';

export default function MyCases(props: { user: SessionUser }) {
  const mediator = props.user.roles.find((r) => r.mediator)?.mediator;
  return (
    <div class="dashboard">
      <h1>我的案件{mediator && ` · ${mediator.name}`}</h1>
      {mediator ? <LiveBoard scope={{ mediatorId: mediator.id }} title="我承办的案件" /> : <p>您的账号未关联调解员。</p>}
    </div>
  );
}
