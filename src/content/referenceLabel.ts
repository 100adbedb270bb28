/**
 * The text a reference link shows: the page's title when content/references has one, else the host
 * and path, which still says where the link goes (a custom deck may cite pages the app has no title for).
 */
export function referenceLabel(url: string, titles: Readonly<Record<string, string>>): string {
  const title = titles[url];
  if (title) return title;
  try {
    const u = new URL(url);
    return `${u.host}${u.pathname.replace(/\/$/, '')}`;
  } catch {
    return url;
  }
}
