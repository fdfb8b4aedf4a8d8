"""A tiny cron-like scheduler used by the maintenance worker.

Jobs are registered with a five-field cron expression. The scheduler wakes once per minute,
finds due jobs and runs them in a thread pool, recording the outcome of each run so the admin
page can show recent failures.
"""
from __future__ import annotations

import logging
import threading
import time
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Callable, Iterable

log = logging.getLogger(__name__)

FIELD_RANGES = {
    "minute": (0, 59),
    "hour": (0, 23),
    "day": (1, 31),
    "month": (1, 12),
    "weekday": (0, 6),
}


class CronError(ValueError):
    """Raised when a cron expression cannot be parsed."""


def _parse_field(text: str, lo: int, hi: int) -> frozenset[int]:
    values: set[int] = set()
    for part in text.split(","):
        step = 1
        if "/" in part:
            part, step_text = part.split("/", 1)
            if not step_text.isdigit() or int(step_text) == 0:
                raise CronError(f"bad step {step_text!r}")
            step = int(step_text)
        if part == "*":
            start, end = lo, hi
        elif "-" in part:
            a, b = part.split("-", 1)
            start, end = int(a), int(b)
        else:
            start = end = int(part)
        if start < lo or end > hi or start > end:
            raise CronError(f"value out of range {lo}-{hi}: {part!r}")
        values.update(range(start, end + 1, step))
    return frozenset(values)


@dataclass(frozen=True)
class Cron:
    minute: frozenset[int]
    hour: frozenset[int]
    day: frozenset[int]
    month: frozenset[int]
    weekday: frozenset[int]

    @classmethod
    def parse(cls, expr: str) -> "Cron":
        fields = expr.split()
        if len(fields) != 5:
            raise CronError(f"expected 5 fields, got {len(fields)}: {expr!r}")
        parsed = {
            name: _parse_field(text, *FIELD_RANGES[name])
            for name, text in zip(FIELD_RANGES, fields)
        }
        return cls(**parsed)

    def matches(self, when: datetime) -> bool:
        return (
            when.minute in self.minute
            and when.hour in self.hour
            and when.day in self.day
            and when.month in self.month
            and when.weekday() in {(d - 1) % 7 for d in self.weekday}
        )


@dataclass
class RunRecord:
    job: str
    started: datetime
    duration: timedelta
    error: str | None = None


@dataclass
class Job:
    name: str
    cron: Cron
    func: Callable[[], None]
    running: bool = False


@dataclass
class Scheduler:
    workers: int = 4
    history_size: int = 200
    jobs: dict[str, Job] = field(default_factory=dict)
    history: list[RunRecord] = field(default_factory=list)
    _stop: threading.Event = field(default_factory=threading.Event)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def register(self, name: str, expr: str, func: Callable[[], None]) -> None:
        if name in self.jobs:
            raise ValueError(f"job {name!r} already registered")
        self.jobs[name] = Job(name, Cron.parse(expr), func)

    def due(self, now: datetime) -> Iterable[Job]:
        return (j for j in self.jobs.values() if j.cron.matches(now) and not j.running)

    def _run(self, job: Job) -> None:
        started = datetime.now(timezone.utc)
        error = None
        try:
            job.func()
        except Exception as exc:  # noqa: BLE001 - we record every failure
            error = f"{type(exc).__name__}: {exc}"
            log.exception("job %s failed", job.name)
        finally:
            job.running = False
            record = RunRecord(job.name, started, datetime.now(timezone.utc) - started, error)
            with self._lock:
                self.history.append(record)
                del self.history[: -self.history_size]

    def failures(self, since: timedelta = timedelta(hours=24)) -> list[RunRecord]:
        cutoff = datetime.now(timezone.utc) - since
        with self._lock:
            return [r for r in self.history if r.error and r.started >= cutoff]

    def serve(self) -> None:
        with ThreadPoolExecutor(self.workers, thread_name_prefix="job") as pool:
            pending: list[Future[None]] = []
            while not self._stop.is_set():
                now = datetime.now(timezone.utc).replace(second=0, microsecond=0)
                for job in self.due(now):
                    job.running = True
                    pending.append(pool.submit(self._run, job))
                pending = [f for f in pending if not f.done()]
                sleep_for = 60 - time.time() % 60
                self._stop.wait(sleep_for)

    def stop(self) -> None:
        self._stop.set()
