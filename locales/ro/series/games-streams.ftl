## Series: Games and livestreams (games-streams), for teens 13-17.
## Grounded in eSafety, Kids Helpline, CEOP Thinkuknow, Internet Matters and FBI guidance, paraphrased.
## Words chosen for teens: "live" / "live-uri" (livestream), "skin", "mute", "chat vocal", "dubios" (creepy).

s-games-streams-title = Jocuri și live-uri
s-games-streams-about = Chat vocal, cereri de prietenie, cadouri și live-uri: recunoaște trucurile prin care unii câștigă încrederea sau te fac să crezi că le datorezi ceva, ține-ți setările bine strânse și ieși și raportează când ceva nu e în regulă.

## Lesson 1: Voice chat and friend requests

s-games-streams-game-chat-title = Chat vocal și cereri de prietenie
s-games-streams-game-chat-intro =
    Jocurile sunt un mod super de a petrece timpul, de a face echipă și de a-ți face prieteni, iar cei mai mulți jucători sunt acolo doar ca să joace.

    Dar chatul din joc și chatul vocal le permit și necunoscuților să ajungă la tine, iar unii adulți folosesc jocurile ca să se apropie de tineri. Online, oricine poate spune că are 15 ani. O voce, un skin sau un rang nu dovedesc cine e cineva cu adevărat.
s-games-streams-game-chat-intro-alt = Un adolescent zâmbitor, cu căști și un controller în mână, cu bule de chat, un ecran de joc, un lacăt și o rotiță de setări.
s-games-streams-game-chat-red-flags =
    Ai grijă la jucătorii care:
    • te întreabă câți ani ai, unde locuiești, la ce școală mergi sau dacă mai e cineva acasă cu tine;
    • îți trimit o grămadă de mesaje sau cereri de prietenie după un singur meci;
    • te laudă mult și îți spun că ești o persoană matură sau specială;
    • duc discuția spre corp, întâlniri sau sex;
    • vor să păstrați totul secret sau să vă mutați pe altă aplicație.

    Un singur semn e de ajuns ca să faci un pas înapoi.
s-games-streams-game-chat-settings =
    Setările te ajută:
    • Chatul vocal și cel scris: doar prieteni sau grupul (party), ori oprit.
    • Cererile de prietenie: de la prietenii prietenilor sau de la nimeni.
    • Un nume de utilizator fără numele tău real, vârstă, școală sau oraș.
    • Dă <b>mute</b> oricui te enervează și <b>blochează</b> pe oricine e dubios.

    Setările au nume diferite în fiecare joc și consolă: caută Confidențialitate (Privacy), Siguranță (Safety) sau Comunicare (Communication).
s-games-streams-game-chat-q1 = Un jucător pe care abia l-ai cunoscut îți spune că pari mult mai mare decât alții de vârsta ta, apoi te întreabă dacă mai e cineva acasă cu tine. Ce e asta?
s-games-streams-game-chat-q1-a = Un compliment, nimic grav
s-games-streams-game-chat-q1-a-why = Complimentele sunt plăcute, și exact asta e ideea. Multe laude plus întrebări despre cine mai e acasă cu tine sunt un tipar clasic de grooming. Poți să nu mai răspunzi.
s-games-streams-game-chat-q1-b = Semnale de alarmă: lingușire și o întrebare personală
s-games-streams-game-chat-q1-b-why = Nu trebuie să răspunzi la întrebări personale de la nimeni. Dă-i mute, blochează și raportează jucătorul, apoi spune-i unui adult de încredere dacă te-a îngrijorat.
s-games-streams-game-chat-q1-c = E OK, dacă e bun la joc
s-games-streams-game-chat-q1-c-why = Faptul că cineva e bun la un joc nu spune nimic despre cât de sigur e. Uită-te la ce te întreabă, nu la cum joacă.
s-games-streams-game-chat-what-to-do =
    <b>Ce poți face</b>
    Lasă chatul doar pentru prieteni, nu pune date personale în numele de utilizator și în profil și ieși din orice conversație care devine prea personală sau dubioasă. Blochează și raportează jucătorul în joc. Spune-i unui adult de încredere sau sună la o linie de asistență pentru copii (116 111 în multe țări).

    Apasă oricând pe <b>Cere ajutor</b> ca să vezi linia de asistență și site-urile de raportare din țara ta.

## Lesson 2: Gifts, skins and "debts"

s-games-streams-gifts-debt-title = Cadouri, skinuri și „datorii”
s-games-streams-gifts-debt-intro =
    Skinuri gratis, monedă din joc, un battle pass, un card cadou: e super când cineva îți dă ceva.

    Dar unii oameni fac cadouri ca să-ți câștige încrederea sau ca să simți că le datorezi ceva. Mai târziu îți cer ceva înapoi: poze, secrete, un apel video sau mutarea pe o aplicație privată. Sfatul Kids Helpline: spune „nu, mersi” la cadouri și credite gratis de la oameni pe care îi știi doar online.
s-games-streams-gifts-debt-intro-alt = Un adolescent ridică mâna ca să spună „nu, mersi” unei cutii mari de cadou, cu monede și pietre prețioase în jur.
s-games-streams-gifts-debt-owe-nothing =
    Un cadou nu e o înțelegere. Dacă cineva spune „după tot ce ți-am dat…”, asta e presiune și e un semnal de alarmă.

    Unii jucători îți împrumută monedă din joc, apoi spun că ai o <b>datorie</b> și că trebuie s-o plătești în alte feluri. Orice ți-ar fi dat, nu îi datorezi nimănui poze, secrete sau timpul tău. Poți să nu mai răspunzi și să spui cuiva.
s-games-streams-gifts-debt-private-apps =
    Ia-o mai încet când un prieten din jocuri vrea să vă mutați pe o aplicație privată, mai ales una în care mesajele dispar, sau îți cere să păstrezi prietenia secretă.

    Mutarea pe altă aplicație nu e mereu ceva rău. Dar împreună cu cadouri, lingușeli sau secrete, e un semn de avertizare. Pentru un prieten adevărat e în regulă să vorbiți în continuare în joc și ca familia ta să știe de el.
s-games-streams-gifts-debt-q1 = Un jucător ți-a dat skinuri. Acum spune că îi datorezi și îți cere o poză „ca mulțumire”. Ce e adevărat?
s-games-streams-gifts-debt-q1-a = Ar trebui s-o trimit, a fost generos
s-games-streams-gifts-debt-q1-a-why = E un instinct bun să vrei să fie totul corect. Dar un cadou nu e un contract, iar să-l folosească pentru a obține o poză e manipulare. Nu-i datorezi nimic.
s-games-streams-gifts-debt-q1-b = Nu datorez nimic; mă pot opri și pot spune cuiva
s-games-streams-gifts-debt-q1-b-why = Cadourile folosite ca să simți că datorezi ceva sunt un truc cunoscut. Nu mai răspunde, salvează conversația, blochează și raportează, apoi spune-i unui adult de încredere.
s-games-streams-gifts-debt-q1-c = Ar trebui să-i dau banii înapoi
s-games-streams-gifts-debt-q1-c-why = E firesc să vrei să fiți chit. Dar dacă plătești, rămâi în contact cu el și pot urma și mai multe cereri. Nu trebuie să plătești pentru un cadou.
s-games-streams-gifts-debt-what-to-do =
    <b>Ce poți face</b>
    Refuză cadourile de la oameni pe care îi știi doar online. Dacă cineva spune că îi datorezi ceva, nu mai răspunde, fă capturi de ecran, apoi blochează-l și raportează-l în joc. Spune-i unui adult de încredere sau unei linii de asistență pentru copii (116 111 în multe țări). Nu vei avea probleme pentru că ai acceptat un cadou.

    Apasă oricând pe <b>Cere ajutor</b> ca să vezi linia de asistență și site-urile de raportare din țara ta.

## Lesson 3: Livestreams: watching and going live

s-games-streams-livestreams-title = Live-urile
s-games-streams-livestreams-intro =
    Live-urile sunt distractive, și când te uiți, și când le faci tu. Spectatorii pot comenta, pot scrie pe chat și pot trimite cadouri în timp real.

    Pentru că e în direct, e greu de dat înapoi: spectatorii pot înregistra live-ul sau îi pot face capturi de ecran. Iar printre spectatori pot fi oameni pe care nu-i cunoști, chiar dacă ai vrut să fie doar pentru prieteni.
s-games-streams-livestreams-intro-alt = Un adolescent face cu mâna spre un telefon pe un suport, care transmite live, cu inimi, un cadou și o stea care plutesc în sus.
s-games-streams-livestreams-comments-gifts =
    Ai grijă la spectatorii care:
    • trimit cadouri sau monede, apoi cer ceva înapoi, cum ar fi o provocare, să pozezi într-un anumit fel sau un chat privat;
    • îți cer să-ți schimbi hainele, să-ți arăți camera sau să spui unde ești;
    • continuă să-ți scrie în privat după live.

    Poți ignora cererile, poți filtra sau opri comentariile, poți da afară spectatori și poți încheia live-ul oricând. Cadourile nu înseamnă că datorezi cuiva ceva.
s-games-streams-livestreams-before-live =
    Înainte să intri live:
    • Verifică fundalul: uniforma școlii, plăcuțe cu nume de străzi, casa ta, plicuri cu adresa ta.
    • Fă live doar pentru prieteni, dacă aplicația te lasă.
    • Nu spune niciodată pe live unde ești, la ce școală mergi sau ce planuri ai.
    • Anunță un adult de încredere când faci live.

    Unele aplicații îi lasă pe adolescenții mai mici să intre live doar cu un adult sau deloc. Verifică regulile aplicației.
s-games-streams-livestreams-q1 = Un spectator îți trimite o grămadă de cadouri în timpul live-ului, apoi îți cere să continuați într-un chat privat. Ce faci?
s-games-streams-livestreams-q1-a = Trec pe privat, a fost generos
s-games-streams-livestreams-q1-a-why = Poate ai impresia că ar trebui să-i întorci favoarea. Dar cadourile făcute ca să rămâneți doar voi doi sunt un semnal de alarmă. Nu le datorezi nimic spectatorilor.
s-games-streams-livestreams-q1-b = Spun nu, îl dau afară, spun cuiva
s-games-streams-livestreams-q1-b-why = Poți spune nu, poți da afară sau bloca spectatorul și îl poți raporta. Dacă tot încearcă, ajută să-i spui unui adult de încredere.
s-games-streams-livestreams-q1-c = Continui live-ul și sper să se oprească
s-games-streams-livestreams-q1-c-why = E de înțeles să speri că trece de la sine. Dar presiunea de felul ăsta crește des. Dacă acționezi din timp, controlul rămâne la tine.
s-games-streams-livestreams-what-to-do =
    <b>Ce poți face</b>
    Fă live pentru oameni pe care îi cunoști, ține datele personale departe de cameră și oprește live-ul imediat ce ceva nu ți se pare în regulă. Raportează spectatorii care fac presiuni asupra ta. Spune-i unui adult de încredere sau unei linii de asistență pentru copii (116 111 în multe țări).

    Apasă oricând pe <b>Cere ajutor</b> ca să vezi linia de asistență și site-urile de raportare din țara ta.

## Lesson 4: Leave, block and report

s-games-streams-leave-report-title = Ieși, blochează și raportează
s-games-streams-leave-report-intro =
    Poți ieși din orice meci, chat, server sau live, oricând, fără să explici. Nu e nepoliticos și nu înseamnă că ai pierdut. Înseamnă că tu ai controlul.

    Dacă cineva îți face bullying, face presiuni asupra ta sau e dubios, pașii din lecția asta ajută la oprirea lui, pentru tine și pentru ceilalți jucători.
s-games-streams-leave-report-intro-alt = Un adolescent merge spre o ușă deschisă, cu un steag de raportare pe o parte și un semn de blocare pe cealaltă.
s-games-streams-leave-report-evidence =
    Înainte să blochezi, <b>salvează dovezile</b>:
    • Capturi de ecran sau o înregistrare a ecranului cu chatul sau mesajele.
    • Numele lui de utilizator (și gamertagul, dacă e diferit).
    • Jocul, serverul sau live-ul și data.

    eSafety, autoritatea australiană pentru siguranța online, recomandă să strângi astfel de dovezi, apoi să raportezi jucătorul în joc.
s-games-streams-leave-report-block-report =
    <b>Mute</b> face să nu-l mai auzi și să nu-l mai vezi. <b>Blocarea</b> îl împiedică să te contacteze. <b>Raportarea</b> anunță jocul, ca să poată lua măsuri. Dacă cineva îți face rău, fă-le pe toate trei.

    Raportările sunt de obicei private: jucătorul nu află cine l-a raportat. Caută o iconiță cu un steag, apasă pe numele jucătorului în lista de jucători sau găsește Raportează (Report) în meniu.
s-games-streams-leave-report-q1 = Un jucător tot îți scrie după ce ai ieșit din meci și îți cere celelalte conturi. Care e cel mai bun pas?
s-games-streams-leave-report-q1-a = Îi dau un cont, ca să se oprească
s-games-streams-leave-report-q1-a-why = Poate părea cea mai ușoară cale de ieșire. Dar așa îi dai încă un mod de a ajunge la tine, și nu trebuie să-i dai nimic.
s-games-streams-leave-report-q1-b = Captură de ecran, blochez, raportez, spun cuiva
s-games-streams-leave-report-q1-b-why = Întâi dovezile, apoi blochezi și raportezi în joc. Dacă îi spui unui adult de încredere, nu mai trebuie să te descurci fără ajutor.
s-games-streams-leave-report-q1-c = Șterg jocul definitiv
s-games-streams-leave-report-q1-c-why = E OK să iei o pauză, dacă vrei. Dar n-ai greșit cu nimic: blocarea și raportarea îl opresc fără să pierzi jocul.
s-games-streams-leave-report-what-to-do =
    <b>Ce poți face</b>
    Ieși din orice ți se pare în neregulă. Salvează dovezile, apoi blochează și raportează în joc. Spune-i unui adult de încredere sau sună la o linie de asistență pentru copii (116 111 în multe țări). Dacă cineva îți cere poze sexuale sau te amenință, e grav: cere ajutor imediat.

    Apasă oricând pe <b>Cere ajutor</b> ca să vezi linia de asistență și site-urile de raportare din țara ta.
