import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SIGNED_IN, fakeMe, json, problem } from '../../../testing/fake-api';
import { renderApp } from '../../../testing/render-app';
import type { BoardTask } from '../board-state';

const ME = fakeMe(['requester', 'agent']);

function task(n: number, overrides: Partial<BoardTask> = {}): BoardTask {
  return {
    id: `00000000-0000-4000-8000-0000000001${String(n).padStart(2, '0')}`,
    number: `TASK-0000${String(n).padStart(2, '0')}`,
    title: `Task number ${n}`,
    status: 'open',
    requestId: '00000000-0000-4000-8000-0000000000aa',
    requestNumber: 'REQ-000042',
    itemName: 'New User Account',
    priority: 'high',
    teamId: null,
    assigneeId: null,
    assigneeName: null,
    dependsOn: [],
    templateKey: `t${n}`,
    estimateMinutes: 30,
    spentMinutes: 10,
    checklistDone: 1,
    checklistTotal: 3,
    slaStage: null,
    slaDueAt: null,
    createdAt: '2026-01-01T00:00:00Z',
    version: 3,
    ...overrides,
  };
}

/** Answers `GET tasks?status=` from a list, as the API filters it. */
function tasksByStatus(tasks: BoardTask[]) {
  return (request: Request) => {
    const status = new URL(request.url).searchParams.get('status');
    return json({ items: tasks.filter((t) => t.status === status), nextCursor: null });
  };
}

function column(name: string) {
  return screen.getByRole('region', { name });
}

const BASE = {
  'GET /api/v1/auth/me': () => json(ME),
  'GET /api/v1/teams': () => json({ items: [], nextCursor: null }),
};

// Whole-app renders with lazy pages; generous on a shared two-core machine.
describe('TasksPage', { timeout: 15_000 }, () => {
  it('shows each task in its column, skipped ones in Done marked as skipped', async () => {
    renderApp({
      path: '/tasks',
      tokens: SIGNED_IN,
      api: {
        ...BASE,
        'GET /api/v1/tasks': tasksByStatus([
          task(1, { status: 'blocked' }),
          task(2, { status: 'open', assigneeName: 'Jordan Agent' }),
          task(3, { status: 'skipped' }),
        ]),
      },
    });
    const blocked = await screen.findByRole('article', { name: 'Task number 1' });
    expect(column('Blocked')).toContainElement(blocked);
    const open = screen.getByRole('article', { name: 'Task number 2' });
    expect(column('Open')).toContainElement(open);
    expect(open).toHaveTextContent('REQ-000042 · New User Account');
    expect(open).toHaveTextContent('Jordan Agent');
    expect(open).toHaveTextContent('Checklist 1/3');
    const skipped = within(column('Done')).getByRole('article', { name: 'Task number 3' });
    expect(skipped).toHaveTextContent('Skipped');
    expect(within(column('In progress')).queryByRole('article')).not.toBeInTheDocument();
  });

  it('moves a task at once when started from its menu, sending the version it read', async () => {
    let answer: (response: Response) => void = () => undefined;
    const { requests } = renderApp({
      path: '/tasks',
      tokens: SIGNED_IN,
      api: {
        ...BASE,
        'GET /api/v1/tasks': tasksByStatus([task(2)]),
        'POST /api/v1/tasks/00000000-0000-4000-8000-000000000102/start': () =>
          new Promise<Response>((resolve) => (answer = resolve)),
      },
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Actions for TASK-000002' }));
    await user.click(screen.getByRole('menuitem', { name: 'Start' }));

    // Before the API answers, the card already sits in In progress.
    const card = within(column('In progress')).getByRole('article', { name: 'Task number 2' });
    expect(card).toHaveAttribute('aria-busy', 'true');
    const start = requests.find((r) => r.url.endsWith('/start'));
    expect(await start?.json()).toEqual({ version: 3 });

    answer(json({ ...task(2, { status: 'in_progress', version: 4 }), description: '' }));
    expect(await screen.findByText('TASK-000002 started')).toBeVisible();
    expect(column('In progress')).toContainElement(
      screen.getByRole('article', { name: 'Task number 2' }),
    );
  });

  it('puts the card back and explains a 409 with a way to reload', async () => {
    renderApp({
      path: '/tasks',
      tokens: SIGNED_IN,
      api: {
        ...BASE,
        'GET /api/v1/tasks': tasksByStatus([task(2)]),
        'POST /api/v1/tasks/00000000-0000-4000-8000-000000000102/complete': () =>
          problem(409, 'Task was changed by someone else; reload it and try again'),
      },
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Actions for TASK-000002' }));
    await user.click(screen.getByRole('menuitem', { name: 'Complete' }));

    expect(
      await screen.findByText(/TASK-000002 was changed by someone else — reload/),
    ).toBeVisible();
    expect(column('Open')).toContainElement(screen.getByRole('article', { name: 'Task number 2' }));
    expect(screen.getByRole('button', { name: 'Reload' })).toBeVisible();
  });

  it('asks for a reason before skipping', async () => {
    const { requests } = renderApp({
      path: '/tasks',
      tokens: SIGNED_IN,
      api: {
        ...BASE,
        'GET /api/v1/tasks': tasksByStatus([task(2)]),
        'POST /api/v1/tasks/00000000-0000-4000-8000-000000000102/skip': () =>
          json({ ...task(2, { status: 'skipped', version: 4 }), description: '' }),
      },
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Actions for TASK-000002' }));
    await user.click(screen.getByRole('menuitem', { name: 'Skip…' }));
    const dialog = screen.getByRole('dialog', { name: 'Skip TASK-000002?' });
    await user.click(within(dialog).getByRole('button', { name: 'Skip task' }));
    expect(within(dialog).getByText(/at least 3 characters/)).toBeVisible();
    await user.type(within(dialog).getByLabelText(/Reason/), 'Already done by HR');
    await user.click(within(dialog).getByRole('button', { name: 'Skip task' }));

    expect(await screen.findByText('TASK-000002 skipped')).toBeVisible();
    const skip = requests.find((r) => r.url.endsWith('/skip'));
    expect(await skip?.json()).toEqual({ version: 3, reason: 'Already done by HR' });
  });

  it('ticks a checklist item in the task drawer at once and unticks it if the API refuses', async () => {
    const detail = {
      ...task(2),
      description: 'Create it',
      skipReason: null,
      startedAt: null,
      completedAt: null,
      checklist: [
        {
          id: '00000000-0000-4000-8000-000000000501',
          label: 'Set a temporary password',
          done: false,
          doneById: null,
          doneAt: null,
        },
      ],
      notes: [],
      timeEntries: [],
    };
    renderApp({
      path: `/tasks?task=${task(2).id}`,
      tokens: SIGNED_IN,
      api: {
        ...BASE,
        'GET /api/v1/tasks': tasksByStatus([task(2)]),
        [`GET /api/v1/tasks/${task(2).id}`]: () => json(detail),
        [`PATCH /api/v1/tasks/${task(2).id}/checklist/00000000-0000-4000-8000-000000000501`]: () =>
          problem(409, 'The task is already done'),
      },
    });
    const drawer = await screen.findByRole('dialog', { name: 'Task number 2' });
    const box = await within(drawer).findByRole('checkbox', { name: 'Set a temporary password' });
    await userEvent.setup().click(box);
    expect(
      await screen.findByText(/The checklist was not saved: The task is already done/),
    ).toBeVisible();
    expect(box).not.toBeChecked();
    expect(within(drawer).getByText('0 of 1 done')).toBeVisible();
    expect(within(drawer).getByText('30 min estimated', { exact: false })).toBeVisible();
  });
});
