/**
 * Finds what can make a PDF act rather than be read: JavaScript, launching
 * programs, embedded files, Flash/rich media, XFA forms, form submission and
 * data import, and the triggers (/OpenAction, /AA) that run such actions.
 * Every object pdf-lib parsed is walked — object streams included, names
 * already decoded (`/J#61vaScript` is `/JavaScript`) — reachable or not,
 * because a viewer repairing a broken file may reach what the xref hides.
 *
 * Actions that reach out of the document to another file are refused on their
 * own, naming the target: a desktop reader following a link to `\\host\share`
 * or `file://host/...` opens an SMB connection and hands the officer's Windows
 * credentials (NTLM) to that host — whether the action runs on open, on a
 * page event or on a click. That is every GoToR (another PDF) and GoToE (a PDF
 * inside another file), and any action whose URI or file specification is a
 * `file:` URL or a UNC path. Ordinary web links (http, https, mailto) stay.
 */
import { PDFArray, PDFDict, PDFHexString, PDFName, PDFRef, PDFStream, PDFString, type PDFContext, type PDFObject } from 'pdf-lib';
import { UploadRefusedError } from './upload-refused-error.ts';

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
const URI = PDFName.of('URI');
const F = PDFName.of('F');

/** Action types whose whole purpose is to open another file. */
const REMOTE_GOTO: ReadonlySet<PDFName> = new Set([PDFName.of('GoToR'), PDFName.of('GoToE')]);
/** The keys of a file specification dictionary that can name where the file is. */
const FILE_SPEC_KEYS = ['UF', 'F', 'DOS', 'Unix', 'Mac'].map((k) => PDFName.of(k));
// What is quoted back to the person is cut to a readable length.
const MAX_TARGET_CHARS = 120;

/** An action that would open something outside the document: its type and where it points. */
export interface OutboundAction {
  action: string;
  target: string;
}

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

/**
 * The active content of a parsed PDF, in a fixed order. A PDF with an action
 * that reaches out to another file is refused here, with its own message
 * naming the target (`upload.pdfOutboundAction`), because "active content"
 * would not tell the sender what to look for.
 */
export function findActiveContent(context: PDFContext): ActiveContent[] {
  const found = new Set<ActiveContent>();
  let outbound: OutboundAction | undefined;

  const inspectDict = (dict: PDFDict): void => {
    outbound ??= outboundAction(context, dict);
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
  if (outbound) throw new UploadRefusedError('upload.pdfOutboundAction', { action: outbound.action, target: outbound.target });
  return ORDER.filter((a) => found.has(a));
}

/**
 * Whether this dictionary is an action that leaves the document for a local
 * or network file. Every action dictionary is reached by the walk, whether it
 * hangs off /OpenAction, /AA, a link annotation's /A or another's /Next.
 */
export function outboundAction(context: PDFContext, dict: PDFDict): OutboundAction | undefined {
  const type = dict.get(S);
  if (!(type instanceof PDFName)) return undefined;
  const name = type.decodeText();
  const fileTarget = fileSpecTarget(context, dict.get(F));
  if (REMOTE_GOTO.has(type)) return { action: name, target: quote(fileTarget ?? '') };
  if (type === URI) {
    const uri = text(lookup(context, dict.get(URI)));
    if (uri !== undefined && reachesFileSystem(uri)) return { action: name, target: quote(uri) };
    return undefined;
  }
  if (fileTarget !== undefined && reachesFileSystem(fileTarget)) return { action: name, target: quote(fileTarget) };
  return undefined;
}

/** `file:` URLs (any case, after the blanks a reader skips) and UNC paths, with either slash; `smb:` is the same thing by another name. */
export function reachesFileSystem(target: string): boolean {
  // eslint-disable-next-line no-control-regex -- readers skip leading control characters too
  const t = target.replace(/^[\s\u0000-\u001f]+/, '').toLowerCase();
  return t.startsWith('file:') || t.startsWith('smb:') || t.startsWith('\\\\') || t.startsWith('//') || t.startsWith('\\/') || t.startsWith('/\\');
}

/** Where a file specification (a string, or a dictionary with /UF, /F, /DOS, …) points; the first network-looking name wins. */
function fileSpecTarget(context: PDFContext, value: PDFObject | undefined): string | undefined {
  const spec = lookup(context, value);
  const plain = text(spec);
  if (plain !== undefined) return plain;
  if (!(spec instanceof PDFDict)) return undefined;
  const names = FILE_SPEC_KEYS.map((k) => text(lookup(context, spec.get(k)))).filter((n): n is string => n !== undefined);
  return names.find(reachesFileSystem) ?? names[0];
}

function text(value: PDFObject | undefined): string | undefined {
  if (value instanceof PDFString || value instanceof PDFHexString) {
    try {
      return value.decodeText();
    } catch {
      return value.asString();
    }
  }
  return undefined;
}

/** The target as it may be shown back: control characters dropped, cut to a readable length. */
function quote(target: string): string {
  // eslint-disable-next-line no-control-regex -- control characters must not reach the message
  const clean = target.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  if (clean === '') return '?';
  return clean.length > MAX_TARGET_CHARS ? `${clean.slice(0, MAX_TARGET_CHARS)}…` : clean;
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
