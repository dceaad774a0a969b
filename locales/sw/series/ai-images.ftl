## Series: AI fakes and nudify apps (ai-images), for teens 13-17.
## Grounded in NCMEC (generative AI, Take It Down), Thorn, IWF/Childline and eSafety guidance, paraphrased.
## Swahili: "nudify" and "deepfake" kept as the words teens use, explained at first use; fake = bandia.

s-ai-images-title = Picha bandia za AI na programu za nudify
s-ai-images-about = Jinsi AI inavyoweza kugeuza picha ya kawaida kuwa picha bandia ya uchi, kwa nini kuitengeneza au kuisambaza ni unyanyasaji, na ufanye nini ikikutokea wewe au rafiki yako. Kamwe si kosa lako.

## Lesson 1: What AI fakes are

s-ai-images-what-they-are-title = Picha bandia za AI ni nini
s-ai-images-what-they-are-intro =
    Programu nyingi hutumia AI (akili bandia) kubadilisha picha. Mara nyingi ni kwa ajili ya kujifurahisha: vichujio (filters), nyuso za kuchekesha, mandhari mpya.

    Lakini baadhi ya zana, ambazo mara nyingi huitwa programu za <b>nudify</b> au za “kuvua nguo”, huchukua picha ya kawaida ya mtu halisi, aliyevaa nguo kamili, na kutengeneza picha bandia ya uchi au ya ngono yake. Picha bandia za aina hii pia huitwa <b>deepfakes</b>.

    Mtu aliye kwenye picha hakuwahi kukubali. Mara nyingi hajui hata kwamba ipo.
s-ai-images-what-they-are-intro-alt = Picha ya kawaida ya mtu, mshale wenye nyota ndogo zinazong'aa, na picha ya pili iliyofunikwa na alama nyekundu ya marufuku.
s-ai-images-what-they-are-how-made =
    Anachohitaji mtu ni picha ya kawaida tu: selfie, picha ya timu, picha ya wasifu. Picha bandia inaweza kuonekana halisi kabisa, ingawa si ya kweli.

    Kwa hiyo inaweza kumtokea mtu yeyote, hata watu ambao hawajawahi kutuma picha ya uchi. Ikikutokea, si kwa sababu ya jambo lolote ulilofanya au ulilochapisha.
s-ai-images-what-they-are-how-common =
    Hili si jambo la nadra, na si wewe peke yako uliyewahi kukutana nalo. Katika utafiti wa vijana wenye umri wa miaka 13 hadi 20, <b>kijana 1 kati ya 17</b> alisema mtu aliwahi kutengeneza deepfake ya uchi yake, na <b>84%</b> ya vijana walisema picha hizi bandia zinadhuru (Thorn, 2025).

    Vijana wengi wanajua kwamba ni makosa. Hilo ni muhimu: kadiri watu wengi zaidi wanavyokataa kusambaza picha bandia, ndivyo zinavyoenea kidogo.
s-ai-images-what-they-are-q1 = Mtu alitumia programu kutengeneza picha bandia ya uchi ya mwanafunzi mwenzenu. Kipi ni kweli?
s-ai-images-what-they-are-q1-a = Ni bandia, kwa hiyo hakuna anayeumia kweli
s-ai-images-what-they-are-q1-a-why = Picha si ya kweli, sehemu hiyo ni kweli. Lakini mtu aliye kwenye picha anapata aibu, hofu na umbea kana kwamba ni ya kweli. Ndiyo sababu kuitengeneza au kuisambaza huhesabiwa kuwa unyanyasaji.
s-ai-images-what-they-are-q1-b = Ni unyanyasaji, ingawa ni bandia
s-ai-images-what-they-are-q1-b-why = Madhara ni ya kweli hata kama picha si ya kweli: mtu huyo hakuwahi kukubali, na wanaoiona wanaweza kuiamini. Kutengeneza au kusambaza picha bandia ya uchi ya mtu ni unyanyasaji, awe ni nani.
s-ai-images-what-they-are-q1-c = Ni tatizo tu kama inaonekana halisi
s-ai-images-what-they-are-q1-c-why = Jinsi inavyoonekana halisi haibadilishi mengi. Hata picha iliyo wazi kuwa bandia inaweza kumwaibisha mtu na kutumiwa kumwonea, na bado mtu huyo hakuwahi kukubali.
s-ai-images-what-they-are-what-to-do =
    <b>Ufanye nini</b>
    Ukiona picha bandia ya uchi ya mtu yeyote: usiisambaze, usiitolee maoni, na uiripoti kwenye programu. Kama ni yako au ya rafiki yako, mwambie mtu mzima unayemwamini au piga simu ya msaada kwa watoto (116 111 katika nchi nyingi). Masomo yanayofuata yanaonyesha hatua za kuchukua.

    Gusa <b>Pata msaada</b> wakati wowote kuona simu ya msaada na tovuti za kuripoti za nchi yako.

## Lesson 2: Fake picture, real harm

s-ai-images-still-abuse-title = Picha bandia, madhara halisi
s-ai-images-still-abuse-intro =
    Wakati mwingine watu hutengeneza picha bandia “kwa utani”, ili kulipiza kisasi kwa mtu, au kwa sababu walichochewa kwenye gumzo la kikundi. Kwao inaweza kuonekana kama mchezo tu.

    Kwa mtu aliye kwenye picha, inaweza kuhisi kama mwili wake na faragha yake vimeporwa. Anaweza kuona aibu, kuogopa kwenda shuleni, au kujisikia yuko peke yake kabisa. Na picha bandia ikishasambazwa, inaweza kufika mbali na kwa haraka.
s-ai-images-still-abuse-intro-alt = Kijana mwenye wasiwasi yuko katikati, na picha ileile inaonekana kwenye simu kadhaa zinazomzunguka.
s-ai-images-still-abuse-not-a-joke =
    Kutengeneza, kuomba au kusambaza picha bandia ya uchi ya mtu halisi ni <b>unyanyasaji kwa kutumia picha</b>. Haijalishi kwamba picha ni bandia.

    Mtu huyo akiwa chini ya miaka 18, NCMEC, shirika la hisani linalolinda watoto, linaonya kwamba kutengeneza au kusambaza picha hizi bandia si tu kunadhuru sana: kunaweza pia kuleta matokeo mazito ya kisheria, hata kukifanywa na vijana wengine.
s-ai-images-still-abuse-q1 = Rafiki anasema: “Nitumie picha yake, nitaipitisha kwenye programu ya nudify. Ni utani tu.” Unafanya nini?
s-ai-images-still-abuse-q1-a = Namtumia, ni utani tu
s-ai-images-still-abuse-q1-a-why = Kumfuata rafiki kunaweza kuonekana rahisi kuliko kusema hapana. Lakini “utani” wa aina hii unaweza kumuumiza sana msichana huyo, na kutuma picha kungekufanya uwe sehemu yake.
s-ai-images-still-abuse-q1-b = Nakataa, na namwambia si sawa
s-ai-images-still-abuse-q1-b-why = Kukataa kunalizuia kabla halijaanza, na huhitaji sababu ndefu: “Hapana. Hilo si la kuchekesha, ni unyanyasaji.” Akifanya hivyo hata hivyo, liripoti na umwambie mtu mzima unayemwamini.
s-ai-images-still-abuse-q1-c = Nanyamaza na kumwachia aamue
s-ai-images-still-abuse-q1-c-why = Kujiweka kando kunaweza kuonekana salama zaidi. Lakini kunyamaza kunaweza kuonekana kama kukubali. Kusema hapana kwa ufupi, au kumwambia mtu mzima, kunaweza kumlinda.
s-ai-images-still-abuse-in-a-chat =
    Picha bandia ikitokea kwenye gumzo ulilomo, bado unaweza kuchagua la kufanya:
    • Usiihifadhi wala kuisambaza.
    • Sema kwamba si sawa, kama unajisikia salama kufanya hivyo.
    • Ripoti chapisho hilo na akaunti hiyo kwenye programu.
    • Mwambie mtu mzima unayemwamini, na umjulie hali mtu aliye kwenye picha.

    Kama uliwahi kusambaza picha kama hiyo na unajutia, hujachelewa: ifute, acha kusambaza, na uzungumze na mtu mzima unayemwamini.
s-ai-images-still-abuse-q2 = Kipi kati ya haya kinamsaidia zaidi mtu aliye kwenye picha bandia?
s-ai-images-still-abuse-q2-a = Kuisambaza ili ajue kwamba imesambaa
s-ai-images-still-abuse-q2-a-why = Kutaka ajue kunatokana na kumjali. Lakini kuisambaza kunaieneza zaidi. Unaweza kumwambia, au kumwambia mtu mzima, bila kutuma picha.
s-ai-images-still-abuse-q2-b = Kuiripoti, na kutoipitisha kwa wengine
s-ai-images-still-abuse-q2-b-why = Kila inaposambazwa, picha inakuwa vigumu zaidi kuondolewa. Kuiripoti kunasaidia iondolewe, na kutoipitisha kunamaanisha inaishia kwako.
s-ai-images-still-abuse-q2-c = Kuchapisha kwamba ni bandia
s-ai-images-still-abuse-q2-c-why = Kumtetea ni wema. Lakini chapisho la wazi linaweza kuwafanya watu wengi zaidi waitafute picha hiyo. Iripoti, na umuunge mkono kwa faragha.
s-ai-images-still-abuse-what-to-do =
    <b>Ufanye nini</b>
    Kamwe usitengeneze, usiombe wala usisambaze picha bandia ya uchi ya mtu yeyote. Ukiona moja: usiipitishe kwa wengine, iripoti kwenye programu, na umwambie mtu mzima unayemwamini. Huna uhakika ufanye nini? Simu ya msaada kwa watoto inaweza kulizungumza nawe (116 111 katika nchi nyingi).

    Gusa <b>Pata msaada</b> wakati wowote kuona simu ya msaada na tovuti za kuripoti za nchi yako.

## Lesson 3: If it happens to you

s-ai-images-if-it-happens-title = Ikikutokea wewe
s-ai-images-if-it-happens-intro =
    Kugundua picha bandia ya uchi yako kunaweza kuleta wimbi la hisia: mshtuko, hasira, aibu, taharuki. Zote zinaeleweka.

    Kumbuka hili: <b>si kosa lako</b>. Hukuitengeneza na hukukubali. Aliyeitengeneza au kuisambaza ndiye anayewajibika. Hujapata matatizo, na unaweza kupata msaada wa kukabiliana nalo.
s-ai-images-if-it-happens-intro-alt = Mtu mzima anayejali amemkumbatia kijana kwa mkono, kando ya ngao kubwa ya kijani yenye moyo.
s-ai-images-if-it-happens-first-steps =
    Hatua za kwanza:
    • <b>Usiisambaze</b> kwa mtu yeyote, hata kuonyesha jinsi ilivyo mbaya.
    • <b>Hifadhi ushahidi</b>: piga picha za skrini za jumbe, majina ya watumiaji na viungo vinavyoonyesha mahali ilipochapishwa. Huhitaji kuhifadhi nakala za picha yenyewe.
    • <b>Usimjibu</b> aliyeitengeneza, na kamwe usimlipe mtu anayekutishia nayo.
    • <b>Mwambie mtu</b> unayemwamini, leo.
s-ai-images-if-it-happens-report =
    Kisha <b>iripoti</b>:
    • Kwenye programu: ripoti chapisho na akaunti.
    • Kwa <b>huduma ya kuripoti</b> (hotline) picha za ngono za walio chini ya miaka 18. Hushughulikia picha bandia pia: 19% ya ripoti zilizothibitishwa kwa Report Remove (Uingereza) zilihusu picha zilizobadilishwa kidijitali, zikiwemo za AI (IWF, 2025).
    • <b>Take It Down</b> (takeitdown.ncmec.org) husaidia kuondoa picha zako za uchi au za ngono za kabla ya miaka 18 kwenye programu zinazoshiriki. Angalia ukurasa wake kama inakufaa.
s-ai-images-if-it-happens-q1 = Mtu alitengeneza picha bandia ya uchi yako na inasambazwa. Hatua nzuri ya kwanza ni ipi?
s-ai-images-if-it-happens-q1-a = Kufuta akaunti zangu zote na kutoweka
s-ai-images-if-it-happens-q1-a-why = Kutaka kutoweka ni hisia ya kawaida sana. Lakini kufuta akaunti zako kunaweza kuondoa ushahidi unaosaidia picha iondolewe. Zibakishe kwa sasa, zuia, na utafute msaada.
s-ai-images-if-it-happens-q1-b = Kuhifadhi ushahidi, kuripoti, kumwambia mtu
s-ai-images-if-it-happens-q1-b-why = Picha za skrini za mahali ilipochapishwa na aliyeichapisha, ripoti kwenye programu na kwa huduma ya kuripoti, na mtu mzima unayemwamini au simu ya msaada upande wako: hivyo ndivyo picha bandia huondolewa.
s-ai-images-if-it-happens-q1-c = Kumtumia kila mtu ujumbe kwamba ni bandia
s-ai-images-if-it-happens-q1-c-why = Bila shaka unataka watu wajue ukweli. Lakini jumbe kwa watu wengi zinaweza kuwafanya watu wengi zaidi waitafute. Ripoti zako na watu wanaokusaidia ndio watakaofanya kazi hiyo.
s-ai-images-if-it-happens-what-to-do =
    <b>Ufanye nini</b>
    Si kosa lako. Usiisambaze. Hifadhi ushahidi. Iripoti kwenye programu na kwa huduma ya kuripoti, na uangalie takeitdown.ncmec.org. Mwambie mtu mzima unayemwamini au piga simu ya msaada kwa watoto (116 111 katika nchi nyingi). Mtu akikutishia, au ukijisikia si salama, piga namba ya dharura ya nchini kwako.

    Gusa <b>Pata msaada</b> wakati wowote kuona simu ya msaada na tovuti za kuripoti za nchi yako.

## Lesson 4: If it happens to a friend

s-ai-images-friend-title = Ikimtokea rafiki yako
s-ai-images-friend-intro =
    Rafiki akilengwa, unaweza kuleta tofauti kubwa kwa jinsi tu unavyoitikia.

    Rafiki yako anaweza kuona aibu, kuwa na hasira, au kuogopa kwamba kila mtu ameiona. Huenda asitake kuzungumza mwanzoni, na hilo ni sawa. Anachohitaji zaidi ni kujua kwamba uko upande wake.
s-ai-images-friend-intro-alt = Marafiki wawili wamesimama karibu, mmoja akimfariji mwenzake, kando ya simu inayoonyesha picha iliyozuiwa.
s-ai-images-friend-support =
    Mambo yanayosaidia:
    • “Nakuamini. Hili si kosa lako.”
    • “Sijaisambaza, na sitaisambaza.”
    • “Unataka nikusaidie kuiripoti, au twende pamoja kumwambia mtu mzima?”

    Mambo ya kuepuka: kuomba kuiona, kumlaumu kwa kuchapisha picha, au kuwasimulia watu wengine habari zake.
s-ai-images-friend-q1 = Rafiki yako anagundua kwamba kuna picha bandia ya uchi yake. Unasema nini kwanza?
s-ai-images-friend-q1-a = “Kwa nini ulichapisha picha ile?”
s-ai-images-friend-q1-a-why = Huenda unajaribu tu kuelewa kilichotokea. Lakini inasikika kama lawama, na picha haikuwa tatizo: tatizo ni mtu aliyeigeuza kuwa bandia.
s-ai-images-friend-q1-b = “Hilo ni baya sana. Si kosa lako. Niko hapa.”
s-ai-images-friend-q1-b-why = Kuanza kwa kumwamini na kumuunga mkono kunamsaidia rafiki yako ajisikie hayuko peke yake. Kisha unaweza kumsaidia kuhifadhi ushahidi, kuripoti na kumwambia mtu mzima anayemwamini.
s-ai-images-friend-q1-c = “Nionyeshe, nataka kuona ilivyo mbaya.”
s-ai-images-friend-q1-c-why = Kutaka kuelewa ni kawaida. Lakini kuiangalia kunaweza kumwongezea aibu, na huhitaji kuiona ili umsaidie.
s-ai-images-friend-next-steps =
    Msaidie rafiki yako kuchukua hatua: picha za skrini za mahali ilipochapishwa, ripoti kwenye programu na kwa huduma ya kuripoti, na mtu mzima anayemwamini au simu ya msaada.

    Kama rafiki yako anaonekana mwenye huzuni kubwa, anatishiwa, au anakuomba ulifanye yote kuwa siri, mwambie mtu mzima unayemwamini hata hivyo. Huko si kumsaliti. Ni kumpatia msaada anaouhitaji.
s-ai-images-friend-q2 = Rafiki yako anakusihi usimwambie mtu yeyote, na anaonekana ameshuka moyo sana. Unafanya nini?
s-ai-images-friend-q2-a = Naitunza siri, kama alivyoniomba
s-ai-images-friend-q2-a-why = Uaminifu kwa rafiki ni muhimu. Lakini baadhi ya mambo ni mazito mno kwa marafiki wawili kuyabeba peke yao, na rafiki anapokuwa na huzuni kiasi hiki, mtu mzima anahitaji kujua.
s-ai-images-friend-q2-b = Namwambia mtu mzima ninayemwamini, na kumjulisha rafiki
s-ai-images-friend-q2-b-why = Unaweza kusema: “Nakujali sana, siwezi kulinyamazia hili.” Mtu mzima unayemwamini au simu ya msaada anaweza kuwasaidia nyote wawili.
s-ai-images-friend-q2-c = Naandika mtandaoni ili watu waache kuisambaza
s-ai-images-friend-q2-c-why = Kutaka kumlinda ni jambo zuri. Lakini chapisho linaweza kuwafanya watu wengi zaidi waende kuitafuta. Kuripoti kimya kimya na kumhusisha mtu mzima hufaa zaidi.
s-ai-images-friend-what-to-do =
    <b>Ufanye nini</b>
    Mwamini rafiki yako. Usiisambaze na usiombe kuiona. Msaidie kuhifadhi ushahidi, kuiripoti na kumwambia mtu mzima anayemwamini. Mnaweza pia kuwasiliana pamoja na simu ya msaada kwa watoto (116 111 katika nchi nyingi).

    Gusa <b>Pata msaada</b> wakati wowote kuona simu ya msaada na tovuti za kuripoti za nchi yako.
