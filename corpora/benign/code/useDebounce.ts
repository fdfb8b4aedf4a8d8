import { useEffect, useRef, useState } from "react";

/**
 * Returns `value` after it has stopped changing for `delayMs`.
 * Useful for search boxes that should not hit the API on every keystroke.
 */
export function useDebounce<T>(value: T, delayMs = 300): T {
  const [debounced, setDebounced] = useState(value);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => setDebounced(value), delayMs);
    return () => {
      if (timer.current) clearTimeout(timer.current);
    };
  }, [value, delayMs]);

  return debounced;
}

export interface SearchResult {
  id: string;
  title: string;
  score: number;
}

export async function search(query: string, signal?: AbortSignal): Promise<SearchResult[]> {
  const params = new URLSearchParams({ q: query, limit: "20" });
  const res = await fetch(`/api/search?${params}`, { signal });
  if (!res.ok) throw new Error(`search failed: ${res.status}`);
  const body = (await res.json()) as { results: SearchResult[] };
  return body.results.sort((a, b) => b.score - a.score);
}
