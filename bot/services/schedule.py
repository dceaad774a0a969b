"""When a delivery may go out: drip slots at a local hour on chosen weekdays, never inside quiet hours."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

MAX_SLOT_SEARCH_DAYS = 8 * 7


@dataclass(frozen=True)
class QuietHours:
    """A nightly window in local time, e.g. 21 -> 8; start == end means no quiet hours."""

    start: int = 21
    end: int = 8

    def contains(self, local: datetime) -> bool:
        hour = local.hour
        if self.start == self.end:
            return False
        if self.start > self.end:  # wraps midnight
            return hour >= self.start or hour < self.end
        return self.start <= hour < self.end

    def allows_hour(self, hour: int) -> bool:
        return not self.contains(datetime.combine(datetime(2000, 1, 1).date(), time(hour)))


def next_allowed(moment: datetime, zone: str, quiet: QuietHours) -> datetime:
    """`moment` if it is outside quiet hours in `zone`, else the end of that quiet period (in UTC)."""
    tz = ZoneInfo(zone)
    local = moment.astimezone(tz)
    if not quiet.contains(local):
        return moment
    end = local.replace(hour=quiet.end, minute=0, second=0, microsecond=0)
    if end <= local:
        end += timedelta(days=1)
    return end.astimezone(UTC)


def drip_slots(after: datetime, zone: str, hour: int, weekdays: str, count: int) -> list[datetime]:
    """The next `count` moments strictly after `after` at `hour`:00 local time on the allowed weekdays
    (Monday = '0'), as UTC datetimes."""
    tz = ZoneInfo(zone)
    allowed = {int(d) for d in weekdays}
    local = after.astimezone(tz)
    day = local.date()
    slots: list[datetime] = []
    for _ in range(MAX_SLOT_SEARCH_DAYS + count * 7):
        if day.weekday() in allowed:
            slot = datetime.combine(day, time(hour), tzinfo=tz)
            if slot > local:
                slots.append(slot.astimezone(UTC))
                if len(slots) == count:
                    break
        day += timedelta(days=1)
    return slots
