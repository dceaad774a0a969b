## Telas das lições: cabeçalhos das respostas aos quizzes.

quiz-not-best = 🤔 <b>Não é a melhor escolha</b>
quiz-best-answer = 💡 <b>A melhor resposta:</b> <i>{ $answer }</i>
