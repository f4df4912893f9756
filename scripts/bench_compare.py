"""Side-by-side benchmark of a reference commit and the working tree: `make bench-compare REF=…`.

The reference is checked out in a temporary git worktree; each side gets a database,
media and static folder of its own, migrated, with the demo loaded, under the production
settings (DEBUG off, page cache off: the page as built, as every logged-in visitor and
every first visitor gets it), each with a Redis database of its own as the cache, as in
production. Then, in one run:

- render time: one measuring process per side (bench_compare_agent.py, Django's test
  client, no network) renders each page type in turn, the two sides alternating request
  by request, `--runs` times, after two warming visits; the median per page type, and the
  most queries a render made; search pages as built, without the copies anonymous
  visitors share;
- throughput: gunicorn with two sync workers per side on 127.0.0.1, loaded by wrk
  (Debian's package) for `--seconds` per page, the sides alternating page by page, with
  the production settings as they are (anonymous search pages shared).

The ratio printed is reference / working tree: 2.0 means the working tree renders in half
the time (or serves twice the requests, for throughput).
"""

import argparse
import json
import os
import re
import secrets
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
AGENT = Path(__file__).resolve().with_name("bench_compare_agent.py")
# The pages loaded by wrk: one of each kind a visitor meets most.
THROUGHPUT_KINDS = (
    "HomePage",
    "TrainingModulePage",
    "WorkshopContentPage",
    "/recherche/?q=atelier",
)


@dataclass
class Side:
    name: str
    tree: Path
    base: Path
    redis_url: str = ""
    env: dict = field(default_factory=dict)
    agent: subprocess.Popen | None = None

    def run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        return subprocess.run(  # noqa: S603 - our own interpreter and manage.py
            [sys.executable, "manage.py", *args],
            cwd=self.tree,
            env=self.env,
            check=check,
            capture_output=True,
            text=True,
        )

    def ask(self, request: dict) -> dict:
        self.agent.stdin.write(json.dumps(request) + "\n")
        self.agent.stdin.flush()
        return json.loads(self.agent.stdout.readline())


def environment(side: Side) -> dict:
    """The production settings on this side's own files; `rhinocc` imported from its tree
    (the project folder is site/: a link named rhinocc makes it importable first)."""
    shim = side.base / "import-path"
    shim.mkdir(parents=True)
    (shim / "rhinocc").symlink_to(side.tree / "site")
    env = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith(("DJANGO_", "DATABASE_", "REDIS_", "MEDIA_", "STATIC_"))
        and "SEARCH" not in name
    }
    env.update(
        DJANGO_SETTINGS_MODULE="rhinocc.settings.production",
        PYTHONPATH=f"{shim}{os.pathsep}{side.tree}",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="127.0.0.1,localhost,testserver",
        WAGTAILADMIN_BASE_URL="http://127.0.0.1",
        DATABASE_URL=f"sqlite:///{side.base / 'db.sqlite3'}",
        MEDIA_ROOT=str(side.base / "media"),
        STATIC_ROOT=str(side.base / "static"),
        SECURE_SSL_REDIRECT="false",
        SECURE_HSTS_SECONDS="0",
        EMAIL_HOST="127.0.0.1",
        EMAIL_PORT="9",
        LOG_LEVEL="WARNING",
        PAGE_CACHE_SECONDS="0",
        MAP_TILE_URL="",
        # As in production, where what is cached per generation needs a shared cache: a
        # Redis database of each side's own, emptied first.
        REDIS_URL=side.redis_url,
    )
    return env


def flush_redis(url: str) -> None:
    """Empties the side's Redis database: no copy left from an earlier run."""
    import redis

    redis.Redis.from_url(url).flushdb()


def prepare(side: Side) -> None:
    print(f"[{side.name}] migrate, demo, static files…", flush=True)
    side.run("migrate", "--noinput", "-v", "0")
    side.run("load_demo", "-v", "0")
    # Where tasks are queued (a worker's job in production), run them now; a tree without
    # the worker command runs its tasks at once anyway.
    side.run("db_worker", "--batch", "--queue-name", "*", "--no-startup-delay", check=False)
    side.run("collectstatic", "--noinput", "-v", "0")


def start_agent(side: Side) -> None:
    side.agent = subprocess.Popen(  # noqa: S603
        [sys.executable, str(AGENT)],
        cwd=side.tree,
        # Renders measured as built: no search page shared between anonymous visitors.
        env={**side.env, "SEARCH_PAGE_CACHE_SECONDS": "0"},
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )


def render_times(sides: list[Side], urls: list[tuple[str, str]], runs: int) -> dict:
    """{(side, kind): (median ms, most queries of a render, status)}, the sides alternating
    request by request."""
    timings = {(side.name, kind): [] for side in sides for kind, _ in urls}
    queries = {key: [] for key in timings}
    statuses = {}
    for side in sides:
        for kind, url in urls * 2:  # warm: templates, renditions, what is cached per generation
            statuses[side.name, kind] = side.ask({"url": url})["status"]
    for run in range(runs):
        for kind, url in urls:
            for side in sides if run % 2 == 0 else reversed(sides):
                answer = side.ask({"url": url})
                timings[side.name, kind].append(answer["ms"])
                queries[side.name, kind].append(answer["queries"])
    return {
        key: (statistics.median(values), max(queries[key]), statuses[key])
        for key, values in timings.items()
    }


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_gunicorn(side: Side, port: int) -> subprocess.Popen:
    server = subprocess.Popen(  # noqa: S603
        [
            str(Path(sys.executable).with_name("gunicorn")),
            "rhinocc.wsgi",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "2",
            "--worker-class",
            "sync",
            "--log-level",
            "warning",
        ],
        cwd=side.tree,
        env=side.env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=5):
                return server
        except OSError:
            time.sleep(0.3)
    server.terminate()
    raise SystemExit(f"[{side.name}] gunicorn did not answer on port {port}")


def requests_per_second(url: str, seconds: int) -> float:
    output = subprocess.run(  # noqa: S603
        ["wrk", "-t2", "-c8", f"-d{seconds}s", url],  # noqa: S607 - Debian's wrk on the PATH
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))


def throughput(sides: list[Side], urls: list[tuple[str, str]], seconds: int) -> dict:
    with ExitStack() as stack:
        ports = {}
        for side in sides:
            ports[side.name] = free_port()
            server = start_gunicorn(side, ports[side.name])
            stack.callback(server.terminate)
        figures = {}
        for index, (kind, url) in enumerate(urls):
            for side in sides if index % 2 == 0 else reversed(sides):
                figures[side.name, kind] = requests_per_second(
                    f"http://127.0.0.1:{ports[side.name]}{url}", seconds
                )
        return figures


def print_table(title: str, rows: list[list[str]]) -> None:
    print(f"\n{title}")
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ref", help="the reference commit (a hash, a tag, HEAD~3…)")
    parser.add_argument("--runs", type=int, default=30, help="renders per page type and side")
    parser.add_argument("--seconds", type=int, default=5, help="wrk's duration per page")
    parser.add_argument(
        "--redis", default="redis://127.0.0.1:6379", help="the Redis server both sides use"
    )
    parser.add_argument(
        "--redis-db", type=int, default=4, help="the reference's database; the tree's: +1"
    )
    arguments = parser.parse_args()
    ref = subprocess.run(  # noqa: S603
        ["git", "rev-parse", "--short", arguments.ref],  # noqa: S607
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()

    base = Path(tempfile.mkdtemp(prefix="rhinocc-bench-compare-"))
    worktree = base / "reference-tree"
    subprocess.run(  # noqa: S603
        ["git", "worktree", "add", "--quiet", "--detach", str(worktree), ref],  # noqa: S607
        cwd=REPO,
        check=True,
    )
    redis = arguments.redis.rstrip("/")
    sides = [
        Side(ref, worktree, base / "reference", redis_url=f"{redis}/{arguments.redis_db}"),
        Side("working tree", REPO, base / "work", redis_url=f"{redis}/{arguments.redis_db + 1}"),
    ]
    try:
        for side in sides:
            flush_redis(side.redis_url)
            side.env = environment(side)
            prepare(side)
            start_agent(side)
        urls = sides[0].ask({"urls": True})["urls"]
        renders = render_times(sides, urls, arguments.runs)
        rows = [["page", "ms " + ref, "ms work", "ratio", "queries " + ref, "queries work", "url"]]
        for kind, url in urls:
            (ref_ms, ref_queries, _), (work_ms, work_queries, status) = (
                renders[sides[0].name, kind],
                renders[sides[1].name, kind],
            )
            rows.append(
                [
                    kind,
                    f"{ref_ms:.1f}",
                    f"{work_ms:.1f}",
                    f"{ref_ms / work_ms:.2f}",
                    str(ref_queries),
                    str(work_queries) + ("" if status == 200 else f" ({status})"),
                    url,
                ]
            )
        print_table(f"Render, median of {arguments.runs} (ratio = {ref} / working tree)", rows)

        if shutil.which("wrk"):
            loaded = [(kind, url) for kind, url in urls if kind in THROUGHPUT_KINDS]
            figures = throughput(sides, loaded, arguments.seconds)
            rows = [["page", "req/s " + ref, "req/s work", "ratio"]]
            for kind, _ in loaded:
                ref_rate, work_rate = figures[sides[0].name, kind], figures[sides[1].name, kind]
                rows.append(
                    [kind, f"{ref_rate:.0f}", f"{work_rate:.0f}", f"{work_rate / ref_rate:.2f}"]
                )
            print_table(
                f"Throughput, gunicorn 2 sync workers, wrk {arguments.seconds} s "
                f"(ratio = working tree / {ref})",
                rows,
            )
        else:
            print("\nThroughput skipped: wrk is missing (apt-get install wrk).")
    finally:
        for side in sides:
            if side.agent is not None:
                side.agent.stdin.close()
                side.agent.wait()
        subprocess.run(  # noqa: S603
            ["git", "worktree", "remove", "--force", str(worktree)],  # noqa: S607
            cwd=REPO,
            check=False,
        )
        shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    main()
