/**
 * Message catalogues: Vietnamese first, English second. Every user-facing
 * string goes through `t`.
 *
 * The platform holds only its own messages (errors at the edge, validation,
 * uploads, PDF, OCR, signatures) and knows nothing of modules or pages. Each
 * module and the web layer keep theirs next to their code, in a file that
 * calls `defineMessages` (registering the texts when it is imported) and
 * augments `Catalogues` (making the keys known to the type checker):
 *
 *     const vi = { 'dossier.notFound': 'Không tìm thấy hồ sơ.' } as const satisfies Record<string, string>;
 *     const en: Record<keyof typeof vi, string> = { 'dossier.notFound': 'Dossier not found.' };
 *     defineMessages('dossiers', vi, en);
 *     declare module '../../platform/i18n/index.ts' {
 *       interface Catalogues { dossiers: typeof vi }
 *     }
 *
 * A module's `index.ts` imports its catalogue, and `web/index.ts` imports the
 * page catalogues, so every text is registered before a page or an error
 * renders. A missing English text or an unknown key stays a type error.
 */
import { vi } from './vi.ts';
import { en } from './en.ts';

export type Locale = 'vi' | 'en';

/**
 * The catalogues of the program by name, each as the type of its Vietnamese
 * texts. Declared here with the platform's own; catalogue files add theirs.
 */
export interface Catalogues {
  platform: typeof vi;
}

export type MessageKey = { [C in keyof Catalogues]: keyof Catalogues[C] & string }[keyof Catalogues];

const texts: Record<Locale, Map<string, string>> = { vi: new Map(), en: new Map() };
/** Which catalogue defined each key: two catalogues may not share one. */
const owners = new Map<string, string>();

/**
 * Registers a catalogue's texts. The English texts must cover every Vietnamese
 * key (checked by the type); a key already defined by another catalogue throws,
 * since which text wins would depend on import order.
 */
export function defineMessages<V extends Record<string, string>>(
  name: string,
  viTexts: V,
  enTexts: NoInfer<Record<keyof V, string>>,
): void {
  const english: Record<string, string> = enTexts;
  for (const [key, text] of Object.entries(viTexts)) {
    const owner = owners.get(key);
    if (owner !== undefined && owner !== name) {
      throw new Error(`Message key "${key}" is defined by both the ${owner} and the ${name} catalogues.`);
    }
    owners.set(key, name);
    texts.vi.set(key, text);
    const translation = english[key];
    if (translation !== undefined) texts.en.set(key, translation);
  }
}

defineMessages('platform', vi, en);

export function t(locale: Locale, key: MessageKey, params: Record<string, string | number> = {}): string {
  const template = texts[locale].get(key) ?? texts.vi.get(key) ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** Picks the language from an Accept-Language header: English only when asked for first. */
export function localeFromHeader(header: string | undefined): Locale {
  if (!header) return 'vi';
  const first = header.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'vi';
}

/** True for a key some registered catalogue defines (e.g. a message carried by a validation issue). */
export function isMessageKey(key: string): key is MessageKey {
  return texts.vi.has(key);
}

/** Every registered text of one language, by key, with the catalogue that defined it: for the catalogue checks. */
export function registeredMessages(locale: Locale): ReadonlyMap<string, { text: string; catalogue: string }> {
  return new Map([...texts[locale]].map(([key, text]) => [key, { text, catalogue: owners.get(key)! }]));
}
