## Series: Games and livestreams (games-streams), for teens 13-17.
## Grounded in eSafety, Kids Helpline, CEOP Thinkuknow, Internet Matters and FBI guidance, paraphrased.
## Swahili: "livestream" and "kwenda live" kept as teens say them (explained once); mute = nyamazisha, block = zuia.

s-games-streams-title = Michezo na livestream
s-games-streams-about = Gumzo la sauti, maombi ya urafiki, zawadi na livestream: tambua hila ambazo watu hutumia kujenga imani au deni, weka mipangilio yako imara, na uondoke na uripoti kitu kikionekana si sawa.

## Lesson 1: Voice chat and friend requests

s-games-streams-game-chat-title = Gumzo la sauti na maombi ya urafiki
s-games-streams-game-chat-intro =
    Michezo ni njia nzuri ya kujumuika, kushirikiana kama timu na kupata marafiki, na wachezaji wengi wako pale kucheza tu.

    Lakini gumzo la ndani ya mchezo na gumzo la sauti pia huwawezesha watu usiowajua kukufikia, na baadhi ya watu wazima hutumia michezo kujenga ukaribu na vijana. Mtandaoni, mtu yeyote anaweza kusema ana miaka 15. Sauti, skin au cheo (rank) havithibitishi mtu ni nani.
s-games-streams-game-chat-intro-alt = Kijana anayetabasamu amevaa headset na ameshika kidhibiti cha mchezo, na viputo vya gumzo, skrini ya mchezo, kufuli na gia ya mipangilio.
s-games-streams-game-chat-red-flags =
    Kuwa makini na wachezaji ambao:
    • wanauliza umri wako, unakoishi au unakosoma, au kama uko peke yako;
    • wanatuma jumbe nyingi au maombi ya urafiki baada ya mechi moja;
    • wanakusifu sana na kusema umekomaa au wewe ni wa pekee;
    • wanageuza gumzo kuwa kuhusu miili, mapenzi au ngono;
    • wanataka mambo yawe siri au mhamie programu nyingine.

    Moja tu kati ya haya ni sababu tosha ya kurudi nyuma.
s-games-streams-game-chat-settings =
    Mipangilio yako husaidia:
    • Gumzo la sauti na la maandishi: marafiki au timu yako (party) tu, au zima kabisa.
    • Maombi ya urafiki: kutoka kwa marafiki wa marafiki, au hakuna mtu.
    • Jina la mtumiaji lisilo na jina lako halisi, umri, shule wala mji wako.
    • <b>Nyamazisha</b> (mute) yeyote anayekusumbua, na <b>zuia</b> (block) yeyote anayekutia wasiwasi.

    Mipangilio ina majina tofauti katika kila mchezo na kila konsoli: tafuta “Privacy”, “Safety” au “Communication”.
s-games-streams-game-chat-q1 = Mchezaji uliyekutana naye sasa hivi anasema umekomaa kuliko watu wa rika lako, kisha anauliza kama uko nyumbani peke yako. Hii ni nini?
s-games-streams-game-chat-q1-a = Ni sifa tu, si jambo kubwa
s-games-streams-game-chat-q1-a-why = Sifa hupendeza, na hilo ndilo lengo lake. Sifa nyingi pamoja na maswali kuhusu kuwa peke yako ni mtindo unaojulikana wa kurubuni (grooming). Unaweza kuacha kujibu.
s-games-streams-game-chat-q1-b = Ishara za hatari: kujipendekeza na swali la binafsi
s-games-streams-game-chat-q1-b-why = Huna wajibu wa kujibu maswali ya binafsi ya mtu yeyote. Nyamazisha, zuia na uripoti mchezaji huyo, na umwambie mtu mzima unayemwamini kama ilikutia wasiwasi.
s-games-streams-game-chat-q1-c = Ni sawa, kama ni hodari kwenye mchezo
s-games-streams-game-chat-q1-c-why = Kuwa hodari kwenye mchezo hakusemi chochote kuhusu kama mtu ni salama. Angalia anachouliza, si jinsi anavyocheza.
s-games-streams-game-chat-what-to-do =
    <b>Ufanye nini</b>
    Weka gumzo kwa marafiki tu, usiweke taarifa zako binafsi kwenye jina la mtumiaji na wasifu wako, na uondoke kwenye gumzo lolote linalogeuka kuwa la binafsi au la kutisha. Zuia na uripoti mchezaji huyo ndani ya mchezo. Mwambie mtu mzima unayemwamini, au piga simu ya msaada kwa watoto (116 111 katika nchi nyingi).

    Gusa <b>Pata msaada</b> wakati wowote kuona simu ya msaada na tovuti za kuripoti za nchi yako.

## Lesson 2: Gifts, skins and “debts”

s-games-streams-gifts-debt-title = Zawadi, skins na “madeni”
s-games-streams-gifts-debt-intro =
    Skins za bure, sarafu za ndani ya mchezo, battle pass, kadi ya zawadi: inapendeza sana mtu anapokupa kitu.

    Lakini baadhi ya watu hutoa zawadi ili kujenga imani, au kukufanya uhisi una deni kwao. Baadaye wanaomba kitu kama malipo: picha, siri, simu ya video, au kuhamia programu ya faragha. Ushauri wa Kids Helpline: sema “hapana asante” kwa zawadi na salio za bure kutoka kwa watu unaowajua mtandaoni tu.
s-games-streams-gifts-debt-intro-alt = Kijana ameinua mkono kusema “hapana asante” kwa sanduku kubwa la zawadi lililozungukwa na sarafu na vito.
s-games-streams-gifts-debt-owe-nothing =
    Zawadi si mkataba. Mtu akisema “baada ya yote niliyokupa…”, hilo ni shinikizo, na ni ishara ya hatari.

    Baadhi ya wachezaji hukukopesha sarafu, kisha husema una <b>deni</b> na lazima ulilipe kwa njia nyingine. Chochote alichokupa, huna deni la picha, siri wala muda wako kwa mtu yeyote. Unaweza kuacha kujibu na kumwambia mtu.
s-games-streams-gifts-debt-private-apps =
    Punguza kasi rafiki wa michezoni anapotaka mhamie programu ya faragha, hasa ile ambayo jumbe hupotea, au anapokuomba urafiki wenu uwe siri.

    Kuhamia programu nyingine si vibaya kila mara. Lakini pamoja na zawadi, kujipendekeza au siri, ni ishara ya tahadhari. Rafiki wa kweli hana shida ukiendelea kuzungumza ndani ya mchezo, wala familia yako ikimjua.
s-games-streams-gifts-debt-q1 = Mchezaji alikupa skins. Sasa anasema una deni kwake, na anaomba picha “kama shukrani”. Kipi ni kweli?
s-games-streams-gifts-debt-q1-a = Nimtumie, alikuwa mkarimu
s-games-streams-gifts-debt-q1-a-why = Kutaka kutenda haki ni moyo mzuri. Lakini zawadi si mkataba, na kuitumia kupata picha ni hila ya kukudanganya. Huna deni lolote kwake.
s-games-streams-gifts-debt-q1-b = Sina deni; ninaweza kuacha na kumwambia mtu
s-games-streams-gifts-debt-q1-b-why = Zawadi zinazotumiwa kukufanya uhisi una deni ni hila inayojulikana. Acha kujibu, hifadhi gumzo, zuia na uripoti, na umwambie mtu mzima unayemwamini.
s-games-streams-gifts-debt-q1-c = Nimlipe kwa pesa
s-games-streams-gifts-debt-q1-c-why = Ni kawaida kutaka kulipa fadhila. Lakini kulipa kunakuweka katika mawasiliano naye na kunaweza kuleta madai zaidi. Huhitaji kulipia zawadi.
s-games-streams-gifts-debt-what-to-do =
    <b>Ufanye nini</b>
    Kataa zawadi kutoka kwa watu unaowajua mtandaoni tu. Mtu akisema una deni kwake, acha kujibu, piga picha za skrini, kisha mzuie na umripoti ndani ya mchezo. Mwambie mtu mzima unayemwamini au simu ya msaada kwa watoto (116 111 katika nchi nyingi). Hutapata matatizo kwa kuwa ulipokea zawadi.

    Gusa <b>Pata msaada</b> wakati wowote kuona simu ya msaada na tovuti za kuripoti za nchi yako.

## Lesson 3: Livestreams: watching and going live

s-games-streams-livestreams-title = Livestream
s-games-streams-livestreams-intro =
    Livestream (matangazo ya moja kwa moja) ni za kufurahisha kutazama na kutengeneza. Watazamaji wanaweza kutoa maoni, kuzungumza na kutuma zawadi papo hapo.

    Kwa kuwa ni moja kwa moja, ni vigumu kurudisha nyuma: watazamaji wanaweza kurekodi livestream au kuipiga picha ya skrini. Na hadhira ya moja kwa moja inaweza kuwa na watu usiowajua, hata kama ulikusudia iwe ya marafiki tu.
s-games-streams-livestreams-intro-alt = Kijana anapunga mkono kwa simu iliyo kwenye kishikio inayorusha matangazo moja kwa moja, na mioyo, zawadi na nyota zikipanda juu.
s-games-streams-livestreams-comments-gifts =
    Kuwa makini na watazamaji ambao:
    • wanatuma zawadi au sarafu, kisha wanaomba kitu kama malipo, kama changamoto (dare), pozi au gumzo la faragha;
    • wanakuomba ubadilishe nguo, uonyeshe chumba chako au useme uko wapi;
    • wanaendelea kukutumia jumbe za faragha baada ya livestream.

    Unaweza kupuuza maombi, kuchuja au kuzima maoni, kuwaondoa watazamaji na kumaliza livestream wakati wowote. Zawadi hazimaanishi una deni kwa mtu yeyote.
s-games-streams-livestreams-before-live =
    Kabla ya kwenda live:
    • Angalia kilicho nyuma yako: sare ya shule, vibao vya majina ya barabara, nyumba yenu, barua zenye anwani yako.
    • Rusha kwa marafiki tu, kama programu inaruhusu.
    • Kamwe usitaje mahali ulipo, shule yako au mipango yako kwenye livestream.
    • Mjulishe mtu mzima unayemwamini unapokuwa live.

    Baadhi ya programu huruhusu vijana wadogo kwenda live tu wakiwa na mtu mzima, au haziruhusu kabisa. Angalia kanuni za programu hiyo.
s-games-streams-livestreams-q1 = Mtazamaji anakutumia zawadi nyingi wakati wa livestream yako, kisha anakuomba mwendelee kwenye gumzo la faragha. Unafanya nini?
s-games-streams-livestreams-q1-a = Naenda faragha, amekuwa mkarimu
s-games-streams-livestreams-q1-a-why = Unaweza kuhisi unapaswa kulipa fadhila. Lakini zawadi zinazotolewa ili kukupata peke yako ni ishara ya hatari. Huna deni lolote kwa watazamaji.
s-games-streams-livestreams-q1-b = Nakataa, namwondoa, namwambia mtu
s-games-streams-livestreams-q1-b-why = Unaweza kukataa, kumwondoa au kumzuia mtazamaji huyo na kumripoti. Kumwambia mtu mzima unayemwamini husaidia akiendelea kujaribu.
s-games-streams-livestreams-q1-c = Naendelea na livestream na kutumaini ataacha
s-games-streams-livestreams-q1-c-why = Kutumaini kwamba litaisha lenyewe kunaeleweka. Lakini shinikizo la aina hii mara nyingi huongezeka. Kuchukua hatua mapema kunakuweka wewe katika udhibiti.
s-games-streams-livestreams-what-to-do =
    <b>Ufanye nini</b>
    Rusha kwa watu unaowajua, weka taarifa zako binafsi mbali na kamera, na umalize livestream mara tu kitu kinapoonekana si sawa. Ripoti watazamaji wanaokushinikiza. Mwambie mtu mzima unayemwamini au simu ya msaada kwa watoto (116 111 katika nchi nyingi).

    Gusa <b>Pata msaada</b> wakati wowote kuona simu ya msaada na tovuti za kuripoti za nchi yako.

## Lesson 4: Leave, block and report

s-games-streams-leave-report-title = Ondoka, zuia na uripoti
s-games-streams-leave-report-intro =
    Unaweza kuondoka kwenye mechi, gumzo, seva au livestream yoyote wakati wowote, bila kueleza sababu. Kuondoka si ukosefu wa adabu, na si kushindwa. Ni wewe kuwa katika udhibiti.

    Mtu akikuonea, akikushinikiza au akikutia wasiwasi, hatua za somo hili husaidia kumkomesha, kwa ajili yako na ya wachezaji wengine.
s-games-streams-leave-report-intro-alt = Kijana anatembea kuelekea mlango ulio wazi, na bendera ya kuripoti upande mmoja na alama ya kuzuia upande mwingine.
s-games-streams-leave-report-evidence =
    Kabla ya kuzuia, <b>hifadhi ushahidi</b>:
    • Picha za skrini au rekodi ya skrini ya gumzo au jumbe.
    • Jina lake la mtumiaji (na gamertag, kama ni tofauti).
    • Mchezo, seva au livestream, na tarehe.

    eSafety, mamlaka ya Australia ya usalama mtandaoni, inashauri kukusanya ushahidi kama huu, kisha kumripoti mchezaji ndani ya mchezo.
s-games-streams-leave-report-block-report =
    <b>Nyamazisha</b> (mute) hukuzuia usimsikie wala kumwona. <b>Zuia</b> (block) humzuia asiwasiliane nawe. <b>Ripoti</b> (report) huuarifu mchezo, ili uchukue hatua. Mtu akiwa anadhuru, fanya yote matatu.

    Kwa kawaida ripoti ni za siri: mchezaji haambiwi nani alimripoti. Tafuta alama ya bendera, gusa jina la mchezaji kwenye orodha ya wachezaji, au tafuta “Report” kwenye menyu.
s-games-streams-leave-report-q1 = Mchezaji anaendelea kukutumia jumbe baada ya wewe kuondoka kwenye mechi, akiomba akaunti zako nyingine. Hatua bora ni ipi?
s-games-streams-leave-report-q1-a = Kumpa akaunti moja ili aache
s-games-streams-leave-report-q1-a-why = Inaweza kuonekana njia rahisi ya kutoka. Lakini inampa njia nyingine ya kukufikia, na huna wajibu wa kumpa chochote.
s-games-streams-leave-report-q1-b = Kupiga picha ya skrini, kuzuia, kuripoti, kumwambia mtu
s-games-streams-leave-report-q1-b-why = Ushahidi kwanza, kisha zuia na uripoti ndani ya mchezo. Kumwambia mtu mzima unayemwamini kunamaanisha hushughulikii jambo hili peke yako.
s-games-streams-leave-report-q1-c = Kufuta mchezo kabisa
s-games-streams-leave-report-q1-c-why = Kupumzika ni sawa kama unataka. Lakini hukufanya kosa lolote: kuzuia na kuripoti kunamkomesha bila wewe kupoteza mchezo wako.
s-games-streams-leave-report-what-to-do =
    <b>Ufanye nini</b>
    Ondoka kwenye chochote kinachoonekana si sawa. Hifadhi ushahidi, kisha zuia na uripoti ndani ya mchezo. Mwambie mtu mzima unayemwamini, au piga simu ya msaada kwa watoto (116 111 katika nchi nyingi). Mtu yeyote akikuomba picha za ngono au akikutishia, hilo ni jambo zito: tafuta msaada mara moja.

    Gusa <b>Pata msaada</b> wakati wowote kuona simu ya msaada na tovuti za kuripoti za nchi yako.
