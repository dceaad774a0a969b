"""MNR check-in pages: the rounds, one round's capability x maturity-phase grid for a country (verified and
self-declared respondents apart) with the change since an earlier round, and the printable country profile.

Figures come from `Stats.checkin_results` and `Stats.checkin_capabilities`, the functions behind
/api/v1/checkins/{round}: a grid's CSV is that endpoint's CSV for the same round and country.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from aiohttp import web

from bot.content.checkins import PHASES, CheckinItem
from bot.services.checkins import CheckinError
from bot.services.stats import MAX_ID, Figure, Row, parse_value
from bot.web.api import RESULT_KEYS, ROUND_KEYS
from bot.web.dashboard import svg
from bot.web.dashboard.context import Context
from bot.web.dashboard.pages import count_cell, share_of
from bot.web.dashboard.view import Cell, Filters, Option, Page, Section, Select, Table, key_row, level_of, muted

ROUTE_PREFIX = "/dashboard/checkins"
PHASE_ANSWERS = (*PHASES, "dk")


@dataclass(frozen=True)
class Round:
    id: int
    code: str
    questionnaire: str
    opens: str
    closes: str


async def rounds(ctx: Context) -> Page:
    w = ctx.words
    async with ctx.rt.stats_store.transaction() as session:
        listed = await ctx.stats.rounds(session)
    rows = []
    for row in listed:
        key = row.key
        rows.append([Cell(str(key["code"]), href=f"{ROUTE_PREFIX}/{key['id']}"),
                     Cell(_questionnaire(ctx, key["questionnaire"])), Cell(w.date(key["opens"])),
                     Cell(w.date(key["closes"])), count_cell(ctx, row.figures["respondents"])])
    table = Table("rounds", w("dash-rounds-caption"),
                  [w("dash-round"), w("dash-questionnaire"), w("dash-opens"), w("dash-closes"), w("dash-respondents")],
                  rows, listed, ROUND_KEYS, ("respondents",), "checkin-rounds.csv")
    table.csv_url = ctx.download_url("rounds")
    page = Page("checkins", w("dash-checkins-title"), w("dash-checkins-lead"))
    page.sections.append(Section(w("dash-rounds"), [table], paragraphs=[] if listed else [w("dash-no-rounds")],
                                 id="rounds"))
    return page


def _questionnaire(ctx: Context, questionnaire: str) -> str:
    return ctx.words.named(f"ci-{questionnaire}-title", questionnaire)


def round_id(request: web.Request) -> int:
    value = int(request.match_info["round_id"])
    if not 1 <= value <= MAX_ID:
        raise CheckinError("no such round")
    return value


async def _round_list(ctx: Context) -> list[Round]:
    async with ctx.rt.stats_store.transaction() as session:
        listed = await ctx.stats.rounds(session)  # newest first
    return [Round(r.key["id"], r.key["code"], r.key["questionnaire"], r.key["opens"], r.key["closes"])
            for r in listed]


@dataclass
class RoundView:
    this: Round
    earlier: Round | None
    earlier_choices: list[Round]
    countries: list[str]
    country: str | None
    items: dict[str, CheckinItem]
    results: list[Row]
    before: list[Row]


async def _load(ctx: Context) -> RoundView:
    wanted = round_id(ctx.request)
    listed = await _round_list(ctx)
    this = next((r for r in listed if r.id == wanted), None)
    if this is None:
        raise CheckinError("no such round")
    same = [r for r in listed if r.questionnaire == this.questionnaire and r.id != this.id]
    older = [r for r in same if (r.opens, r.id) < (this.opens, this.id)]
    compare = ctx.params.get("compare")
    if compare is not None:
        earlier = next((r for r in same if str(r.id) == compare), None)
        if earlier is None and compare != "none":
            raise CheckinError("compare: no such round of this questionnaire")
    else:
        earlier = older[0] if older else None
    async with ctx.rt.stats_store.transaction() as session:
        countries = await ctx.stats.round_countries(session, this.id)
        country = parse_value("country", ctx.params["country"]) if "country" in ctx.params else \
            (countries[0] if countries else None)
        results = await ctx.stats.checkin_results(session, this.id, None, country) if country else []
        before = await ctx.stats.checkin_results(session, earlier.id, None, country) \
            if earlier is not None and country else []
    questionnaire = ctx.rt.catalog.questionnaires.get(this.questionnaire)
    items = {i.id: i for i in questionnaire.items} if questionnaire else {}
    return RoundView(this, earlier, same, countries, country, items, results, before)


def _cells(rows: Sequence[Row], verified: bool) -> dict[str, dict[str, Row]]:
    """item -> answer -> row, for one kind of respondent, in the API's order."""
    found: dict[str, dict[str, Row]] = {}
    for row in rows:
        if row.key["verified"] == verified:
            found.setdefault(row.key["item"], {})[row.key["answer"]] = row
    return found


def _item_label(ctx: Context, view: RoundView, item_id: str) -> str:
    item = view.items.get(item_id)
    capabilities = ", ".join(ctx.words.capability(c) for c in (item.capabilities if item else []))
    return capabilities or ctx.words.item(view.this.questionnaire, item_id)


def _grid(ctx: Context, view: RoundView, verified: bool, table_id: str, with_chart: bool = True) -> Table:
    """Capability x maturity phase: respondents, then each phase's count and share of them."""
    w = ctx.words
    cells = _cells(view.results, verified)
    phase_items = [i for i in view.items if i in cells and view.items[i].kind == "phase"]
    rows, labels, shares = [], [], []
    for item_id in phase_items:
        answers = cells[item_id]
        respondents = next(iter(answers.values())).figures["respondents"]
        row = [Cell(_item_label(ctx, view, item_id)), count_cell(ctx, respondents)]
        item_shares = []
        for phase in PHASE_ANSWERS:
            figure = answers[phase].figures["count"] if phase in answers else Figure(0)
            share = share_of(figure, respondents)
            item_shares.append(share)
            if figure.suppressed:
                row.append(muted(w("dash-suppressed")))
            else:
                text = w.number(figure.value) + (f" ({w.percent(share)})" if share is not None else "")
                row.append(Cell(text, numeric=True, level=level_of(share) if phase != "dk" else None))
        rows.append(row)
        labels.append(_item_label(ctx, view, item_id))
        shares.append(item_shares)
    kind = "verified" if verified else "self"
    # Downloads as /api/v1/checkins/{round}?country=..: every item, verified and self-declared rows apart.
    table = Table(table_id, w(f"dash-grid-caption-{kind}", country=_country(ctx, view), round=view.this.code),
                  [w("dash-capability"), w("dash-respondents"), *(_phase_name(ctx, a) for a in PHASE_ANSWERS)],
                  rows, view.results, RESULT_KEYS, ("respondents", "count"),
                  f"checkin-round-{view.this.id}-{view.country}.csv")
    if with_chart:
        table.chart = svg.stacked_bars(f"chart-{table_id}", w(f"dash-grid-chart-{kind}", country=_country(ctx, view)),
                                       w("dash-chart-desc"), labels, [_phase_name(ctx, a) for a in PHASE_ANSWERS],
                                       shares, w("dash-suppressed"), empty=w("dash-nothing"), share_format=w.percent,
                                       hidden_part=w("dash-hidden-part"))
    table.wide = True
    if not rows:
        table.note = w("dash-no-answers")
    return table


def _phase_name(ctx: Context, answer: str) -> str:
    return ctx.words("ci-dk") if answer == "dk" else ctx.words.named(f"mnr-phase-{answer}", answer)


def _country(ctx: Context, view: RoundView) -> str:
    return ctx.words.value("country", view.country) if view.country else ctx.words("stats-unknown")


def _other_items(ctx: Context, view: RoundView) -> Table:
    """Items answered on other scales (agree/disagree, yes/no, a choice): each answer's count, both kinds apart."""
    w = ctx.words
    rows = []
    for verified in (True, False):
        for item_id, answers in _cells(view.results, verified).items():
            item = view.items.get(item_id)
            if item is not None and item.kind == "phase":
                continue
            respondents = next(iter(answers.values())).figures["respondents"]
            parts = []
            for answer, row in answers.items():
                figure = row.figures["count"]
                parts.append(f"{w.answer(view.this.questionnaire, item, answer)}: {w.figure(figure)}")
            rows.append([Cell(w.item(view.this.questionnaire, item_id)),
                         Cell(w("dash-verified") if verified else w("dash-self-declared")),
                         count_cell(ctx, respondents), Cell(" · ".join(parts))])
    return Table("other-items", w("dash-other-items-caption", country=_country(ctx, view)),
                 [w("dash-question-header"), w("dash-respondent-kind"), w("dash-respondents"), w("dash-answers")],
                 rows, view.results, RESULT_KEYS, ("respondents", "count"),
                 f"checkin-round-{view.this.id}-{view.country}.csv")


def _change(ctx: Context, view: RoundView) -> Table | None:
    """Each phase's share of respondents in the earlier round and in this one, per capability and kind."""
    if view.earlier is None:
        return None
    w = ctx.words
    rows, csv_rows = [], []
    for verified in (True, False):
        now, before = _cells(view.results, verified), _cells(view.before, verified)
        for item_id in [i for i in view.items if i in now and view.items[i].kind == "phase"]:
            answers_now, answers_before = now[item_id], before.get(item_id, {})
            whole_now = next(iter(answers_now.values())).figures["respondents"]
            whole_before = next(iter(answers_before.values())).figures["respondents"] if answers_before \
                else Figure(0)
            row = [Cell(_item_label(ctx, view, item_id)),
                   Cell(w("dash-verified") if verified else w("dash-self-declared")),
                   Cell(f"{w.figure(whole_before)} → {w.figure(whole_now)}", numeric=True)]
            for phase in PHASES:
                a = share_of(answers_before[phase].figures["count"], whole_before) if phase in answers_before \
                    else None
                b = share_of(answers_now[phase].figures["count"], whole_now) if phase in answers_now else None
                if a is None or b is None:
                    row.append(muted("–"))
                else:
                    row.append(Cell(f"{w.percent(a)} → {w.percent(b)} ({w.points(b - a)})", numeric=True))
                csv_rows.append(key_row(item=item_id, verified=verified, phase=phase,
                                        earlier_round=view.earlier.id, earlier_share=None if a is None else round(a, 4),
                                        round=view.this.id, share=None if b is None else round(b, 4),
                                        change=None if a is None or b is None else round(b - a, 4)))
            rows.append(row)
    return Table("change", w("dash-change-caption", earlier=view.earlier.code, round=view.this.code,
                             country=_country(ctx, view)),
                 [w("dash-capability"), w("dash-respondent-kind"), w("dash-respondents"),
                  *(w.named(f"mnr-phase-{p}", p) for p in PHASES)], rows, csv_rows,
                 ("item", "verified", "phase", "earlier_round", "earlier_share", "round", "share", "change"), (),
                 f"checkin-round-{view.this.id}-{view.country}-change.csv")


def _title(ctx: Context, view: RoundView) -> str:
    questionnaire = _questionnaire(ctx, view.this.questionnaire)
    return ctx.words("dash-round-title", round=view.this.code, questionnaire=questionnaire)


def _sections(ctx: Context, view: RoundView, charts: bool = True) -> list[Section]:
    w = ctx.words
    sections = [
        Section(w("dash-verified-respondents"), [_grid(ctx, view, True, "grid-verified", charts)],
                paragraphs=[w("dash-verified-explained")], id="verified"),
        Section(w("dash-self-declared-respondents"), [_grid(ctx, view, False, "grid-self", charts)],
                paragraphs=[w("dash-self-declared-explained")], id="self-declared"),
    ]
    change = _change(ctx, view)
    sections.append(Section(w("dash-change-between-rounds"), [change] if change else [],
                            paragraphs=[] if change else [w("dash-no-earlier-round")], id="change"))
    other = _other_items(ctx, view)
    if other.rows:
        sections.append(Section(w("dash-other-items"), [other], id="other"))
    sections.append(Section(w("dash-phases"), definitions=[(w.named(f"mnr-phase-{p}", p),
                                                           w.named(f"mnr-phase-{p}-desc", ""))
                                                          for p in PHASES],
                            paragraphs=[w("dash-checkin-suppression")], id="phases"))
    return sections


async def round_page(ctx: Context) -> Page:
    w = ctx.words
    view = await _load(ctx)
    extra_compare = [Option("none", w("dash-none")),
                     *(Option(str(r.id), r.code) for r in view.earlier_choices)]
    selects = [Select("country", w("dash-filter-country"),
                      [Option(c, w.value("country", c)) for c in view.countries], view.country or ""),
               Select("compare", w("dash-compare-with"), extra_compare,
                      str(view.earlier.id) if view.earlier else "none")]
    page = Page("checkins", _title(ctx, view), w("dash-round-lead", opens=w.date(view.this.opens),
                                                 closes=w.date(view.this.closes), country=_country(ctx, view)))
    page.filters = Filters(selects=selects)
    if view.country:
        page.actions.append((w("dash-open-profile"), ctx.url(f"{ROUTE_PREFIX}/{view.this.id}/profile",
                                                            country=view.country)))
    else:
        page.error = w("dash-no-countries")
    page.sections = _sections(ctx, view)
    for table in page.tables():
        table.csv_url = ctx.download_url(table.id)
    return page


async def profile_page(ctx: Context) -> Page:
    """The printable country profile: the same tables, on pages of their own when printed."""
    w = ctx.words
    view = await _load(ctx)
    if view.country is None:
        raise CheckinError("no country has answered this round")
    page = Page("checkins", w("dash-profile-title", country=_country(ctx, view)),
                w("dash-profile-lead", round=view.this.code,
                  questionnaire=_questionnaire(ctx, view.this.questionnaire), opens=w.date(view.this.opens),
                  closes=w.date(view.this.closes), today=w.date(ctx.rt.clock.now().date())),
                printable=True)
    page.actions.append((w("dash-back-to-round"), ctx.url(f"{ROUTE_PREFIX}/{view.this.id}")))
    page.sections = _sections(ctx, view)
    for table in page.tables():
        table.csv_url = ctx.download_url(table.id)
    return page


