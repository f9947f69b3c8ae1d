"""Batch input arguments -> the files to read: paths, folders and globs, each file once.

Its own room because it is the one part of the batch inputs that runs before anything is read:
it decides what an argument names (stdin, a folder to walk, a glob, a file), walks folders in
sorted order (so ids come out the same on every run, which ``--resume`` relies on; only paths
are held, so a huge tree is cheap), and refuses the usage errors (a typo, a glob or folder that
finds nothing, an input the run would write its output over) before a worker starts.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Literal

from factkit.batching.input_records import STDIN, is_dir, unlisted_folder
from factkit.batching.output import written_by_batch
from factkit.errors import FactkitError, shown_path

_GLOB_CHARS = set("*?[")
ArgumentKind = Literal["stdin", "folder", "glob", "file"]


def _walk_folder(folder: Path, extensions: set[str]) -> list[Path]:
    """Files under ``folder`` with a wanted extension, sorted by path, hidden files and folders
    skipped. (Only paths are held, not contents, so even a huge tree is cheap to list.) A folder
    inside that cannot be listed is kept as an input, so that reading it records a failure: the
    walk skipped it without a word, and its articles were missing from the run unseen."""
    found: list[Path] = []
    unlisted: list[OSError] = []
    for root, dirs, files in os.walk(folder, onerror=unlisted.append):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found.extend(
            Path(root) / name
            for name in files
            if not name.startswith(".") and Path(name).suffix.lower() in extensions
        )
    found.extend(Path(error.filename) for error in unlisted if error.filename is not None)
    return sorted(found, key=lambda p: p.parts)


def _is_output(
    path: Path, resolved: Path, outputs: dict[Path, tuple[int, int] | None], names: str
) -> bool:
    """Whether an input is one of this run's outputs; one that holds articles (not a previous
    run's reports or errors) is refused, as writing the output would destroy it."""
    inode = _inode(path)
    if resolved not in outputs and (inode is None or inode not in outputs.values()):
        return False
    if inode is not None and not written_by_batch(path):
        raise FactkitError(
            f"{shown_path(path)}: an input of this run, and the run would write its output over "
            f"it; choose another {names}"
        )
    return True


def _exists(path: Path) -> bool:
    try:
        return path.exists()
    except OSError:
        return False


def _inode(path: Path) -> tuple[int, int] | None:
    """(device, inode) of ``path``, or None where it cannot be read (not there yet)."""
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_dev, st.st_ino)


def _output_inodes(outputs: Iterable[Path]) -> dict[Path, tuple[int, int] | None]:
    return {out.resolve(): _inode(out) for out in outputs}


def file_argument(path: Path) -> str:
    """``path`` as the input it is: a file named "-" (``./-``, or a glob's match in the working
    folder) is ``./-``, since ``Path("./-")`` is spelled "-", which the readers take for stdin."""
    return f".{os.sep}{STDIN}" if str(path) == STDIN else str(path)


def _argument_kind(arg: str) -> ArgumentKind:
    """What an input argument names: ``stdin`` (``-``), a ``folder`` to walk, a ``glob`` (``*?[``
    in an argument that is no existing path) or a ``file``."""
    if arg == STDIN:
        return "stdin"
    path = Path(arg)
    if is_dir(path):
        return "folder"
    if not _exists(path) and _GLOB_CHARS & set(arg):
        return "glob"
    return "file"


def _glob_matches(pattern: str) -> list[Path]:
    """The paths a glob argument matches, sorted (``**`` recurses)."""
    return [Path(m) for m in sorted(glob.glob(pattern, recursive=True))]


def walked_folders(inputs: Iterable[str]) -> list[Path]:
    """The folders ``expand_inputs`` walks for these arguments (named, or matched by a glob)."""
    folders: list[Path] = []
    for arg in inputs:
        kind = _argument_kind(arg)
        if kind == "folder":
            folders.append(Path(arg))
        elif kind == "glob":
            folders.extend(match for match in _glob_matches(arg) if is_dir(match))
    return folders


def _argument_files(arg: str, kind: ArgumentKind, wanted: set[str]) -> list[Path]:
    """The files a folder, glob or file argument gives: a folder's files with a wanted extension,
    a glob's matches (the folders among them walked), or the named file itself."""
    if kind == "folder":
        found = _walk_folder(Path(arg), wanted)
        if found == [Path(arg)]:  # the folder named could not be listed
            raise FactkitError(f"{arg}: {unlisted_folder(arg)}")
        if not found:
            raise FactkitError(
                f"{arg}: no files with extensions {', '.join(sorted(wanted))} in this folder "
                "(set batch.extensions to pick up others)"
            )
        return found
    if kind == "glob":
        matches = _glob_matches(arg)
        if not matches:
            raise FactkitError(f"{arg}: no files match this pattern")
        return [f for m in matches for f in (_walk_folder(m, wanted) if is_dir(m) else [m])]
    if _absent(Path(arg)):
        raise FactkitError(f"{shown_path(arg)}: no such file or folder")
    return [Path(arg)]


def _absent(path: Path) -> bool:
    """Whether nothing, not even a dangling link, is at ``path``: a named input that is a typo
    is a usage error (exit 2 before a worker starts or an output is touched), as a glob that
    matches nothing is; a link that leads nowhere is read, and fails, as the errors file says."""
    try:
        path.lstat()
    except FileNotFoundError:
        return True
    except OSError:  # a name too long, a folder on the way that is a file: reading it fails
        return False
    return False


def wanted_extensions(extensions: Iterable[str]) -> set[str]:
    """``batch.extensions`` as lower-case suffixes with their dot (``md`` -> ``.md``)."""
    return {e.lower() if e.startswith(".") else f".{e.lower()}" for e in extensions}


def expand_inputs(
    inputs: Iterable[str],
    extensions: Iterable[str],
    exclude: Iterable[Path] = (),
    outputs: Iterable[Path] = (),
    output_names: str = "-o (or --errors)",
) -> list[str]:
    """Input arguments -> the list of files to read (``-`` kept as is), each file once.

    A folder is walked recursively for the configured extensions; an argument with ``*?[`` that
    is not an existing path is a glob (``**`` recurses). A named file that does not exist, a
    folder or glob that finds nothing, and an empty input list are usage errors (a named file
    that exists but cannot be read fails later and lands in the errors file). ``exclude`` paths
    are never inputs; ``outputs`` (the report and errors files) are skipped when a previous run
    wrote them, else refused (by ``output_names``, the caller's names for them).
    """
    wanted = wanted_extensions(extensions)
    skip = {p.resolve() for p in exclude}
    outs = _output_inodes(outputs)
    seen: set[Path] = set()
    files: list[str] = []

    def add(path: Path) -> None:
        try:
            resolved = path.resolve()
        except (OSError, RuntimeError):  # a symlink loop, a name too long: reading it fails later
            resolved = path.absolute()
        if resolved in skip or resolved in seen or _is_output(path, resolved, outs, output_names):
            return
        seen.add(resolved)
        files.append(file_argument(path))

    for arg in inputs:
        kind = _argument_kind(arg)
        if kind == "stdin":
            if STDIN in files:
                raise FactkitError("'-' (stdin) given twice")
            files.append(STDIN)
            continue
        for file in _argument_files(arg, kind, wanted):
            add(file)
    if not files:
        raise FactkitError("no inputs: give files, folders, globs or '-' for stdin")
    return files
