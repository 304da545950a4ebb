"""`make lab` (the README's command) starts a server that serves the start page."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import time
import urllib.request

from conftest import ROOT

from widgets.course import CHAPTERS


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_make_lab_serves_the_start_page():
    port, token = free_port(), "pn-test-token"
    args = (
        f"--no-browser --ServerApp.ip=127.0.0.1 --ServerApp.port={port} "
        f"--IdentityProvider.token={token} --LabApp.news_url=None"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("MAKE")}
    proc = subprocess.Popen(
        ["make", "--no-print-directory", "lab", f"LAB_ARGS={args}"],
        cwd=ROOT,
        env=env,
        start_new_session=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    start_page = CHAPTERS[0].path
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                url = f"http://127.0.0.1:{port}/api/contents/{start_page}?token={token}"
                with urllib.request.urlopen(url, timeout=5) as reply:
                    model = json.load(reply)
                break
            except OSError:
                assert proc.poll() is None, "make lab exited early"
                assert time.monotonic() < deadline, "make lab did not start within 90 s"
                time.sleep(0.5)
        assert model["type"] == "notebook" and model["path"] == start_page
        with urllib.request.urlopen(
            f"http://127.0.0.1:{port}/lab/tree/{start_page}?token={token}"
        ) as reply:
            page = reply.read().decode()
        assert reply.status == 200 and "JupyterLab" in page
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=30)
