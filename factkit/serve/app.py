"""The FastAPI app factory: storage and worker pool opened at start-up, closed at shutdown."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.middleware.gzip import GZipMiddleware

from factkit.config import Config, load_config
from factkit.serve import api, errors, pages
from factkit.serve.answers import HealthAnswer
from factkit.serve.head import HeadAsGet
from factkit.serve.importer import close_archive, open_archive_noting_new
from factkit.serve.json_answer import JSONAnswer
from factkit.serve.pool import AnalysisPool
from factkit.serve.security import BodyLimit, SecurityHeaders, TokenGate
from factkit.serve.settings import ServeSettings
from factkit.serve.storage import Store
from factkit.version import __version__


def start_pool(settings: ServeSettings, cfg: Config) -> AnalysisPool:
    """The analysis workers, started and warm (a missing model fails here, with one line)."""
    pool = AnalysisPool(
        cfg,
        workers=settings.workers,
        max_queue=settings.max_queue,
    )
    try:
        pool.start()
    except BaseException:
        pool.close()
        raise
    return pool


def create_app(
    settings: ServeSettings | None = None,
    config: Config | None = None,
    *,
    store: Store | None = None,
    pool: AnalysisPool | None = None,
) -> FastAPI:
    """The app. ``store`` and ``pool`` may be opened beforehand (the CLI does, so that start-up
    errors are one line before the server listens); otherwise they open at start-up. Either way
    the app closes them at shutdown."""
    settings = settings or ServeSettings()
    settings.check()
    cfg = config or load_config(settings.config, settings.overrides)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.store, app.state.pool, _ = open_at_start_up(settings, cfg, store, pool)
        try:
            yield
        finally:
            try:
                app.state.pool.stop()
            finally:
                app.state.store.close()

    app = FastAPI(
        title="factkit desk",
        version=__version__,
        description="Summaries and claim checklists for news articles, with saved reviews.",
        lifespan=lifespan,
        docs_url=None,  # our own /docs page: no CDN, no inline script
        redoc_url=None,
        default_response_class=JSONAnswer,  # /health too
    )
    app.state.settings = settings
    errors.install(app)
    _add_health(app, settings, cfg)
    app.include_router(api.router)
    app.include_router(pages.router)
    pages.mount_static(app)
    _add_middleware(app, settings)
    return app


def open_at_start_up(
    settings: ServeSettings,
    cfg: Config,
    store: Store | None = None,
    pool: AnalysisPool | None = None,
) -> tuple[Store, AnalysisPool, bool]:
    """The archive and the pool not given, opened, and whether this start made the archive
    (the start line's "(new)"). A pool that fails to start removes the archive this start made
    (``create_app`` left a new, empty archive behind, and the next start's line lacked its
    "(new)"); ``factkit serve`` opens both here too, before the server listens."""
    archive, new = (store, False) if store is not None else open_archive_noting_new(settings.db)
    try:
        return archive, pool or start_pool(settings, cfg), new
    except BaseException:
        close_archive(archive, made_now=new)
        raise


def _add_health(app: FastAPI, settings: ServeSettings, cfg: Config) -> None:
    """``/health``: liveness, the version and what the server runs with."""

    @app.get(
        "/health", summary="Liveness and what the server runs with", response_model=HealthAnswer
    )
    def health() -> dict[str, object]:
        return {
            "status": "ok",
            "version": __version__,
            "workers": settings.workers,
            "summarizer": cfg.summarizer.enabled,
        }


def _add_middleware(app: FastAPI, settings: ServeSettings) -> None:
    """CORS where origins are allowed, gzip, the token gate, the body limit and the security
    headers."""
    if settings.cors_origins:
        from fastapi.middleware.cors import CORSMiddleware

        app.add_middleware(
            CORSMiddleware,
            allow_origins=list(settings.cors_origins),
            allow_methods=["GET", "POST", "PATCH"],
            allow_headers=["authorization", "content-type"],
        )
    # pages and answers compressed when the browser accepts it: a 5,910-claim article's page is
    # ~10 MB of markup, ~10x less gzipped; no secret is in a body (the token is a cookie), and
    # level 6 compresses 10 MB in a fraction of level 9's time
    app.add_middleware(GZipMiddleware, minimum_size=1024, compresslevel=6)
    app.add_middleware(HeadAsGet)  # inside the gate and limits: they see the HEAD as sent
    # outermost last: headers on everything, then the size limit, then the token
    app.add_middleware(TokenGate, token=settings.token)
    app.add_middleware(BodyLimit, limit=settings.body_limit)
    app.add_middleware(SecurityHeaders)
