## Mipangilio ya maandishi ambayo programu hujaza, na ujumbe ulio juu ya orodha ya lugha. Acha kila { $kigeu } kama kilivyo.

# Hatua moja ya ukomavu, ikielezwa chini ya swali la tathmini.
checkin-phase-line = • <b>{ $phase }</b>: { $description }
# Juu ya orodha ya lugha, programu ya Telegram ikiwa kwa lugha ambayo boti bado haizungumzi.
language-unavailable = Programu yako ya Telegram iko kwa { $language }, lugha ambayo bado siizungumzi. Tafadhali chagua lugha kwenye orodha.
