import { describe, expect, it } from 'vitest';
import { classes, html, join, raw } from './html.ts';

describe('html template', () => {
  it('escapes interpolated text, including attribute quotes', () => {
    const name = `<script>alert("x")</script>' onload='`;
    expect(html`<p title="${name}">${name}</p>`.value).toBe(
      '<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&#39; onload=&#39;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&#39; onload=&#39;</p>',
    );
  });

  it('keeps nested templates and raw markup, joins arrays and drops empty values', () => {
    const items = ['a&b', 'c'].map((s) => html`<li>${s}</li>`);
    expect(html`<ul>${items}</ul>${false}${null}${undefined}${true}${raw('<br>')}${0}`.value).toBe('<ul><li>a&amp;b</li><li>c</li></ul><br>0');
    expect(join(['x<', html`<b>y</b>`], ', ').value).toBe('x&lt;, <b>y</b>');
    expect(classes('a', false, 'b', null)).toBe('a b');
  });
});
