"""Output files are written whole or not at all.

Each file goes to a temp file in its own folder, is flushed and fsynced, and only when every file
of the set has been written that way are they renamed into place (``os.replace``), so a report and
its config sidecar appear together or not at all. A failure leaves no temp file behind and raises
:class:`~factkit.errors.OutputError` (one line naming the file).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path

from factkit.errors import OutputError, shown_path


def atomic_write_text(path: str | Path, text: str) -> None:
    """Write ``text`` to ``path`` atomically (see :func:`atomic_write_files`)."""
    atomic_write_files([(Path(path), text)])


def atomic_write_files(files: Sequence[tuple[str | Path, str | bytes]]) -> None:
    """Write every ``(path, text)`` whole, or none of them: temp files first, then the renames.
    A text is written as UTF-8; bytes as they are."""
    temps: list[tuple[str, Path]] = []  # (temp file, target)
    created: list[Path] = []  # folders made here, removed again on failure
    target = Path(".")
    done = False
    try:
        for name, text in files:
            target = Path(name)
            if target.is_dir():
                raise OutputError(f"{shown_path(target)}: is a folder; give a file name to write")
            created.extend(_make_folder(target.parent))
            temps.append((_write_temp(target, text), target))
        for tmp, target in temps:
            os.replace(tmp, target)
        done = True
        for folder in {t.parent for _, t in temps}:
            _fsync_folder(folder)
    except OSError as exc:
        raise OutputError(f"{shown_path(target)}: cannot write: {exc.strerror or exc}") from None
    finally:
        if not done:
            for tmp, _ in temps:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
            for folder in reversed(created):
                with contextlib.suppress(OSError):
                    folder.rmdir()


def _make_folder(folder: Path) -> list[Path]:
    """Create ``folder`` (and missing parents); return the folders created, outermost first."""
    missing: list[Path] = []
    p = folder if str(folder) else Path(".")
    while not p.exists() and p != p.parent:
        missing.append(p)
        p = p.parent
    for d in reversed(missing):
        d.mkdir(exist_ok=True)
    return list(reversed(missing))


def _write_temp(target: Path, text: str | bytes) -> str:
    folder = target.parent if str(target.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    try:
        # mkstemp makes 0600 files; give the result the permissions a plain open() would
        umask = os.umask(0)
        os.umask(umask)
        os.fchmod(fd, 0o666 & ~umask)
        data = text.encode("utf-8") if isinstance(text, str) else text
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return tmp


def _fsync_folder(folder: Path) -> None:
    """Make the renames durable (best effort: not every platform can open a folder)."""
    try:
        fd = os.open(folder if str(folder) else ".", os.O_RDONLY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)


def config_path_for(output: str | Path) -> Path:
    """Where a run that wrote ``output`` saves its filled config."""
    out = Path(output)
    return out.with_name(out.name + ".config.yaml")


def same_file(a: str | Path, b: str | Path) -> bool:
    """Whether two paths name one file: the same inode (hard and symbolic links) or, when one
    does not exist yet, the same fully resolved path."""
    with contextlib.suppress(OSError, ValueError):
        if os.path.samefile(a, b):
            return True
    try:
        return Path(a).resolve() == Path(b).resolve()
    except (OSError, RuntimeError):  # a symlink loop
        return False


def check_outputs(
    outputs: Iterable[str | Path],
    inputs: Iterable[str | Path | None],
    *,
    refuse_special: bool = True,
) -> None:
    """Refuse, before any work, outputs that would destroy an input or cannot be a file.

    ``-`` (stdin) and ``None`` inputs are skipped. ``refuse_special``: False where the caller
    refuses a device, pipe or socket itself, in its own words (``batch``, which cannot write to
    stdout instead: its runner's one check names the option). Raises :class:`OutputError`.
    """
    ins = [str(i) for i in inputs if i is not None and str(i) != "-"]
    for out in outputs:
        out = Path(out)
        for inp in ins:
            if same_file(out, inp):
                same = "" if str(out) == inp else " (the same file)"
                raise OutputError(
                    f"{shown_path(out)}: refusing to overwrite the input {shown_path(inp)}{same}; "
                    "choose another output"
                )
        try:
            is_dir = out.is_dir()
            is_special = refuse_special and out.exists() and not out.is_file()
        except OSError as exc:  # a name too long
            raise OutputError(f"{shown_path(out)}: cannot write: {exc.strerror or exc}") from None
        if is_dir:
            raise OutputError(f"{shown_path(out)}: is a folder; give a file name to write")
        if is_special:  # a rename would replace the node itself
            raise OutputError(
                f"{shown_path(out)}: not a regular file (a device, pipe or socket); leave out -o "
                "to write to stdout"
            )
        parent = out.parent if str(out.parent) else Path(".")
        for p in (parent, *parent.parents):
            if p.exists():
                if not p.is_dir():
                    raise OutputError(f"{shown_path(out)}: {shown_path(p)} is a file, not a folder")
                break
