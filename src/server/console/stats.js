// «Как работает ассистент»: per day or week, conversations and bookings, the share handled without reception,
// handoffs by reason, and latency per stage of a call, drawn as SVG charts with the numbers in tables beside them.
import { api, loadHotel } from './app.js';
import { empty, h, s, table } from './dom.js';
import * as f from './format.js';

const W = 640;
const H = 220;
const PAD = { left: 40, right: 10, top: 12, bottom: 34 };

/** Grouped bars: one group per period, one bar per series; series carry a class for their colour. */
function barChart(title, labels, series, format = String) {
  const max = Math.max(1, ...series.flatMap((x) => x.values.map((v) => v ?? 0)));
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const groupW = plotW / labels.length;
  const barW = Math.min(36, Math.max(2, (groupW * 0.8) / series.length));
  const inset = (groupW - barW * series.length) / 2;
  const y = (v) => PAD.top + plotH - (v / max) * plotH;
  const ticks = [0, max / 2, max].map((v) => Math.round(v * 100) / 100);
  return s(
    'svg',
    { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': title, class: 'chart' },
    ticks.map((t) => [
      s('line', { x1: PAD.left, x2: W - PAD.right, y1: y(t), y2: y(t), class: 'tick' }),
      s('text', { x: PAD.left - 4, y: y(t) + 4, class: 'axis end' }, format(t)),
    ]),
    labels.map((label, i) => [
      series.map((x, j) => {
        const v = x.values[i] ?? 0;
        return s(
          'rect',
          { x: PAD.left + i * groupW + inset + j * barW, y: y(v), width: barW - 1, height: Math.max(0, PAD.top + plotH - y(v)), class: x.class },
          s('title', {}, `${label}: ${x.name} ${format(v)}`),
        );
      }),
      s('text', { x: PAD.left + i * groupW + groupW / 2, y: H - PAD.bottom + 16, class: 'axis middle' }, label),
    ]),
  );
}

function key(series) {
  return h(
    'ul',
    { class: 'legend' },
    series.map((x) => h('li', {}, h('i', { class: x.class }), x.name)),
  );
}

function chartCard(title, chart, series, data) {
  return h('section', { class: 'card' }, h('h2', {}, title), series ? key(series) : null, chart, h('details', {}, h('summary', {}, 'Цифры'), data));
}

const periodLabel = (period, start) => (period === 'day' ? `${f.weekday(start)} ${f.dayOfMonth(start)}` : `с ${f.dayShort(start)}`);

export async function show(view, { query }) {
  await loadHotel();
  const period = query.get('period') === 'week' ? 'week' : 'day';
  const stats = await api(`stats?period=${period}`);
  const labels = stats.periods.map((p) => periodLabel(period, p.start));
  const volume = [
    { name: 'разговоры', class: 's1', values: stats.periods.map((p) => p.conversations) },
    { name: 'брони', class: 's2', values: stats.periods.map((p) => p.bookings) },
    { name: 'переданы на ресепшен', class: 's3', values: stats.periods.map((p) => p.handoffs) },
  ];
  const share = [{ name: 'без ресепшена', class: 's2', values: stats.periods.map((p) => (p.handledShare === null ? 0 : p.handledShare * 100)) }];
  const outcomeClass = { booked: 's2', answered: 's1', handoff: 's3', not_understood: 's6', abandoned: 's5' };
  const outcomes = Object.keys(f.OUTCOMES).map((outcome) => ({
    name: f.OUTCOMES[outcome],
    class: outcomeClass[outcome],
    values: stats.periods.map((p) => p.outcomes[outcome]),
  }));
  const reasons = Object.keys(f.HANDOFF_REASONS).map((reason, i) => ({
    name: f.HANDOFF_REASONS[reason],
    class: `s${i + 3}`,
    values: stats.periods.map((p) => p.handoffReasons[reason]),
  }));
  const stages = {
    end_of_turn: 'конец фразы',
    transcript: 'распознавание',
    agent_reply: 'ответ готов',
    first_audio_sent: 'первый звук отправлен',
    first_mark_echoed: 'гость слышит ответ',
    turn: 'ход ассистента (чат и звонок)',
  };
  const stageOrder = Object.keys(stages);
  const measured = stageOrder.filter((stage) => stats.periods.some((p) => p.latency[stage]));
  const perPeriod = measured.map((stage, i) => ({
    name: stages[stage],
    class: `s${(i % 6) + 1}`,
    values: stats.periods.map((p) => p.latency[stage]?.p50 ?? 0),
  }));
  const latency = stats.latency.filter((l) => l.count > 0);
  const latencySeries = [
    { name: 'медиана, мс', class: 's1', values: latency.map((l) => l.p50) },
    { name: '90-й процентиль, мс', class: 's3', values: latency.map((l) => l.p90) },
  ];
  view.replaceChildren(
    h('h1', {}, 'Как работает ассистент'),
    h(
      'nav',
      { class: 'tabs', 'aria-label': 'Период' },
      h('a', { href: '#/stats?period=day', 'aria-current': period === 'day' ? 'page' : null }, 'По дням'),
      h('a', { href: '#/stats?period=week', 'aria-current': period === 'week' ? 'page' : null }, 'По неделям'),
    ),
    h(
      'div',
      { class: 'columns' },
      chartCard(
        'Разговоры, брони и передачи на ресепшен',
        barChart('Разговоры, брони и передачи по периодам', labels, volume),
        volume,
        table(
          'Разговоры по периодам',
          ['Период', 'Разговоры', 'Брони', 'Переданы'],
          stats.periods.map((p, i) => h('tr', {}, h('td', {}, labels[i]), h('td', {}, p.conversations), h('td', {}, p.bookings), h('td', {}, p.handoffs))),
        ),
      ),
      chartCard(
        'Доля разговоров без ресепшена',
        barChart('Доля разговоров без ресепшена, %', labels, share, (v) => `${Math.round(v)} %`),
        null,
        table(
          'Доля без ресепшена',
          ['Период', 'Доля'],
          stats.periods.map((p, i) => h('tr', {}, h('td', {}, labels[i]), h('td', {}, f.percent(p.handledShare)))),
        ),
      ),
      chartCard(
        'Чем закончились разговоры',
        barChart('Исходы разговоров по периодам', labels, outcomes),
        outcomes,
        table(
          'Исходы разговоров',
          ['Период', ...outcomes.map((o) => o.name)],
          labels.map((label, i) =>
            h(
              'tr',
              {},
              h('td', {}, label),
              outcomes.map((o) => h('td', {}, o.values[i])),
            ),
          ),
        ),
      ),
      chartCard(
        'Передачи на ресепшен по причинам',
        barChart('Передачи на ресепшен по причинам', labels, reasons),
        reasons,
        table(
          'Причины передач',
          ['Период', ...reasons.map((r) => r.name)],
          labels.map((label, i) =>
            h(
              'tr',
              {},
              h('td', {}, label),
              reasons.map((r) => h('td', {}, r.values[i])),
            ),
          ),
        ),
      ),
      chartCard(
        'Задержка звонка по этапам (медиана)',
        measured.length ? barChart('Задержка звонка по этапам, медиана, мс', labels, perPeriod) : empty('Звонков с замерами за эти периоды не было.'),
        measured.length ? perPeriod : null,
        table(
          'Задержка по этапам и периодам',
          ['Период', ...measured.map((stage) => `${stages[stage]}: медиана / 90 %, мс`)],
          stats.periods.map((p, i) =>
            h(
              'tr',
              {},
              h('td', {}, labels[i]),
              measured.map((stage) => h('td', {}, p.latency[stage] ? `${p.latency[stage].p50} / ${p.latency[stage].p90}` : '—')),
            ),
          ),
        ),
      ),
      chartCard(
        'Задержка с запуска сервера',
        latency.length
          ? barChart(
              'Задержка по этапам с запуска сервера, мс',
              latency.map((l) => stages[l.stage] ?? l.stage),
              latencySeries,
            )
          : empty('Замеров ещё нет: они появляются с первыми разговорами после запуска сервера.'),
        latency.length ? latencySeries : null,
        table(
          'Задержка с запуска сервера',
          ['Этап', 'Замеров', 'Медиана, мс', '90-й процентиль, мс'],
          latency.map((l) => h('tr', {}, h('td', {}, stages[l.stage] ?? l.stage), h('td', {}, l.count), h('td', {}, l.p50 ?? '—'), h('td', {}, l.p90 ?? '—'))),
        ),
      ),
    ),
    h(
      'p',
      { class: 'muted' },
      'Без ресепшена — разговоры, где ассистент сам оформил бронь или ответил на вопросы, из всех, где гость что-то сказал. Переданные на ресепшен, непонятые (гость ушёл после «не понял» или почти каждая фраза осталась непонятой) и прерванные в долю не входят.',
    ),
    h(
      'p',
      { class: 'muted' },
      'Задержка — время от конца фразы звонящего до каждого этапа: по дням и неделям из журналов звонков, с запуска сервера — по метрикам /metrics (там же время хода ассистента в чате).',
    ),
  );
}
