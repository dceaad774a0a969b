## Lesson screens: quiz feedback headers (see locales/en/lessons-ui.ftl).

quiz-not-best = 🤔 <b>Nu e cea mai bună alegere</b>
quiz-best-answer = 💡 <b>Cel mai bun răspuns:</b> <i>{ $answer }</i>
