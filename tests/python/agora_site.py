"""What the Python tests share: the agora binary under test ($AGORA_BIN, default
target/debug/agora), a server of it on a fresh data directory, and its JSON API with a token."""
import contextlib
import json
import os
import pathlib
import re
import subprocess
import urllib.error
import urllib.request

ROOT = pathlib.Path(__file__).resolve().parents[2]
AGORA = os.environ.get("AGORA_BIN", str(ROOT / "target" / "debug" / "agora"))


def command(data):
    """A function running `agora ARGS --data-dir DATA`, answering its last line of output."""

    def agora(*args):
        out = subprocess.run([AGORA, *args, "--data-dir", str(data)], check=True, capture_output=True, text=True)
        return out.stdout.strip().splitlines()[-1]

    return agora


@contextlib.contextmanager
def serving(data, *extra):
    """`agora serve` on a free port of 127.0.0.1 with `extra` arguments: its base URL, until the
    block ends."""
    server = subprocess.Popen(
        [AGORA, "serve", "--listen", "127.0.0.1:0", "--data-dir", str(data), *extra],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )
    try:
        # The log goes to the same output: the line that says where it serves.
        match = None
        for _ in range(50):
            line = server.stdout.readline()
            match = re.search(r"agora serving on (http://\S+)", line)
            if match or not line:
                break
        assert match, line
        yield match.group(1)
    finally:
        server.terminate()
        server.wait(timeout=30)


def api(site, method, path, who, body=None):
    """A call of the JSON API with `who`'s token (site["tokens"][who]); its answer."""
    req = urllib.request.Request(
        site["base"] + path,
        method=method,
        data=json.dumps(body).encode() if body is not None else None,
        headers={"authorization": f"Bearer {site['tokens'][who]}", "content-type": "application/json"},
    )
    try:
        with urllib.request.urlopen(req) as r:
            return json.loads(r.read())
    except urllib.error.HTTPError as e:
        raise AssertionError(f"{method} {path}: {e.code} {e.read().decode()}") from None
