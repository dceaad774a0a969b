## Series: Safety settings in your apps (app-safety), for teens 13-17.
## Setting names checked against each platform's help or safety pages (see content/series/app-safety.yaml);
## settings that could not be confirmed there are described in general words.
## Romanian: a menu name is given in Romanian with the English label in brackets where the Romanian label is
## known (e.g. WhatsApp "Setări → Confidențialitate → Grupuri", "Contactele mele"); otherwise the English name is
## kept, with a Romanian explanation in brackets.

s-app-safety-title = Setările de siguranță din aplicații
s-app-safety-about = Principalele setări de confidențialitate din WhatsApp, Instagram, TikTok, Snapchat, Discord, Roblox și YouTube: cine te poate contacta, conturile private, locația și grupurile, plus cum blochezi și raportezi.

## Lesson 1: WhatsApp

s-app-safety-whatsapp-title = WhatsApp
s-app-safety-whatsapp-intro =
    WhatsApp funcționează cu numere de telefon, așa că oricine are numărul tău îți poate scrie, iar numărul tău poate ajunge din mână în mână prin grupuri.

    Câteva setări fac o mare diferență. Cele mai multe sunt în WhatsApp, la <b>Setări → Confidențialitate</b> (Settings → Privacy). Aplicațiile își schimbă meniurile din când în când: dacă pe telefonul tău un nume arată altfel, caută ceva asemănător.
s-app-safety-whatsapp-intro-alt = Un telefon cu un chat de grup, lângă un lacăt mare, o rotiță de setări și o bifă verde.
s-app-safety-whatsapp-groups =
    <b>Grupuri</b> (Groups): la Setări → Confidențialitate → Grupuri alegi cine te poate adăuga în grupuri. Alege <b>Contactele mele</b> (My Contacts) sau o opțiune mai strictă, dacă vezi una. Atunci, cei care nu sunt în contactele tale trebuie să-ți trimită o invitație, iar tu decizi dacă intri.

    Dacă te adaugă cineva într-un grup în care nu vrei să fii, poți să ieși din el și să-l raportezi.
s-app-safety-whatsapp-profile-location =
    Tot la Confidențialitate poți alege cine îți vede poza de profil, textul „Despre” (About), ultima accesare și starea online (Last seen and online) și actualizările de status. „Contactele mele” e mai sigur decât „Toată lumea” (Everyone).

    <b>Locația în timp real</b> (Live location) se trimite doar când alegi tu s-o trimiți într-un chat. Trimite-o doar oamenilor pe care îi cunoști din viața reală și oprește trimiterea când ai terminat.
s-app-safety-whatsapp-block-report =
    <b>Blochează</b> (Block): deschide chatul, apasă pe numele persoanei, apoi pe <b>Blochează</b>. Persoanele blocate nu te pot suna, nu-ți pot scrie și nu-ți văd ultima accesare, starea online sau schimbările pozei de profil.

    <b>Raportează</b> (Report): din același loc, alege <b>Raportează</b>. „Raportează și blochează” le face pe amândouă deodată. Nu poți bloca un grup întreg, dar poți ieși din el și îl poți bloca pe administratorul grupului.
s-app-safety-whatsapp-q1 = Oameni pe care nu-i cunoști te tot adaugă în grupuri pe WhatsApp. Ce setare ajută cel mai mult?
s-app-safety-whatsapp-q1-a = Grupuri: setat pe Contactele mele
s-app-safety-whatsapp-q1-a-why = Cu setarea asta, cei care nu sunt în contactele tale îți pot trimite doar o invitație, iar tu alegi dacă intri. Poți și să ieși din grupurile pe care nu le vrei și să le raportezi.
s-app-safety-whatsapp-q1-b = Opresc confirmările de citire
s-app-safety-whatsapp-q1-b-why = Confirmările de citire sunt o setare de confidențialitate utilă, dar schimbă doar dacă alții văd că le-ai citit mesajul. Nu împiedică pe nimeni să te adauge în grupuri.
s-app-safety-whatsapp-q1-c = Îmi schimb poza de profil
s-app-safety-whatsapp-q1-c-why = E o idee bună să alegi și cine îți poate vedea poza. Dar asta nu controlează cine te poate băga în grupuri.
s-app-safety-whatsapp-what-to-do =
    <b>Ce poți face</b>
    Verifică azi în Setări → Confidențialitate: grupuri, poză de profil, ultima accesare. Trimite locația în timp real doar celor cunoscuți din viața reală. Blochează și raportează pe oricine te deranjează. Dacă cineva te amenință sau îți cere poze, păstrează conversația și spune-i unui adult de încredere sau unei linii de asistență pentru copii (116 111 în multe țări).

    Apasă oricând pe <b>Cere ajutor</b> ca să vezi linia de asistență și site-urile de raportare din țara ta.
s-app-safety-insta-tiktok-title = Instagram și TikTok
s-app-safety-insta-tiktok-intro =
    Pe Instagram și TikTok, un cont public înseamnă că oricine îți poate vedea postările, de multe ori le poate comenta și le poate distribui mult dincolo de prietenii tăi.

    Ambele aplicații au protecții în plus pentru adolescenți, iar unele sunt activate din start. Tot merită să verifici, pentru că setările pot fi schimbate, iar unele protecții depind de vârsta pe care aplicația crede că o ai.
s-app-safety-insta-tiktok-intro-alt = Un telefon cu un profil încuiat cu un lacăt, cu o cerere de urmărire acceptată și alta refuzată.
s-app-safety-insta-tiktok-instagram =
    <b>Instagram</b>
    • <b>Cont privat</b> (Private account): doar urmăritorii pe care îi aprobi îți văd postările, story-urile și reels-urile. Instagram face conturile private din start pentru cei sub 16 ani (sub 18 ani în unele țări).
    • Instagram nu le permite adulților să înceapă conversații private cu adolescenți cu care nu sunt conectați.
    • În setările pentru mesaje, limitează cine îți poate trimite cereri de mesaje.
    • Nu pune locația la postări sau adaug-o doar după ce ai plecat de acolo.
s-app-safety-insta-tiktok-tiktok =
    <b>TikTok</b>
    • <b>Cont privat</b> (Private account): activat din start la 13-15 ani. Doar cei pe care îi aprobi te pot urmări și îți pot vedea videoclipurile.
    • <b>„Suggest your account to others”</b> (sugerarea contului altora): dezactiveaz-o, ca necunoscuții să nu fie trimiși spre tine.
    • <b>Mesaje directe</b>: indisponibile sub 16 ani. La 16-17 ani, alege cine îți poate scrie, de exemplu doar prietenii sau nimeni.
    • Când postezi, poți alege cine vede fiecare videoclip.
s-app-safety-insta-tiktok-block-report =
    <b>Blochează sau raportează o persoană</b> în ambele aplicații: pe profilul ei, apasă pe cele trei puncte, apoi pe <b>Blochează</b> (Block) sau <b>Raportează</b> (Report).
    <b>Raportează o postare sau un videoclip</b>: pe TikTok, apasă pe săgeata de distribuire, apoi Raportează. Pe Instagram, pe cele trei puncte de la postare, apoi Raportează.

    Persoana nu află cine a raportat-o. Instagram are și <b>Restricționează</b> (Restrict), care limitează discret pe cineva fără să-l blochezi.
s-app-safety-insta-tiktok-q1 = Ai 15 ani și vrei să postezi videoclipuri în care dansezi, doar pentru prietenii tăi. Care e cea mai bună setare?
s-app-safety-insta-tiktok-q1-a = Cont public, dar fără descrieri
s-app-safety-insta-tiktok-q1-a-why = Dacă nu pui descrieri, ajută puțin. Dar cu un cont public, oricine îți poate vedea, comenta și distribui videoclipurile.
s-app-safety-insta-tiktok-q1-b = Cont privat, iar eu aprob urmăritorii
s-app-safety-insta-tiktok-q1-b-why = Cu un cont privat, tu decizi cine te urmărește și cine îți vede videoclipurile. Poți alege și cine poate vedea fiecare videoclip când îl postezi.
s-app-safety-insta-tiktok-q1-c = Cont public, iar pe dubioși îi blochez după
s-app-safety-insta-tiktok-q1-c-why = Blocarea e un instrument foarte bun, dar funcționează doar după ce cineva te-a găsit. Un cont privat îi ține pe necunoscuți departe din start.
s-app-safety-insta-tiktok-what-to-do =
    <b>Ce poți face</b>
    Verifică dacă ai contul privat, oprește aplicația să-ți sugereze contul altora și limitează cine îți poate scrie. Nu pune locația la postări. Blochează și raportează pe oricine te face să nu te simți în largul tău și spune-i unui adult de încredere sau unei linii de asistență pentru copii (116 111 în multe țări).

    Apasă oricând pe <b>Cere ajutor</b> ca să vezi linia de asistență și site-urile de raportare din țara ta.

## Lesson 3: Snapchat and Discord

s-app-safety-snap-discord-title = Snapchat și Discord
s-app-safety-snap-discord-intro =
    Snapchat și Discord sunt făcute pentru chat cu prietenii și cu comunitățile. Amândouă pot lăsa și oameni pe care nu-i cunoști să ajungă la tine, dacă nu pui limite.

    Snapurile și mesajele care „dispar” pot fi totuși salvate cu o captură de ecran sau filmate cu alt telefon. Nu lăsa o funcție de dispariție să te facă să ai mai repede încredere în cineva.
s-app-safety-snap-discord-intro-alt = Un telefon cu o hartă pe care o fantomă prietenoasă ascunde locația, lângă un pin de hartă tăiat și un lacăt.
s-app-safety-snap-discord-snapchat =
    <b>Snapchat</b>
    • <b>Contactul</b>: în setările de confidențialitate, verifică dacă doar <b>Prietenii mei</b> (My Friends) te pot contacta.
    • <b>Snap Map</b>: locația ta e oprită, dacă nu o pornești tu. <b>Ghost Mode</b> (modul fantomă) o ține ascunsă; dacă totuși o arăți, arat-o doar câtorva prieteni apropiați.
    • Adaugă doar oameni pe care îi cunoști în viața reală.
    • Blocare sau raportare: deschide profilul persoanei sau ține apăsat pe Snapul ei și alege Blochează sau Raportează.
s-app-safety-snap-discord-discord =
    <b>Discord</b> (Setări utilizator, la confidențialitate și social)
    • Dezactivează <b>„Allow direct messages from server members”</b>, ca doar prietenii de pe servere să-ți poată da DM.
    • La <b>Friend Requests</b> (cereri de prietenie), alege cine îți poate trimite cereri: nu toată lumea.
    • La adolescenți, Discord estompează sau blochează din start pozele sensibile din DM-uri.
    • Blocare: pe profilul persoanei, apasă pe cele trei puncte, apoi Block. Raportare: din meniul mesajului, alege Report.
s-app-safety-snap-discord-q1 = Cineva de pe un server mare de Discord în care ai intrat îți tot trimite DM-uri pe care nu le-ai cerut. Ce ajută?
s-app-safety-snap-discord-q1-a = Opresc DM-urile de la membrii serverului
s-app-safety-snap-discord-q1-a-why = Cu setarea asta oprită, cei care sunt pe același server cu tine nu-ți pot scrie dacă nu sunteți prieteni. Poți și să blochezi și să raportezi persoana.
s-app-safety-snap-discord-q1-b = Ies din toate serverele în care sunt
s-app-safety-snap-discord-q1-b-why = Poți ieși oricând de pe un server. Dar nu trebuie să renunți la comunitățile tale: o singură setare oprește DM-urile de la necunoscuții de acolo.
s-app-safety-snap-discord-q1-c = Îi răspund și îi cer să se oprească
s-app-safety-snap-discord-q1-c-why = Cu unii oameni merge să ceri politicos. Dar dacă răspunzi, conversația continuă. Blochează, raportează și schimbă setarea.
s-app-safety-snap-discord-what-to-do =
    <b>Ce poți face</b>
    Snapchat: contact doar de la Prietenii mei și Ghost Mode pe Snap Map. Discord: DM-urile de la membrii serverului oprite și cererile de prietenie limitate. Blochează și raportează pe oricine face presiuni asupra ta și păstrează dovezile. Spune-i unui adult de încredere sau unei linii de asistență pentru copii (116 111 în multe țări).

    Apasă oricând pe <b>Cere ajutor</b> ca să vezi linia de asistență și site-urile de raportare din țara ta.

## Lesson 4: Roblox and YouTube

s-app-safety-roblox-youtube-title = Roblox și YouTube
s-app-safety-roblox-youtube-intro =
    Roblox și YouTube sunt uriașe, cu jucători și spectatori de toate vârstele, inclusiv adulți. Setările lor te ajută să decizi cine poate vorbi cu tine și cine vede ce creezi.

    Amândouă își schimbă des setările. Dacă un nume din lecția asta arată altfel, caută în Setări la Confidențialitate, Comunicare sau Control parental.
s-app-safety-roblox-youtube-intro-alt = Un controller și un player video cu un scut verde între ele, plus un steag de raportare și un semn de blocare.
s-app-safety-roblox-youtube-roblox =
    <b>Roblox</b>
    • La <b>Setări → Confidențialitate</b> (Settings → Privacy), alege cine îți poate scrie în chat și în mesaje. Cel mai sigur: doar prietenii sau nimeni.
    • Nu pune în chat și pe profil numele real, școala sau alte conturi.
    • <b>Report Abuse</b> (raportează abuz): în joc, deschide meniul și apasă pe steagul de lângă jucător sau pe fila Report. Raportează chiar mesajul, ca moderatorii să-l vadă.
    • <b>Block User</b>: apasă pe jucător în listă sau pe cele trei puncte de pe profilul lui.
s-app-safety-roblox-youtube-youtube =
    <b>YouTube</b>
    • Când încarci un videoclip, alege cine îl poate vedea: Privat, Nelistat (doar cei care au linkul) sau Public.
    • Poți dezactiva comentariile la videoclipurile tale sau le poți reține pentru verificare.
    • Nu arăta în videoclipuri școala, strada sau casa ta.
    • <b>Raportează</b> (Report): folosește meniul cu trei puncte de la un videoclip, comentariu sau canal, apoi Raportează. Raportarea e anonimă: cealaltă persoană nu va ști că ai fost tu.
s-app-safety-roblox-youtube-q1 = Un jucător de pe Roblox îți cere Snapchatul, ca să „vorbiți ca lumea”. Ce faci?
s-app-safety-roblox-youtube-q1-a = I-l dau, pare de treabă
s-app-safety-roblox-youtube-q1-a-why = E firesc să răspunzi la fel de prietenește. Dar mutarea pe altă aplicație e un prim pas des folosit ca să rămâneți doar voi doi. Păstrează chatul în joc sau încheie-l.
s-app-safety-roblox-youtube-q1-b = Spun nu și blochez sau raportez dacă insistă
s-app-safety-roblox-youtube-q1-b-why = Poți păstra chatul în joc sau poți spune simplu nu. Dacă tot cere sau devine insistent, blochează-l și raportează-l, apoi spune-i unui adult de încredere.
s-app-safety-roblox-youtube-q1-c = Îi dau numele unui cont fals
s-app-safety-roblox-youtube-q1-c-why = E deștept să-ți protejezi contul real. Dar așa conversația continuă. Să spui nu și, la nevoie, să blochezi e mai simplu și mai sigur.
s-app-safety-roblox-youtube-what-to-do =
    <b>Ce poți face</b>
    Roblox: limitează chatul și mesajele la prieteni și folosește Report Abuse și Block User. YouTube: încarcă videoclipurile ca private sau nelistate dacă nu știi sigur și raportează orice te îngrijorează. Dacă cineva îți cere poze sau te amenință, spune-i unui adult de încredere sau unei linii de asistență pentru copii (116 111 în multe țări).

    Apasă oricând pe <b>Cere ajutor</b> ca să vezi linia de asistență și site-urile de raportare din țara ta.
