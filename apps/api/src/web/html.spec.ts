import { escapeHtml, html, paragraphs } from './html';

describe('html', () => {
  it('escapes every interpolated text, in text and in attributes', () => {
    const evil = `"><script>alert('x')</script>`;
    expect(html`<a title="${evil}">${evil}</a>`.value).toBe(
      '<a title="&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;">&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</a>',
    );
  });

  it('nests templates and lists without escaping them twice, and skips false and null', () => {
    const items = ['a&b', 'c'].map((x) => html`<li>${x}</li>`);
    const list = html`<ul>
      ${items}${false}${null}${undefined}
    </ul>`;
    expect(list.value.replace(/\s+/g, '')).toBe('<ul><li>a&amp;b</li><li>c</li></ul>');
  });

  it('writes plain text as paragraphs', () => {
    expect(paragraphs('One <b>\nline\n\n\nTwo').value).toBe(
      '<p>One &lt;b&gt;<br>line</p><p>Two</p>',
    );
    expect(escapeHtml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&#39;');
  });
});
