// Layout problems of the current page, as sentences (empty when the page fits). arguments[0]: whether the screen is a phone.
const phone = arguments[0];
const problems = [];
const describe = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
    + (el.classList.length ? '.' + Array.from(el.classList).join('.') : '');
const width = document.documentElement.clientWidth;
const overflow = document.documentElement.scrollWidth - width;
if (overflow > 0) {
  problems.push('the page scrolls horizontally by ' + overflow + ' px');
  let named = 0;
  for (const el of document.body.querySelectorAll('*')) {
    const box = el.getBoundingClientRect();
    if (box.right > width + 1 && box.width > 0 && !el.parentElement.closest('.table-scroll') && named++ < 4) {
      problems.push('  wider than the screen: ' + describe(el) + ' (' + Math.round(box.left) + '..' + Math.round(box.right) + ' px)');
    }
  }
}
// A word broken over two lines or more means its element is narrower than the word ("Q-u-a-n-d", "Nettoyag-e").
const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
const range = document.createRange();
let broken = 0;
while (walker.nextNode() && broken < 6) {
  const node = walker.currentNode;
  const parent = node.parentElement;
  // Skipped: what is not shown, and the anti-spam field kept off-screen for robots.
  if (!parent || parent.closest('script, style, noscript, option, .visually-hidden, .honeypot, [hidden]')) continue;
  for (const word of node.textContent.matchAll(/[\p{L}\p{N}]{2,}/gu)) {
    range.setStart(node, word.index);
    range.setEnd(node, word.index + word[0].length);
    const lines = new Set(Array.from(range.getClientRects()).filter(r => r.width > 0).map(r => Math.round(r.top)));
    if (lines.size > 1) {
      problems.push('"' + word[0] + '" is broken over ' + lines.size + ' lines in ' + describe(parent));
      broken++;
      break;
    }
  }
}
if (phone) {
  const header = document.querySelector('body > header');
  const height = header ? header.getBoundingClientRect().height : 0;
  if (height > 0.2 * window.innerHeight) {
    problems.push('the header takes ' + Math.round(100 * height / window.innerHeight) + ' % of the screen\'s height');
  }
}
for (const chart of document.querySelectorAll('svg')) {
  const labels = Array.from(chart.querySelectorAll('text')).map(t => [t, t.getBoundingClientRect()]).filter(([, r]) => r.width > 0);
  for (let i = 0; i < labels.length; i++) {
    const [text, box] = labels[i];
    if (box.height < 10) problems.push('chart text "' + text.textContent + '" is ' + box.height.toFixed(1) + ' px tall');
    for (let j = i + 1; j < labels.length; j++) {
      const [other, b] = labels[j];
      if (box.left < b.right - 1 && b.left < box.right - 1 && box.top < b.bottom - 1 && b.top < box.bottom - 1) {
        problems.push('chart labels overlap: "' + text.textContent + '" and "' + other.textContent + '"');
      }
    }
  }
}
return problems;
