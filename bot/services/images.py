"""Telegram file_ids of lesson illustrations: each picture is uploaded once, then sent by its file_id.

Keyed by (image name, hash of its SVG), so a redrawn picture is uploaded again. A file_id Telegram no longer
knows (another bot token, a cleared server) is forgotten and the picture uploaded anew (bot/features/photos.py).
Several replicas may upload the same picture at the same moment; the last file_id written wins, and both work.

Each process also keeps the file_ids it has read or written (`FileIds`), so sending a picture again costs no
transaction (bench/README.md, "Lesson path"). A file_id another replica replaced still works; one Telegram forgot
is dropped here and in the database when Telegram refuses it, as before.
"""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.content.images import Illustration
from bot.store.models import ImageUpload, utcnow
from bot.store.upsert import dialect_insert


class FileIds:
    """The file_ids this process knows, by (image name, hash of its SVG): at most one per picture of the content."""

    def __init__(self) -> None:
        self._known: dict[tuple[str, str], str] = {}

    def get(self, image: Illustration) -> str | None:
        return self._known.get((image.name, image.digest))

    def remember(self, image: Illustration, file_id: str) -> None:
        self._known[(image.name, image.digest)] = file_id

    def forget(self, image: Illustration, file_id: str) -> None:
        if self._known.get((image.name, image.digest)) == file_id:
            del self._known[(image.name, image.digest)]


async def cached_file_id(session: AsyncSession, image: Illustration) -> str | None:
    return await session.scalar(
        select(ImageUpload.file_id).where(ImageUpload.name == image.name, ImageUpload.content_hash == image.digest)
    )


async def remember_upload(session: AsyncSession, image: Illustration, file_id: str) -> None:
    insert = dialect_insert(session.bind.dialect.name)
    statement = insert(ImageUpload).values(name=image.name, content_hash=image.digest, file_id=file_id,
                                           uploaded_at=utcnow())
    await session.execute(statement.on_conflict_do_update(
        index_elements=["name", "content_hash"],
        set_={"file_id": statement.excluded.file_id, "uploaded_at": statement.excluded.uploaded_at},
    ))


async def forget_upload(session: AsyncSession, image: Illustration, file_id: str) -> None:
    """Drop a file_id Telegram refused (only that one: another replica may have stored a fresh one meanwhile)."""
    await session.execute(delete(ImageUpload).where(
        ImageUpload.name == image.name, ImageUpload.content_hash == image.digest, ImageUpload.file_id == file_id))
