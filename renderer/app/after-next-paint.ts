/**
 * Resolves just after the browser has painted the next frame, so work that can wait (a database write,
 * a card) does not hold back the frame that shows the analyst's key press. A hidden window paints no
 * frames, so a short timer resolves it there.
 */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 100);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }, 0),
    );
  });
}
