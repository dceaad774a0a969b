## Youth voice (MNR capability 14): lesson ratings, the series question, quick polls, share with a friend.
## Every answer is a tap on a button; nobody is asked to type anything. Keep placeables identical in every locale.

## Rating a lesson (on the lesson-done screen)
btn-rate-h = 👍 Helpful
btn-rate-u = 🤔 Not sure
btn-rate-n = 👎 Not helpful
rate-ask = Was this lesson helpful? One tap tells us.
rate-thanks = 💛 Thanks! Your rating helps make these lessons better. Changed your mind? Just tap another one.

## The one-tap question after a series
voice-ask = 🗣 <b>One quick question</b>: your answer helps the people running this programme know what matters to you. Just tap one.
voice-thanks = 💛 <b>Thanks!</b> Your answer counts. You can still change it: just tap another one.

## Quick polls
btn-polls = 🗳 Quick poll: have your say
poll-head =
    🗳 <b>Quick poll</b>
    { $question }

    <i>Tap one answer. You can change it until { $closes }. Results only ever show totals from at least 5 people, never who answered what.</i>
poll-new = 📣 A new quick poll is open, and we'd love to hear what you think!
polls-none = There's no poll open for you right now. New ones will show up in your menu.
polls-pick = 🗳 <b>Quick polls</b>: pick one and have your say.
btn-poll-results = 📊 See the results
btn-poll-change = ✏️ Change my answer
poll-answered = ✅ <b>Thanks, your voice counts!</b> You chose: <i>{ $answer }</i>
poll-change-until = You can change your answer until { $closes }.
poll-results-country = 📊 <b>Results so far in { $country }</b> ({ $total } answers)
poll-results-all = 📊 <b>Results so far, all countries</b> ({ $total } answers)
poll-results-country-hidden = 📊 Not enough answers from { $country } yet to show results. We wait until at least 5 people have answered, so that nobody's answer can be guessed. Check back soon!
poll-results-all-hidden = 📊 Not enough answers yet to show the results. We wait until at least 5 people have answered, so that nobody's answer can be guessed. Check back soon!

## Share with a friend
btn-share = 💌 Share with a friend
btn-share-send = 📤 Send to a friend
share-intro =
    💌 <b>Share with a friend</b>
    Know someone who could use this? Forward them the next message, or tap <b>Send to a friend</b>.
share-count =
    { $count ->
        [one] 🎉 { $count } friend joined through you!
       *[other] 🎉 { $count } friends joined through you!
    } We only ever count the number, never who.
share-count-none = No friends have joined through your link yet. We only ever count the number, never who.
share-text = Short lessons on staying safe online, and help whenever you need it.
share-message = 👋 Hey! I've been using this bot: short lessons about staying safe online, and help whenever you need it. Try it: { $link }
friend-welcome =
    👋 Hi! A friend shared this bot with you. I share short lessons about staying safe online, and I can show you where to get help at any moment.

    First, choose your language.

## /mydata
mydata-ratings = Lesson ratings: { $count }
mydata-voice-answers = Answers to quick questions and polls: { $count }
mydata-share =
    Your share link: { $count ->
        [one] { $count } friend joined through it
       *[other] { $count } friends joined through it
    } (only the number is kept, never who)
