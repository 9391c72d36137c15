/**
 * Globals that every host of shared/ provides (browsers, workers and Node.js alike), declared here
 * because shared/ compiles without the DOM or Node type libraries.
 */
declare class URL {
  constructor(url: string, base?: string);
  readonly protocol: string;
  readonly hostname: string;
  readonly href: string;
  readonly username: string;
  readonly password: string;
}
declare const crypto: { randomUUID(): string };
