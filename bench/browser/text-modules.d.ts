/** Text files the harness bundles as strings (esbuild's text loader). */
declare module '*.txt' {
  const text: string;
  export default text;
}
