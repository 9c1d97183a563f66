// The statement of reasons as a seller reads it, in Bahasa Indonesia and
// English. The legal citations are Indonesian law and stay as written; the
// facts the platform recorded are shown as recorded.

export type Lang = 'id' | 'en';

const STRINGS = {
  title: { id: 'Pernyataan alasan', en: 'Statement of reasons' },
  intro: {
    id: 'Kami mengambil tindakan terhadap konten atau akun Anda. Halaman ini menjelaskan apa yang kami putuskan, alasannya, dan cara mengajukan banding.',
    en: 'We took action on your content or account. This page explains what we decided, why, and how to appeal.',
  },
  language: { id: 'Bahasa', en: 'Language' },
  reference: { id: 'Nomor referensi', en: 'Reference' },
  decision: { id: 'Keputusan', en: 'Decision' },
  content: { id: 'Konten', en: 'Content' },
  listing: { id: 'Iklan', en: 'Listing' },
  seller: { id: 'Penjual', en: 'Seller' },
  link: { id: 'Tautan', en: 'Link' },
  why: { id: 'Alasan', en: 'Why' },
  legal_ground: { id: 'Dasar hukum', en: 'Legal ground' },
  explanation: {
    id: 'Memperdagangkan pakaian bekas impor dilarang di Indonesia.',
    en: 'Trading imported used clothing is prohibited in Indonesia.',
  },
  category: { id: 'Kategori', en: 'Category' },
  how: { id: 'Cara ditemukan dan diputuskan', en: 'How it was found and decided' },
  source: { id: 'Sumber', en: 'Source' },
  automated_detection: { id: 'Dideteksi secara otomatis', en: 'Detected automatically' },
  automated_decision: { id: 'Diputuskan secara otomatis', en: 'Decided automatically' },
  evidence: { id: 'Kata yang ditemukan dalam teks', en: 'Words found in the text' },
  no_evidence: { id: 'Tidak ada kata yang dicatat.', en: 'No words were recorded.' },
  facts: { id: 'Fakta yang dicatat platform', en: 'Facts recorded by the platform' },
  facts_note: {
    id: 'Dicatat oleh sistem dalam bahasa Inggris.',
    en: 'As recorded by the system.',
  },
  dates: { id: 'Tanggal', en: 'Dates' },
  content_date: { id: 'Tanggal konten', en: 'Content date' },
  application_date: { id: 'Tanggal tindakan', en: 'Date of the action' },
  restriction_end: { id: 'Pembatasan akun berakhir', en: 'Account restriction ends' },
  scope: { id: 'Wilayah berlaku', en: 'Territorial scope' },
  redress: { id: 'Hak Anda untuk mengajukan banding', en: 'Your right to appeal' },
  redress_text: {
    id: 'Jika Anda tidak setuju, Anda dapat mengajukan banding kepada platform dengan menyebutkan nomor referensi di atas. Seorang peninjau manusia akan memutuskan. Jika banding dikabulkan, iklan dipulihkan dan sanksi (strike) dihapus.',
    en: 'If you disagree, you can appeal to the platform, quoting the reference above. A human reviewer decides. If the appeal succeeds, the listing is restored and the strike is removed.',
  },
  status: { id: 'Status', en: 'Status' },
  yes: { id: 'Ya', en: 'Yes' },
  no: { id: 'Tidak', en: 'No' },
  reversed: {
    id: 'Keputusan ini telah dibatalkan',
    en: 'This decision has been reversed',
  },
  reversal_reason: { id: 'Alasan pembatalan', en: 'Reason for the reversal' },
  in_force: { id: 'Berlaku', en: 'In force' },
  print: { id: 'Cetak', en: 'Print' },
  policy: { id: 'Versi kebijakan', en: 'Policy version' },
} as const;

export type StringKey = keyof typeof STRINGS;

export function t(lang: Lang, key: StringKey): string {
  return STRINGS[key][lang];
}

const ACTIONS: Record<string, Record<Lang, string>> = {
  listing_removed: { id: 'Iklan Anda dihapus', en: 'Your listing was removed' },
  account_warned: { id: 'Akun Anda mendapat peringatan', en: 'Your account received a warning' },
  account_suspended: { id: 'Akun Anda ditangguhkan sementara', en: 'Your account was suspended' },
  account_banned: { id: 'Akun Anda ditutup', en: 'Your account was closed' },
};

const SOURCES: Record<string, Record<Lang, string>> = {
  SOURCE_VOLUNTARY: {
    id: 'Pemeriksaan platform atas inisiatif sendiri',
    en: "The platform's own checks",
  },
  SOURCE_AUTHORITY_ORDER: {
    id: 'Perintah dari otoritas (pemberitahuan regulator)',
    en: 'An order of an authority (a regulator notice)',
  },
  SOURCE_ARTICLE_16: { id: 'Laporan pengguna', en: 'A user report' },
};

const AUTOMATION: Record<string, Record<Lang, string>> = {
  AUTOMATED_DECISION_FULLY: { id: 'Ya, sepenuhnya', en: 'Yes, fully' },
  AUTOMATED_DECISION_PARTIALLY: {
    id: 'Sebagian (diputuskan oleh orang dengan bantuan sistem)',
    en: 'Partly (a person decided, helped by the system)',
  },
  AUTOMATED_DECISION_NOT_AUTOMATED: {
    id: 'Tidak, diputuskan oleh orang',
    en: 'No, a person decided',
  },
};

const CATEGORIES: Record<string, Record<Lang, string>> = {
  STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS: {
    id: 'Produk tidak aman dan terlarang',
    en: 'Unsafe and prohibited products',
  },
};

const STATUSES: Record<string, Record<Lang, string>> = {
  active: { id: 'Berlaku', en: 'In force' },
  reversed: { id: 'Dibatalkan', en: 'Reversed' },
  expired: { id: 'Berakhir', en: 'Expired' },
};

function pick(table: Record<string, Record<Lang, string>>, key: string, lang: Lang): string {
  return table[key]?.[lang] ?? key.replace(/_/g, ' ').toLowerCase();
}

export const actionText = (k: string, l: Lang) => pick(ACTIONS, k, l);
export const sourceText = (k: string, l: Lang) => pick(SOURCES, k, l);
export const automationText = (k: string, l: Lang) => pick(AUTOMATION, k, l);
export const categoryText = (k: string, l: Lang) => pick(CATEGORIES, k, l);
export const statusText = (k: string, l: Lang) => pick(STATUSES, k, l);

/** A calendar date "YYYY-MM-DD" written out in the language. */
export function dateText(date: string, lang: Lang): string {
  const ms = Date.parse(date + 'T00:00:00Z');
  if (Number.isNaN(ms)) return date;
  return new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(ms));
}
