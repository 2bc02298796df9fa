import { html, type SafeHtml } from '../html';

export interface Bar {
  label: string;
  value: number;
}

const WIDTH = 320;
const ROW = 34;
const BAR = 12;
const VALUE_ROOM = 36;

/**
 * A small horizontal bar chart drawn on the server: each bar under its label, its number at its
 * end. Screen readers get the whole chart as one image named by its title and every number.
 */
export function barChart(id: string, title: string, bars: readonly Bar[]): SafeHtml {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const name = `${title}: ${bars.map((b) => `${b.label} ${b.value}`).join(', ')}`;
  const height = Math.max(ROW, bars.length * ROW);
  return html`<figure class="chart">
    <figcaption>${title}</figcaption>
    <svg
      role="img"
      aria-labelledby="${id}"
      viewBox="0 0 ${WIDTH} ${height}"
      width="${WIDTH}"
      height="${height}"
      xmlns="http://www.w3.org/2000/svg"
    >
      <title id="${id}">${name}</title>
      ${bars.map((bar, i) => {
        const y = i * ROW;
        const length = Math.max(2, Math.round((bar.value / max) * (WIDTH - VALUE_ROOM)));
        return html`<text x="0" y="${y + 13}" class="chart-label">${bar.label}</text>
          <rect x="0" y="${y + 18}" width="${length}" height="${BAR}" rx="2" class="chart-bar" />
          <text x="${length + 6}" y="${y + 28}" class="chart-value">${bar.value}</text>`;
      })}
    </svg>
  </figure>`;
}
