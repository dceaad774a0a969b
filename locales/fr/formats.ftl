## Mises en page remplies par le code, et la note au-dessus du choix de la langue. Garder chaque { $variable } ;
## espace fine insécable (U+202F) avant : ; ! ?

# Une phase de maturité, expliquée sous une question du questionnaire.
checkin-phase-line = • <b>{ $phase }</b> : { $description }
# Au-dessus du choix de la langue, quand l’application Telegram est dans une langue que le bot ne parle pas encore.
language-unavailable = L’application Telegram est en { $language }, une langue que je ne parle pas encore. Choisir une langue dans la liste :
