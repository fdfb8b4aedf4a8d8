import asyncio
import logging
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlparse

import aiohttp
from bs4 import BeautifulSoup

log = logging.getLogger("crawler")


@dataclass
class Crawler:
    root: str
    max_pages: int = 100
    concurrency: int = 8
    seen: set[str] = field(default_factory=set)

    def same_site(self, url: str) -> bool:
        return urlparse(url).netloc == urlparse(self.root).netloc

    async def fetch(self, session: aiohttp.ClientSession, url: str) -> str | None:
        try:
            async with session.get(url, timeout=aiohttp.ClientTimeout(total=10)) as resp:
                if resp.status != 200 or "text/html" not in resp.headers.get("content-type", ""):
                    return None
                return await resp.text()
        except (aiohttp.ClientError, asyncio.TimeoutError) as exc:
            log.warning("fetch failed for %s: %s", url, exc)
            return None

    async def run(self) -> set[str]:
        queue: asyncio.Queue[str] = asyncio.Queue()
        await queue.put(self.root)
        async with aiohttp.ClientSession() as session:
            async def worker() -> None:
                while len(self.seen) < self.max_pages:
                    url = await queue.get()
                    if url in self.seen:
                        queue.task_done()
                        continue
                    self.seen.add(url)
                    html = await self.fetch(session, url)
                    if html:
                        for a in BeautifulSoup(html, "html.parser").find_all("a", href=True):
                            nxt = urljoin(url, a["href"]).split("#")[0]
                            if self.same_site(nxt) and nxt not in self.seen:
                                await queue.put(nxt)
                    queue.task_done()

            tasks = [asyncio.create_task(worker()) for _ in range(self.concurrency)]
            await queue.join()
            for t in tasks:
                t.cancel()
        return self.seen
