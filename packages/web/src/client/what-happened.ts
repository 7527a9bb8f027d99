/**
 * "What happened?": one question at a time, then the plan. Answers and ticks live only in this
 * tab's sessionStorage; nothing is sent anywhere.
 */
import { EMPTY_PLAN, formatDay, loadState, saveState, today, type PlanState } from './plan-state.js';

const form = document.getElementById('plan-form');
const plan = document.getElementById('plan');
const fallback = document.getElementById('plan-fallback');

const SCENARIOS_FOR: Readonly<Record<string, string>> = {
  'found-camera': 'illegal-shooting',
  filmed: 'illegal-shooting',
  'images-online': 'dissemination',
  threatened: 'threat',
};

function checkedValues(root: HTMLElement, name: string): string[] {
  return [...root.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((i) => i.value);
}

function setup(formEl: HTMLFormElement, planEl: HTMLElement): void {
  const questions = [...formEl.querySelectorAll<HTMLFieldSetElement>('fieldset[data-question]')];
  const progress = document.getElementById('plan-progress');
  const error = document.getElementById('q1-error');
  const back = formEl.querySelector<HTMLButtonElement>('[data-action="back"]');
  const next = formEl.querySelector<HTMLButtonElement>('[data-action="next"]');
  let state: PlanState = loadState();

  const visibleQuestions = () =>
    questions.filter(
      (q) => q.dataset.question !== 'address' || !(state.what.length > 0 && state.what.every((w) => w === 'saw-material')),
    );

  const restoreInputs = () => {
    for (const input of formEl.querySelectorAll<HTMLInputElement>('input')) {
      if (input.name === 'what') input.checked = state.what.includes(input.value);
      if (input.name === 'danger') input.checked = state.danger === input.value;
      if (input.name === 'address') input.checked = state.address === input.value;
    }
    for (const tick of planEl.querySelectorAll<HTMLInputElement>('input[data-tick]')) {
      tick.checked = state.ticks.includes(tick.dataset.tick ?? '');
    }
  };

  const readInputs = () => {
    state = {
      ...state,
      what: checkedValues(formEl, 'what'),
      danger: checkedValues(formEl, 'danger')[0] ?? null,
      address: checkedValues(formEl, 'address')[0] ?? null,
    };
  };

  const renderPlan = () => {
    const scenarios = new Set(state.what.map((w) => SCENARIOS_FOR[w]).filter(Boolean));
    for (const el of planEl.querySelectorAll<HTMLElement>('[data-when]')) {
      const [kind, value] = (el.dataset.when ?? '').split(':');
      el.hidden = !(
        (kind === 'danger' && (state.danger === 'yes' || state.danger === 'unsure')) ||
        (kind === 'scenario' && value !== undefined && scenarios.has(value)) ||
        (kind === 'saw' && state.what.includes('saw-material')) ||
        (kind === 'address' && state.address === value)
      );
    }
    for (const el of planEl.querySelectorAll<HTMLElement>('[data-contact-for]')) {
      const forScenarios = (el.dataset.contactFor ?? '').split(' ');
      el.hidden = scenarios.size > 0 && !forScenarios.some((s) => scenarios.has(s));
    }
    // The plan carries the day it was made, also on paper.
    const dateEl = planEl.querySelector<HTMLElement>('.plan-date');
    if (dateEl) {
      const day = state.madeOn ?? today();
      const time = document.createElement('time');
      time.dateTime = day;
      time.textContent = formatDay(day, document.documentElement.lang);
      const [before = '', after = ''] = (dateEl.dataset.label ?? '{date}').split('{date}');
      dateEl.replaceChildren(before, time, after);
      dateEl.hidden = false;
    }
  };

  const show = (step: number | 'plan', focus: boolean) => {
    state = { ...state, step };
    saveState(state);
    const visible = visibleQuestions();
    formEl.hidden = step === 'plan';
    planEl.hidden = step !== 'plan';
    if (step === 'plan') {
      renderPlan();
      if (focus) document.getElementById('plan-title')?.focus();
      return;
    }
    const index = Math.min(step, visible.length - 1);
    for (const q of questions) q.hidden = q !== visible[index];
    if (progress) {
      progress.textContent = (formEl.dataset.progress ?? '')
        .replace('{current}', String(index + 1))
        .replace('{total}', String(visible.length));
    }
    if (back) back.hidden = index === 0;
    if (next) next.textContent = (index === visible.length - 1 ? next.dataset.labelFinish : next.dataset.labelNext) ?? '';
    if (focus) visible[index]?.querySelector<HTMLElement>('legend h2')?.focus();
  };

  formEl.addEventListener('submit', (event) => {
    event.preventDefault();
    readInputs();
    const visible = visibleQuestions();
    const index = typeof state.step === 'number' ? Math.min(state.step, visible.length - 1) : 0;
    if (visible[index]?.dataset.question === 'what' && state.what.length === 0) {
      if (error) error.hidden = false;
      formEl.querySelector<HTMLInputElement>('input[name="what"]')?.focus();
      return;
    }
    if (error) error.hidden = true;
    if (index + 1 >= visible.length) state = { ...state, madeOn: today() };
    show(index + 1 >= visible.length ? 'plan' : index + 1, true);
  });
  formEl.addEventListener('change', () => {
    readInputs();
    saveState(state);
  });
  back?.addEventListener('click', () => {
    const index = typeof state.step === 'number' ? state.step : 0;
    show(Math.max(0, index - 1), true);
  });
  planEl.addEventListener('change', (event) => {
    const tick = event.target;
    if (!(tick instanceof HTMLInputElement) || !tick.dataset.tick) return;
    const ticks = state.ticks.filter((id) => id !== tick.dataset.tick);
    state = { ...state, ticks: tick.checked ? [...ticks, tick.dataset.tick] : ticks };
    saveState(state);
  });
  planEl.querySelector('[data-action="print"]')?.addEventListener('click', () => window.print());
  // The plan's own way back to the questions: the browser's Back leaves Jikim (one-entry.ts).
  planEl.querySelector('[data-action="previous-question"]')?.addEventListener('click', () => {
    show(visibleQuestions().length - 1, true);
  });
  planEl.querySelector('[data-action="restart"]')?.addEventListener('click', () => {
    state = EMPTY_PLAN;
    restoreInputs();
    show(0, true);
  });

  // A page restored from the back/forward cache must not show answers that quick exit cleared.
  window.addEventListener('pageshow', (event) => {
    if (!event.persisted) return;
    state = loadState();
    restoreInputs();
    show(state.step, false);
  });

  if (fallback) fallback.hidden = true;
  restoreInputs();
  show(state.step, false);
}

if (form instanceof HTMLFormElement && plan) setup(form, plan);
