/** Public page, no sign-in: who receives petitioners today and this week at a center (by division code). */
import { request } from '../api.js';
import { graphql } from '../gql/index.js';
import { fmtDate, todayShanghai, useLoad } from '../ui.js';

const Duties = graphql(`
  query PublicDutiesPage($code: String!) { publicDuties(divisionCode: $code) { date kind slot name title room topics } }
`);
export const SLOT_ZH: Record<string, string> = { FULL_DAY: '全天', MORNING: '上午', AFTERNOON: '下午' };
const WEEKDAY = ['日', '一', '二', '三', '四', '五', '六'];
export const weekday = (date: string) => `星期${WEEKDAY[new Date(`${date}T12:00:00Z`).getUTCDay()]}`;

export default function PublicDuties(props: { code: string }) {
  const q = useLoad(() => request(Duties, { code: props.code }, { anonymous: true }), [props.code]);
  const today = todayShanghai();
  const duties = q.data?.publicDuties ?? [];
  const days = [...new Set(duties.map((d) => d.date))].sort();
  return (
    <main class="public">
      <h1>领导接访与当日楼长</h1>
      <p class="sub">区划代码 {props.code} · 本页公开，无需登录 · <a href="/track">案件进度查询</a></p>
      {q.error && <p class="error">{q.error}</p>}
      {q.data && days.length === 0 && <p class="muted" data-testid="no-duties">本周暂无已发布的值班安排</p>}
      {days.map((date) => {
        const list = duties.filter((d) => d.date === date);
        return (
          <section class={`panel day${date === today ? ' today' : ''}`} data-date={date} aria-label={fmtDate(date)}>
            <h2>{fmtDate(date)} {weekday(date)} {date === today && <span class="tag">今天</span>}</h2>
            <ul>
              {list.map((d) => (
                <li data-kind={d.kind}>
                  <span class="kind">{d.kind === 'BUILDING_MANAGER' ? '当日楼长' : `领导接访（${SLOT_ZH[d.slot]}）`}</span>
                  <strong>{d.name}</strong> {d.title}{d.room && ` · ${d.room}`}{d.topics.length > 0 && ` · 接访事项：${d.topics.join('、')}`}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </main>
  );
}
