"""What one desk server runs with, checked before anything starts."""

from __future__ import annotations

import ipaddress
import os
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from factkit.errors import FactkitError

DEFAULT_BODY_LIMIT = 10 * 1024 * 1024
MAX_DEFAULT_WORKERS = 4


def user_data_dir() -> Path:
    """The user data directory: platformdirs when installed, else the XDG rule."""
    try:
        import platformdirs
    except ImportError:
        base = os.environ.get("XDG_DATA_HOME") or ""
        root = Path(base) if base and Path(base).is_absolute() else Path.home() / ".local/share"
        return root / "factkit"
    return Path(platformdirs.user_data_dir("factkit", appauthor=False))


def default_db_path() -> Path:
    return user_data_dir() / "desk.sqlite"


def default_workers() -> int:
    """CPU count (as the batch runner counts it), capped: each worker holds its own models."""
    from factkit.batching.local import default_workers as cpus

    return min(cpus(), MAX_DEFAULT_WORKERS)


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


_DEFAULT_PORTS = {"http": 80, "https": 443}


def browser_origin(url: str) -> str | None:
    """The ``Origin`` header a browser sends for a page at ``url`` (RFC 6454: lower-case scheme
    and host, no default port, no path), or None where ``url`` has no http(s) host. The CORS
    layer compares origins as strings, so ``--cors https://desk.example/`` allowed no page."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:  # a port that is no number, or out of range
        return None
    scheme, host = parts.scheme.lower(), parts.hostname
    if scheme not in _DEFAULT_PORTS or not host:
        return None
    host = f"[{host}]" if ":" in host else host  # an IPv6 address keeps its brackets
    return f"{scheme}://{host}" + (f":{port}" if port not in (None, _DEFAULT_PORTS[scheme]) else "")


@dataclass(frozen=True)
class ServeSettings:
    db: Path = field(default_factory=default_db_path)
    config: Path | None = None
    overrides: tuple[str, ...] = ()
    """``--set a.b=v`` overrides on top of ``config``."""
    workers: int = field(default_factory=default_workers)
    """Analysis worker processes; 0 runs analysis in threads of this process (tests, debugging)."""
    token: str | None = None
    host: str = "127.0.0.1"
    port: int = 8000
    body_limit: int = DEFAULT_BODY_LIMIT
    cors_origins: tuple[str, ...] = ()
    max_queue: int = 64
    """Analyses waiting for a worker beyond this many are answered 503 (the queue is bounded)."""

    def check(self) -> None:
        """Refuse unsafe or impossible settings with one line."""
        if not is_loopback(self.host) and not self.token:
            raise FactkitError(
                f"--host {self.host} is not a loopback address: give --token too "
                "(anyone who can reach the port could read and change the archive)"
            )
        if self.token is not None and len(self.token) < 8:
            raise FactkitError("--token: use at least 8 characters")
        if self.workers < 0:
            raise FactkitError("--workers: must be 0 or more")
        if self.body_limit < 1024:
            raise FactkitError("--max-body: must be at least 1024 bytes")
        for origin in self.cors_origins:
            if origin != "*" and origin != browser_origin(origin):
                raise FactkitError(
                    f"--cors {origin}: a browser sends its origin as "
                    f"{browser_origin(origin) or 'scheme://host[:port]'}, with no path, and the "
                    "header must match exactly: this one would allow no page"
                )
