## Formatos preenchidos pelo código e o aviso acima da escolha de idioma. Mantenha cada { $variavel }.

# Uma fase de maturidade, explicada abaixo de uma pergunta do questionário.
checkin-phase-line = • <b>{ $phase }</b>: { $description }
# Acima da escolha de idioma, quando o app do Telegram está em um idioma que o bot ainda não fala.
language-unavailable = Seu app do Telegram está em { $language }, um idioma que eu ainda não falo. Escolha um idioma da lista.
