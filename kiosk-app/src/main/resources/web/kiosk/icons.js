// The page's icons as small inline SVGs (stroke drawings that take the text colour); no image requests.

const paths = {
  ticket: '<path d="M6 14h36v6a4 4 0 0 0 0 8v6H6v-6a4 4 0 0 0 0-8z"/><path d="M18 14v20" stroke-dasharray="3 3"/><path d="M24 21h12M24 27h8"/>',
  search: '<circle cx="20" cy="20" r="11"/><path d="M28 28l12 12"/>',
  phone: '<rect x="14" y="5" width="20" height="38" rx="3"/><path d="M21 38h6"/><path d="M19 13h4v4h-4zM25 13h4v4h-4zM19 19h4v4h-4z"/>',
  qr: '<path d="M7 7h12v12H7zM29 7h12v12H29zM7 29h12v12H7z"/><path d="M11 11h4v4h-4zM33 11h4v4h-4zM11 33h4v4h-4z"/><path d="M29 29h4v4h-4zM37 29h4v4M29 37h4v4M37 37h4v4h-4z"/>',
  back: '<path d="M28 10L14 24l14 14"/>',
  home: '<path d="M6 23L24 8l18 15"/><path d="M11 19v21h26V19"/><path d="M20 40V29h8v11"/>',
  speaker: '<path d="M8 19h8l10-8v26l-10-8H8z"/><path d="M32 17a9 9 0 0 1 0 14M36 12a16 16 0 0 1 0 24"/>',
  mute: '<path d="M8 19h8l10-8v26l-10-8H8z"/><path d="M32 18l10 12M42 18L32 30"/>',
  globe: '<circle cx="24" cy="24" r="17"/><path d="M7 24h34M24 7c-6 5-6 29 0 34M24 7c6 5 6 29 0 34"/>',
  print: '<path d="M14 18V6h20v12"/><rect x="6" y="18" width="36" height="16" rx="2"/><path d="M14 28h20v14H14z"/>',
  priority: '<circle cx="24" cy="9" r="4"/><path d="M24 14v14M16 20h16M24 28l-7 13M24 28l7 13"/>',
  help: '<circle cx="24" cy="24" r="17"/><path d="M19 19a5 5 0 1 1 7 5c-2 1-2 2-2 5"/><path d="M24 34v1"/>',
  check: '<path d="M10 25l9 9 19-20"/>',
  warning: '<path d="M24 6l19 34H5z"/><path d="M24 19v10M24 34v1"/>',
  keyboard: '<rect x="4" y="12" width="40" height="24" rx="3"/><path d="M10 19h2M16 19h2M22 19h2M28 19h2M34 19h4M10 25h2M16 25h2M22 25h2M28 25h2M34 25h4M15 30h18"/>',
  online: '<rect x="6" y="9" width="28" height="20" rx="2"/><path d="M3 33h34"/><rect x="32" y="18" width="13" height="22" rx="2"/><path d="M37 36h3"/>',
  family: '<circle cx="15" cy="12" r="5"/><circle cx="33" cy="12" r="5"/><circle cx="24" cy="26" r="4"/><path d="M6 40v-9a9 9 0 0 1 18 0M24 31a9 9 0 0 1 18 0v9M18 42v-4a6 6 0 0 1 12 0v4"/>',
  'land-parcel': '<path d="M5 38l10-26 14 4 14-6-6 28-15-4z"/><path d="M15 12l8 30M29 16l-6 26"/>',
  'house-crane': '<path d="M6 42V26l10-8 10 8v16z"/><path d="M14 42v-8h4v8"/><path d="M32 42V6M24 10h20M32 10l10 6M42 10v10"/>',
  shop: '<path d="M6 18l4-10h28l4 10"/><path d="M6 18a6 6 0 0 0 12 0 6 6 0 0 0 12 0 6 6 0 0 0 12 0"/><path d="M9 24v18h30V24"/><path d="M20 42V31h8v11"/>',
  'leaf-water': '<path d="M10 34C10 16 22 8 40 8c0 18-8 30-26 30z"/><path d="M10 38l14-16"/>',
  'id-badge': '<rect x="10" y="6" width="28" height="36" rx="3"/><circle cx="24" cy="20" r="5"/><path d="M16 34a8 8 0 0 1 16 0M20 10h8"/>',
  ball: '<circle cx="24" cy="24" r="17"/><path d="M24 15l8 6-3 10H19l-3-10z"/><path d="M24 7v8M41 21l-9 0M35 38l-6-7M13 38l6-7M7 21h9"/>',
  'house-person': '<path d="M6 22L24 8l18 14"/><path d="M11 18v24h26V18"/><circle cx="24" cy="24" r="4"/><path d="M17 40a7 7 0 0 1 14 0"/>',
  'id-card': '<rect x="4" y="10" width="40" height="28" rx="3"/><circle cx="16" cy="22" r="4"/><path d="M9 33a7 7 0 0 1 14 0M28 19h10M28 25h10M28 31h6"/>',
  car: '<path d="M6 30l4-11a4 4 0 0 1 4-3h20a4 4 0 0 1 4 3l4 11v8H6z"/><path d="M6 30h36"/><circle cx="14" cy="38" r="3"/><circle cx="34" cy="38" r="3"/>',
  passport: '<rect x="10" y="5" width="28" height="38" rx="2"/><circle cx="24" cy="21" r="7"/><path d="M17 21h14M24 14c-3 4-3 10 0 14M24 14c3 4 3 10 0 14M18 35h12"/>',
  stamp: '<path d="M18 26V17a6 6 0 1 1 12 0v9"/><path d="M8 26h32v8H8zM12 40h24"/>',
  'shield-heart': '<path d="M24 5l16 6v11c0 10-7 17-16 21-9-4-16-11-16-21V11z"/><path d="M24 32l-7-7a4 4 0 0 1 7-5 4 4 0 0 1 7 5z"/>',
  receipt: '<path d="M10 5h28v38l-5-3-4 3-5-3-5 3-4-3-5 3z"/><path d="M16 14h16M16 21h16M16 28h10"/>',
  scales: '<path d="M24 6v36M14 42h20M8 12h32"/><path d="M8 12l-5 13a6 6 0 0 0 10 0zM40 12l-5 13a6 6 0 0 0 10 0z"/>',
  bolt: '<path d="M27 4L10 27h12l-3 17 19-25H26z"/>',
  'graduation-cap': '<path d="M3 18l21-10 21 10-21 10z"/><path d="M11 22v10c6 6 20 6 26 0V22M45 18v12"/>',
  'document-check': '<path d="M10 5h19l9 9v29H10z"/><path d="M29 5v9h9"/><path d="M16 29l6 6 10-12"/>',
};

/** The icon as markup; an unknown name falls back to the ticket, never to nothing. */
export function icon(name, cls = 'icon') {
  const body = paths[name] || paths.ticket;
  return `<svg class="${cls}" viewBox="0 0 48 48" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="3" stroke-linecap="round" stroke-linejoin="round">${body}</svg>`;
}
