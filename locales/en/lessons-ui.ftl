## Lesson screens (issue 17): quiz feedback headers. The right answer keeps quiz-right (main.ftl).
## After a choice that is not the best: this header, why that choice is not the best, then the best answer and why.

quiz-not-best = 🤔 <b>Not the best choice</b>
quiz-best-answer = 💡 <b>The best answer:</b> <i>{ $answer }</i>
