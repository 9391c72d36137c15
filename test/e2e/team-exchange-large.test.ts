// A large teammate's file in Chromium: its import shows progress, runs in a worker, and leaves the
// window responsive (animation frames keep coming) while 5,000 claims are read, checked and merged.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serialiseBundle } from '../../shared';
import { largeBundle } from '../fixtures/bundles/large-bundle';
import { enterName, importFile, lastNotice } from './app-actions';
import { launchApp, newProfileDir, removeProfileDir, type AppSession } from './browser';

const baseUrl = inject('baseUrl');
// Large enough to cross several progress stages and worker batches, small enough for a 2-core CI machine.
const CLAIMS = 5_000;

describe('importing a 5,000-claim file', () => {
  const profile = newProfileDir();
  const workDir = newProfileDir();
  let app: AppSession;
  let file = '';

  beforeAll(async () => {
    const article = readFileSync(join(import.meta.dirname, '../fixtures/articles/putin-negotiations.txt'), 'utf8');
    file = join(workDir, 'large.factcheck.json');
    writeFileSync(file, serialiseBundle(largeBundle(article, CLAIMS)));
    app = await launchApp(baseUrl, profile);
    await enterName(app.page, 'Ana Analyst');
  });

  afterAll(async () => {
    await app?.close();
    for (const dir of [profile, workDir]) removeProfileDir(dir);
  });

  it('shows progress and keeps the window responsive until the claims are in', async () => {
    const { page } = app;
    let workers = 0;
    page.on('worker', () => (workers += 1));
    // Frame times in the page (a long gap between frames is a frozen window), and when the progress changed.
    await page.evaluate(() => {
      const record = window as unknown as { frames_: number[]; stages_: Array<{ time: number; text: string }> };
      record.frames_ = [];
      record.stages_ = [];
      const tick = (time: number) => {
        record.frames_.push(time);
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
      new MutationObserver(() => {
        const label = document.querySelector('.import-progress-label')?.textContent;
        if (label && label !== record.stages_[record.stages_.length - 1]?.text)
          record.stages_.push({ time: performance.now(), text: label });
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await importFile(page, file);
    await expect
      .poll(() => lastNotice(page), { timeout: 50_000 })
      .toMatch(new RegExp(`Imported 0 new documents, ${CLAIMS} new claims`));
    const { stages, gaps } = await page.evaluate(() => {
      const record = window as unknown as { frames_: number[]; stages_: Array<{ time: number; text: string }> };
      const from = record.stages_[0]?.time ?? 0;
      const to = record.stages_[record.stages_.length - 1]?.time ?? 0;
      const frames = record.frames_.filter((time) => time >= from && time <= to);
      return {
        stages: record.stages_.map((stage) => stage.text),
        gaps: frames.slice(1).map((time, index) => time - (frames[index] as number)),
      };
    });
    // The stages the worker reported, from reading the file to saving it.
    expect(stages[0]).toMatch(/^Importing large\.factcheck\.json: reading/);
    expect(stages.some((stage) => stage.includes('checking records'))).toBe(true);
    expect(stages[stages.length - 1]).toMatch(/saving/);
    expect(workers).toBeGreaterThan(0);
    expect(gaps.length).toBeGreaterThan(10);
    // No frame waited long while the worker read, checked and merged the file.
    expect(Math.max(...gaps)).toBeLessThan(250);
  });
});
