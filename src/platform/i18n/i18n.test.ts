import { describe, expect, it } from 'vitest';
import { defineMessages, isMessageKey, localeFromHeader, registeredMessages, t, type MessageKey } from './index.ts';

// Keys of a catalogue made up for these tests; the program never renders them.
const key = (k: string) => `i18nTest.${k}` as MessageKey;

describe('t', () => {
  it('renders the platform messages in either language, filling the parameters it is given', () => {
    expect(t('vi', 'error.rateLimited', { seconds: 30 })).toBe('Bạn thao tác quá nhanh. Vui lòng thử lại sau 30 giây.');
    expect(t('en', 'error.rateLimited', { seconds: 30 })).toMatch(/30/);
    expect(t('vi', 'error.rateLimited')).toContain('{seconds}');
  });

  it('answers with the key itself for a key no catalogue defines, rather than failing the page', () => {
    expect(t('vi', key('never.defined'))).toBe('i18nTest.never.defined');
  });
});

describe('defineMessages', () => {
  it('registers both languages of a catalogue at import time', () => {
    defineMessages('i18nTest', { 'i18nTest.hello': 'Xin chào {name}' }, { 'i18nTest.hello': 'Hello {name}' });
    expect(isMessageKey('i18nTest.hello')).toBe(true);
    expect(t('vi', key('hello'), { name: 'An' })).toBe('Xin chào An');
    expect(t('en', key('hello'), { name: 'An' })).toBe('Hello An');
    expect(registeredMessages('vi').get('i18nTest.hello')).toEqual({ text: 'Xin chào {name}', catalogue: 'i18nTest' });
  });

  it('refuses a key another catalogue already defines, since the winner would depend on import order', () => {
    defineMessages('i18nTest', { 'i18nTest.shared': 'Một' }, { 'i18nTest.shared': 'One' });
    expect(() => defineMessages('i18nTestOther', { 'i18nTest.shared': 'Hai' }, { 'i18nTest.shared': 'Two' })).toThrow(
      /i18nTest\.shared.*i18nTest and the i18nTestOther/,
    );
    expect(t('vi', key('shared'))).toBe('Một');
  });

  it('knows only registered keys', () => {
    expect(isMessageKey('error.notFound')).toBe(true);
    expect(isMessageKey('i18nTest.nothing')).toBe(false);
  });
});

describe('localeFromHeader', () => {
  it('picks English only when it is asked for first', () => {
    expect(localeFromHeader(undefined)).toBe('vi');
    expect(localeFromHeader('en-GB,en;q=0.9')).toBe('en');
    expect(localeFromHeader('vi-VN,en;q=0.8')).toBe('vi');
  });
});
