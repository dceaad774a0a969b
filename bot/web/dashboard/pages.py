"""The dashboard's pages: overview, reach, lessons, youth voice, cohorts and pushes (check-ins: checkins.py).

Every figure comes from the functions the HTTP API calls (bot/services/stats.py, bot/services/stats_items.py), so
the same suppression applies, and every table downloads as the CSV the API gives for the same parameters.
Nothing here counts anything: it only lays the published figures out.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from bot.services import counters
from bot.services.answer_counts import fold_pending
from bot.services.stats import METRICS, PEOPLE_METRICS, Figure, ReachQuery, Row, change
from bot.services.stats_items import (
    PUSH_FIGURES,
    lesson_ratings,
    poll_results,
    push_progress,
    quiz_questions,
    series_questions,
)
from bot.web.api import COHORT_KEYS, FUNNEL_KEYS, POLL_KEYS, PUSH_KEYS, QUIZ_KEYS, RATING_KEYS, VOICE_KEYS
from bot.web.dashboard import svg
from bot.web.dashboard.context import Context
from bot.web.dashboard.view import Card, Cell, Option, Page, Section, Select, Table, key_row, muted

OVERVIEW_FILTERS = ("country", "audience", "age_band", "locale")
REACH_FILTERS = ("country", "audience", "age_band", "locale", "series", "cohort")
LESSON_FILTERS = ("series", "country", "audience", "age_band", "locale", "cohort")
VOICE_FILTERS = ("country", "audience", "age_band", "locale")
BREAKDOWNS = ("country", "audience", "age_band", "locale", "series", "cohort", "capability")
HEADLINE = ("reached", "engaged", "completed")


def count_cell(ctx: Context, figure: Figure) -> Cell:
    text = ctx.words.figure(figure)
    return muted(text) if figure.suppressed else Cell(text, numeric=True)


def share_cell(ctx: Context, share: float | None, suppressed: bool = False) -> Cell:
    if suppressed:
        return muted(ctx.words("dash-suppressed"))
    return muted("–") if share is None else Cell(ctx.words.percent(share), numeric=True)


def share_of(part: Figure, whole: Figure) -> float | None:
    if part.suppressed or whole.suppressed or not whole.value or part.value is None:
        return None
    return part.value / whole.value


def metric_label(ctx: Context, metric: str) -> str:
    return ctx.words(f"dash-metric-{metric.replace('_', '-')}")


def _finish(ctx: Context, page: Page) -> Page:
    for table in page.tables():
        table.csv_url = ctx.download_url(table.id)
    return page


def _period_text(ctx: Context, start: Any, end: Any) -> str:
    return ctx.words("dash-period-range", start=ctx.words.date(start), end=ctx.words.date(end))


def reach_table(ctx: Context, table_id: str, caption: str, rows: Sequence[Row], group_by: Sequence[str],
                metrics: Sequence[str] = (*HEADLINE, "quiz_accuracy")) -> Table:
    """A reach answer laid out: one row per cell, the chosen metrics as columns; downloads as the API's CSV."""
    w = ctx.words
    shown = [[Cell(" · ".join(w.value(d, row.key[d]) for d in group_by)) if group_by else
              Cell(w("dash-everyone")),
              *(share_cell(ctx, row.figures[m].value, row.figures[m].suppressed) if m == "quiz_accuracy"
                else count_cell(ctx, row.figures[m]) for m in metrics)] for row in rows]
    heading = " · ".join(w(f"dash-filter-{d}") if d not in ("week", "month") else w(f"dash-{d}") for d in group_by)
    return Table(table_id, caption, [heading or w("dash-everyone"), *(metric_label(ctx, m) for m in metrics)],
                 shown, rows, list(group_by), METRICS, f"reach-{'-'.join(group_by) or 'total'}.csv")


# --- overview -----------------------------------------------------------------------------------------------


async def overview(ctx: Context) -> Page:
    w, stats = ctx.words, ctx.stats
    period = ctx.period()
    filters = ctx.filters(OVERVIEW_FILTERS)
    previous = period.previous()
    await stats.ensure_fresh(ctx.rt.stats_store)
    async with ctx.rt.stats_store.transaction() as session:
        now = (await stats.reach(session, ReachQuery(period, (), filters)))[0]
        before = (await stats.reach(session, ReachQuery(previous, (), filters)))[0]
        weekly = await stats.reach(session, ReachQuery(period, ("week",), filters))
        by_country = await stats.reach(session, ReachQuery(period, ("country",), filters))
    page = Page("overview", w("dash-overview-title"), _period_text(ctx, period.start, period.end),
                await ctx.filter_form(OVERVIEW_FILTERS))

    cards, compare_rows, compare_csv = [], [], []
    for metric in (*HEADLINE, "quiz_accuracy"):
        current, earlier = now.figures[metric], before.figures[metric]
        accuracy = metric == "quiz_accuracy"
        value = share_cell(ctx, current.value, current.suppressed) if accuracy else count_cell(ctx, current)
        old = share_cell(ctx, earlier.value, earlier.suppressed) if accuracy else count_cell(ctx, earlier)
        if accuracy:
            ratio = None if current.value is None or earlier.value is None else current.value - earlier.value
            shown = w("dash-change-none") if ratio is None else w("dash-change-points", points=w.points(ratio))
        else:
            ratio = change(current, earlier)
            shown = w("dash-change-none") if ratio is None else w.change(ratio)
        shown_ratio = None if ratio is None else round(ratio, 2)  # the arrow follows what the text says
        trend = "none" if shown_ratio is None else "up" if shown_ratio > 0 else "down" if shown_ratio < 0 else "flat"
        cards.append(Card(metric_label(ctx, metric), value.text, w("dash-before", value=old.text), shown, trend))
        compare_rows.append([Cell(metric_label(ctx, metric)), value, old,
                             muted(shown) if ratio is None else Cell(shown, numeric=True)])
        compare_csv.append(key_row(metric=metric, **{"from": period.start.isoformat(), "to": period.end.isoformat()},
                                   value=current.value, previous_from=previous.start.isoformat(),
                                   previous_to=previous.end.isoformat(), previous_value=earlier.value,
                                   change=None if ratio is None else round(ratio, 4)))
    comparison = Table(
        "comparison", w("dash-comparison-caption", previous=_period_text(ctx, previous.start, previous.end)),
        [w("dash-figure"), w("dash-this-period"), w("dash-previous-period"), w("dash-change")],
        compare_rows, compare_csv,
        ("metric", "from", "to", "value", "previous_from", "previous_to", "previous_value", "change"), (),
        "overview.csv")
    page.sections.append(Section(w("dash-headline"), [comparison], cards, id="headline"))

    trend = reach_table(ctx, "by-week", w("dash-weekly-caption"), weekly, ("week",))
    trend.chart = svg.line_chart(
        "chart-weekly", w("dash-weekly-chart"), w("dash-chart-desc"),
        [w.week(r.key["week"]) for r in weekly],
        [svg.Line(metric_label(ctx, m), [r.figures[m].value for r in weekly]) for m in HEADLINE],
        w.number, empty=w("dash-nothing"))
    trend.note = w("dash-weeks-note")
    page.sections.append(Section(w("dash-trend"), [trend], id="trend"))

    countries = reach_table(ctx, "by-country", w("dash-by-country-caption"), by_country, ("country",))
    countries.chart = _bars(ctx, "chart-country", w("dash-by-country-chart"), by_country, "country", "reached")
    page.sections.append(Section(w("dash-where"), [countries], id="countries"))
    page.sections.append(_about(ctx))
    return _finish(ctx, page)


def _bars(ctx: Context, chart_id: str, title: str, rows: Sequence[Row], dimension: str, metric: str) -> Any:
    w = ctx.words
    return svg.bar_chart(chart_id, title, w("dash-chart-desc"), [w.value(dimension, r.key[dimension]) for r in rows],
                         [r.figures[metric].value for r in rows], [w.figure(r.figures[metric]) for r in rows],
                         empty=w("dash-nothing"))


def _about(ctx: Context) -> Section:
    w = ctx.words
    return Section(w("dash-about"), paragraphs=[w("dash-suppression-note")],
                   definitions=[(metric_label(ctx, m), w(f"dash-define-{m.replace('_', '-')}"))
                                for m in (*PEOPLE_METRICS, "quiz_accuracy")], id="about")


# --- reach over time --------------------------------------------------------------------------------------------


async def reach(ctx: Context) -> Page:
    w, stats = ctx.words, ctx.stats
    by = ctx.choice("by", ("", *BREAKDOWNS), "country")
    every = ctx.choice("every", ("week", "month"), "week")
    metric = ctx.choice("metric", PEOPLE_METRICS, "reached")
    period = ctx.period()
    filters = ctx.filters(REACH_FILTERS)
    if by == "cohort" or "cohort" in filters:
        await ctx.cohort_names()
    group = (every, by) if by else (every,)
    await stats.ensure_fresh(ctx.rt.stats_store)
    async with ctx.rt.stats_store.transaction() as session:
        over_time = await stats.reach(session, ReachQuery(period, group, filters))
        totals = await stats.reach(session, ReachQuery(period, (by,) if by else (), filters))
    extra = [
        Select("by", w("dash-breakdown"), [Option("", w("dash-none")),
                                           *(Option(d, w(f"dash-filter-{d}")) for d in BREAKDOWNS)], by),
        Select("every", w("dash-every"), [Option("week", w("dash-week")), Option("month", w("dash-month"))], every),
        Select("metric", w("dash-chart-metric"), [Option(m, metric_label(ctx, m)) for m in PEOPLE_METRICS], metric),
    ]
    page = Page("reach", w("dash-reach-title"), _period_text(ctx, period.start, period.end),
                await ctx.filter_form(REACH_FILTERS, extra=extra))

    times = sorted({r.key[every] for r in over_time})
    label_time = w.week if every == "week" else w.month
    if by:
        ranked = sorted((r for r in totals if not r.figures[metric].suppressed),
                        key=lambda r: -(r.figures[metric].value or 0))
        values = [r.key[by] for r in ranked][: svg.MAX_SERIES]
    else:
        values = [None]
    cells = {(r.key[every], r.key.get(by) if by else None): r.figures[metric] for r in over_time}
    lines = [svg.Line(w.value(by, v) if by else metric_label(ctx, metric),
                      [cells[(t, v)].value if (t, v) in cells else 0 for t in times]) for v in values]
    headers = [w(f"dash-{every}"), *(line.name for line in lines)]
    rows = [[Cell(label_time(t)), *(count_cell(ctx, cells.get((t, v), Figure(0))) for v in values)] for t in times]
    title = w("dash-over-time-chart", metric=metric_label(ctx, metric))
    over = Table("over-time", w("dash-over-time-caption", metric=metric_label(ctx, metric)), headers, rows,
                 over_time, list(group), METRICS, f"reach-{'-'.join(group)}.csv")
    over.chart = svg.line_chart("chart-over-time", title, w("dash-chart-desc"), [label_time(t) for t in times], lines,
                                w.number, empty=w("dash-nothing"))
    over.note = w("dash-top-lines-note", count=svg.MAX_SERIES) if by else None
    page.sections.append(Section(w("dash-over-time"), [over], id="over-time"))

    table = reach_table(ctx, "totals", w("dash-totals-caption"), totals, (by,) if by else (),
                        (*PEOPLE_METRICS, "quiz_accuracy"))
    if by:
        table.chart = _bars(ctx, "chart-totals", w("dash-totals-chart", metric=metric_label(ctx, metric)), totals,
                            by, metric)
    page.sections.append(Section(w("dash-totals"), [table], id="totals"))
    page.sections.append(_about(ctx))
    return _finish(ctx, page)


# --- lessons ---------------------------------------------------------------------------------------------------


async def lessons(ctx: Context) -> Page:
    w, stats = ctx.words, ctx.stats
    period = ctx.period()
    filters = ctx.filters(LESSON_FILTERS)
    funnel_filters = {k: v for k, v in filters.items() if k != "series"}
    chosen = filters.get("series", ())
    await stats.ensure_fresh(ctx.rt.stats_store)
    await fold_pending(ctx.rt.stats_store)
    async with ctx.rt.stats_store.transaction() as session:
        funnel = await stats.funnel(session, period, chosen, funnel_filters)
        quizzes = await quiz_questions(session, ctx.rt.catalog, period, filters)
        ratings = await lesson_ratings(session, ctx.rt.catalog, period, filters)
    page = Page("lessons", w("dash-lessons-title"), _period_text(ctx, period.start, period.end),
                await ctx.filter_form(LESSON_FILTERS))
    for series in ctx.series_list():
        if chosen and series.id not in chosen:
            continue
        name = w.series(series.id)
        steps = [r for r in funnel if r.key["series"] == series.id]
        page.sections.append(Section(name, [
            _funnel_table(ctx, series.id, steps),
            _quiz_table(ctx, series.id, [r for r in quizzes if r.key["series"] == series.id]),
            _rating_table(ctx, series.id, [r for r in ratings if r.key["series"] == series.id]),
        ], id=f"series-{series.id}"))
    page.sections.append(_about(ctx))
    return _finish(ctx, page)


def _step_name(ctx: Context, series_id: str, step: str) -> str:
    if step == "started":
        return ctx.words("dash-step-started")
    if step == "completed":
        return ctx.words("dash-step-completed")
    return ctx.words("dash-step-lesson", lesson=ctx.words.lesson(series_id, step.removeprefix("lesson:")))


def _funnel_table(ctx: Context, series_id: str, steps: Sequence[Row]) -> Table:
    w = ctx.words
    started = steps[0].figures["people"] if steps else Figure(0)
    rows = [[Cell(_step_name(ctx, series_id, r.key["step"])), count_cell(ctx, r.figures["people"]),
             share_cell(ctx, share_of(r.figures["people"], started))] for r in steps]
    table = Table(f"funnel-{series_id}", w("dash-funnel-caption", series=w.series(series_id)),
                  [w("dash-step"), w("dash-people"), w("dash-share-of-starters")], rows, steps, FUNNEL_KEYS,
                  ("people",), f"funnel-{series_id}.csv")
    table.chart = svg.bar_chart(
        f"chart-funnel-{series_id}", w("dash-funnel-chart", series=w.series(series_id)), w("dash-chart-desc"),
        [_step_name(ctx, series_id, r.key["step"]) for r in steps], [r.figures["people"].value for r in steps],
        [w.figure(r.figures["people"]) for r in steps], empty=w("dash-nothing"))
    return table


def _question(ctx: Context, row: Row) -> str:
    series, lesson, quiz = row.key["series"], row.key["lesson"], row.key["quiz"]
    return ctx.words.named(f"s-{series}-{lesson}-{quiz}", f"{lesson} {quiz}")


def _quiz_table(ctx: Context, series_id: str, options: Sequence[Row]) -> Table:
    w = ctx.words
    questions: dict[tuple[str, str], list[Row]] = {}
    for row in options:
        questions.setdefault((row.key["lesson"], row.key["quiz"]), []).append(row)
    rows, labels, accuracy, accuracy_text = [], [], [], []
    for (lesson, quiz), parts in questions.items():
        answered = parts[0].figures["answered"]
        right = next(p for p in parts if p.key["correct"])
        share = share_of(right.figures["people"], answered)
        wrong = [p for p in parts if not p.key["correct"] and not p.figures["people"].suppressed
                 and (p.figures["people"].value or 0) > 0]
        top = max(wrong, key=lambda p: p.figures["people"].value or 0, default=None)
        top_text = "–" if top is None else w(
            "dash-wrong-answer", answer=w.named(f"s-{series_id}-{lesson}-{quiz}-{top.key['option']}",
                                                top.key["option"]),
            share=w.percent(share_of(top.figures["people"], answered)) or w("dash-suppressed"))
        question = _question(ctx, parts[0])
        rows.append([Cell(w("dash-question", lesson=w.lesson(series_id, lesson), question=question)),
                     count_cell(ctx, answered), share_cell(ctx, share, share is None and answered.suppressed),
                     Cell(top_text, muted=top is None)])
        labels.append(f"{w.lesson(series_id, lesson)} · {quiz.upper()}")
        accuracy.append(share)
        accuracy_text.append(w.percent(share) if share is not None else w("dash-suppressed"))
    table = Table(f"quizzes-{series_id}", w("dash-quiz-caption", series=w.series(series_id)),
                  [w("dash-question-header"), w("dash-answered"), w("dash-right-first-time"),
                   w("dash-common-wrong")], rows, options, QUIZ_KEYS, ("answered", "people"),
                  f"quizzes-{series_id}.csv")
    table.chart = svg.bar_chart(f"chart-quizzes-{series_id}", w("dash-quiz-chart", series=w.series(series_id)),
                                w("dash-chart-desc"), labels, accuracy, accuracy_text, empty=w("dash-nothing"),
                                peak=1.0)
    table.note = w("dash-quiz-note")
    return table


def _split_table(ctx: Context, table_id: str, caption: str, chart_title: str, names: Sequence[str],
                 parts: Sequence[Sequence[Row]], option_names: Sequence[str], total: str, header: str,
                 keys: Sequence[str], filename: str, csv_rows: Sequence[Row]) -> Table:
    """Items (lessons, questions) split into options: counts and shares per option, and a 100% bar per item."""
    w = ctx.words
    rows, shares = [], []
    for name, options in zip(names, parts, strict=True):
        whole = options[0].figures[total] if options else Figure(0)
        row_shares = [share_of(o.figures["people"], whole) for o in options]
        shares.append(row_shares)
        cells = [Cell(name), count_cell(ctx, whole)]
        for option, share in zip(options, row_shares, strict=True):
            figure = option.figures["people"]
            text = w.figure(figure) if share is None else f"{w.figure(figure)} ({w.percent(share)})"
            cells.append(muted(text) if figure.suppressed else Cell(text, numeric=True))
        rows.append(cells)
    table = Table(table_id, caption, [header, w("dash-answered"), *option_names], rows, csv_rows, keys,
                  (total, "people"), filename)
    table.chart = svg.stacked_bars(f"chart-{table_id}", chart_title, w("dash-chart-desc"), names, option_names,
                                   shares, w("dash-suppressed"), empty=w("dash-nothing"), share_format=w.percent,
                                   hidden_part=w("dash-hidden-part"))
    return table


def _rating_table(ctx: Context, series_id: str, ratings: Sequence[Row]) -> Table:
    w = ctx.words
    by_lesson: dict[str, list[Row]] = {}
    for row in ratings:
        by_lesson.setdefault(row.key["lesson"], []).append(row)
    names = [w.lesson(series_id, lesson) for lesson in by_lesson]
    return _split_table(ctx, f"ratings-{series_id}", w("dash-ratings-caption", series=w.series(series_id)),
                        w("dash-ratings-chart", series=w.series(series_id)), names, list(by_lesson.values()),
                        [w(f"dash-rating-{r.replace('_', '-')}") for r in ("helpful", "unsure", "not_helpful")],
                        "rated", w("dash-lesson"), RATING_KEYS, f"ratings-{series_id}.csv", ratings)


# --- youth voice --------------------------------------------------------------------------------------------


async def voice(ctx: Context) -> Page:
    w = ctx.words
    filters = ctx.filters(VOICE_FILTERS)
    await fold_pending(ctx.rt.stats_store)
    async with ctx.rt.stats_store.transaction() as session:
        polls = await poll_results(session, ctx.rt.catalog, filters)
        questions = await series_questions(session, ctx.rt.catalog, filters)
    page = Page("voice", w("dash-voice-title"), w("dash-voice-lead"), await ctx.filter_form(VOICE_FILTERS,
                                                                                             period=False))
    poll_section = Section(w("dash-polls"), id="polls")
    for poll in sorted(ctx.rt.catalog.polls.values(), key=lambda p: (p.opens, p.id), reverse=True):
        options = [r for r in polls if r.key["poll"] == poll.id]
        question = w.named(f"poll-{poll.id}", poll.id)
        names = [w.named(f"poll-{poll.id}-{o}", o) for o in poll.options]
        table = _option_table(ctx, f"poll-{poll.id}", w("dash-poll-caption", question=question,
                                                        start=w.date(poll.opens), end=w.date(poll.closes)),
                              names, options, POLL_KEYS, f"polls-{poll.id}.csv")
        poll_section.tables.append(table)
    if not poll_section.tables:
        poll_section.paragraphs.append(w("dash-nothing"))
    page.sections.append(poll_section)
    question_section = Section(w("dash-series-questions"), id="series-questions")
    for series in ctx.series_list():
        asked = series.voice_question
        if asked is None:
            continue
        options = [r for r in questions if r.key["series"] == series.id]
        prefix = f"s-{series.id}-voice-{asked.id}"
        table = _option_table(ctx, f"question-{series.id}", w("dash-series-question-caption",
                                                              series=w.series(series.id),
                                                              question=w.named(prefix, asked.id)),
                              [w.named(f"{prefix}-{o}", o) for o in asked.options], options, VOICE_KEYS,
                              f"series-question-{series.id}.csv")
        question_section.tables.append(table)
    page.sections.append(question_section)
    page.sections.append(Section(w("dash-about"), paragraphs=[w("dash-voice-note"), w("dash-suppression-note")],
                                 id="about"))
    return _finish(ctx, page)


def _option_table(ctx: Context, table_id: str, caption: str, names: Sequence[str], options: Sequence[Row],
                  keys: Sequence[str], filename: str) -> Table:
    w = ctx.words
    whole = options[0].figures["answered"] if options else Figure(0)
    rows, values, texts = [], [], []
    for name, option in zip(names, options, strict=True):
        share = share_of(option.figures["people"], whole)
        rows.append([Cell(name), count_cell(ctx, option.figures["people"]), share_cell(ctx, share)])
        values.append(option.figures["people"].value)
        texts.append(w.figure(option.figures["people"]) + (f" ({w.percent(share)})" if share is not None else ""))
    rows.append([Cell(w("dash-answered")), count_cell(ctx, whole), Cell("")])
    table = Table(table_id, caption, [w("dash-option"), w("dash-people"), w("dash-share")], rows, options, keys,
                  ("answered", "people"), filename)
    table.chart = svg.bar_chart(f"chart-{table_id}", caption, w("dash-chart-desc"), list(names), values, texts,
                                empty=w("dash-nothing"))
    return table


# --- cohorts and pushes ----------------------------------------------------------------------------------------


async def cohorts(ctx: Context) -> Page:
    w, stats = ctx.words, ctx.stats
    period = ctx.period()
    await ctx.cohort_names()
    await stats.ensure_fresh(ctx.rt.stats_store)
    await counters.fold_pending(ctx.rt.stats_store)
    async with ctx.rt.stats_store.transaction() as session:
        listed = await stats.cohorts(session)
        outcomes = await stats.reach(session, ReachQuery(period, ("cohort",), {}))
        pushes = await push_progress(session)
    page = Page("cohorts", w("dash-cohorts-title"), _period_text(ctx, period.start, period.end),
                await ctx.filter_form(()))
    rows = []
    for row in listed:
        key = row.key
        rows.append([Cell(str(key["name"])), Cell(_audience(ctx, key["audience"])),
                     Cell(w.value("locale", key["locale"])),
                     Cell(w.value("country", key["country"]) if key["country"] else w("stats-unknown")),
                     Cell(w("dash-closed") if key["closed"] else w("dash-open")), Cell(w.date(key["created"])),
                     count_cell(ctx, row.figures["members"])])
    members = Table("cohorts", w("dash-cohorts-caption"),
                    [w("dash-cohort"), w("dash-filter-audience"), w("dash-filter-locale"), w("dash-filter-country"),
                     w("dash-joining"), w("dash-created"), w("dash-members")], rows, listed, COHORT_KEYS,
                    ("members",), "cohorts.csv")
    page.sections.append(Section(w("dash-cohorts"), [members], id="cohorts"))

    in_cohorts = [r for r in outcomes if r.key["cohort"] is not None]
    results = reach_table(ctx, "outcomes", w("dash-outcomes-caption"), outcomes, ("cohort",))
    results.chart = _bars(ctx, "chart-outcomes", w("dash-outcomes-chart"), in_cohorts, "cohort", "completed")
    page.sections.append(Section(w("dash-outcomes"), [results], id="outcomes"))

    push_rows, names, shares = [], [], []
    shown_parts = ("sent", "waiting", "failed", "inactive", "stopped", "uncertain")
    for row in pushes:
        key, figures = row.key, row.figures
        label = w("dash-push-label", cohort=str(key["cohort_name"]), series=w.series(key["series"]))
        push_rows.append([Cell(label), Cell(w(f"dash-push-mode-{key['mode']}")),
                          Cell(w(f"dash-push-status-{key['status']}")), Cell(w.date(key["created"])),
                          *(count_cell(ctx, figures[name]) for name in PUSH_FIGURES)])
        names.append(label)
        shares.append([share_of(figures[name], figures["total"]) for name in shown_parts])
    progress = Table("pushes", w("dash-pushes-caption"),
                     [w("dash-push"), w("dash-push-mode"), w("dash-push-status"), w("dash-created"),
                      *(w(f"dash-delivery-{name}") for name in PUSH_FIGURES)], push_rows, pushes, PUSH_KEYS,
                     PUSH_FIGURES, "pushes.csv")
    progress.chart = svg.stacked_bars("chart-pushes", w("dash-pushes-chart"), w("dash-chart-desc"), names[:12],
                                      [w(f"dash-delivery-{name}") for name in shown_parts], shares[:12],
                                      w("dash-suppressed"), empty=w("dash-nothing"), share_format=w.percent,
                                      hidden_part=w("dash-hidden-part"))
    page.sections.append(Section(w("dash-pushes"), [progress], paragraphs=[w("dash-pushes-note")], id="pushes"))
    return _finish(ctx, page)


def _audience(ctx: Context, cohort_audience: str) -> str:
    """A cohort's audience (youth_13_15, youth_16_17, caregiver) as it reads."""
    if cohort_audience == "caregiver":
        return ctx.words.value("audience", "caregiver")
    band = cohort_audience.removeprefix("youth_").replace("_", "-")
    return f"{ctx.words.value('audience', 'youth')} {band}"

