"""Output files are written whole or not at all: temp file in the same folder + ``os.replace``."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from factkit.errors import FactkitError


def atomic_write_text(path: str | Path, text: str) -> None:
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as exc:
        raise FactkitError(f"{target}: cannot write: {exc.strerror or exc}") from None
    try:
        # mkstemp makes 0600 files; give the result the permissions a plain open() would
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def config_path_for(output: str | Path) -> Path:
    """Where a run that wrote ``output`` saves its filled config."""
    out = Path(output)
    return out.with_name(out.name + ".config.yaml")
