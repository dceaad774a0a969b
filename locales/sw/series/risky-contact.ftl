## Series: Risky contact and images (risky-contact), for teens 13-17.
## Grounded in Thorn, eSafety Commissioner and NCMEC guidance, paraphrased.
## Swahili: grooming = kurubuni (with "grooming" in brackets at first use); sextortion kept as the loanword, always explained.

s-risky-contact-title = Mawasiliano na picha hatari
s-risky-contact-about = Tambua watu wanaorubuni watoto, kabiliana na shinikizo la kutuma picha za uchi au sextortion, fanya picha ziondolewe, na ujue nani wa kumwambia. Hakuna kati ya haya ambalo ni kosa lako kamwe.

## Lesson 1: Grooming red flags

s-risky-contact-grooming-title = Ishara za hatari za kurubuni
s-risky-contact-grooming-intro =
    Watu wengi unaokutana nao mtandaoni hawana nia mbaya. Lakini baadhi hujenga uaminifu na vijana makusudi, ili waweze kuwadhuru baadaye. Hii inaitwa <b>kurubuni</b> (grooming).

    Si suala la watu usiowajua tu. Anaweza kuwa mtu ambaye mmezungumza naye kwa miezi kadhaa, au mtu unayemfahamu katika maisha halisi. Kwa hiyo ni vizuri kuangalia ishara za hatari, si nyuso mpya tu.
s-risky-contact-grooming-red-flags =
    Ishara ya hatari: <b>siri</b>. Anasema “hii ni kati yetu tu” au “wazazi wako hawataelewa”.

    Ishara ya hatari: <b>kwenda kasi</b>. Baada ya mazungumzo machache anasema wewe ni wa pekee, kwamba anakupenda, kwamba hakuna anayekuelewa kama yeye. Anauliza kuhusu mwili wako, mahusiano yako, au ni lini uko nyumbani peke yako.
s-risky-contact-grooming-red-flags-alt = Kijana ameshika simu. Skrini kubwa ya simu inaonyesha viputo vya gumzo na zawadi ndogo, na bendera nyekundu kando yake.
s-risky-contact-grooming-more-flags =
    Ishara ya hatari: <b>zawadi</b>. Pointi au sarafu za michezo, skins, pesa au salio la simu (airtime), kisha anajifanya kana kwamba una deni kwake.

    Ishara ya hatari: <b>programu ya faragha</b>. Anataka mhame kutoka kwenye mchezo au kikundi hadi gumzo la faragha, mara nyingi lile ambalo jumbe hupotea.

    Ishara ya hatari: <b>shinikizo</b>. Unaposema hapana, ananuna, anakufanya ujisikie na hatia au anakasirika.
s-risky-contact-grooming-q1 = Mtu uliyekutana naye kwenye mchezo anasema: “Tuzungumze kwenye programu nyingine. Usiwaambie wazazi wako kunihusu.” Hii ni nini?
s-risky-contact-grooming-q1-a = Kawaida. Marafiki huzungumza kwenye programu nyingi.
s-risky-contact-grooming-q1-a-why = Marafiki kweli hutumia programu nyingi, na sehemu hiyo inaweza kuwa sawa. Lakini kukuomba umfiche kutoka kwa familia yako ni ishara ya hatari, na ikiambatana na kuhamia programu nyingine, inastahili kuchukuliwa kwa uzito.
s-risky-contact-grooming-q1-b = Ishara mbili za hatari: siri na programu ya faragha
s-risky-contact-grooming-q1-b-why = Rafiki wa kweli hahitaji umfiche. Unaweza kusema hapana, kuacha kujibu na kuzungumza na mtu unayemwamini.
s-risky-contact-grooming-q1-c = Ni tatizo tu kama ni mtu nisiyemjua
s-risky-contact-grooming-q1-c-why = Kurubuni kunaweza kufanywa na mtu unayehisi unamjua vizuri, mtandaoni au nje ya mtandao. Ishara za hatari ni muhimu zaidi kuliko muda ambao mmefahamiana.
s-risky-contact-grooming-fear-shame =
    Wanaorubuni watoto mara nyingi hutumia hofu na aibu ili vijana wanyamaze: “Nawe utapata matatizo”, “Hakuna atakayekuamini”. Hilo si kweli.

    Mtu akikutendea hivi, ni kosa lake, kamwe si lako. Hata kama ulimjibu, ulipokea zawadi au ulituma kitu. Unaweza kuacha wakati wowote, na hutapata matatizo kwa kuomba msaada.
s-risky-contact-grooming-q2 = Gumzo linaonekana si sawa na mtu wa upande wa pili anaendelea kukushinikiza. Unaweza kufanya nini?
s-risky-contact-grooming-q2-a = Kuendelea kuzungumza naye ili asikasirike
s-risky-contact-grooming-q2-a-why = Ni wema kujali hisia za watu wengine. Lakini huna wajibu wa kumjibu mtu yeyote, na hasira zake si jukumu lako.
s-risky-contact-grooming-q2-b = Kulitatua peke yangu ili mtu asijue
s-risky-contact-grooming-q2-b-why = Watu wengi hujisikia hivyo, na hisia hiyo ndiyo hasa wanayoitegemea wanaorubuni watoto. Hutapata matatizo kwa kuomba msaada, na huhitaji kukabiliana na hili peke yako.
s-risky-contact-grooming-q2-c = Kuacha kujibu, kuzuia, kuripoti, kumwambia mtu
s-risky-contact-grooming-q2-c-why = Unaweza kuondoka kwenye gumzo lolote, wakati wowote, bila kueleza sababu. Piga picha za skrini kwanza ukiweza, kisha zuia, ripoti na umwambie mtu unayemwamini.
s-risky-contact-grooming-what-to-do =
    <b>Ufanye nini</b>
    Gumzo likionyesha ishara za hatari: acha kujibu na uondoke. Piga picha za skrini ukiweza. Zuia na uripoti akaunti hiyo kwenye programu. Mwambie mtu mzima unayemwamini, au piga simu ya msaada kwa watoto (116 111 katika nchi nyingi).

    Hukufanya kosa lolote. Gusa <b>Pata msaada</b> wakati wowote kuona simu ya msaada na tovuti za kuripoti za nchi yako.

## Lesson 2: Pressure for nudes

s-risky-contact-nudes-title = Shinikizo la kutuma picha za uchi
s-risky-contact-nudes-intro =
    Wakati mwingine watu huomba picha za uchi au za kimapenzi. Anaweza kuwa mpenzi wako, mtu unayempenda kwa siri, rafiki, au mtu unayemjua mtandaoni tu. Anaweza kuomba kwa upole, kuendelea kuomba, au kusema “kila mtu hufanya hivyo”.

    Vijana wengi hawafanyi hivyo. Na unaweza kusema <b>hapana</b> kila wakati, hata kwa mtu unayempenda, hata kama ulishawahi kukubali hapo awali.
s-risky-contact-nudes-lose-control =
    Picha ikishatumwa, huwezi kudhibiti inakokwenda. Inaweza kupigwa picha ya skrini, kuhifadhiwa au kusambazwa, hata kwenye programu zinazosema itapotea. Watu huachana, na simu hupotea au kudukuliwa.

    Kama ulishatuma kitu, ni sawa kuzungumza kuhusu hilo. Hakukufanyi kuwa mtu mbaya, na msaada upo, pamoja na njia za kufanya picha ziondolewe.
s-risky-contact-nudes-say-no =
    Baadhi ya njia za kusema hapana:
    • “Hapana asante, si mambo yangu.”
    • “Kama unaniheshimu, utaacha kuomba.”
    • Utani, meme, au kuondoka tu kwenye gumzo.

    Huna wajibu wa kumpa mtu yeyote sababu. Mtu anayekujali atakubali hapana. Akiendelea kulazimisha au kutoa vitisho, hiyo ni ishara ya hatari, na si kosa lako.
s-risky-contact-nudes-say-no-alt = Kijana ameshika simu. Kiputo cha gumzo kinaomba picha, na kiputo cha jibu kinaonyesha alama ya wazi ya hapana.
s-risky-contact-nudes-q1 = Mpenzi wako anaendelea kukuomba picha ya uchi na anasema kila mtu hufanya hivyo. Kipi ni kweli?
s-risky-contact-nudes-q1-a = Ninaweza kusema hapana, na hapana inatosha
s-risky-contact-nudes-q1-a-why = Hapana ni jibu kamili, na huhitaji kulieleza. Akiendelea kulazimisha, hilo linasema kitu kumhusu yeye, si kukuhusu wewe.
s-risky-contact-nudes-q1-b = Lazima nitume moja la sivyo nitampoteza
s-risky-contact-nudes-q1-b-why = Ni kawaida kutotaka kumpoteza mtu. Lakini mtu anayekujali kweli hatafanya picha kuwa gharama ya kubaki naye. Unastahili heshima.
s-risky-contact-nudes-q1-c = Ni sawa kama programu inafuta picha
s-risky-contact-nudes-q1-c-why = Picha zinazojifuta zinaonekana salama, lakini programu haiwezi kuzuia picha ya skrini, au simu nyingine ikirekodi skrini. Ikishatumwa, haiko tena mikononi mwako.
s-risky-contact-nudes-forwarding =
    Mtu akikutumia picha ya uchi ya mtu mwingine, <b>usiisambaze</b> wala kuwaonyesha wengine. Kuisambaza kunamuumiza mtu huyo. Katika nchi nyingi, kusambaza picha za ngono za mtu yeyote aliye chini ya miaka 18 ni kinyume cha sheria, hata kama aliyetuma naye yuko chini ya miaka 18.

    Usiipitishe kwa wengine. Iripoti kwenye programu, mwambie mtu mzima unayemwamini, kisha uifute.
s-risky-contact-nudes-q2 = Mtu anaweka picha ya uchi ya mwanafunzi mwenzenu kwenye gumzo la kikundi chenu. Nini kinasaidia zaidi?
s-risky-contact-nudes-q2-a = Kuisambaza ili kuwaonya watu wengine
s-risky-contact-nudes-q2-a-why = Kutaka kuwaonya watu kunatokana na nia njema. Lakini kuisambaza kunaeneza picha hiyo na kumuumiza mwenzenu zaidi. Kuiripoti ndiyo njia ya kusaidia.
s-risky-contact-nudes-q2-b = Kutoisambaza, kuiripoti, kumwambia mtu mzima
s-risky-contact-nudes-q2-b-why = Kutoipitisha kwa wengine na kuiripoti ni hatua ndogo zinazoleta tofauti kubwa. Unaweza pia kumjulia hali mwenzenu: huenda anajisikia yuko peke yake kabisa.
s-risky-contact-nudes-q2-c = Kupuuza, si tatizo langu
s-risky-contact-nudes-q2-c-why = Inaweza kuwa vigumu kujihusisha, na hilo linaeleweka. Lakini kunyamaza kunamwacha mwenzenu peke yake na tatizo hilo. Kuripoti kunachukua dakika moja na kunasaidia kweli.
s-risky-contact-nudes-what-to-do =
    <b>Ufanye nini</b>
    Mtu akikushinikiza: sema hapana, ondoka kwenye gumzo, mzuie na umripoti. Kama ulituma picha na una wasiwasi, zungumza na mtu mzima unayemwamini au simu ya msaada kwa watoto. Hutapata matatizo kwa kuomba msaada, na picha zilizopigwa kabla hujafikisha miaka 18 mara nyingi zinaweza kuondolewa.

    Gusa <b>Pata msaada</b> wakati wowote kuona simu ya msaada na tovuti za kuripoti za nchi yako.

## Lesson 3: Sextortion

s-risky-contact-sextortion-title = Sextortion: vitisho vya picha
s-risky-contact-sextortion-intro =
    <b>Sextortion</b> ni pale mtu anapokuwa na picha yako ya uchi au ya ngono, au anaposema anayo, na anatishia kuisambaza usipomlipa, usipotuma zaidi au usipofanya anachotaka.

    Mara nyingi huanza na mtu mpya anayekutongoza na kwenda kasi. Wengi wao ni matapeli wanaowafanyia vijana wengi hivi. Inaweza kumtokea mtu yeyote, na <b>kamwe si kosa lako</b>.
s-risky-contact-sextortion-intro-alt = Kijana akiwa amekumbatiwa begani na mtu mzima anayemwamini, sarafu iliyowekewa alama ya X, na ngao kubwa.
s-risky-contact-sextortion-dont-pay =
    <b>Usilipe</b> na usitume kitu kingine chochote. Kulipa mara chache hukomesha jambo hili. Kwa kawaida wanaomba zaidi tu.

    <b>Acha kujibu.</b> Huna lazima ya kujibu vitisho wala muda wa mwisho wanaokupa. Wanataka uingiwe na hofu na uchukue hatua haraka. Vuta pumzi: una muda wa kutafuta msaada.
s-risky-contact-sextortion-evidence =
    <b>Hifadhi ushahidi</b> kabla ya kumzuia: picha za skrini za jumbe, jina lake la mtumiaji au kiungo cha wasifu wake, na maelezo yoyote ya malipo aliyokutumia.

    <b>Mzuie, lakini usifute akaunti yako.</b> Kuifuta kunaweza kufuta jumbe zinazosaidia kumkomesha. Kisha <b>ripoti</b> akaunti hiyo kwenye programu.
s-risky-contact-sextortion-q1 = Mtu anatishia kusambaza picha yako usipomlipa kabla ya usiku wa leo. Unafanya nini kwanza?
s-risky-contact-sextortion-q1-a = Nalipa haraka ili yote yaishe
s-risky-contact-sextortion-q1-a-why = Inaeleweka kutaka jambo liishe haraka. Lakini kulipa kwa kawaida huleta madai zaidi. Baki na pesa zako; tafuta msaada badala yake.
s-risky-contact-sextortion-q1-b = Nafuta akaunti yangu na kunyamaza
s-risky-contact-sextortion-q1-b-why = Kutaka kutoweka ni hisia ya kawaida sana. Lakini kufuta akaunti yako kunaweza kufuta ushahidi, na kunyamaza kunakuacha peke yako na tatizo hili. Badala yake mzuie, hifadhi jumbe na umwambie mtu.
s-risky-contact-sextortion-q1-c = Naacha kujibu, nahifadhi ushahidi, natafuta msaada
s-risky-contact-sextortion-q1-c-why = Acha kujibu, piga picha za skrini, zuia na uripoti, kisha mwambie mtu mzima unayemwamini au simu ya msaada. Muda wa mwisho ni hila tu ya kukuharakisha.
s-risky-contact-sextortion-not-your-fault =
    Sextortion ni uhalifu, na anayeifanya ndiye pekee wa kulaumiwa. Si wewe. Hata kama ulituma picha, au ulivunja kanuni za nyumbani.

    Kuhisi hofu, aibu au kukwama ni kawaida. Lakini hauko peke yako, na kuna njia ya kutoka katika hali hii. Kumwambia mtu ndiyo njia ya haraka zaidi ya kuikomesha. Hutapata matatizo kwa kuomba msaada.
s-risky-contact-sextortion-q2 = Sextortion ni kosa la nani?
s-risky-contact-sextortion-q2-a = Ni la mtu anayetoa vitisho pekee
s-risky-contact-sextortion-q2-a-why = Mtu anayetoa vitisho anatenda uhalifu, kwa hiyo lawama ni yake peke yake. Unastahili msaada na kuungwa mkono, si lawama.
s-risky-contact-sextortion-q2-b = Ni langu, kama nilituma picha
s-risky-contact-sextortion-q2-b-why = Watu wengi hujilaumu, na hilo linaeleweka. Lakini kumwamini mtu si uhalifu. Kukutishia ndio uhalifu, kwa hiyo lawama yote ni yake.
s-risky-contact-sextortion-q2-c = Ni langu kiasi, na lake kiasi
s-risky-contact-sextortion-q2-c-why = Inaweza kuonekana hivyo, hasa mtu anapokuambia ulifanye siri. Lakini lawama haigawanywi: ni ya mtu anayetoa vitisho pekee.
s-risky-contact-sextortion-what-to-do =
    <b>Ufanye nini</b>
    Usilipe. Acha kujibu. Hifadhi picha za skrini. Zuia na uripoti, lakini usifute akaunti yako. Mwambie mtu mzima unayemwamini au simu ya msaada kwa watoto. Picha zinaweza kuondolewa: ona somo linalofuata.
    Ukijisikia uko hatarini au huwezi kustahimili, piga namba ya dharura ya nchini kwako sasa hivi.

    Gusa <b>Pata msaada</b> wakati wowote kuona simu ya msaada na tovuti za kuripoti za nchi yako.

## Lesson 4: Getting images taken down

s-risky-contact-takedown-title = Kufanya picha ziondolewe
s-risky-contact-takedown-intro =
    Kama picha au video yako ya uchi, ya nusu uchi au ya ngono imesambazwa, au una wasiwasi kwamba huenda ikasambazwa, kuna njia za kuifanya iondolewe. Hujachelewa, na huhitaji kufanya hivi peke yako.

    Hii ni kweli hata kama wewe mwenyewe ndiye uliyepiga picha hiyo. Hutapata matatizo kwa kuomba msaada.
s-risky-contact-takedown-take-it-down =
    <b>Take It Down</b> ni huduma ya bure inayoendeshwa na NCMEC, shirika la hisani la Marekani linalolinda watoto, na vijana katika nchi nyingi wanaweza kuitumia. Ni kwa ajili ya picha au video zilizopigwa <b>kabla hujafikisha miaka 18</b>.

    Nenda kwenye takeitdown.ncmec.org. Huhitaji kutaja jina lako, na mtu mzima unayemwamini anaweza kukusaidia.
s-risky-contact-takedown-how-it-works =
    Jinsi inavyofanya kazi: kwenye simu au kompyuta yako mwenyewe, tovuti hiyo hugeuza picha kuwa <b>hash</b>, aina ya alama ya kidole ya kidijitali. Ni alama hiyo tu inayotumwa, <b>kamwe si picha yenyewe</b>. Programu zinazoshiriki huitumia kutafuta nakala, kuziondoa na kuzuia zisipakiwe upya.

    Si kila programu inashiriki, kwa hiyo pia ripoti picha hiyo kwenye programu ulipoiona.
s-risky-contact-takedown-how-it-works-alt = Picha kwenye simu inageuka kuwa mchoro wa alama ya kidole, na mshale unatoka hapo kuelekea ngao yenye tiki.
s-risky-contact-takedown-q1 = Kipi kati ya haya ni kweli kuhusu Take It Down?
s-risky-contact-takedown-q1-a = Lazima niwatumie picha yangu
s-risky-contact-takedown-q1-a-why = Hiyo ni hofu ya kawaida sana, na inaeleweka. Lakini picha inabaki kwenye kifaa chako. Ni alama yake ya kidole ya kidijitali tu inayoshirikiwa.
s-risky-contact-takedown-q1-b = Ni kwa picha zilizopigwa kabla ya miaka 18
s-risky-contact-takedown-q1-b-why = Take It Down ni kwa ajili ya picha za wakati ulipokuwa chini ya miaka 18, na unaweza kuitumia bila kutaja jina lako.
s-risky-contact-takedown-q1-c = Lazima niende polisi kwanza
s-risky-contact-takedown-q1-c-why = Polisi wanaweza kusaidia, na ni vizuri kujua hilo. Lakini huhitaji kwenda kwao kwanza. Unaweza kutumia Take It Down peke yako au pamoja na mtu mzima unayemwamini.
s-risky-contact-takedown-hotlines =
    Unaweza pia kuripoti kwa <b>huduma ya kuripoti</b> (hotline). <b>IWF</b> (Internet Watch Foundation) na <b>INHOPE</b>, mtandao wa kimataifa wa huduma za kuripoti, hushirikiana na tovuti na polisi kuondoa picha za ngono za watu walio chini ya miaka 18.

    Nchi nyingi zina tovuti zao za kuripoti. Kuripoti ni bure, na huhitaji kushiriki picha hiyo wewe mwenyewe.
s-risky-contact-takedown-what-to-do =
    <b>Ufanye nini</b>
    Ripoti picha hiyo kwenye programu ulipoiona. Tumia takeitdown.ncmec.org kwa picha za kabla hujafikisha miaka 18. Ripoti pia kwa huduma ya kuripoti. Mtu mzima unayemwamini au simu ya msaada kwa watoto anaweza kukusaidia katika kila hatua.

    Gusa <b>Pata msaada</b> wakati wowote kuona simu ya msaada na tovuti za kuripoti za nchi yako.

## Lesson 5: Who to tell

s-risky-contact-who-to-tell-title = Nani wa kumwambia
s-risky-contact-who-to-tell-intro =
    Kitu mtandaoni kikionekana si sawa, kumwambia mtu ni mojawapo ya mambo ya kijasiri na ya busara zaidi unayoweza kufanya. Huhitaji kuwa na uhakika, na huhitaji ushahidi.

    Hutapata matatizo kwa kuomba msaada. Chochote kilichotokea, si kosa lako.
s-risky-contact-who-to-tell-intro-alt = Kijana anazungumza na mtu mzima anayemwamini. Viputo vya gumzo na moyo vinaelea katikati yao.
s-risky-contact-who-to-tell-trusted-adult =
    <b>Mtu mzima unayemwamini</b> ni mtu anayesikiliza na kusaidia: mzazi au mlezi, shangazi au mjomba, binamu mkubwa, mwalimu, mshauri wa shule, kocha au muuguzi.

    Huna uhakika jinsi ya kuanza? Jaribu: “Kuna kitu kimetokea mtandaoni na ninahitaji msaada.” Mtu mzima wa kwanza asipokusaidia, mwambie mwingine. Endelea hadi mtu akusaidie.
s-risky-contact-who-to-tell-helplines =
    <b>Simu ya msaada kwa watoto</b> kwa kawaida ni ya bure na ya siri. Unaweza kuzungumza kuhusu jambo lolote, na huhitaji kutaja jina lako. Barani Ulaya na katika nchi nyingine nyingi namba ni <b>116 111</b>. Baadhi ya nchi hutumia namba tofauti.

    <b>Huduma ya kuripoti</b> (hotline) inaweza kufanya picha za ngono za watu walio chini ya miaka 18 ziondolewe. Uko hatarini sasa hivi? Piga namba ya dharura ya nchini kwako.
s-risky-contact-who-to-tell-q1 = Kitu mtandaoni kinakutia wasiwasi, lakini huna uhakika kama ni jambo zito. Hatua nzuri ni ipi?
s-risky-contact-who-to-tell-q1-a = Kumwambia mtu mzima ninayemwamini au kupiga simu ya msaada
s-risky-contact-who-to-tell-q1-a-why = Huhitaji kuwa na uhakika kwamba ni jambo zito. Kulizungumzia ndiyo njia ya kujua, na ya kupata msaada.
s-risky-contact-who-to-tell-q1-b = Kusubiri hadi niwe na ushahidi
s-risky-contact-who-to-tell-q1-b-why = Ni kawaida kutaka kuwa na uhakika kwanza. Lakini huhitaji ushahidi: kuwa na wasiwasi ni sababu tosha ya kuzungumza na mtu.
s-risky-contact-who-to-tell-q1-c = Kubaki nalo mwenyewe ili mtu asikasirike
s-risky-contact-who-to-tell-q1-c-why = Kujali hisia za watu wengine ni wema. Lakini watu wazima wanaokujali wangependa kujua, na wewe pia unastahili msaada.
s-risky-contact-who-to-tell-friend =
    Rafiki akikuambia kwamba kuna kitu kilimtokea: msikilize, mwamini, na usisambaze habari zake kwa wengine. Mkumbushe kwamba si kosa lake.

    Kisha msaidie kumwambia mtu mzima anayemwamini, au jitolee kwenda naye. Kama yuko hatarini, mwambie mtu mzima wewe mwenyewe, hata kama alikuomba usiseme. Huo ndio urafiki wa kweli.
s-risky-contact-who-to-tell-q2 = Rafiki anasema kuna mtu anamtishia, lakini anakuomba uiweke siri. Unafanya nini?
s-risky-contact-who-to-tell-q2-a = Naitunza siri, kama nilivyoahidi
s-risky-contact-who-to-tell-q2-a-why = Kutimiza ahadi ni muhimu, na kunaonyesha uaminifu wako. Lakini baadhi ya siri ni nzito mno kuzitunza, na vitisho ni mojawapo. Rafiki yako anahitaji msaada wa mtu mzima.
s-risky-contact-who-to-tell-q2-b = Naandika mtandaoni ili kuwaonya wote
s-risky-contact-who-to-tell-q2-b-why = Unataka kuwalinda watu, na hilo ni zuri. Lakini kuandika mtandaoni kunaweza kumwanika rafiki yako na kuzidisha hali. Kuzungumza na mtu mzima unayemwamini ni salama zaidi.
s-risky-contact-who-to-tell-q2-c = Namsaidia kumwambia mtu mzima anayemwamini
s-risky-contact-who-to-tell-q2-c-why = Unaweza kujitolea kwenda naye au kumsaidia kupata maneno. Akikataa, kumwambia mtu mzima wewe mwenyewe bado ni jambo sahihi kufanya.
s-risky-contact-who-to-tell-what-to-do =
    <b>Ufanye nini</b>
    Mfikirie mtu mmoja ambaye ungeweza kumwambia kama kitu kingeenda vibaya mtandaoni. Kumbuka simu ya msaada kwa watoto, 116 111 katika nchi nyingi. Huduma za kuripoti zinaweza kusaidia kuondoa picha.

    Gusa <b>Pata msaada</b> wakati wowote kuona simu ya msaada na tovuti za kuripoti za nchi yako. Hauko peke yako kamwe katika hili.

## Youth voice: the one-tap question asked once after the series (content/series/risky-contact.yaml voice_question)

s-risky-contact-voice-first-move = Gumzo likianza kuonekana si sawa, ungefanya nini kwanza?
s-risky-contact-voice-first-move-leave = Kuacha kujibu na kuondoka kwenye gumzo
s-risky-contact-voice-first-move-save = Kupiga picha za skrini za jumbe kama ushahidi
s-risky-contact-voice-first-move-report = Kumzuia na kumripoti kwenye programu
s-risky-contact-voice-first-move-tell = Kumwambia mtu mzima ninayemwamini
s-risky-contact-voice-first-move-helpline = Kuwasiliana na simu ya msaada kwa watoto
