## Series: Bullying online (bullying), for teens 13-17.
## Grounded in UNICEF (cyberbullying Q&A, U-Report poll), eSafety and ThinkUKnow Australia guidance, paraphrased.
## Swahili: bullying = uonevu, bully = mwonevu; upstander = mtetezi ("upstander" in brackets at first use).

s-bullying-title = Uonevu mtandaoni
s-bullying-about = Ufanye nini ukionewa, jinsi ya kuwa mtetezi (upstander) mtu mwingine anapoonewa, jinsi ya kufanya machapisho yanayoumiza yaondolewe, na jinsi ya kujitunza.

## Lesson 1: If you're being bullied

s-bullying-target-title = Ukionewa mtandaoni
s-bullying-target-intro =
    Uonevu mtandaoni ni pale mtu anapoendelea kutumia jumbe, machapisho, magumzo ya vikundi au michezo kukuumiza, kukutisha au kukuaibisha: maoni ya kuudhi, uongo, akaunti feki, kukutenga makusudi, kusambaza picha za aibu.

    Kama inakutokea wewe, hauko peke yako. Katika kura ya maoni ya UNICEF kwa vijana katika nchi 30, kijana 1 kati ya 3 alisema aliwahi kuonewa mtandaoni (UNICEF, 2019). Si kosa lako, na inaweza kukoma.
s-bullying-target-intro-alt = Kijana ameshika simu, na marafiki wawili wanaotabasamu pande zake mbili, na mioyo ikielea kuwazunguka.
s-bullying-target-dont-hit-back =
    Ni kawaida kutaka kulipiza. Lakini kujibu kwa hasira kunaweza kuufanya uonevu udumu muda mrefu zaidi, na kuwapa kitu cha kutumia dhidi yako.

    Badala yake: usijibu, vuta pumzi, na ukae mbali na skrini kwa muda. Unaweza kuamua la kufanya ukishatulia. Kutojibu si udhaifu. Kunawanyima kile wanachotaka.
s-bullying-target-evidence-block =
    <b>Hifadhi ushahidi</b>: piga picha za skrini za jumbe, maoni au machapisho, pamoja na majina ya watumiaji na tarehe. Nakili viungo ukiweza.

    Kisha <b>zuia</b> watu wanaofanya hivyo na <b>uripoti</b> machapisho na akaunti hizo kwenye programu. Unaweza pia kuweka mipaka ya nani anaweza kutoa maoni kwenye machapisho yako au kukutumia ujumbe.
s-bullying-target-q1 = Mtu anaendelea kuchapisha maoni ya kuudhi kukuhusu. Hatua bora ya kwanza ni ipi?
s-bullying-target-q1-a = Kuchapisha kitu cha kuudhi kumjibu
s-bullying-target-q1-a-why = Kutaka kujitetea ni haki yako. Lakini kulipiza mara nyingi huendeleza uonevu, na kunaweza kukuingiza matatani pia.
s-bullying-target-q1-b = Kupiga picha ya skrini, kuzuia na kuripoti
s-bullying-target-q1-b-why = Ushahidi husaidia ripoti zifanye kazi, kuzuia kunawazuia wasikufikie, na kuripoti kunaiomba programu iondoe maoni hayo.
s-bullying-target-q1-c = Kufuta akaunti yangu
s-bullying-target-q1-c-why = Kupumzika ni sawa. Lakini kufuta akaunti yako kunapoteza ushahidi na kunawaruhusu wakufukuze. Zuia na uripoti kwanza.
s-bullying-target-tell =
    <b>Mwambie mtu</b> unayemwamini: mzazi au mlezi, mwalimu, mshauri wa shule. Kama kuna watu kutoka shuleni kwako wanaohusika, shule yako inaweza kusaidia pia.

    Kama bado hauko tayari kuzungumza na mtu unayemfahamu, simu ya msaada kwa watoto ni bure na ya siri (116 111 katika nchi nyingi). Mtu yeyote akitishia kukuumiza, mwambie mtu mzima mara moja.
s-bullying-target-what-to-do =
    <b>Ufanye nini</b>
    Usijibu. Piga picha za skrini kama ushahidi. Zuia na uripoti. Mwambie mtu mzima unayemwamini au simu ya msaada kwa watoto (116 111 katika nchi nyingi). Si kosa lako, na huhitaji kukabiliana nalo peke yako.

    Gusa <b>Pata msaada</b> wakati wowote kuona simu ya msaada na tovuti za kuripoti za nchi yako.

## Lesson 2: Be an upstander

s-bullying-upstander-title = Kuwa mtetezi
s-bullying-upstander-intro =
    Uonevu mwingi mtandaoni hutokea mbele ya watu wengine: kwenye gumzo la kikundi, chini ya chapisho, ndani ya mchezo. Kile wanachofanya watu wanaotazama huleta tofauti kubwa sana.

    <b>Mtetezi</b> (upstander) ni mtu ambaye hapiti tu akisogeza skrini. Huhitaji kupaza sauti wala kuonyesha ujasiri mbele ya watu. Hatua ndogo za kimya zinahesabika.
s-bullying-upstander-intro-alt = Simu yenye kiputo cha gumzo cha kuudhi kilichowekewa X na viputo vya wema vyenye mioyo, kati ya vijana wawili wanaotabasamu.
s-bullying-upstander-dont-spread =
    <b>Usiongeze</b>: usipende (like), usisambaze, usiweke emoji ya kucheka wala usipitishe machapisho, meme au picha za skrini zinazoumiza. Kila like au kila usambazaji humwambia mwonevu kwamba watu wanatazama, na huueneza zaidi.

    Kama ulishafanya hivyo, ni sawa: ondoa like yako, futa ulichosambaza, na ufanye kitu cha kusaidia sasa.
s-bullying-upstander-support =
    <b>Muunge mkono mtu huyo</b>. Ujumbe wa faragha unaweza kumaanisha mengi: “Mambo, nimeona kilichotokea. Hilo si sawa. Uko sawa?” Kaa naye, mshirikishe, mkumbushe kwamba si kosa lake.

    Ukijisikia salama, unaweza kukemea waziwazi: “Hilo halifai.” Lakini huhitaji kuanzisha ugomvi. eSafety inaeleza kwamba hata ujumbe rahisi unaweza kumsaidia rafiki ajisikie anaungwa mkono.
s-bullying-upstander-q1 = Meme inayomkejeli mwanafunzi mwenzenu inasambaa kwenye gumzo la kikundi chenu. Nini kinasaidia zaidi?
s-bullying-upstander-q1-a = Kuweka emoji ya kucheka ili nisionekane tofauti
s-bullying-upstander-q1-a-why = Kuendana na wenzako ni muhimu, na kuonekana tofauti kunaweza kutisha. Lakini kila emoji huongeza maumivu. Kujiweka kando ni mwanzo; kusaidia ni bora zaidi.
s-bullying-upstander-q1-b = Kutosambaza, kuripoti, kumtumia ujumbe wa wema
s-bullying-upstander-q1-b-why = Kutoieneza, kuiripoti na kumjulia hali mwanafunzi mwenzenu ni hatua ndogo zinazosaidia kweli.
s-bullying-upstander-q1-c = Kupuuza, hayanihusu
s-bullying-upstander-q1-c-why = Kujiweka kando kunaweza kuonekana rahisi. Lakini kwake, ukimya unaweza kuonekana kama kila mtu anakubaliana na uonevu huo. Ujumbe mmoja wa wema au ripoti moja inaweza kubadilisha hali.
s-bullying-upstander-report =
    <b>Ripoti</b>: ripoti chapisho au akaunti kwenye programu. Katika programu nyingi mtu huyo haambiwi nani alimripoti. Unaweza pia kuhifadhi picha za skrini, endapo rafiki yako atataka kuripoti baadaye.

    <b>Mhusishe mtu mzima</b> jambo likiwa zito: vitisho, picha za ngono, anwani ya mtu kusambazwa, au rafiki anayeonekana ameshuka moyo sana. Huko si kuchongea. Ni kuzuia madhara.
s-bullying-upstander-q2 = Rafiki yako anaonewa lakini anasema: “Usifanye chochote, itazidisha hali.” Unaweza kufanya nini?
s-bullying-upstander-q2-a = Hakuna, ameniomba nisifanye kitu
s-bullying-upstander-q2-a-why = Kuheshimu matakwa ya rafiki yako ni muhimu. Lakini bado unaweza kumuunga mkono, na kama jambo ni zito, mtu mzima anahitaji kujua.
s-bullying-upstander-q2-b = Kumuunga mkono, na kumsaidia kumwambia mtu mzima
s-bullying-upstander-q2-b-why = Unaweza kuwa pamoja naye, kumsaidia kuhifadhi ushahidi, na kujitolea kwenda naye kwa mtu mzima anayemwamini. Akiwa hatarini, mwambie mtu mzima wewe mwenyewe.
s-bullying-upstander-q2-c = Kumkabili mwonevu hadharani
s-bullying-upstander-q2-c-why = Unataka kumlinda rafiki yako, na huo ni wema. Lakini ugomvi wa hadharani unaweza kumzidishia matatizo. Hatua za kimya kwa kawaida husaidia zaidi.
s-bullying-upstander-what-to-do =
    <b>Ufanye nini</b>
    Usipende wala usisambaze. Ripoti chapisho. Mtumie mtu huyo ujumbe wa wema. Mwambie mtu mzima unayemwamini jambo likiwa zito. Una wasiwasi kuhusu rafiki? Simu ya msaada kwa watoto inaweza kukusaidia kujua la kufanya (116 111 katika nchi nyingi).

    Gusa <b>Pata msaada</b> wakati wowote kuona simu ya msaada na tovuti za kuripoti za nchi yako.

## Lesson 3: Getting hurtful posts removed

s-bullying-removal-title = Kuondoa machapisho yanayoumiza
s-bullying-removal-intro =
    Chapisho linaloumiza, akaunti feki inayojifanya kuwa wewe, picha ya aibu: unaweza kuomba viondolewe.

    Haifanikiwi kila mara mara ya kwanza, lakini mara nyingi hufanikiwa, na kuna msaada zaidi isipofanikiwa.
s-bullying-removal-intro-alt = Chapisho linaloumiza likiripotiwa kwa bendera na kuhamishiwa kwenye pipa la taka, pamoja na tiki ya kijani.
s-bullying-removal-report-app =
    <b>Kwanza, liripoti kwa programu au tovuti.</b> Tumia chaguo la Report kwenye chapisho, maoni, picha au akaunti, na uchague sababu inayofaa zaidi: uonevu au unyanyasaji, kujifanya kuwa wewe, uchi, au vitisho.

    Hifadhi picha ya skrini ya ulichoripoti, na lini. Kama hakuna kinachotokea, liripoti tena, na umwombe mtu mzima unayemwamini akusaidie.
s-bullying-removal-more-help =
    <b>Programu isipochukua hatua</b>, kuna msaada zaidi:
    • Nchi kadhaa zina ofisi ya usalama mtandaoni. Nchini Australia, eSafety inaweza kusaidia kuondoa uonevu mzito dhidi ya walio chini ya miaka 18 jukwaa lisipoondoa.
    • Simu ya msaada kwa watoto inaweza kukushauri (116 111 katika nchi nyingi).
    • Picha ya uchi au ngono ya aliye chini ya miaka 18, halisi au bandia: iripoti kwa huduma ya kuripoti (hotline) na uangalie takeitdown.ncmec.org.
    • Vitisho vya kukuumiza: mwambie mtu mzima na polisi.
s-bullying-removal-q1 = Uliripoti akaunti feki inayojifanya kuwa wewe, lakini bado ipo siku kadhaa baadaye. Nini kinafuata?
s-bullying-removal-q1-a = Kukata tamaa, hakuna kinachofanya kazi
s-bullying-removal-q1-a-why = Inakatisha tamaa ripoti inapoonekana kupuuzwa. Lakini kuna hatua zaidi: ripoti tena, na umhusishe mtu mzima au simu ya msaada akusaidie kulifikisha mbali zaidi.
s-bullying-removal-q1-b = Kutengeneza akaunti feki yake
s-bullying-removal-q1-b-why = Kutaka kulipiza kisasi kunaeleweka. Lakini kunadhuru, na kunaweza kukuingiza matatani. Baki msafi upande wako.
s-bullying-removal-q1-c = Kuripoti tena, na kumhusisha mtu mzima au simu ya msaada
s-bullying-removal-q1-c-why = Kuripoti tena ukiwa na picha za skrini, na kumhusisha mtu mzima unayemwamini, shule yako au simu ya msaada, mara nyingi huleta matokeo. Baadhi ya nchi pia zina ofisi inayoweza kuingilia kati.
s-bullying-removal-what-to-do =
    <b>Ufanye nini</b>
    Liripoti kwenye programu na uhifadhi picha za skrini. Likibaki, liripoti tena na umwombe mtu mzima unayemwamini au simu ya msaada kwa watoto (116 111 katika nchi nyingi) akusaidie. Kwa picha za ngono za walio chini ya miaka 18, tumia huduma ya kuripoti na takeitdown.ncmec.org.

    Gusa <b>Pata msaada</b> wakati wowote kuona simu ya msaada na tovuti za kuripoti za nchi yako.

## Lesson 4: Looking after yourself

s-bullying-self-care-title = Kujitunza
s-bullying-self-care-intro =
    Uonevu unaweza kukufuata hadi nyumbani kupitia simu yako, kwa hiyo inaweza kuonekana kama hakuna mapumziko kamwe. Unaweza kujisikia huzuni, hasira au uchovu, au kutotaka kwenda shuleni.

    UNICEF inasema madhara haya ni ya kweli, na kwamba watu huyavuka na kujisikia kama wao wenyewe tena.
s-bullying-self-care-intro-alt = Kijana anapumzika kwenye sofa akiwa na headphones, simu imewekwa kando, na mmea na mwezi angani jioni.
s-bullying-self-care-breaks =
    Njia za kupata nafasi:
    • Nyamazisha arifa, au acha simu kwenye chumba kingine kwa muda.
    • Usiendelee kusoma tena na tena jumbe zinazoumiza. Zihifadhi mara moja kama ushahidi, kisha acha kuziangalia.
    • Fanya mambo yanayokufanya ujisikie wewe mwenyewe: michezo na mazoezi, muziki, kuchora, michezo ya video na marafiki unaowaamini.
    • Usingizi husaidia kila kitu: jaribu kutolala na simu kitandani.
s-bullying-self-care-your-people =
    Wafikirie watu wako: marafiki wanaokuchekesha, mtu katika familia yako, mwalimu, kocha. Tumia muda nao nje ya mtandao pia.

    Wanachosema waonevu kukuhusu si ukweli kukuhusu. Ukiendelea kujisikia vibaya, kukosa usingizi, au kuacha kufurahia mambo uliyokuwa ukiyapenda, zungumza na mtu: mtu mzima unayemwamini, mshauri wa shule au simu ya msaada.
s-bullying-self-care-q1 = Ni usiku wa manane na unaendelea kusoma tena maoni ya kuudhi. Nini kingesaidia zaidi?
s-bullying-self-care-q1-a = Kuendelea kusoma ili nijue kila kitu
s-bullying-self-care-q1-a-why = Kutaka kujua kinachosemwa ni kawaida. Lakini kusoma tena na tena kunayaweka maumivu kuwa mapya. Ushahidi ukishahifadhiwa, unaweza kuacha kuangalia.
s-bullying-self-care-q1-b = Kujibu kila moja ili kuweka mambo sawa
s-bullying-self-care-q1-b-why = Kutaka kujitetea kunaeleweka. Lakini majibu ya usiku wa manane yanaweza kulikuza jambo. Linaweza kusubiri hadi umelala na kuzungumza na mtu.
s-bullying-self-care-q1-c = Kuweka simu kando, kuzungumza na mtu kesho
s-bullying-self-care-q1-c-why = Mapumziko na usingizi hukusaidia kufikiri vizuri. Kisha mtu mzima unayemwamini au simu ya msaada anaweza kukusaidia kupanga la kufanya.
s-bullying-self-care-what-to-do =
    <b>Ufanye nini</b>
    Pumzika, kaa karibu na watu wako, na uzungumze na mtu ukijisikia vibaya. Ukiwahi kuwa na mawazo ya kujidhuru, piga simu ya msaada kwa watoto (116 111 katika nchi nyingi) au namba ya dharura ya nchini kwako sasa hivi.

    Gusa <b>Pata msaada</b> wakati wowote kuona simu ya msaada na tovuti za kuripoti za nchi yako.
