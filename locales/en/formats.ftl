## Layouts the code fills in, and the note above the language picker. Keep every { $placeable }; adapt the
## punctuation and order to the language (French: a narrow no-break space before the colon).

# One maturity phase, explained under a check-in question.
checkin-phase-line = • <b>{ $phase }</b>: { $description }
# Above the language picker, for someone whose Telegram app is set to a language the bot does not speak yet and
# that locales/unavailable.yaml has no line for. $language is that language's name in this language (from CLDR).
language-unavailable = Your Telegram app is set to { $language }, which I don't speak yet. Please choose a language from the list.
