/** Messages for the analyst: short notices (with an optional action such as Undo) and problem reports. */
import type { StateCreator } from 'zustand';

export interface Notice {
  id: number;
  text: string;
  tone: 'info' | 'error';
  action?: { label: string; run: () => void };
}

export interface ProblemReport {
  title: string;
  summary: string;
  /** Counts to show before the list, such as what an import placed and what it did not. */
  facts?: Array<{ label: string; count: number }>;
  /** A heading for the list, when it needs one. */
  listTitle?: string;
  problems: string[];
}

export interface MessagesSlice {
  notices: Notice[];
  problemReport: ProblemReport | null;
  notify: (text: string, options?: { tone?: Notice['tone']; action?: Notice['action'] }) => void;
  dismissNotice: (id: number) => void;
  reportProblems: (report: ProblemReport | null) => void;
}

let nextNoticeId = 1;

export const createMessagesSlice: StateCreator<MessagesSlice, [], [], MessagesSlice> = (set) => ({
  notices: [],
  problemReport: null,
  notify: (text, options) =>
    set((state) => ({
      notices: [
        ...state.notices.slice(-3),
        {
          id: nextNoticeId++,
          text,
          tone: options?.tone ?? 'info',
          ...(options?.action ? { action: options.action } : {}),
        },
      ],
    })),
  dismissNotice: (id) => set((state) => ({ notices: state.notices.filter((notice) => notice.id !== id) })),
  reportProblems: (report) => set({ problemReport: report }),
});
