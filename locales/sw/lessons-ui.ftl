## Lesson screens: quiz feedback headers (see locales/en/lessons-ui.ftl).

quiz-not-best = 🤔 <b>Si chaguo bora zaidi</b>
quiz-best-answer = 💡 <b>Jibu bora zaidi:</b> <i>{ $answer }</i>
