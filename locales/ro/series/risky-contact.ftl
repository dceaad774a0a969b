## Series: Risky contact and images (risky-contact), for teens 13-17.
## Grounded in Thorn, eSafety Commissioner and NCMEC guidance, paraphrased.
## Words chosen for teens: "grooming (ademenire)", "nuduri / poze nud", "sextorsiune", "adult de încredere".

s-risky-contact-title = Contacte și imagini riscante
s-risky-contact-about = Recunoaște grooming-ul, află ce faci când cineva insistă pentru nuduri sau te șantajează, cum ceri ștergerea imaginilor și cui poți spune. Nimic din toate astea nu e vreodată vina ta.

## Lesson 1: Grooming red flags

s-risky-contact-grooming-title = Semnale de alarmă pentru grooming
s-risky-contact-grooming-intro =
    Cei mai mulți oameni pe care îi cunoști online nu vor să-ți facă rău. Dar unii câștigă intenționat încrederea tinerilor ca să le poată face rău mai târziu. Asta se numește <b>grooming</b> (ademenire).

    Nu e vorba doar de necunoscuți. Poate fi cineva cu care vorbești de luni de zile sau cineva pe care îl știi din viața reală. De aceea ajută să urmărești semnalele de alarmă, nu doar fețele noi.
s-risky-contact-grooming-red-flags =
    Semnal de alarmă: <b>secretele</b>. Îți spune „rămâne între noi” sau „părinții tăi n-ar înțelege”.

    Semnal de alarmă: <b>totul merge prea repede</b>. După câteva conversații îți spune că ești o persoană specială, că te iubește, că nimeni nu te înțelege ca el. Te întreabă despre corpul tău, despre relațiile tale sau când nu e nimeni altcineva acasă.
s-risky-contact-grooming-red-flags-alt = Un adolescent ține un telefon în mână. Pe ecranul unui telefon mare apar bule de chat și un mic cadou, cu steaguri roșii alături.
s-risky-contact-grooming-more-flags =
    Semnal de alarmă: <b>cadourile</b>. Credite în jocuri, skinuri, bani sau reîncărcări la telefon, iar apoi se poartă de parcă i-ai datora ceva.

    Semnal de alarmă: <b>o aplicație privată</b>. Vrea să vă mutați dintr-un joc sau dintr-un grup într-un chat privat, de multe ori unul în care mesajele dispar.

    Semnal de alarmă: <b>presiunea</b>. Când spui nu, se bosumflă, îți face reproșuri sau se enervează.
s-risky-contact-grooming-q1 = Cineva pe care l-ai cunoscut într-un joc îți spune: „Hai să vorbim pe altă aplicație. Nu le spune părinților de mine.” Ce e asta?
s-risky-contact-grooming-q1-a = Ceva normal. Prietenii vorbesc pe multe aplicații.
s-risky-contact-grooming-q1-a-why = Prietenii chiar folosesc multe aplicații, și partea asta poate fi în regulă. Dar să-ți ceară să-l ascunzi de familie e un semnal de alarmă, iar împreună cu mutarea pe altă aplicație merită luat în serios.
s-risky-contact-grooming-q1-b = Două semnale de alarmă: secrete și o aplicație privată
s-risky-contact-grooming-q1-b-why = Un prieten adevărat nu are nevoie să-l ții secret. Poți spune nu, poți să nu mai răspunzi și poți vorbi cu cineva în care ai încredere.
s-risky-contact-grooming-q1-c = E o problemă doar dacă e un necunoscut
s-risky-contact-grooming-q1-c-why = Grooming-ul poate veni și de la cineva pe care simți că îl cunoști bine, online sau în viața reală. Semnalele de alarmă contează mai mult decât cât timp îl cunoști.
s-risky-contact-grooming-fear-shame =
    Agresorii folosesc des frica și rușinea ca să-i facă pe tineri să tacă: „O să ai și tu probleme”, „Nimeni n-o să te creadă”. Nu e adevărat.

    Dacă cineva se poartă așa cu tine, e vina lui, niciodată a ta. Chiar dacă i-ai răspuns, ai acceptat un cadou sau ai trimis ceva. Te poți opri oricând și nu vei avea probleme pentru că ceri ajutor.
s-risky-contact-grooming-q2 = O conversație ți se pare în neregulă, iar cealaltă persoană tot insistă. Ce poți face?
s-risky-contact-grooming-q2-a = Continui să vorbesc, ca să nu se supere
s-risky-contact-grooming-q2-a-why = E frumos să-ți pese de sentimentele altora. Dar nu îi datorezi nimănui un răspuns, iar starea lui nu e treaba ta.
s-risky-contact-grooming-q2-b = Mă descurc fără să afle nimeni
s-risky-contact-grooming-q2-b-why = Mulți simt asta, și exact pe sentimentul ăsta contează agresorii. Nu vei avea probleme pentru că ceri ajutor și nu trebuie să treci prin asta fără sprijin.
s-risky-contact-grooming-q2-c = Nu mai răspund, blochez, raportez, spun cuiva
s-risky-contact-grooming-q2-c-why = Poți ieși din orice conversație, oricând, fără să explici nimic. Dacă poți, fă întâi capturi de ecran, apoi blochează, raportează și spune-i cuiva în care ai încredere.
s-risky-contact-grooming-what-to-do =
    <b>Ce poți face</b>
    Dacă o conversație are semnale de alarmă: nu mai răspunde și ieși din ea. Fă capturi de ecran dacă poți. Blochează și raportează contul în aplicație. Spune-i unui adult de încredere sau sună la o linie de asistență pentru copii (116 111 în multe țări).

    Nu ai greșit cu nimic. Apasă oricând pe <b>Cere ajutor</b> ca să vezi linia de asistență și site-urile de raportare din țara ta.

## Lesson 2: Pressure for nudes

s-risky-contact-nudes-title = Presiunea pentru nuduri
s-risky-contact-nudes-intro =
    Uneori cineva îți cere poze nud sau sexy. Poate fi iubitul sau iubita ta, cineva care îți place, un prieten sau cineva pe care îl știi doar online. Poate cere frumos, poate tot cere sau poate spune că „toată lumea face asta”.

    Majoritatea adolescenților nu fac asta. Și poți oricând să spui <b>nu</b>, chiar și cuiva care îți place, chiar dacă înainte ai spus da.
s-risky-contact-nudes-lose-control =
    Odată trimisă, nu mai poți controla unde ajunge o poză. Cineva îi poate face captură de ecran, o poate salva sau distribui, chiar și în aplicațiile care spun că o șterg. Oamenii se despart, iar telefoanele se pierd sau sunt sparte.

    Dacă ai trimis deja ceva, e OK să vorbești despre asta. Nu înseamnă că ești o persoană rea, și există ajutor, inclusiv feluri în care poți cere ștergerea imaginilor.
s-risky-contact-nudes-say-no =
    Câteva feluri de a spune nu:
    • „Nu, mersi, nu-i genul meu.”
    • „Dacă mă respecți, nu mai insista.”
    • O glumă, un meme sau pur și simplu ieși din chat.

    Nu îi datorezi nimănui o explicație. Cineva căruia îi pasă de tine acceptă un „nu”. Dacă tot insistă sau te amenință, e un semnal de alarmă, și nu e vina ta.
s-risky-contact-nudes-say-no-alt = Un adolescent ține un telefon în mână. O bulă de chat cere o poză, iar bula de răspuns arată un semn clar de „nu”.
s-risky-contact-nudes-q1 = Iubitul sau iubita ta îți tot cere o poză nud și spune că toată lumea face asta. Ce e adevărat?
s-risky-contact-nudes-q1-a = Pot să spun nu, și „nu” e de ajuns
s-risky-contact-nudes-q1-a-why = „Nu” e un răspuns complet și nu trebuie să-l explici. Dacă tot insistă, asta spune ceva despre el sau ea, nu despre tine.
s-risky-contact-nudes-q1-b = Trebuie să trimit, altfel pierd relația
s-risky-contact-nudes-q1-b-why = E firesc să nu vrei să pierzi pe cineva. Dar cineva căruia chiar îi pasă de tine nu pune o poză drept preț ca să rămână cu tine. Meriți respect.
s-risky-contact-nudes-q1-c = E OK dacă aplicația șterge pozele
s-risky-contact-nudes-q1-c-why = Pozele care dispar par sigure, dar aplicația nu poate opri o captură de ecran sau alt telefon care filmează ecranul. Odată trimisă, poza nu mai e sub controlul tău.
s-risky-contact-nudes-forwarding =
    Dacă cineva îți trimite o poză nud cu altă persoană, <b>nu o da mai departe</b> și nu o arăta altora. Dacă o distribui, îi faci rău acelei persoane. În multe țări, distribuirea imaginilor sexuale cu oricine are sub 18 ani e împotriva legii, chiar dacă și cel care le trimite are sub 18 ani.

    Nu o da mai departe. Raporteaz-o în aplicație, spune-i unui adult de încredere, apoi șterge-o.
s-risky-contact-nudes-q2 = Cineva postează pe un grup în care ești o poză nud cu o persoană din clasa ta. Ce ajută cel mai mult?
s-risky-contact-nudes-q2-a = O dau mai departe, ca să-i avertizez pe alții
s-risky-contact-nudes-q2-a-why = Dorința de a-i avertiza pe alții vine dintr-un loc bun. Dar dacă o dai mai departe, imaginea se răspândește și îi faci și mai mult rău persoanei din clasa ta. Raportarea e felul în care poți ajuta.
s-risky-contact-nudes-q2-b = N-o distribui, o raportez, spun unui adult
s-risky-contact-nudes-q2-b-why = Să nu dai poza mai departe și s-o raportezi sunt pași mici care fac o mare diferență. Poți să-i scrii și persoanei din poză: s-ar putea să se simtă foarte singură.
s-risky-contact-nudes-q2-c = O ignor, nu e problema mea
s-risky-contact-nudes-q2-c-why = Poate fi ciudat să te implici, și e de înțeles. Dar dacă taci, persoana din clasa ta rămâne singură cu asta. Raportarea durează un minut și chiar ajută.
s-risky-contact-nudes-what-to-do =
    <b>Ce poți face</b>
    Dacă cineva face presiuni asupra ta: spune nu, ieși din chat, blochează-l și raportează-l. Dacă ai trimis o imagine și îți faci griji, vorbește cu un adult de încredere sau cu o linie de asistență pentru copii. Nu vei avea probleme pentru că ceri ajutor, iar imaginile făcute înainte să împlinești 18 ani pot fi adesea șterse.

    Apasă oricând pe <b>Cere ajutor</b> ca să vezi linia de asistență și site-urile de raportare din țara ta.

## Lesson 3: Sextortion

s-risky-contact-sextortion-title = Sextorsiunea
s-risky-contact-sextortion-intro =
    <b>Sextorsiunea</b> înseamnă că cineva are, sau spune că are, o imagine nud sau sexuală cu tine și amenință că o distribuie dacă nu plătești, nu trimiți mai multe sau nu faci ce îți cere.

    De multe ori începe cu un contact nou, care flirtează și grăbește lucrurile. Mulți sunt escroci care fac asta cu o mulțime de tineri. I se poate întâmpla oricui și <b>nu e niciodată vina ta</b>.
s-risky-contact-sextortion-intro-alt = Un tânăr cu brațul unui adult de încredere pe umeri, o monedă tăiată cu o linie și un scut mare.
s-risky-contact-sextortion-dont-pay =
    <b>Nu plăti</b> și nu mai trimite nimic. Plata rareori oprește totul. De obicei, cer și mai mult.

    <b>Nu mai răspunde.</b> Nu trebuie să răspunzi la amenințări sau la termene-limită. Vor să intri în panică și să acționezi repede. Respiră: ai timp să ceri ajutor.
s-risky-contact-sextortion-evidence =
    <b>Salvează dovezile</b> înainte să blochezi: capturi de ecran cu mesajele, numele de utilizator sau linkul profilului și orice detalii de plată pe care ți le-au trimis.

    <b>Blochează, dar nu-ți șterge contul.</b> Dacă îl ștergi, pot dispărea mesajele care ajută la oprirea lor. Apoi <b>raportează</b> contul în aplicație.
s-risky-contact-sextortion-q1 = Cineva amenință că îți publică poza dacă nu plătești până diseară. Ce faci mai întâi?
s-risky-contact-sextortion-q1-a = Plătesc repede, ca să se termine totul
s-risky-contact-sextortion-q1-a-why = E de înțeles că vrei să se termine repede. Dar plata duce de obicei la și mai multe cereri. Păstrează-ți banii și cere ajutor.
s-risky-contact-sextortion-q1-b = Îmi șterg contul și nu spun nimic
s-risky-contact-sextortion-q1-b-why = Să vrei să dispari e o reacție foarte normală. Dar dacă îți ștergi contul, poți pierde dovezile, iar dacă taci, rămâi fără sprijin. Mai bine blochează, păstrează mesajele și spune-i cuiva.
s-risky-contact-sextortion-q1-c = Nu mai răspund, salvez dovezile, cer ajutor
s-risky-contact-sextortion-q1-c-why = Nu mai răspunde, fă capturi de ecran, blochează și raportează, apoi spune-i unui adult de încredere sau sună la o linie de asistență. Termenul-limită e doar un truc ca să te grăbească.
s-risky-contact-sextortion-not-your-fault =
    Sextorsiunea e o infracțiune, iar singurul vinovat e cel care o comite. Nu tu. Nici dacă ai trimis o poză sau ai încălcat o regulă de acasă.

    E normal să-ți fie frică, să-ți fie rușine sau să simți că nu ai scăpare. Dar nu trebuie să treci prin asta fără ajutor și există o cale de ieșire. Dacă spui cuiva, e cel mai rapid mod de a opri totul. Nu vei avea probleme pentru că ceri ajutor.
s-risky-contact-sextortion-q2 = A cui e vina în cazul sextorsiunii?
s-risky-contact-sextortion-q2-a = Doar a celui care face amenințările
s-risky-contact-sextortion-q2-a-why = Cel care face amenințările comite o infracțiune, așa că vina e doar a lui. Tu meriți ajutor și sprijin, nu vină.
s-risky-contact-sextortion-q2-b = A mea, dacă am trimis o poză
s-risky-contact-sextortion-q2-b-why = Mulți se învinovățesc și e de înțeles. Dar să ai încredere în cineva nu e o infracțiune. Să te amenințe, da, așa că toată vina e a lui.
s-risky-contact-sextortion-q2-c = Parțial a mea, parțial a lui
s-risky-contact-sextortion-q2-c-why = Poate părea așa, mai ales când cineva îți spune să păstrezi secretul. Dar vina nu se împarte: e doar a celui care face amenințările.
s-risky-contact-sextortion-what-to-do =
    <b>Ce poți face</b>
    Nu plăti. Nu mai răspunde. Salvează capturi de ecran. Blochează și raportează, dar păstrează-ți contul. Spune-i unui adult de încredere sau sună la o linie de asistență pentru copii. Imaginile pot fi șterse: vezi lecția următoare.
    Dacă te simți în pericol sau simți că nu mai faci față, sună acum la numărul de urgență din țara ta.

    Apasă oricând pe <b>Cere ajutor</b> ca să vezi linia de asistență și site-urile de raportare din țara ta.

## Lesson 4: Getting images taken down

s-risky-contact-takedown-title = Cum ceri ștergerea imaginilor
s-risky-contact-takedown-intro =
    Dacă o imagine sau un video nud, parțial nud sau sexual cu tine a fost distribuit sau îți faci griji că ar putea fi, există feluri în care poți cere ștergerea lui. Nu e prea târziu și nu trebuie să faci asta fără ajutor.

    Asta e valabil chiar dacă poza ai făcut-o tu. Nu vei avea probleme pentru că ceri ajutor.
s-risky-contact-takedown-take-it-down =
    <b>Take It Down</b> e un serviciu gratuit al NCMEC, o organizație nonprofit americană pentru protecția copiilor, și îl pot folosi tineri din multe țări. E pentru imagini sau videoclipuri făcute <b>înainte să împlinești 18 ani</b>.

    Intră pe takeitdown.ncmec.org. Nu trebuie să-ți spui numele, iar un adult de încredere te poate ajuta.
s-risky-contact-takedown-how-it-works =
    Cum funcționează: pe telefonul sau calculatorul tău, site-ul transformă imaginea într-un <b>hash</b>, un fel de amprentă unică a imaginii. Se trimite doar amprenta, <b>niciodată imaginea</b>. Aplicațiile participante o folosesc ca să găsească copiile, să le șteargă și să blocheze încărcările noi.

    Nu toate aplicațiile participă, așa că raportează imaginea și în aplicația unde ai văzut-o.
s-risky-contact-takedown-how-it-works-alt = O poză de pe un telefon se transformă într-un model de amprentă, iar o săgeată duce de la ea la un scut cu o bifă.
s-risky-contact-takedown-q1 = Care dintre acestea e adevărat despre Take It Down?
s-risky-contact-takedown-q1-a = Trebuie să le trimit poza mea
s-risky-contact-takedown-q1-a-why = E o grijă foarte des întâlnită și de înțeles. Dar imaginea rămâne pe dispozitivul tău. Se trimite doar amprenta ei unică.
s-risky-contact-takedown-q1-b = E pentru imagini făcute înainte de 18 ani
s-risky-contact-takedown-q1-b-why = Take It Down e pentru imagini din perioada în care aveai sub 18 ani și îl poți folosi fără să-ți spui numele.
s-risky-contact-takedown-q1-c = Trebuie să merg mai întâi la poliție
s-risky-contact-takedown-q1-c-why = Poliția poate ajuta și e bine să știi asta. Dar nu trebuie să mergi mai întâi acolo. Poți folosi Take It Down pe cont propriu sau cu un adult de încredere.
s-risky-contact-takedown-hotlines =
    Poți raporta și la o <b>linie de raportare</b> (hotline). <b>IWF</b> (Internet Watch Foundation) și <b>INHOPE</b>, o rețea internațională de linii de raportare, lucrează cu site-urile și cu poliția ca să elimine imaginile sexuale cu persoane sub 18 ani.

    Multe țări au propriul site de raportare. Raportarea e gratuită și nu trebuie să trimiți tu imaginea.
s-risky-contact-takedown-what-to-do =
    <b>Ce poți face</b>
    Raportează imaginea în aplicația unde ai văzut-o. Folosește takeitdown.ncmec.org pentru imagini de dinainte să împlinești 18 ani. Raporteaz-o și la o linie de raportare. Un adult de încredere sau o linie de asistență pentru copii te poate ajuta la fiecare pas.

    Apasă oricând pe <b>Cere ajutor</b> ca să vezi linia de asistență și site-urile de raportare din țara ta.

## Lesson 5: Who to tell

s-risky-contact-who-to-tell-title = Cui să spui
s-risky-contact-who-to-tell-intro =
    Când ceva online ți se pare în neregulă, să spui cuiva e unul dintre cele mai curajoase și mai deștepte lucruri pe care le poți face. Nu e nevoie să știi sigur și nu ai nevoie de dovezi.

    Nu vei avea probleme pentru că ceri ajutor. Orice s-ar fi întâmplat, nu e vina ta.
s-risky-contact-who-to-tell-intro-alt = Un adolescent vorbește cu un adult de încredere. Între ei plutesc bule de chat și o inimă.
s-risky-contact-who-to-tell-trusted-adult =
    Un <b>adult de încredere</b> e cineva care ascultă și ajută: un părinte sau cineva care are grijă de tine, o mătușă sau un unchi, un văr sau o verișoară mai mare, un profesor, consilierul școlar, un antrenor sau asistenta medicală.

    Nu știi cum să începi? Încearcă: „S-a întâmplat ceva online și am nevoie de ajutor.” Dacă primul adult nu te ajută, spune-i altuia. Continuă până te ajută cineva.
s-risky-contact-who-to-tell-helplines =
    O <b>linie de asistență pentru copii</b> e de obicei gratuită și confidențială. Poți vorbi despre orice și nu trebuie să-ți spui numele. În Europa și în multe alte țări, numărul este <b>116 111</b>. Unele țări folosesc alt număr.

    O <b>linie de raportare</b> poate face ca imaginile sexuale cu persoane sub 18 ani să fie șterse. Ești în pericol chiar acum? Sună la numărul de urgență din țara ta.
s-risky-contact-who-to-tell-q1 = Ceva online te îngrijorează, dar nu știi sigur dacă e grav. Ce e bine să faci?
s-risky-contact-who-to-tell-q1-a = Vorbesc cu un adult de încredere sau cu o linie de asistență
s-risky-contact-who-to-tell-q1-a-why = Nu trebuie să știi sigur că e grav. Când vorbești despre asta, afli ce se întâmplă și primești sprijin.
s-risky-contact-who-to-tell-q1-b = Aștept până am dovezi
s-risky-contact-who-to-tell-q1-b-why = E firesc să vrei să te asiguri mai întâi. Dar nu ai nevoie de dovezi: faptul că ceva te îngrijorează e un motiv suficient să vorbești cu cineva.
s-risky-contact-who-to-tell-q1-c = Țin pentru mine, ca să nu se supere nimeni
s-risky-contact-who-to-tell-q1-c-why = E frumos să-ți pese de sentimentele altora. Dar adulții cărora le pasă de tine ar prefera să știe, iar tu meriți și tu sprijin.
s-risky-contact-who-to-tell-friend =
    Dacă un prieten îți spune că i s-a întâmplat ceva: ascultă-l, crede-l și nu povesti altora ce ți-a spus. Amintește-i că nu e vina lui.

    Apoi ajută-l să-i spună unui adult de încredere sau oferă-te să mergi cu el. Dacă e în pericol, spune-i tu unui adult, chiar dacă ți-a cerut să nu o faci. Asta înseamnă prietenie adevărată.
s-risky-contact-who-to-tell-q2 = Un prieten îți spune că cineva îl amenință, dar te roagă să păstrezi secretul. Ce faci?
s-risky-contact-who-to-tell-q2-a = Păstrez secretul, cum am promis
s-risky-contact-who-to-tell-q2-a-why = E important să-ți ții promisiunile, și asta arată că ții la prietenii tăi. Dar unele secrete sunt prea grele ca să le porți, iar amenințările sunt unul dintre ele. Prietenul tău are nevoie de ajutorul unui adult.
s-risky-contact-who-to-tell-q2-b = Postez despre asta ca să-i avertizez pe toți
s-risky-contact-who-to-tell-q2-b-why = Vrei să-i protejezi pe ceilalți, și asta e minunat. Dar dacă postezi, prietenul tău poate fi expus și lucrurile se pot înrăutăți. E mai sigur să vorbești cu un adult de încredere.
s-risky-contact-who-to-tell-q2-c = Îl ajut să-i spună unui adult de încredere
s-risky-contact-who-to-tell-q2-c-why = Te poți oferi să mergi cu el sau să-l ajuți să găsească cuvintele. Dacă nu vrea, să-i spui tu unui adult e în continuare lucrul corect.
s-risky-contact-who-to-tell-what-to-do =
    <b>Ce poți face</b>
    Gândește-te la o persoană căreia i-ai putea spune dacă ceva nu merge bine online. Ține minte linia de asistență pentru copii, 116 111 în multe țări. Liniile de raportare te pot ajuta să ceri ștergerea imaginilor.

    Apasă oricând pe <b>Cere ajutor</b> ca să vezi linia de asistență și site-urile de raportare din țara ta. Nu trebuie să treci niciodată prin asta fără ajutor.

## Youth voice: the one-tap question asked once after the series (content/series/risky-contact.yaml voice_question)

s-risky-contact-voice-first-move = Dacă o conversație ar începe să ți se pară în neregulă, ce ai face mai întâi?
s-risky-contact-voice-first-move-leave = Nu mai răspund și ies din conversație
s-risky-contact-voice-first-move-save = Fac capturi de ecran cu mesajele, ca dovadă
s-risky-contact-voice-first-move-report = Îl blochez și îl raportez în aplicație
s-risky-contact-voice-first-move-tell = Îi spun unui adult în care am încredere
s-risky-contact-voice-first-move-helpline = Contactez o linie de asistență pentru copii
