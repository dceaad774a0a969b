"""The staff web dashboard, mounted at /dashboard/ on the bot's HTTP server: sign-in, pages, CSV downloads.

Access: a staff member sends /dashboard in the chat and gets a one-time link (bot/services/dashboard_access.py).
The link's page asks before spending it (link previews fetch links too); its form opens a session whose id lives
in an HttpOnly, SameSite=Strict cookie (Secure when DASHBOARD_URL is https). Every request but the sign-in and
signed-out pages and the stylesheet looks the session up and checks the staff role again: revoking the role (or
the session expiring) ends access at the next click. State changes (sign-out, language) are POSTs carrying a
token derived from the session id.

Pages are rendered on the server (Jinja2, autoescaped), charts are inline SVG, and the page may fetch nothing but
this server's own stylesheet and script (Content-Security-Policy). Jinja2 is imported when the first page is
rendered (`Templates`), not at start: most bots' dashboards are opened rarely, and it is 2 MB of the bot's memory.
For the same reason this module is imported by the first request to the dashboard: its routes, middlewares and keys
are declared in bot/web/staff.py, which names the functions here.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from aiohttp import web

from bot.services.checkins import CheckinError
from bot.services.dashboard_access import (
    SESSION_TTL,
    csrf_ok,
    csrf_token,
    end_session,
    end_sessions_of,
    find_session,
    redeem_link,
    set_locale,
    usable_link,
)
from bot.services.profiles import is_staff
from bot.services.runtime import Runtime
from bot.services.stats import StatsQueryError
from bot.store.db import OUTAGE_ERRORS
from bot.web.base import RUNTIME, Handler
from bot.web.dashboard import checkins, pages
from bot.web.dashboard.context import Context
from bot.web.dashboard.view import Page
from bot.web.dashboard.words import Words
from bot.web.render import csv_response
from bot.web.staff import CHOICES, DASHBOARD_PREFIX, DASHBOARD_STATS, TEMPLATES

log = logging.getLogger(__name__)

PREFIX = DASHBOARD_PREFIX
COOKIE = "dashboard_session"
PUBLIC = frozenset({"sign_in", "sign_in_form", "signed_out", "static"})
NAV = (("overview", f"{PREFIX}/"), ("reach", f"{PREFIX}/reach"), ("lessons", f"{PREFIX}/lessons"),
       ("voice", f"{PREFIX}/voice"), ("checkins", f"{PREFIX}/checkins"), ("cohorts", f"{PREFIX}/cohorts"))
CSP = ("default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self' data:; form-action 'self'; "
       "frame-ancestors 'none'; base-uri 'none'")


@dataclass(frozen=True)
class Visit:
    """The signed-in staff member making this request."""

    session_id: str
    telegram_id: int
    locale: str

    @property
    def csrf(self) -> str:
        return csrf_token(self.session_id)


VISIT = web.RequestKey("dashboard_visit", Visit)


# --- plumbing ----------------------------------------------------------------------------------------------


def redirect(location: str) -> web.Response:
    return web.Response(status=303, headers={"Location": location})


def _secure(rt: Runtime) -> bool:
    return bool(rt.settings.dashboard_url and rt.settings.dashboard_url.startswith("https://"))


def _words(request: web.Request, locale: str | None = None) -> Words:
    rt = request.app[RUNTIME]
    visit: Visit | None = request.get(VISIT)
    return Words(rt, locale or (visit.locale if visit else rt.settings.default_locale))


def render(request: web.Request, template: str, words: Words, status: int = 200, **values: Any) -> web.Response:
    rt = request.app[RUNTIME]
    visit: Visit | None = request.get(VISIT)
    languages = [(code, rt.i18n.name(code)) for code in rt.i18n.locales]
    values.setdefault("current", None)
    html = request.app[TEMPLATES].get_template(template).render(
        w=words, visit=visit, nav=NAV if visit else (), languages=languages, here=request.path_qs, prefix=PREFIX,
        **values)
    return web.Response(text=html, content_type="text/html", charset="utf-8", status=status)


def message(request: web.Request, words: Words, title: str, text: str, status: int = 200) -> web.Response:
    return render(request, "message.html", words, status, title=title, text=text)


@web.middleware
async def security_headers(request: web.Request, handler: Handler) -> web.StreamResponse:
    response = await handler(request)
    response.headers["Content-Security-Policy"] = CSP
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "no-referrer"  # the sign-in link holds a token
    response.headers["X-Frame-Options"] = "DENY"
    static = request.match_info.route.resource is not None and request.match_info.route.resource.name == "static"
    response.headers["Cache-Control"] = "public, max-age=3600" if static else "no-store"
    return response


@web.middleware
async def errors(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Errors as pages in the staff member's language: never a traceback, a query or a stored value."""
    try:
        return await handler(request)
    except StatsQueryError as error:
        words = _words(request)
        return message(request, words, words("dash-bad-filter-title"), words("dash-bad-filter", detail=str(error)),
                       400)
    except CheckinError:
        words = _words(request)
        return message(request, words, words("dash-not-found-title"), words("dash-not-found"), 404)
    except web.HTTPException as error:
        if error.status < 400:
            raise
        words = _words(request)
        if error.status == 404:
            return message(request, words, words("dash-not-found-title"), words("dash-not-found"), 404)
        return message(request, words, words("dash-error-title"), words("dash-error"), error.status)
    except OUTAGE_ERRORS as error:
        log.warning("database unavailable during %s %s: %s", request.method, request.path, type(error).__name__)
        words = _words(request)
        return message(request, words, words("dash-error-title"), words("dash-unavailable"), 503)
    except Exception as error:
        log.error("error during %s %s: %s", request.method, request.path, type(error).__name__, exc_info=error)
        words = _words(request)
        return message(request, words, words("dash-error-title"), words("dash-error"), 500)


def _route_name(request: web.Request) -> str | None:
    resource = request.match_info.route.resource
    return resource.name if resource is not None else None


@web.middleware
async def require_staff(request: web.Request, handler: Handler) -> web.StreamResponse:
    """A live session of someone who is staff right now, or the signed-out page; a POST needs its CSRF token."""
    if _route_name(request) in PUBLIC:
        return await handler(request)
    rt = request.app[RUNTIME]
    session_id = request.cookies.get(COOKIE)
    async with rt.store.transaction() as session:
        signed_in = await find_session(session, session_id, rt.clock.now())
        allowed = signed_in is not None and await is_staff(session, signed_in.telegram_id, rt.settings.admin_ids)
        if signed_in is not None and not allowed:
            await end_sessions_of(session, signed_in.telegram_id)
    if not allowed or signed_in is None or session_id is None:
        response = redirect(f"{PREFIX}/signed-out")
        if session_id is not None:
            response.del_cookie(COOKIE, path=f"{PREFIX}/")
        return response
    request[VISIT] = Visit(session_id, signed_in.telegram_id, signed_in.locale)
    if request.method == "POST":
        form = await request.post()
        presented = form.get("csrf")
        if not csrf_ok(session_id, presented if isinstance(presented, str) else None):
            words = _words(request)
            return message(request, words, words("dash-error-title"), words("dash-form-expired"), 403)
    return await handler(request)


# --- signing in and out -----------------------------------------------------------------------------------


async def sign_in_form(request: web.Request) -> web.Response:
    rt = request.app[RUNTIME]
    token = request.match_info["token"]
    async with rt.store.transaction() as session:
        locale = await usable_link(session, token, rt.clock.now())
    if locale is None:
        words = _words(request)
        return message(request, words, words("dash-link-expired-title"), words("dash-link-expired"), 403)
    words = _words(request, locale)
    return render(request, "sign_in.html", words, title=words("dash-sign-in-title"), token=token)


async def sign_in(request: web.Request) -> web.Response:
    rt = request.app[RUNTIME]
    form = await request.post()
    token = form.get("token")
    async with rt.store.transaction() as session:
        opened = await redeem_link(session, token if isinstance(token, str) else None, rt.clock.now())
    if opened is None:
        words = _words(request)
        return message(request, words, words("dash-link-expired-title"), words("dash-link-expired"), 403)
    session_id, _signed_in = opened
    response = redirect(f"{PREFIX}/")
    response.set_cookie(COOKIE, session_id, max_age=int(SESSION_TTL.total_seconds()), path=f"{PREFIX}/",
                        httponly=True, samesite="Strict", secure=_secure(rt))
    return response


async def sign_out(request: web.Request) -> web.Response:
    rt = request.app[RUNTIME]
    visit: Visit = request[VISIT]
    async with rt.store.transaction() as session:
        await end_session(session, visit.session_id)
    response = redirect(f"{PREFIX}/signed-out?lang={visit.locale}")
    response.del_cookie(COOKIE, path=f"{PREFIX}/")
    return response


async def signed_out(request: web.Request) -> web.Response:
    rt = request.app[RUNTIME]
    wanted = request.query.get("lang")
    words = _words(request, wanted if wanted in rt.i18n.locales else None)
    return message(request, words, words("dash-signed-out-title"), words("dash-signed-out"))


async def language(request: web.Request) -> web.Response:
    rt = request.app[RUNTIME]
    visit: Visit = request[VISIT]
    form = await request.post()
    locale, back = form.get("locale"), form.get("next")
    if isinstance(locale, str) and locale in rt.i18n.locales:
        async with rt.store.transaction() as session:
            await set_locale(session, visit.session_id, locale)
    safe = isinstance(back, str) and back.startswith(f"{PREFIX}/") and not back.startswith("//") \
        and "\\" not in back
    return redirect(back if safe else f"{PREFIX}/")  # type: ignore[arg-type]


# --- pages ----------------------------------------------------------------------------------------------------


def _page(build: Callable[[Context], Awaitable[Page]]) -> Handler:
    async def handler(request: web.Request) -> web.StreamResponse:
        rt = request.app[RUNTIME]
        words = _words(request)
        ctx = Context.of(request, rt, request.app[DASHBOARD_STATS], words, request.app[CHOICES])
        page = await build(ctx)
        download = ctx.params.get("download")
        if download is not None:
            table = page.table(download)
            if table is None:
                raise web.HTTPNotFound()
            return csv_response(table.csv(), table.filename)
        return render(request, "page.html", words, page=page, title=page.title, current=page.nav)

    return handler


overview_page = _page(pages.overview)
reach_page = _page(pages.reach)
lessons_page = _page(pages.lessons)
voice_page = _page(pages.voice)
cohorts_page = _page(pages.cohorts)
rounds_page = _page(checkins.rounds)
round_page = _page(checkins.round_page)
profile_page = _page(checkins.profile_page)
