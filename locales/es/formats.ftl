## Formatos que completa el código y la nota sobre el selector de idioma. Mantén cada { $variable }.

# Una fase de madurez, explicada bajo una pregunta del cuestionario.
checkin-phase-line = • <b>{ $phase }</b>: { $description }
# Sobre el selector de idioma, cuando la app de Telegram está en un idioma que el bot aún no habla.
language-unavailable = Tu app de Telegram está en { $language }, un idioma que todavía no hablo. Elige un idioma de la lista.
