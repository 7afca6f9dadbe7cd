// Builds page elements from plain calls, so screens read like the markup they make; text is always set as text.

/** h('button.big', {onclick}, 'Text', child) → an element; a class list may follow the tag after dots. */
export function h(tagAndClasses, attrs, ...children) {
  const [tag, ...classes] = tagAndClasses.split('.');
  const el = document.createElement(tag);
  if (classes.length) el.className = classes.join(' ');
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else if (k === 'html') el.innerHTML = v; // only for the page's own SVG icons
    else if (k === 'dataset') Object.assign(el.dataset, v);
    else el.setAttribute(k, v === true ? '' : v);
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const c of children) {
    if (c === undefined || c === null || c === false) continue;
    if (Array.isArray(c)) append(el, c);
    else el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

/** A button that acts once per tap, ignores taps while its action runs, and says so to assistive technology. */
export function button(classes, label, action, attrs = {}) {
  const b = h('button.' + classes, { type: 'button', ...attrs }, label);
  b.addEventListener('click', async () => {
    if (b.dataset.busy) return;
    b.dataset.busy = '1';
    b.setAttribute('aria-busy', 'true');
    try {
      await action(b);
    } finally {
      delete b.dataset.busy;
      b.removeAttribute('aria-busy');
    }
  });
  return b;
}
