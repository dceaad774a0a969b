## Lesson screens: quiz feedback headers (see locales/en/lessons-ui.ftl).

quiz-not-best = 🤔 <b>Belum yang terbaik</b>
quiz-best-answer = 💡 <b>Jawaban terbaik:</b> <i>{ $answer }</i>
