"""The FastAPI app factory: storage and worker pool opened at start-up, closed at shutdown."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from factkit import __version__
from factkit.config import Config, load_config
from factkit.serve import api, errors, pages
from factkit.serve.pool import AnalysisPool
from factkit.serve.security import BodyLimit, SecurityHeaders, TokenGate
from factkit.serve.settings import ServeSettings
from factkit.serve.storage import Store


def create_app(settings: ServeSettings | None = None, config: Config | None = None) -> FastAPI:
    settings = settings or ServeSettings()
    settings.check()
    cfg = config or load_config(settings.config, settings.overrides)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        store = Store(settings.db)
        pool = AnalysisPool(
            cfg,
            workers=settings.workers,
            config_path=settings.config,
            base_overrides=settings.overrides,
            max_queue=settings.max_queue,
        )
        try:
            pool.start()
            app.state.store = store
            app.state.pool = pool
            yield
        finally:
            pool.close()
            store.close()

    app = FastAPI(
        title="factkit desk",
        version=__version__,
        description="Summaries and claim checklists for news articles, with saved reviews.",
        lifespan=lifespan,
        docs_url=None,  # our own /docs page: no CDN, no inline script
        redoc_url=None,
    )
    app.state.settings = settings
    errors.install(app)

    @app.get("/health", summary="Liveness and what the server runs with")
    def health() -> dict[str, object]:
        return {
            "status": "ok",
            "version": __version__,
            "workers": settings.workers,
            "summarizer": cfg.summarizer.enabled,
        }

    app.include_router(api.router)
    app.include_router(pages.router)
    pages.mount_static(app)

    if settings.cors_origins:
        from fastapi.middleware.cors import CORSMiddleware

        app.add_middleware(
            CORSMiddleware,
            allow_origins=list(settings.cors_origins),
            allow_methods=["GET", "POST", "PATCH"],
            allow_headers=["authorization", "content-type"],
        )
    # outermost last: headers on everything, then the size limit, then the token
    app.add_middleware(TokenGate, token=settings.token)
    app.add_middleware(BodyLimit, limit=settings.body_limit)
    app.add_middleware(SecurityHeaders)
    return app
