"""The whole config: :class:`Config`, one section a stage; the field a dotted key names; and the
commented default YAML written from the models' descriptions."""

from __future__ import annotations

from enum import Enum

import yaml
from pydantic import BaseModel, Field, PrivateAttr
from pydantic.fields import FieldInfo

from factkit.config_sections import (
    BatchConfig,
    CheckworthinessConfig,
    ClaimsConfig,
    ConfigSection,
    EncoderConfig,
    IngestConfig,
    RenderConfig,
    SplitterConfig,
    SummarizerConfig,
)
from factkit.config_verify import VerifyConfig


class Config(ConfigSection):
    ingest: IngestConfig = Field(default_factory=IngestConfig)
    splitter: SplitterConfig = Field(default_factory=SplitterConfig)
    encoder: EncoderConfig = Field(default_factory=EncoderConfig)
    summarizer: SummarizerConfig = Field(default_factory=SummarizerConfig)
    claims: ClaimsConfig = Field(default_factory=ClaimsConfig)
    checkworthiness: CheckworthinessConfig = Field(default_factory=CheckworthinessConfig)
    verify: VerifyConfig = Field(default_factory=VerifyConfig)
    render: RenderConfig = Field(default_factory=RenderConfig)
    batch: BatchConfig = Field(default_factory=BatchConfig)

    _sources: dict[str, str] | None = PrivateAttr(default=None)  # see sources

    def __eq__(self, other: object) -> bool:  # the settings alone, not where they were read
        return isinstance(other, Config) and self.__dict__ == other.__dict__

    @property
    def sources(self) -> dict[str, str] | None:
        """Setting -> the file or ``--set`` that gave it; None if load_config did not make it."""
        return None if self._sources is None else dict(self._sources)

    def record_sources(self, sources: dict[str, str] | None) -> None:
        """Remember where each setting came from (:attr:`sources`); the loader calls it."""
        self._sources = sources

    def verify_splitter(self) -> SplitterConfig:
        """The splitter settings the verifier reads an article and a summary with."""
        if self.verify.split_runons or not self.splitter.runon_boundaries:
            return self.splitter
        return self.splitter.model_copy(update={"runon_boundaries": False})

    def to_yaml(self) -> str:
        return yaml.safe_dump(self.model_dump(mode="json"), sort_keys=False, allow_unicode=True)


def field_at(parts: list[str]) -> FieldInfo | None:
    """The field the dotted setting ``parts`` names (a section or a leaf), None if no such."""
    model: type[BaseModel] | None = Config
    field: FieldInfo | None = None
    for part in parts:
        field = model.model_fields.get(part) if model is not None else None
        if field is None:
            return None
        section = field.annotation
        model = section if isinstance(section, type) and issubclass(section, BaseModel) else None
    return field


def render_default_yaml() -> str:
    """The commented default config, generated from the models (``configs/default.yaml``)."""
    lines = [
        "# factkit default configuration: every setting of every stage.",
        "# Generated from factkit/config.py by `python scripts/regen_default_config.py`;",
        "# copy it, change what you need, and pass it with --config.",
    ]

    def emit(model: BaseModel, indent: int) -> None:
        pad = "  " * indent
        for name, field in type(model).model_fields.items():
            value = getattr(model, name)
            if isinstance(value, Enum):  # yaml.safe_dump writes plain values only
                value = value.value
            if field.description:
                lines.append(f"{pad}# {field.description}")
            if isinstance(value, BaseModel):
                lines.append(f"{pad}{name}:")
                emit(value, indent + 1)
            else:
                dumped = yaml.safe_dump(
                    {name: value if not isinstance(value, tuple) else list(value)},
                    default_flow_style=True,
                    sort_keys=False,
                    width=1000,
                ).strip()
                # safe_dump wraps the mapping in braces in flow style
                if dumped.startswith("{") and dumped.endswith("}"):
                    dumped = dumped[1:-1]
                lines.append(f"{pad}{dumped}")

    for name, _field in Config.model_fields.items():
        lines.append("")
        lines.append(f"{name}:")
        emit(getattr(Config(), name), 1)
    return "\n".join(lines) + "\n"
