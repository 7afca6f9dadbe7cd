// An on-screen keyboard with the Vietnamese letters and tone marks, so no one ever needs the system keyboard.

import { h } from '/common/dom.js';

const rows = [
  ['q', 'w', 'e', 'r', 't', 'y', 'u', 'i', 'o', 'p', 'ư'],
  ['a', 's', 'd', 'f', 'g', 'h', 'j', 'k', 'l', 'ă', 'â'],
  ['z', 'x', 'c', 'v', 'b', 'n', 'm', 'đ', 'ê', 'ô', 'ơ'],
];
// Sắc, huyền, hỏi, ngã, nặng: each goes on the last letter typed.
const tones = [['\u0301', 'á'], ['\u0300', 'à'], ['\u0309', 'ả'], ['\u0303', 'ã'], ['\u0323', 'ạ']];
const TONE_MARKS = '\u0300\u0301\u0303\u0309\u0323';

/** Puts a tone on the last letter typed if it is a vowel, replacing any tone it had. */
export function addTone(text, mark) {
  const chars = Array.from(text.normalize('NFD'));
  while (chars.length && TONE_MARKS.includes(chars[chars.length - 1])) chars.pop();
  const bare = chars.join('').replace(/[\u0300-\u036f]/g, '');
  if (!/[aeiouy]$/i.test(bare)) return text;
  return (chars.join('') + mark).normalize('NFC');
}

export function keyboard({ t, onChange, onDone, value = '', maxLength = 60 }) {
  let text = value;
  const set = v => {
    text = v.slice(0, maxLength);
    onChange(text);
  };
  const key = (label, action, cls = '', attrs = {}) =>
    h('button.key' + (cls ? '.' + cls : ''), { type: 'button', onclick: action, ...attrs }, label);

  const el = h('div.keyboard', { role: 'group', 'aria-label': t('keyboard.show') },
    rows.map(r => h('div.krow', {}, r.map(c => key(c, () => set(text + c))))),
    h('div.krow', {},
      tones.map(([mark, sample]) => key(sample, () => set(addTone(text, mark)), 'tone',
        { 'aria-label': t('keyboard.tones') + ' ' + sample })),
      key(t('keyboard.space'), () => set(text + ' '), 'space'),
      key('⌫', () => set(Array.from(text).slice(0, -1).join('')), 'wide', { 'aria-label': t('keyboard.delete') }),
      key(t('keyboard.hide'), () => onDone(), 'wide.done')));
  return { el, value: () => text, clear: () => set('') };
}
