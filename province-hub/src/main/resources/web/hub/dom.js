// Builds elements from plain calls, so views read like the markup they make; text is always set as text.

const SVG = 'http://www.w3.org/2000/svg';

/** h('button.primary', {onclick}, 'Text', child): an element; classes may follow the tag after dots. */
export function h(tagAndClasses, attrs, ...children) {
  const [tag, ...classes] = tagAndClasses.split('.');
  return fill(document.createElement(tag), classes, attrs, children);
}

/** The same for the chart's SVG elements. */
export function s(tagAndClasses, attrs, ...children) {
  const [tag, ...classes] = tagAndClasses.split('.');
  return fill(document.createElementNS(SVG, tag), classes, attrs, children);
}

function fill(el, classes, attrs, children) {
  const extra = attrs && attrs.class ? attrs.class.split(' ') : [];
  const all = [...new Set([...classes, ...extra])];
  if (all.length) el.setAttribute('class', all.join(' '));
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false || k === 'class') continue;
    if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
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
