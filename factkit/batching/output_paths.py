"""The files a run writes, checked before anything is read: the output, its errors file and
config sidecar, the lock files that make this run their only writer, and a checklist folder that
could never be read back as inputs. Apart from ``runner.py`` so that the run itself reads as its
steps."""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from factkit.batching.arguments import ArgumentNames
from factkit.batching.input_paths import walked_folders, wanted_extensions
from factkit.batching.input_records import STDIN
from factkit.batching.output import check_regular_output, check_writable_output, sibling_path
from factkit.errors import FactkitError, shown_path
from factkit.output_formats import output_format
from factkit.special_files import special_file


def errors_path(out_path: Path, errors: str | Path | None) -> Path:
    """The errors file: ``errors`` where given, else the output's sibling."""
    return Path(errors) if errors is not None else sibling_path(out_path, ".errors.jsonl")


def sidecar_path(out_path: Path) -> Path:
    """The output's config sidecar: the config the run wrote its reports with."""
    return sibling_path(out_path, ".config.yaml")


def run_files(out_path: Path, errors: str | Path | None) -> list[tuple[str, Path]]:
    """Every file a run with this output writes, by what it is: the output, its errors file,
    its config sidecar and its lock files."""
    err_path = errors_path(out_path, errors)
    own = [("output", out_path), ("errors file", err_path)]
    own.append(("config sidecar", sidecar_path(out_path)))
    return own + [("lock file", lock) for lock in lock_paths(out_path, err_path)]


def output_paths(
    output: str | Path, errors: str | Path | None, names: ArgumentNames
) -> tuple[Path, Path, Path]:
    """The output, its errors file (``errors``, else the output's sibling) and its config
    sidecar; an output that cannot be written, one whose suffix names no JSON lines, or an
    errors file that is the output, is refused."""
    out_path = Path(output)
    check_writable_output(out_path, names.output)
    output_format(None, out_path, ("jsonl",), "batch", names.output, names.command)
    if errors is not None:
        output_format(None, Path(errors), ("jsonl",), "batch", names.errors, names.command)
        check_regular_output(Path(errors), names.errors)
    err_path = errors_path(out_path, errors)
    config_path = sidecar_path(out_path)
    if err_path.resolve() == out_path.resolve():
        raise FactkitError(f"{shown_path(err_path)}: the errors file must differ from the output")
    return out_path, err_path, config_path


def check_markdown_dir(
    md_path: Path, files: list[str], inputs: list[str], extensions: list[str], name: str
) -> None:
    """``--markdown-dir``: refused where it is no folder, or its checklists could be read as
    inputs. Made by :func:`make_markdown_dir`, after every other refusal."""
    if md_path.is_file():  # first: an input file itself was "a folder that holds input files"
        raise FactkitError(f"{name} {shown_path(md_path)}: is a file; give a folder")
    if kind := special_file(str(md_path)):  # /dev/null was "is a file" (mkdir: File exists)
        raise FactkitError(f"{name} {shown_path(md_path)}: is {kind}; give a folder")
    _check_markdown_dir(md_path, files, name)
    _check_markdown_dir_outside(md_path, inputs, extensions, name)


def make_markdown_dir(md_path: Path, name: str) -> None:
    """Create the ``--markdown-dir`` folder :func:`check_markdown_dir` accepted."""
    try:
        md_path.mkdir(parents=True, exist_ok=True)
    except FileExistsError:  # "cannot create it: File exists"
        raise FactkitError(f"{name} {shown_path(md_path)}: is a file; give a folder") from None
    except OSError as exc:
        why = exc.strerror or exc
        raise FactkitError(f"{name} {shown_path(md_path)}: cannot create it: {why}") from None


def _check_markdown_dir(md_path: Path, files: list[str], name: str) -> None:
    """Checklists are named after document ids, so in a folder holding inputs one could replace
    an article (``a.md``), and a later run would read them all as articles: refuse it."""
    folder = md_path.resolve()
    for file in files:
        if file != STDIN and Path(file).resolve().is_relative_to(folder):
            raise FactkitError(
                f"{name}: {md_path} holds input files ({file}); its checklists could "
                "overwrite them and be read as articles next time; choose a folder outside "
                "the inputs"
            )


def _check_markdown_dir_outside(
    md_path: Path, inputs: list[str], extensions: list[str], name: str
) -> None:
    """A checklist folder inside a walked input folder is empty on the first run, but the next
    run (``--resume`` too) reads its checklists as articles, and refuses it: refuse it now."""
    if ".md" not in wanted_extensions(extensions):  # the suffix markdown_filename gives
        return
    folder = md_path.resolve()
    for walked in walked_folders(inputs):
        root = walked.resolve()
        if not folder.is_relative_to(root):
            continue
        # the walk skips hidden folders, so checklists under one are never read as inputs
        if not any(part.startswith(".") for part in folder.relative_to(root).parts):
            raise FactkitError(
                f"{name}: {md_path} is inside the input folder {walked}; the next run "
                "would read its checklists as articles; choose a folder outside the inputs"
            )


def lock_paths(out_path: Path, err_path: Path) -> list[Path]:
    """The output's lock file, and the errors file's own when it is not the output's sibling."""
    paths = [sibling_path(out_path, ".lock")]
    if err_path.resolve() != errors_path(out_path, None).resolve():
        own = sibling_path(err_path, ".lock")
        if own.resolve() != paths[0].resolve():
            paths.append(own)
    return paths


class OutputPaths(NamedTuple):
    out: Path
    errors: Path
    config: Path  # the config sidecar
    checklists: Path | None  # --markdown-dir
