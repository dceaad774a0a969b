"""Codes people copy into a link, a chat command or a shell: invite, join and share codes."""

from __future__ import annotations

import secrets
import string

# Letters and digits only: a URL-safe code can start with '-', which a command-line parser reads as an option
# ("invites revoke -x3f..." failed), and a trailing '-' or '_' is often dropped when a chat client links it.
ALPHABET = string.ascii_letters + string.digits


def new_code(length: int) -> str:
    """`length` characters from 62: 16 of them carry 95 bits, 12 carry 71, beyond guessing through the bot."""
    return "".join(secrets.choice(ALPHABET) for _ in range(length))
