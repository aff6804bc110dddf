// What the watcher compares pages with: the references for the core's pdq.match, built from the
// perceptual_hashes records (docs/evidence.md) of the cases being watched. Pictures are compared
// through their variants and dihedral hashes (mirrored and rotated copies), videos as bags of frame
// hashes. The setting is storage.local.watcher (docs/protocol.md, "Watcher").
import { getAll } from './store.js';

export const WATCHER_DEFAULTS = Object.freeze({ enabled: false, cases: {}, excluded_sites: [] });

export function watcherSettings(stored) {
  const value = stored && typeof stored === 'object' ? stored : {};
  return {
    enabled: value.enabled === true,
    cases: value.cases && typeof value.cases === 'object' ? value.cases : {},
    excluded_sites: Array.isArray(value.excluded_sites) ? value.excluded_sites.filter((s) => typeof s === 'string') : [],
  };
}

// A case's own switch wins; without one it follows the switch for every case.
export const caseWatched = (settings, caseId) => (typeof settings.cases[caseId] === 'boolean' ? settings.cases[caseId] : settings.enabled);

// Whether the watcher looks at pages at all: on for every case, or for at least one.
export const watcherRunning = (settings) => settings.enabled || Object.values(settings.cases).includes(true);

// "www.example.org", "https://example.org/x" or "example.org" all name the site example.org's host.
export function siteOf(text) {
  const trimmed = String(text ?? '').trim().toLowerCase();
  if (!trimmed) return null;
  try {
    return new URL(/^[a-z][a-z0-9+.-]*:\/\//.test(trimmed) ? trimmed : `https://${trimmed}`).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

// An excluded site covers its subdomains: excluding example.org excludes www.example.org too.
export function siteExcluded(settings, url) {
  let host;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return false;
  }
  return settings.excluded_sites.some((site) => host === site || host.endsWith(`.${site}`));
}

// {images: [{id, variants}], videos: [{id, frames}], about: Map id -> {case, title, seq (the capture
// whose file was hashed), hashes_seq, artifact_sha256, source}, size}. `watched(caseId)`: which
// cases count (the popup's one-off check counts every case).
export async function buildReferences(watched = () => true) {
  const [cases, records] = await Promise.all([getAll('cases'), getAll('records')]);
  const titles = new Map(cases.map((entry) => [entry.id, entry.title || entry.id]));
  const images = [];
  const videos = [];
  const about = new Map();
  for (const record of records) {
    if (record.type !== 'perceptual_hashes' || !titles.has(record.case) || !watched(record.case)) continue;
    const data = record.data ?? {};
    const id = `${record.case}/${record.seq}`;
    if (data.source === 'video' && data.frames?.length) {
      videos.push({ id, frames: data.frames.map(({ timestamp, hash, quality }) => ({ timestamp, hash, quality })) });
    } else if (data.variants?.length) {
      images.push({ id, variants: data.variants.map(({ name, hash, quality, dihedral }) => ({ name, hash, quality, ...(dihedral ? { dihedral } : {}) })) });
    } else {
      continue;
    }
    about.set(id, {
      case: record.case, title: titles.get(record.case), seq: data.about_seq, hashes_seq: record.seq,
      artifact_sha256: data.artifact_sha256, source: data.source,
    });
  }
  return { images, videos, about, size: about.size };
}
