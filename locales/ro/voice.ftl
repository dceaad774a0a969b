## Youth voice (MNR capability 14): lesson ratings, the series question, quick polls, share with a friend.
## Every answer is a tap on a button; nobody is asked to type anything. Keep placeables identical in every locale.

## Rating a lesson (on the lesson-done screen)
btn-rate-h = 👍 Utilă
btn-rate-u = 🤔 Nu știu sigur
btn-rate-n = 👎 Nu e utilă
rate-ask = Ți-a fost utilă lecția? Ne spui cu o singură atingere.
rate-thanks = 💛 Mersi! Evaluarea ta ne ajută să facem lecțiile mai bune. Te-ai răzgândit? Apasă pe alt buton.

## The one-tap question after a series
voice-ask = 🗣 <b>O întrebare rapidă</b>: răspunsul tău îi ajută pe cei care conduc programul să afle ce contează pentru tine. Alege o variantă.
voice-thanks = 💛 <b>Mersi!</b> Răspunsul tău contează. Îl poți schimba în continuare: apasă pe altă variantă.

## Quick polls
btn-polls = 🗳 Sondaj rapid: spune-ți părerea
poll-head =
    🗳 <b>Sondaj rapid</b>
    { $question }

    <i>Alege un răspuns. Îl poți schimba până la { $closes }. Rezultatele arată doar totaluri de la cel puțin 5 persoane, niciodată cine ce a răspuns.</i>
poll-new = 📣 A început un sondaj rapid nou și ne-ar plăcea să aflăm ce crezi!
polls-none = Acum nu este niciun sondaj deschis pentru tine. Cele noi vor apărea în meniul tău.
polls-pick = 🗳 <b>Sondaje rapide</b>: alege unul și spune-ți părerea.
btn-poll-results = 📊 Vezi rezultatele
btn-poll-change = ✏️ Schimbă răspunsul
poll-answered = ✅ <b>Mersi, vocea ta contează!</b> Ai ales: <i>{ $answer }</i>
poll-change-until = Îți poți schimba răspunsul până la { $closes }.
poll-results-country = 📊 <b>Rezultatele de până acum din { $country }</b> ({ $total ->
        [one] { $total } răspuns
        [few] { $total } răspunsuri
       *[other] { $total } de răspunsuri
    })
poll-results-all = 📊 <b>Rezultatele de până acum, din toate țările</b> ({ $total ->
        [one] { $total } răspuns
        [few] { $total } răspunsuri
       *[other] { $total } de răspunsuri
    })
poll-results-country-hidden = 📊 Nu sunt încă destule răspunsuri din { $country } ca să arătăm rezultatele. Așteptăm să răspundă cel puțin 5 persoane, ca nimeni să nu poată ghici ce a răspuns cineva. Revino curând!
poll-results-all-hidden = 📊 Nu sunt încă destule răspunsuri ca să arătăm rezultatele. Așteptăm să răspundă cel puțin 5 persoane, ca nimeni să nu poată ghici ce a răspuns cineva. Revino curând!

## Share with a friend
btn-share = 💌 Trimite-i unui prieten
btn-share-send = 📤 Trimite unui prieten
share-intro =
    💌 <b>Trimite-i unui prieten</b>
    Știi pe cineva căruia i-ar folosi? Trimite-i mai departe mesajul următor sau apasă pe <b>Trimite unui prieten</b>.
share-count =
    { $count ->
        [one] 🎉 { $count } prieten s-a alăturat datorită ție!
        [few] 🎉 { $count } prieteni s-au alăturat datorită ție!
       *[other] 🎉 { $count } de prieteni s-au alăturat datorită ție!
    } Numărăm doar câți, niciodată cine.
share-count-none = Încă nu s-a alăturat niciun prieten prin linkul tău. Numărăm doar câți, niciodată cine.
share-text = Lecții scurte despre siguranța online și ajutor oricând ai nevoie.
share-message = 👋 Salut! Folosesc botul ăsta: lecții scurte despre cum să fii în siguranță online și ajutor oricând ai nevoie. Încearcă-l: { $link }
friend-welcome =
    👋 Salut! Un prieten sau o prietenă ți-a trimis acest bot. Îți trimit lecții scurte despre cum să fii în siguranță online și îți pot arăta oricând unde găsești ajutor.

    Mai întâi, alege limba.

## /mydata
mydata-ratings = Evaluări ale lecțiilor: { $count }
mydata-voice-answers = Răspunsuri la întrebări rapide și sondaje: { $count }
mydata-share =
    Linkul tău de recomandare: { $count ->
        [one] { $count } prieten s-a alăturat prin el
        [few] { $count } prieteni s-au alăturat prin el
       *[other] { $count } de prieteni s-au alăturat prin el
    } (păstrăm doar numărul, niciodată cine)
