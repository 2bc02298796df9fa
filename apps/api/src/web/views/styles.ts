import { SafeHtml } from '../html';

// Inline, so a page is one request; colours chosen for at least 4.5:1 contrast on white.
export const STYLES = new SafeHtml(`
:root{--ink:#1b1f24;--muted:#4a5560;--accent:#0b5cad;--line:#d0d7de;--bg:#f6f8fa;--ok:#0f6b2f;--bad:#a1161b}
*{box-sizing:border-box}
body{margin:0;font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:#fff}
a{color:var(--accent)}
a:focus,button:focus,input:focus,select:focus,textarea:focus,summary:focus{outline:3px solid #f5a623;outline-offset:2px}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem;z-index:2}
header{background:var(--bg);border-bottom:1px solid var(--line)}
.bar{max-width:60rem;margin:0 auto;padding:.6rem 1rem;display:flex;flex-wrap:wrap;gap:1rem;align-items:center}
.brand{font-weight:700;font-size:1.2rem;text-decoration:none;color:var(--ink)}
nav ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.9rem;align-items:center}
nav form{margin:0}
.languages{margin-left:auto}
[aria-current]{font-weight:700}
main{max-width:60rem;margin:0 auto;padding:1rem}
footer{max-width:60rem;margin:2rem auto;padding:1rem;color:var(--muted);border-top:1px solid var(--line)}
h1{font-size:1.7rem;line-height:1.25}
.notice{background:#e8f4ea;border-left:4px solid var(--ok);padding:.6rem .8rem}
.error{background:#fbeaea;border-left:4px solid var(--bad);padding:.6rem .8rem}
.muted{color:var(--muted)}
.card{border:1px solid var(--line);border-radius:6px;padding:.8rem 1rem;margin:.8rem 0}
.card h2,.card h3{margin:.2rem 0 .4rem}
.meta{color:var(--muted);font-size:.92rem}
.reply{border-left:3px solid var(--line);margin:.6rem 0 .6rem 1rem;padding:.2rem .8rem}
.reply.moderator{border-left-color:var(--accent);background:#f1f6fc}
.badge{display:inline-block;font-size:.8rem;font-weight:600;padding:0 .45rem;border-radius:4px;background:var(--accent);color:#fff}
label{display:block;font-weight:600;margin:.9rem 0 .25rem}
input[type=text],input[type=email],input[type=password],input[type=datetime-local],select,textarea{width:100%;max-width:40rem;padding:.45rem;border:1px solid #6b7580;border-radius:4px;font:inherit}
textarea{min-height:12rem}
fieldset{border:1px solid var(--line);border-radius:6px;margin:.9rem 0;max-width:40rem}
fieldset label{display:inline;font-weight:400;margin:0}
.objectives{columns:2;column-gap:1.5rem}
.objectives div{break-inside:avoid;margin:.15rem 0}
.hint{color:var(--muted);font-size:.92rem;margin:.2rem 0}
button,.button{display:inline-block;margin-top:1rem;padding:.5rem 1rem;border:0;border-radius:4px;background:var(--accent);color:#fff;font:inherit;font-weight:600;cursor:pointer;text-decoration:none}
button.link{background:none;color:var(--accent);padding:0;margin:0;font-weight:400;text-decoration:underline}
ol.objectives-list li{margin:.2rem 0}
.status-line{background:#f1f6fc;border-left:4px solid var(--accent);padding:.6rem .8rem}
.annex{list-style:none;padding-left:0}.annex summary{font-weight:400;margin-top:.3rem}
table.versions{border-collapse:collapse}.versions th,.versions td{text-align:left;padding:.3rem 1rem .3rem 0;border-bottom:1px solid var(--line)}
.charts{display:flex;flex-wrap:wrap;gap:1.5rem}.chart{margin:0}.chart figcaption{font-weight:600;font-size:.92rem}
.chart-bar{fill:var(--accent)}.chart-label,.chart-value{fill:var(--ink);font-size:12px}
.compare label{display:inline;margin:0 .4rem 0 0}.compare select{width:auto;margin-right:1rem}
.diff{list-style:none;padding:0}.diff li{margin:.5rem 0;padding:.3rem .6rem;border-left:4px solid var(--line)}
.diff .added{border-color:var(--ok);background:#e8f4ea}.diff .added .badge{background:var(--ok)}.diff ins{text-decoration:none}
.diff .removed{border-color:var(--bad);background:#fbeaea}.diff .removed .badge{background:var(--bad)}
input[type=number]{padding:.45rem;border:1px solid #6b7580;border-radius:4px;font:inherit}
textarea.short{min-height:5rem}
.badge.ok{background:var(--ok)}.badge.bad{background:var(--bad)}
.card summary{cursor:pointer;font-weight:600;margin-top:.8rem}
`);
