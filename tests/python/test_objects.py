"""Files in an S3-compatible object store (issue "More than one machine"): `--blobs
s3://bucket/prefix`, against the S3 server of PyPI's `moto[server]` on 127.0.0.1, read back
with boto3. The built-in library and an upload land in the bucket as objects named by their
SHA-256, nothing lands in the data directory, downloads are the bucket's bytes, and `agora
check` verifies the bucket: a file missing, a file damaged and a file nothing holds are each
found. A backup copies the bucket's files, and a restore puts them back into a bucket. A wrong
address, or a store that does not answer, is said before anything is written.
"""
import hashlib
import json
import os
import subprocess
import urllib.request
import uuid

import boto3
import pytest
from moto.server import ThreadedMotoServer

from agora_site import AGORA, command, serving

BUCKET = "agora-files"
PREFIX = "library"


@pytest.fixture
def s3(monkeypatch):
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    endpoint = f"http://{host}:{port}"
    # moto keeps its buckets per process: each test starts with none.
    urllib.request.urlopen(urllib.request.Request(endpoint + "/moto-api/reset", method="POST")).read()
    settings = {
        "AWS_ACCESS_KEY_ID": "agora-test",
        "AWS_SECRET_ACCESS_KEY": "agora-test-secret",
        "AWS_REGION": "eu-west-1",
        "AWS_ENDPOINT": endpoint,
        "AWS_ALLOW_HTTP": "true",
    }
    # Every `agora` this test starts reads them, and the store to use.
    for name, value in settings.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("AGORA_BLOBS", f"s3://{BUCKET}/{PREFIX}")
    client = boto3.client(
        "s3",
        endpoint_url=endpoint,
        region_name="eu-west-1",
        aws_access_key_id="agora-test",
        aws_secret_access_key="agora-test-secret",
    )
    client.create_bucket(Bucket=BUCKET, CreateBucketConfiguration={"LocationConstraint": "eu-west-1"})
    yield client
    server.stop()


def objects(client):
    """The bucket's objects under the prefix: key -> bytes."""
    out = {}
    for page in client.get_paginator("list_objects_v2").paginate(Bucket=BUCKET, Prefix=PREFIX + "/"):
        for o in page.get("Contents", []):
            out[o["Key"]] = client.get_object(Bucket=BUCKET, Key=o["Key"])["Body"].read()
    return out


def key(sha):
    return f"{PREFIX}/{sha[:2]}/{sha}"


def check(data):
    return subprocess.run([AGORA, "check", "--data-dir", str(data)], capture_output=True, text=True)


def upload(base, token, name, body):
    boundary = uuid.uuid4().hex
    fields = {"forum": "colombo-process", "kind": "study", "lang": "en", "visibility": "public"}
    parts = [
        f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n{v}\r\n'.encode()
        for k, v in fields.items()
    ]
    parts.append(
        f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{name}"\r\n'
        f"Content-Type: text/plain\r\n\r\n".encode() + body + f"\r\n--{boundary}--\r\n".encode()
    )
    req = urllib.request.Request(
        base + "/api/v1/documents",
        data=b"".join(parts),
        method="POST",
        headers={"Authorization": f"Bearer {token}", "Content-Type": f"multipart/form-data; boundary={boundary}"},
    )
    with urllib.request.urlopen(req, timeout=60) as r:
        assert r.status == 201
        return json.load(r)


def test_files_live_in_the_bucket_and_check_verifies_it(s3, tmp_path):
    data = tmp_path / "data"
    agora = command(data)
    agora("init")
    # The built-in library is in the bucket, each object named by the SHA-256 of its bytes.
    stored = objects(s3)
    assert len(stored) >= 1, stored.keys()
    for k, body in stored.items():
        sha = hashlib.sha256(body).hexdigest()
        assert k == key(sha)
    assert not any((data / "blobs").rglob("*")), "files were written to the data directory"

    agora("user", "add", "sec@example.org", "--role", "secretariat:colombo-process")
    token = agora("user", "token", "sec@example.org", "--name", "s3", "--scope", "contribute")
    body = ("Labour mobility in the Colombo Process, kept in an object store.\n" * 20000).encode()
    sha = hashlib.sha256(body).hexdigest()
    with serving(data) as base:
        upload(base, token, "objects.txt", body)
        assert objects(s3)[key(sha)] == body
        # A built-in document's file, downloaded through the server: the bucket's bytes.
        with urllib.request.urlopen(base + "/api/v1/documents?limit=50") as r:
            docs = json.load(r)["results"]
        file = next(f for d in docs for v in d["versions"] for f in v["files"])
        with urllib.request.urlopen(base + file["url"]) as r:
            assert r.read() == stored[key(file["sha256"])]
            assert r.headers["content-length"] == str(file["size"])
    assert not any((data / "blobs").rglob("*")), "files were written to the data directory"

    result = check(data)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no problems" in result.stdout

    # A backup holds the bucket's files; restored into an empty data directory and another
    # prefix of the bucket, the installation passes check with the same files.
    backup = tmp_path / "backup"
    agora("backup", "--out", str(backup))
    for k in [next(iter(stored)), key(sha)]:
        name = k.rsplit("/", 1)[1]
        assert (backup / "blobs" / name[:2] / name).read_bytes() == objects(s3)[k]
    restored = tmp_path / "restored"
    env = dict(os.environ, AGORA_BLOBS=f"s3://{BUCKET}/restored")
    out = subprocess.run([AGORA, "restore", str(backup), "--data-dir", str(restored)], capture_output=True, text=True, env=env)
    assert out.returncode == 0, out.stdout + out.stderr
    again = {o["Key"].split("/", 1)[1] for o in s3.list_objects_v2(Bucket=BUCKET, Prefix="restored/")["Contents"]}
    assert again == {k.split("/", 1)[1] for k in objects(s3)}
    out = subprocess.run([AGORA, "check", "--data-dir", str(restored)], capture_output=True, text=True, env=env)
    assert out.returncode == 0 and "no problems" in out.stdout, out.stdout + out.stderr
    assert not any((restored / "blobs").rglob("*"))

    # A held file damaged, a held file gone, a file nothing holds: each is found.
    held = [next(iter(stored)), key(sha)]  # a built-in document's file, and the upload's
    s3.put_object(Bucket=BUCKET, Key=held[0], Body=b"not what was stored")
    s3.delete_object(Bucket=BUCKET, Key=held[1])
    stray = hashlib.sha256(b"a file nothing holds").hexdigest()
    s3.put_object(Bucket=BUCKET, Key=key(stray), Body=b"a file nothing holds")
    s3.put_object(Bucket=BUCKET, Key=f"{PREFIX}/README", Body=b"not a blob")
    result = check(data)
    assert result.returncode == 1, result.stdout + result.stderr
    said = result.stdout
    assert f"file {held[0].rsplit('/', 1)[1]}: its bytes no longer match its SHA-256" in said, said
    assert f"file {held[1].rsplit('/', 1)[1]}: a document holds it but the blob store (the object store s3://{BUCKET}/{PREFIX}) has not" in said, said
    assert f"file {stray}: no document holds it" in said, said
    assert "README" not in said

    removed = subprocess.run(
        [AGORA, "check", "--remove-orphans", "--data-dir", str(data)], capture_output=True, text=True
    )
    assert f"removed {stray}" in removed.stdout, removed.stdout + removed.stderr
    assert key(stray) not in objects(s3)
    assert f"{PREFIX}/README" in {o["Key"] for o in s3.list_objects_v2(Bucket=BUCKET)["Contents"]}


def test_an_unreachable_or_misnamed_store_is_said_clearly(tmp_path, monkeypatch):
    for name in ["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"]:
        monkeypatch.setenv(name, "agora-test")
    monkeypatch.setenv("AWS_REGION", "eu-west-1")
    monkeypatch.setenv("AWS_ALLOW_HTTP", "true")
    data = tmp_path / "data"
    # Not an s3:// address: refused before anything is written.
    out = subprocess.run(
        [AGORA, "init", "--blobs", "ftp://files.example.org/x", "--data-dir", str(data)], capture_output=True, text=True
    )
    assert out.returncode != 0
    assert "s3://bucket/prefix" in out.stderr, out.stderr
    assert not (data / "agora.db").exists()
    # Credentials in the address: refused, and not repeated.
    out = subprocess.run(
        [AGORA, "init", "--blobs", "s3://AKIDEXAMPLE:sekrit-key@files/x", "--data-dir", str(data)],
        capture_output=True, text=True,
    )
    assert out.returncode != 0
    assert "AWS_* settings" in out.stderr and "sekrit" not in out.stderr, out.stderr
    # Nothing listens there: said with the store's address, and a failure.
    monkeypatch.setenv("AWS_ENDPOINT", "http://127.0.0.1:9")
    out = subprocess.run(
        [AGORA, "init", "--blobs", "s3://nowhere/prefix", "--data-dir", str(data)],
        capture_output=True, text=True, timeout=300,
    )
    assert out.returncode != 0
    assert "s3://nowhere/prefix" in out.stderr, out.stderr


def psql(url, sql):
    subprocess.run(["psql", url, "-q", "-v", "ON_ERROR_STOP=1", "-c", sql], check=True, capture_output=True)


@pytest.mark.skipif(not os.environ.get("AGORA_TEST_POSTGRES_URL"), reason="no PostgreSQL (AGORA_TEST_POSTGRES_URL)")
def test_postgresql_with_a_bucket_backs_up_and_restores_its_files(s3, tmp_path, monkeypatch):
    server = os.environ["AGORA_TEST_POSTGRES_URL"]
    base = server.rsplit("/", 1)[0]
    names = [f"agora_objects_{uuid.uuid4().hex[:12]}" for _ in range(3)]
    for n in names:
        psql(server, f"CREATE DATABASE {n}")
    source, target, plain = (f"{base}/{n}" for n in names)

    def agora(url, *args, blobs=f"s3://{BUCKET}/{PREFIX}", data=None):
        env = dict(os.environ, DATABASE_URL=url)
        if blobs:
            env["AGORA_BLOBS"] = blobs
        else:
            env.pop("AGORA_BLOBS", None)
        return subprocess.run(
            [AGORA, *args, "--data-dir", str(data or tmp_path / uuid.uuid4().hex[:8])],
            capture_output=True, text=True, env=env,
        )

    out = agora(source, "init")
    assert out.returncode == 0, out.stderr
    stored = objects(s3)
    assert stored
    backup = tmp_path / "backup"
    out = agora(source, "backup", "--out", str(backup))
    assert out.returncode == 0, out.stderr
    manifest = json.loads((backup / "manifest.json").read_text())
    assert manifest["documents_files"] == "blobs"
    for k in stored:
        name = k.rsplit("/", 1)[1]
        assert (backup / "blobs" / name[:2] / name).read_bytes() == stored[k]
    # Into another prefix of the bucket and an empty database: the files first, then the records.
    out = agora(target, "restore", str(backup), blobs=f"s3://{BUCKET}/again", data=tmp_path / "target")
    assert out.returncode == 0, out.stdout + out.stderr
    again = {o["Key"].split("/", 1)[1] for o in s3.list_objects_v2(Bucket=BUCKET, Prefix="again/")["Contents"]}
    assert again == {k.split("/", 1)[1] for k in stored}
    out = agora(target, "check", blobs=f"s3://{BUCKET}/again", data=tmp_path / "target")
    assert out.returncode == 0 and "no problems" in out.stdout, out.stdout + out.stderr

    # A backup whose files are in its PostgreSQL dump cannot go into a bucket: refused, nothing
    # written.
    out = agora(plain, "init", blobs=None)
    assert out.returncode == 0, out.stderr
    in_dump = tmp_path / "in-dump"
    out = agora(plain, "backup", "--out", str(in_dump), blobs=None)
    assert out.returncode == 0, out.stderr
    assert json.loads((in_dump / "manifest.json").read_text())["documents_files"] == "database"
    psql(server, f"DROP DATABASE {names[2]} WITH (FORCE)")
    psql(server, f"CREATE DATABASE {names[2]}")
    out = agora(plain, "restore", str(in_dump), blobs=f"s3://{BUCKET}/third")
    assert out.returncode != 0
    assert "restore it without --blobs" in out.stderr, out.stderr
    assert "Contents" not in s3.list_objects_v2(Bucket=BUCKET, Prefix="third/")
    for n in names:
        psql(server, f"DROP DATABASE IF EXISTS {n} WITH (FORCE)")
