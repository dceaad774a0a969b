## Écrans des leçons : en-têtes des réponses aux quiz.

quiz-not-best = 🤔 <b>Ce n'est pas le meilleur choix</b>
quiz-best-answer = 💡 <b>La meilleure réponse :</b> <i>{ $answer }</i>
