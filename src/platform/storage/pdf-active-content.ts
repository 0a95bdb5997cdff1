/**
 * Finds what can make a PDF act rather than be read: JavaScript, launching
 * programs, embedded files, Flash/rich media, XFA forms, form submission and
 * data import, and the triggers (/OpenAction, /AA) that run such actions.
 * Every object pdf-lib parsed is walked — object streams included, names
 * already decoded (`/J#61vaScript` is `/JavaScript`) — reachable or not,
 * because a viewer repairing a broken file may reach what the xref hides.
 */
import { PDFArray, PDFDict, PDFName, PDFRef, PDFStream, type PDFContext, type PDFObject } from 'pdf-lib';

export type ActiveContent =
  | '/JavaScript'
  | '/Launch'
  | '/EmbeddedFile'
  | '/RichMedia'
  | '/XFA'
  | '/SubmitForm'
  | '/ImportData'
  | '/OpenAction'
  | '/AA';

const ORDER: readonly ActiveContent[] = ['/JavaScript', '/Launch', '/EmbeddedFile', '/RichMedia', '/XFA', '/SubmitForm', '/ImportData', '/OpenAction', '/AA'];

const S = PDFName.of('S');
const JS = PDFName.of('JS');
const TYPE = PDFName.of('Type');
const SUBTYPE = PDFName.of('Subtype');
const NEXT = PDFName.of('Next');
const OPEN_ACTION = PDFName.of('OpenAction');
const AA = PDFName.of('AA');
const EMBEDDED_FILE = PDFName.of('EmbeddedFile');
const RICH_MEDIA = PDFName.of('RichMedia');

/** Action types (/S) that execute or exfiltrate, by what they are reported as. */
const ACTION_TYPES: ReadonlyMap<PDFName, ActiveContent> = new Map([
  [PDFName.of('JavaScript'), '/JavaScript'],
  [PDFName.of('Launch'), '/Launch'],
  [PDFName.of('SubmitForm'), '/SubmitForm'],
  [PDFName.of('ImportData'), '/ImportData'],
  [PDFName.of('RichMediaExecute'), '/RichMedia'],
]);

/** Keys whose mere presence marks active content. */
const KEYS: ReadonlyMap<PDFName, ActiveContent> = new Map([
  [JS, '/JavaScript'],
  [PDFName.of('JavaScript'), '/JavaScript'],
  [PDFName.of('EmbeddedFiles'), '/EmbeddedFile'],
  [PDFName.of('EF'), '/EmbeddedFile'],
  [PDFName.of('RichMediaContent'), '/RichMedia'],
  [PDFName.of('XFA'), '/XFA'],
]);

// Deeper nesting than this is not a document, it is an attack on the walker's stack.
const MAX_DEPTH = 64;
// Real documents chain a handful of actions; thousands are only there to make the check slow.
const MAX_ACTION_CHAIN = 1000;

export function findActiveContent(context: PDFContext): ActiveContent[] {
  const found = new Set<ActiveContent>();

  const inspectDict = (dict: PDFDict): void => {
    for (const [key, active] of KEYS) if (dict.has(key)) found.add(active);
    const action = dict.get(S);
    if (action instanceof PDFName) {
      const active = ACTION_TYPES.get(action);
      if (active) found.add(active);
    }
    if (dict.get(TYPE) === EMBEDDED_FILE) found.add('/EmbeddedFile');
    if (dict.get(SUBTYPE) === RICH_MEDIA) found.add('/RichMedia');
    if (runsActiveAction(context, dict.get(OPEN_ACTION))) found.add('/OpenAction');
    const triggers = lookup(context, dict.get(AA));
    if (triggers instanceof PDFDict && triggers.values().some((a) => runsActiveAction(context, a))) found.add('/AA');
  };

  const walk = (object: PDFObject, depth: number): void => {
    if (depth > MAX_DEPTH) return;
    if (object instanceof PDFStream) return walk(object.dict, depth + 1);
    if (object instanceof PDFDict) {
      inspectDict(object);
      for (const value of object.values()) walk(value, depth + 1);
    } else if (object instanceof PDFArray) {
      for (const value of object.asArray()) walk(value, depth + 1);
    }
  };

  for (const [, object] of context.enumerateIndirectObjects()) walk(object, 0);
  return ORDER.filter((a) => found.has(a));
}

/** True when an action, or one chained after it through /Next, is of an active type.
 *  `seen` stops chains that loop back through references. */
function runsActiveAction(context: PDFContext, value: PDFObject | undefined, seen = new Set<PDFObject>()): boolean {
  const action = lookup(context, value);
  if (action === undefined || seen.has(action) || seen.size > MAX_ACTION_CHAIN) return false;
  seen.add(action);
  if (action instanceof PDFArray) return action.asArray().some((a) => runsActiveAction(context, a, seen));
  if (!(action instanceof PDFDict)) return false;
  const type = action.get(S);
  if ((type instanceof PDFName && ACTION_TYPES.has(type)) || action.has(JS)) return true;
  return runsActiveAction(context, action.get(NEXT), seen);
}

function lookup(context: PDFContext, value: PDFObject | undefined): PDFObject | undefined {
  return value instanceof PDFRef ? context.lookup(value) : value;
}
