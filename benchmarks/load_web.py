"""Load test of the running web chat: N concurrent users × M questions, loopback only.

    .venv/bin/assistant serve &            # in another terminal
    .venv/bin/python benchmarks/load_web.py --users 20 --questions 10

Each user is its own Gradio client session asking questions from tests/data/dev_qa.jsonl
through the chat's own endpoint (/respond). Prints the number answered, the errors and the
latency median and 95th percentile; exits 1 if any request failed.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import threading
import time
from pathlib import Path
from urllib.parse import urlparse

ROOT = Path(__file__).resolve().parent.parent


def _questions() -> list[str]:
    lines = (ROOT / "tests" / "data" / "dev_qa.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["question"] for line in lines if line.strip()]


def run(url: str, users: int, per_user: int, deadline: float) -> dict:
    """Run the load; returns the figures."""
    from gradio_client import Client

    questions = _questions()
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    stop_at = time.monotonic() + deadline

    def user(u: int) -> None:
        try:
            client = Client(url, verbose=False)
        except Exception as exc:  # noqa: BLE001 - counted, not raised
            with lock:
                errors.append(f"användare {u}: kunde inte ansluta ({exc!r})")
            return
        for i in range(per_user):
            if time.monotonic() > stop_at:
                with lock:
                    errors.append(f"användare {u}: tidsgränsen nåddes före fråga {i + 1}")
                return
            question = questions[(u * per_user + i) % len(questions)]
            started = time.perf_counter()
            try:
                messages, _, status = client.predict(question, api_name="/respond")
                elapsed = time.perf_counter() - started
                answer = messages[-1]["content"] if messages else ""
                ok = not status and bool(answer)
            except Exception as exc:  # noqa: BLE001
                elapsed, ok, status = time.perf_counter() - started, False, repr(exc)
            with lock:
                if ok:
                    latencies.append(elapsed)
                else:
                    errors.append(f"användare {u}, fråga {i + 1}: {status or 'tomt svar'}")

    threads = [threading.Thread(target=user, args=(u,)) for u in range(users)]
    began = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - began
    ordered = sorted(latencies)
    return {
        "users": users,
        "questions_per_user": per_user,
        "answered": len(latencies),
        "errors": errors,
        "p50_s": round(statistics.median(ordered), 2) if ordered else None,
        "p95_s": round(ordered[max(0, int(0.95 * len(ordered)) - 1)], 2) if ordered else None,
        "wall_s": round(wall, 1),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default="http://127.0.0.1:7860/")
    parser.add_argument("--users", type=int, default=20)
    parser.add_argument("--questions", type=int, default=10)
    parser.add_argument("--deadline", type=float, default=900, help="sekunder, högst")
    args = parser.parse_args()
    host = urlparse(args.url).hostname
    if host not in ("127.0.0.1", "localhost", "::1"):
        print("Lasttestet körs bara mot den egna datorn (127.0.0.1).", file=sys.stderr)
        return 2
    figures = run(args.url, args.users, args.questions, args.deadline)
    print(json.dumps(figures, ensure_ascii=False, indent=2))
    return 1 if figures["errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
