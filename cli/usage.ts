/** The help text of the CLI and of each command, and the version it reports. */
import packageJson from '../package.json' with { type: 'json' };
import { exportFormats } from '../shared/formats/file-formats';
import { EXPORT_USAGE } from './commands/export';
import { IMPORT_ANNOTATIONS_USAGE } from './commands/import-annotations';
import { MERGE_USAGE } from './commands/merge';
import { VERIFY_USAGE } from './commands/verify';

export const CLI_VERSION: string = packageJson.version;

const COMMAND_USAGE: Record<string, string> = {
  new: `Usage: factcheck new ARTICLE -o BUNDLE [options]

Makes a bundle with no claims from a .txt, .md or .html article, exactly as the app
would import it (same canonical text, same SHA-256 text hash). A saved web page is read
as the app reads it: the main article is extracted, page furniture is dropped, and the
title, outlet, author, published time, language and canonical URL come from the page.

Options:
  -o, --output BUNDLE     where to write the bundle (*.factcheck.json)
      --title TITLE       the document title (default: the page's title, or the
                          article's first line or heading)
      --url URL           where the article was published (http or https;
                          default: the page's canonical URL)
      --keep-boilerplate  keep trailing site boilerplate (comment forms, "More like this")
      --author-name NAME  your name, stamped on the bundle
                          (default: $FACTCHECK_ANALYST, else your OS user name)
      --force             replace BUNDLE if it exists
  -h, --help              show this help`,
  validate: `Usage: factcheck validate FILE...

Checks that each FILE is a valid Factcheck Desk bundle. Prints "FILE: ok" for a valid
file and one line "FILE: $.json.path: message" for each problem. Exits 0 when every
file is valid, 1 otherwise.

Options:
  -h, --help  show this help`,
  info: `Usage: factcheck info BUNDLE [--json]

Summarises a bundle: its documents and their claims with status and verdict.

Options:
      --json  print the summary as JSON (claim offsets in Unicode code points)
  -h, --help  show this help`,
  merge: MERGE_USAGE,
  export: EXPORT_USAGE,
  'import-annotations': IMPORT_ANNOTATIONS_USAGE,
  verify: VERIFY_USAGE,
};

export const COMMANDS = Object.keys(COMMAND_USAGE);

export const MAIN_USAGE = `Usage: factcheck COMMAND [options]

Works with Factcheck Desk bundles (*.factcheck.json) from the command line.

Commands:
  new ARTICLE -o BUNDLE   make a bundle from a .txt, .md or .html article
  validate FILE...        check bundle files; one line per problem
  info BUNDLE [--json]    summarise a bundle's documents and claims
  merge FILE... -o OUT    merge teammates' bundles; conflicts and orphans are kept
  export BUNDLE --format ${exportFormats.join('|')} -o OUT
                          write a document in another format (factcheck help export)
  import-annotations BUNDLE W3C_FILE -o OUT
                          add W3C annotations as claims; prints anchored and orphans
  verify FILE...          who signed each bundle, and whether the signature holds
  help [COMMAND]          show this help, or a command's

Options:
  -h, --help     show this help
  -V, --version  show the version

Exit status: 0 success, 1 an input was invalid or refused, 2 the command line was wrong.`;

/** The usage of a command, or the main usage for an unknown or missing command. */
export function usageOf(command?: string): string {
  return (command !== undefined && COMMAND_USAGE[command]) || MAIN_USAGE;
}
