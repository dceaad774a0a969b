## Series: Sextortion scams for money (sextortion-money), for teens 13-17.
## Grounded in FBI, NCMEC and Thorn guidance on financial sextortion, paraphrased. The last lesson follows
## safe-messaging guidance (#chatsafe, Action Alliance framework): no method details, hope and help-seeking.
## Swahili: sextortion kept as the loanword, explained at first use; scam = utapeli, scammer = tapeli.

s-sextortion-money-title = Sextortion: utapeli wa kudai pesa
s-sextortion-money-about = Jinsi utapeli wa sextortion wa kudai pesa unavyofanya kazi, ufanye nini katika dakika za kwanza, jinsi ya kufanya picha ziondolewe, na wapi pa kukimbilia mambo yakikuzidi. Hauko peke yako, na si kosa lako.

## Lesson 1: How the scam works

s-sextortion-money-pattern-title = Jinsi utapeli huu unavyofanya kazi
s-sextortion-money-pattern-intro =
    <b>Sextortion ya kifedha</b> ni utapeli wa vitisho. Mtu humdanganya kijana amtumie picha au video ya uchi au ya ngono, kisha anatishia kuisambaza asipolipa pesa.

    Huendeshwa na wahalifu, mara nyingi makundi yaliyojipanga katika nchi nyingine, wanaojaribu hila hii kwa vijana wengi kwa wakati mmoja. Wana uzoefu nayo. Kunaswa nayo hakumaanishi wewe ni mjinga. Kunamaanisha ulilengwa.
s-sextortion-money-pattern-intro-alt = Kijana ameshika simu kando ya simu kubwa zaidi inayoonyesha wasifu uliofichwa nyuma ya kinyago, na saa zinazohesabu muda.
s-sextortion-money-pattern-how-it-goes =
    Mara nyingi huenda hivi:
    • Mtu mpya anayetongoza anakuongeza, mara nyingi akionekana kama msichana wa rika lako. Huenda akaonekana kuwa na marafiki wa pamoja nawe.
    • Mambo yanaenda kasi. Anatuma “picha” yake na kukuomba yako.
    • Ndani ya dakika au saa chache hali inageuka: “Lipa sasa hivi, la sivyo nawatumia marafiki na familia yako hii.” Anaweza kukuonyesha orodha ya wafuasi wako.
    • Anaweka muda mfupi wa mwisho ili uingiwe na taharuki.
s-sextortion-money-pattern-who =
    Utapeli huu huwalenga zaidi <b>vijana wa kiume</b>. Katika ripoti za sextortion ya kifedha zilizopokelewa na NCMEC, takriban vijana 9 kati ya 10 waliolengwa walikuwa wavulana wenye umri wa miaka 14 hadi 17 (Thorn na NCMEC, 2024). Hutokea pia kwa wasichana na kwa watu wazima.

    Kwa hiyo ikikutokea, si wewe peke yako hata kidogo. Watu wanaosaidia katika hili wameliona mara nyingi, na hawatakuhukumu.
s-sextortion-money-pattern-q1 = Mtu mwenye wasifu mpya anakutongoza, anakutumia picha ndani ya saa moja na kukuomba yako. Nini kinaendelea?
s-sextortion-money-pattern-q1-a = Lazima ananipenda kweli
s-sextortion-money-pattern-q1-a-why = Inapendeza mtu anapoonekana kukupenda, na matapeli hutegemea hilo. Kutongoza kwa kasi sana pamoja na kubadilishana picha haraka ni mojawapo ya mitindo ya kawaida zaidi ya utapeli huu.
s-sextortion-money-pattern-q1-b = Huenda ni utapeli: kasi mno, na kubadilishana picha
s-sextortion-money-pattern-q1-b-why = Watu halisi mara chache huharakisha hivi. Unaweza kuacha kujibu, kisha kuzuia na kuripoti wasifu huo. Huna wajibu wa kumpa mtu usiyemjua picha, wala maelezo.
s-sextortion-money-pattern-q1-c = Ni sawa, kwa kuwa yeye ndiye alituma kwanza
s-sextortion-money-pattern-q1-c-why = Kutuma kwanza ni hila ya kukufanya ujisikie salama. Picha anayotuma kwa kawaida imeibwa kutoka kwa mtu mwingine.
s-sextortion-money-pattern-what-to-do =
    <b>Ufanye nini</b>
    Mtu mpya akiharakisha kuingia kwenye mambo ya ngono: simama, usitume chochote, kisha zuia na uripoti akaunti hiyo. Kama ulishatuma kitu na anakutishia, somo linalofuata linaonyesha hatua za kwanza. Mwambie mtu mzima unayemwamini au simu ya msaada kwa watoto (116 111 katika nchi nyingi).

    Gusa <b>Pata msaada</b> wakati wowote kuona simu ya msaada na tovuti za kuripoti za nchi yako.

## Lesson 2: The first minutes

s-sextortion-money-first-steps-title = Dakika za kwanza
s-sextortion-money-first-steps-intro =
    Mtu akitishia kusambaza picha yako usipolipa: <b>vuta pumzi</b>. Sasa hivi inaweza kuonekana kama mwisho wa dunia. Sivyo. Watu hupita katika hali hii, na kuna watu ambao kazi yao ni kukusaidia.

    Tapeli anataka uingiwe na taharuki na ulipe haraka. Kwenda polepole ndiyo njia ya kurudisha udhibiti mikononi mwako.
s-sextortion-money-first-steps-intro-alt = Kijana mtulivu ameinua mkono kuashiria “simama”, kando ya rundo la sarafu lililowekewa alama ya X.
s-sextortion-money-first-steps-dont-pay =
    <b>Usilipe.</b> Si pesa, si kadi za zawadi (gift cards), si salio la michezo. FBI inaonya kwamba hata vijana wanapolipa, mara nyingi matapeli huomba zaidi na kutoa vitisho zaidi.

    <b>Acha kujibu.</b> Usibishane, usimsihi wala usijadiliane naye. Huna lazima ya kujibu ujumbe wowote wala kutimiza muda wowote wa mwisho. Ukimya haumpi chochote cha kutumia.
s-sextortion-money-first-steps-evidence =
    <b>Hifadhi ushahidi</b> kabla ya kuzuia: picha za skrini za gumzo na vitisho, jina lake la mtumiaji na kiungo cha wasifu wake, na maelezo yoyote ya malipo aliyokutumia.

    <b>Zuia na uripoti</b> akaunti hiyo kwenye programu. Kama kuna chaguo kuhusu vitisho, kutishiwa ili ulipe (blackmail) au uchi, lichague.

    <b>Usifute akaunti yako</b> kwa sasa: jumbe hizo husaidia majukwaa na polisi kuwakomesha.
s-sextortion-money-first-steps-q1 = Anaandika: “Lipa ndani ya dakika kumi, la sivyo kila mtu ataiona.” Hatua bora ni ipi?
s-sextortion-money-first-steps-q1-a = Kulipa, ili yaishe
s-sextortion-money-first-steps-q1-a-why = Kutaka yaishe haraka kunaeleweka kabisa. Lakini kulipa kwa kawaida huleta madai zaidi. Baki na pesa zako, na utafute msaada badala yake.
s-sextortion-money-first-steps-q1-b = Kumsihi aifute
s-sextortion-money-first-steps-q1-b-why = Ni kawaida kujaribu kumshawishi. Lakini kumjibu kunamwonyesha kwamba unaogopa, na atalitumia hilo. Ukimya hufaa zaidi.
s-sextortion-money-first-steps-q1-c = Kuacha kujibu, kuhifadhi ushahidi, kuzuia, kumwambia mtu
s-sextortion-money-first-steps-q1-c-why = Muda wa mwisho ni hila ya kukushinikiza. Picha za skrini, kuzuia na kuripoti, na mtu mzima unayemwamini au simu ya msaada upande wako: hivyo ndivyo utakavyotoka katika hali hii.
s-sextortion-money-first-steps-what-to-do =
    <b>Ufanye nini</b>
    Usilipe. Acha kujibu. Hifadhi picha za skrini. Zuia na uripoti, lakini usifute akaunti yako. Kisha mwambie mtu <b>sasa hivi</b>: mtu mzima unayemwamini au simu ya msaada kwa watoto (116 111 katika nchi nyingi). Ukijisikia uko hatarini, piga namba ya dharura ya nchini kwako.

    Gusa <b>Pata msaada</b> wakati wowote kuona simu ya msaada na tovuti za kuripoti za nchi yako.

## Lesson 3: Tell someone, take it down

s-sextortion-money-tell-takedown-title = Mwambie mtu, fanya iondolewe
s-sextortion-money-tell-takedown-intro =
    Kumwambia mtu kunaweza kuonekana kuwa sehemu ngumu zaidi. Unaweza kuwa na wasiwasi wa kupata matatizo, au wa kile atakachokufikiria.

    Watu wazima wengi, na kila simu ya msaada kwa watoto, watakuwa upande wako. Huu ni uhalifu uliotendwa dhidi yako. Hutapata matatizo kwa kuomba msaada, hata kama ulivunja kanuni au ulituma picha.
s-sextortion-money-tell-takedown-intro-alt = Kijana anazungumza na mtu mzima anayemwamini, anayemsikiliza kwa upole, na moyo katikati yao.
s-sextortion-money-tell-takedown-who-to-tell =
    Nani wa kumwambia:
    • Mzazi au mlezi, ndugu mkubwa, mwalimu au mshauri wa shule.
    • Simu ya msaada kwa watoto: ni bure, ni ya siri, na huhitaji kutaja jina lako (116 111 katika nchi nyingi).

    Jinsi ya kuanza: “Kuna mtu mtandaoni ananitishia na ninahitaji msaada.” Huhitaji kueleza kila kitu mara moja. Mtu wa kwanza asipokusaidia, mwambie mwingine.
s-sextortion-money-tell-takedown-take-it-down =
    Unaweza pia kusaidia kuzuia picha isisambae, hata kabla hajaisambaza.

    <b>Take It Down</b> (takeitdown.ncmec.org) ni bure na unaweza kuitumia bila kutaja jina lako. Ni kwa ajili ya picha zako za uchi au za ngono za wakati ulipokuwa chini ya miaka 18. Hutengeneza alama ya kidole ya kidijitali ya picha kwenye kifaa chako mwenyewe, na programu zinazoshiriki hutumia alama hiyo kutafuta na kuondoa nakala. Picha yenyewe haipakiwi kamwe.
s-sextortion-money-tell-takedown-q1 = Kipi ni kweli kuhusu Take It Down?
s-sextortion-money-tell-takedown-q1-a = Inaweza kufanya kazi kabla picha haijasambazwa
s-sextortion-money-tell-takedown-q1-a-why = Unaweza kuitumia mara tu unapokuwa na wasiwasi, bila kutaja jina lako. Programu zinazoshiriki zinaweza kisha kuzuia picha hiyo mtu akijaribu kuichapisha huko.
s-sextortion-money-tell-takedown-q1-b = Lazima niwapakilie picha yenyewe
s-sextortion-money-tell-takedown-q1-b-why = Hiyo ni hofu ya kawaida. Lakini picha inabaki kwenye kifaa chako: ni alama yake ya kidole ya kidijitali tu inayotumwa.
s-sextortion-money-tell-takedown-q1-c = Inafanya kazi tu nikienda polisi kwanza
s-sextortion-money-tell-takedown-q1-c-why = Polisi wanaweza kusaidia, na kuwaambia ni hatua nzuri. Lakini unaweza kutumia Take It Down peke yako au pamoja na mtu mzima unayemwamini, bila kwenda kwao kwanza.
s-sextortion-money-tell-takedown-not-your-fault =
    Chochote kilichotokea kabla ya vitisho, mtu anayekutishia ili ulipe ndiye anayetenda uhalifu. Kumwamini mtu, kutongozana au kutuma picha hakufanyi hili kuwa kosa lako.

    Matapeli hujaribu kukufanya ujisikie uko peke yako na una aibu, ili unyamaze. Mara tu unapomwambia mtu, nguvu zao zinaanza kufifia.
s-sextortion-money-tell-takedown-q2 = Sextortion ni kosa la nani?
s-sextortion-money-tell-takedown-q2-a = Ni langu, kwa sababu nilituma picha
s-sextortion-money-tell-takedown-q2-a-why = Watu wengi hujilaumu, na tapeli anataka ufanye hivyo. Lakini kumtumia picha mtu uliyemwamini si uhalifu. Kumtishia mtu ili alipe ndio uhalifu.
s-sextortion-money-tell-takedown-q2-b = Ni la mtu anayetoa vitisho pekee
s-sextortion-money-tell-takedown-q2-b-why = Mtu anayekutishia alichagua kutenda uhalifu. Unastahili msaada na kuungwa mkono, si lawama.
s-sextortion-money-tell-takedown-q2-c = Ni letu sote wawili, kiasi
s-sextortion-money-tell-takedown-q2-c-why = Inaweza kuonekana hivyo unapoogopa. Lakini lawama haigawanywi: ni ya mtu anayetoa vitisho.
s-sextortion-money-tell-takedown-what-to-do =
    <b>Ufanye nini</b>
    Mwambie mtu mzima unayemwamini au simu ya msaada kwa watoto leo (116 111 katika nchi nyingi). Tumia takeitdown.ncmec.org kusaidia kuzuia picha isisambae, na uripoti akaunti hiyo kwenye programu. Hutapata matatizo kwa kuomba msaada.

    Gusa <b>Pata msaada</b> wakati wowote kuona simu ya msaada na tovuti za kuripoti za nchi yako.

## Lesson 4: When it feels like too much

s-sextortion-money-too-much-title = Mambo yanapokuzidi
s-sextortion-money-too-much-intro =
    Kutishiwa hivi kunaweza kukulemea. Unaweza kujisikia na taharuki au aibu, kukosa usingizi, au kuhisi kwamba hakuna njia ya kutoka.

    Hisia hizo ni jinsi ya kawaida ya kuitikia jambo la kutisha. Hazimaanishi kwamba mambo hayawezi kuwa mazuri tena. Kwa msaada, huwa mazuri. Vijana wengi wamepitia hili na wakalivuka.
s-sextortion-money-too-much-intro-alt = Kijana anapiga simu ya msaada huku jua likichomoza nyuma yake.
s-sextortion-money-too-much-reach-out =
    <b>Kama una mawazo ya kujidhuru, piga simu ya msaada kwa watoto au namba ya dharura ya nchini kwako sasa hivi.</b> Katika nchi nyingi simu ya msaada kwa watoto ni 116 111. Ni bure, na kuna mtu wa kukusikiliza.

    Huhitaji maneno sahihi. “Ninatishiwa mtandaoni na siwezi kustahimili” inatosha. Huhitaji kukabiliana na hili peke yako, hata kwa usiku mmoja.
s-sextortion-money-too-much-q1 = Ni usiku sana, unaogopa, na unahisi huwezi kustahimili. Nini kinasaidia sasa hivi?
s-sextortion-money-too-much-q1-a = Kukaa nalo mwenyewe hadi asubuhi
s-sextortion-money-too-much-q1-a-why = Kutaka kulificha kunaeleweka, hasa usiku. Lakini huhitaji kusubiri: simu za msaada na namba za dharura zipo sasa hivi, na kuzungumza husaidia.
s-sextortion-money-too-much-q1-b = Kupiga simu ya msaada au kumwamsha mtu mzima ninayemwamini
s-sextortion-money-too-much-q1-b-why = Kutafuta msaada mara moja ni ujasiri, si udhaifu. Simu ya msaada au mtu mzima anaweza kukusaidia ujisikie salama zaidi usiku huu na mpange la kufanya kesho.
s-sextortion-money-too-much-q1-c = Kumlipa ili hisia hii iishe
s-sextortion-money-too-much-q1-c-why = Chochote kinachomaliza hofu kinaweza kuonekana kinafaa. Lakini kulipa kwa kawaida huleta madai zaidi. Kuzungumza na mtu ndicho kinachosaidia kweli.
s-sextortion-money-too-much-friend =
    Rafiki akikuambia kwamba anatishiwa na anaonekana amekata tamaa, au anasema anataka kujidhuru:
    • Lichukulie kwa uzito, na ukae naye, ana kwa ana au kwa simu.
    • Mwambie: “Hili si kosa lako. Tutapata msaada.”
    • Mhusishe mtu mzima unayemwamini mara moja, au mkiwa pamoja, pigeni simu ya msaada au namba ya dharura ya nchini kwenu.

    Huhitaji kulitatua. Kupata msaada kunatosha.
s-sextortion-money-too-much-what-to-do =
    <b>Ufanye nini</b>
    Kama una mawazo ya kujidhuru, piga simu ya msaada kwa watoto (116 111 katika nchi nyingi) au namba ya dharura ya nchini kwako sasa hivi. Kama unaogopa lakini uko salama, mwambie mtu mzima unayemwamini leo. Hali hii itapita, na huhitaji kuipitia peke yako.

    Gusa <b>Pata msaada</b> wakati wowote kuona simu ya msaada na namba za dharura za nchi yako.
