## Răspunsurile de ajutor și de dezvăluire: primul rând, primii pași după ce s-a recunoscut, alegerea țării în
## ajutor, fraza blândă sub „nu am înțeles” și confirmarea înainte de ștergerea datelor.
## Primii pași rezumă NCMEC, Thorn, FBI și eSafety (shared/domain/safety.md). Ciornă: de revăzut de un vorbitor nativ.

first-helpline = 📞 <b>Vorbește acum cu cineva:</b> { $name }, { $reach } (gratuit și confidențial)
first-directory = 📞 <b>Găsește o linie de ajutor pentru copii în țara ta:</b> { $name }, { $reach }
first-emergency = 🚨 <b>Dacă ești în pericol chiar acum, sună la { $number }.</b>
steps-title = <b>Ce poți face acum</b>
steps-sextortion =
    • Nu ai nicio problemă din cauza asta: cel care te amenință greșește, nu tu.
    • Nu plăti și nu mai trimite nimic: plata rareori oprește șantajul.
    • Păstrează dovezile: capturi de ecran cu conversația și cu numele contului. Nu-ți șterge încă contul.
    • Blochează și raportează contul în aplicație.
    • Take It Down te poate ajuta să oprești răspândirea pozelor, fără ca cineva să le vadă.
    • Spune acum unui adult în care ai încredere sau sună la o linie de ajutor: lucrurile merg repede, nu aștepta.
steps-image_shared =
    • Dacă cineva îți distribuie pozele fără acordul tău, asta e abuz.
    • Dacă cineva îți cere bani sau alte poze: nu plăti și nu trimite nimic.
    • Păstrează dovezile: capturi de ecran, linkuri și numele conturilor.
    • Raportează postarea și contul în aplicație și la serviciul de raportare de mai jos.
    • Take It Down te poate ajuta să le scoți de pe internet, anonim.
    • Spune unui adult în care ai încredere sau unei linii de ajutor.
steps-ai_image =
    • O poză falsă tot abuz este, chiar dacă e făcută cu AI.
    • Dacă cineva îți cere bani sau alte poze: nu plăti și nu trimite nimic.
    • Păstrează dovezile: capturi de ecran, linkuri și numele conturilor.
    • Raportează-o în aplicație și la serviciul de raportare de mai jos.
    • Take It Down te poate ajuta să o scoți de pe internet, anonim.
    • Spune unui adult în care ai încredere sau unei linii de ajutor.
steps-grooming =
    • Un adult care îți cere secrete sau poze greșește, nu tu.
    • Dacă se întâmplă online: nu mai răspunde și păstrează mesajele, apoi blochează și raportează contul.
    • Nu te întâlni cu persoana asta și evită să rămâi între patru ochi cu ea.
    • Spune chiar azi unui adult în care ai încredere (nu persoanei acesteia): cuiva de la școală sau din familie. Sau sună la linia de ajutor pentru copii.
steps-abuse =
    • Dacă ești în pericol acum, sună la numărul de urgență.
    • Spune unui adult în care ai încredere, dar nu persoanei care îți face rău sau te amenință: cuiva de la școală sau din familie. Sau sună la linia de ajutor pentru copii: e gratuit și confidențial.
    • Dacă prima persoană căreia îi spui nu te ajută, spune altcuiva, până te ajută cineva.
steps-threat =
    • Dacă ești în pericol acum, sună la numărul de urgență.
    • Spune chiar azi unui adult în care ai încredere, dar nu persoanei care te amenință: cuiva de la școală sau din familie. Sau sună la linia de ajutor pentru copii: e gratuit și confidențial.
    • Până atunci, stai aproape de oameni în care ai încredere și nu merge fără nimeni cu tine acolo unde te-ar putea găsi.
    • Dacă amenințările vin prin mesaje sau online: nu răspunde, păstrează-le ca dovadă, apoi blochează și raportează contul.
steps-general =
    • Ai făcut bine că ai spus.
    • Spune unui adult în care ai încredere sau vorbește cu linia de ajutor pentru copii: e gratuit și confidențial.
    • Dacă ești în pericol chiar acum, sună la numărul de urgență.
steps-caregiver = Dacă e vorba de copilul dumneavoastră: păstrați-vă calmul, mulțumiți-i că v-a spus și spuneți-i clar că nu e vina lui sau a ei. Iată pașii de făcut împreună:
more-help =
    <b>Alte moduri de a primi ajutor</b>

    • <b>Să spui cuiva:</b> alege un adult în care ai încredere (un părinte, o rudă, un profesor, un antrenor). Poți începe cu „S-a întâmplat ceva online și am nevoie de ajutor.” Îi poți arăta această conversație.
    • <b>Liniile de ajutor</b> sunt gratuite și confidențiale. Te ascultă fără să te judece și nu spun nimănui fără să te întrebe, decât dacă cineva e în pericol.
    • <b>Raportarea în aplicație:</b> ține apăsat pe mesaj sau deschide profilul, apoi alege „Raportează”. Fă capturi de ecran înainte.
    • Orice s-ar fi întâmplat, nu e vina ta.
btn-more-help = 💬 Mai mult ajutor
btn-back-to-where = ↩️ Înapoi unde eram
btn-help-country = 🌍 Alege țara mea
btn-help-country-other = 🔤 Altă țară (A-Z)
help-pick-country = 🌍 În ce țară ești? Îți arăt ajutorul de acolo. Nu se salvează nimic.
unknown-text-gentle = 💛 Dacă ceva online te îngrijorează, apasă pe 🆘 și îți arăt cine te poate ajuta.
settings-age-confirm =
    ⚠️ În { $country }, Telegram este pentru persoane de cel puțin 16 ani. Dacă faci această schimbare, va trebui <b>să șterg tot ce păstrez despre tine</b>:
    • limba, grupa de vârstă și țara ta
    • progresul la lecții și răspunsurile la quiz
    • notele date lecțiilor, răspunsurile la sondaje și linkul tău de distribuire

    Numărătorile anonime rămân, fără nimic care să le lege de tine. Nu se poate anula. Ajutorul funcționează în continuare oricând.
btn-settings-delete = Schimbă și șterge datele mele
btn-settings-keep = ⬅️ Nu, păstrează setările
age-gate-16-deleted =
    Gata: am șters tot ce păstram despre tine. În { $country }, Telegram este pentru persoane de cel puțin 16 ani, așa că nu pot continua cu tine.

    Dacă ceva online te îngrijorează, vorbește cu un adult în care ai încredere sau folosește una dintre aceste resurse:
