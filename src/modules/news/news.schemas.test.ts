import { describe, expect, it } from 'vitest';
import { bodyBlocks, slugFromTitle } from './news.schemas.ts';

describe('article text', () => {
  it('splits paragraphs on blank lines and lists on "- " lines, even right after a lead-in line', () => {
    expect(bodyBlocks('Một\nhai.\n\nBạn cần:\n- A\n- B\n\n- C\nSau.')).toEqual([
      { kind: 'paragraph', text: 'Một hai.' },
      { kind: 'paragraph', text: 'Bạn cần:' },
      { kind: 'list', items: ['A', 'B'] },
      { kind: 'list', items: ['C'] },
      { kind: 'paragraph', text: 'Sau.' },
    ]);
  });

  it('makes an accent-free slug from a Vietnamese title', () => {
    expect(slugFromTitle('Hướng dẫn nộp hồ sơ: Đăng ký khai sinh 1.001193!')).toBe('huong-dan-nop-ho-so-dang-ky-khai-sinh-1-001193');
    expect(slugFromTitle('!!!')).toBe('bai-viet');
  });
});
