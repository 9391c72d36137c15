// The undo history: undo and redo in order, typing merges, a new action clears redo, and the store runs the steps.
import { beforeEach, describe, expect, it } from 'vitest';
import {
  EMPTY_HISTORY,
  MERGE_WITHIN_MS,
  recordEntry,
  takeRedo,
  takeUndo,
  type History,
} from '../../renderer/store/history';
import { useUiStore } from '../../renderer/store/ui-store';

/** A value with its undo/redo entries, as a claim field would have. */
function field(initial: string) {
  const state = { value: initial };
  const change = (history: History, to: string, at: number, key = 'claim:text'): History => {
    const before = state.value;
    state.value = to;
    return recordEntry(history, {
      label: 'Change wording',
      key,
      at,
      undo: async () => void (state.value = before),
      redo: async () => void (state.value = to),
    });
  };
  return { state, change };
}

describe('the undo history', () => {
  it('undoes and redoes in order', async () => {
    const { state, change } = field('a');
    let history = change(EMPTY_HISTORY, 'b', 0, 'k1');
    history = change(history, 'c', 10_000, 'k2');
    let step = takeUndo(history)!;
    await step.entry.undo();
    expect(state.value).toBe('b');
    step = takeUndo(step.history)!;
    await step.entry.undo();
    expect(state.value).toBe('a');
    expect(takeUndo(step.history)).toBeNull();
    const again = takeRedo(step.history)!;
    await again.entry.redo();
    expect(state.value).toBe('b');
  });

  it('merges typing in one field into one step, but not after a pause or in another field', async () => {
    const { state, change } = field('');
    let history = change(EMPTY_HISTORY, 'W', 0);
    history = change(history, 'Wa', 200);
    history = change(history, 'War', 400);
    expect(history.past).toHaveLength(1);
    history = change(history, 'War!', 400 + MERGE_WITHIN_MS + 1);
    history = change(history, 'x', 400 + MERGE_WITHIN_MS + 2, 'claim:claimant');
    expect(history.past).toHaveLength(3);
    let step = takeUndo(history)!;
    step = takeUndo(step.history)!;
    await step.entry.undo();
    step = takeUndo(step.history)!;
    await step.entry.undo();
    expect(state.value).toBe('');
  });

  it('forgets what could be redone once something new is done', () => {
    const { change } = field('a');
    const history = change(EMPTY_HISTORY, 'b', 0);
    const undone = takeUndo(history)!.history;
    expect(undone.future).toHaveLength(1);
    expect(change(undone, 'c', 5000).future).toHaveLength(0);
  });
});

describe('the undo store', () => {
  beforeEach(() => useUiStore.getState().clearHistory());

  it('runs the recorded steps and says what was undone', async () => {
    const log: string[] = [];
    useUiStore.getState().record({
      label: 'Delete claim',
      undo: async () => void log.push('restore'),
      redo: async () => void log.push('delete'),
    });
    expect(await useUiStore.getState().undo()).toBe('Delete claim');
    expect(await useUiStore.getState().undo()).toBeNull();
    expect(await useUiStore.getState().redo()).toBe('Delete claim');
    expect(log).toEqual(['restore', 'delete']);
  });
});
