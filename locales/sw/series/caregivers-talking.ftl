## Series: Keeping them safe, keeping them talking (caregivers-talking)
## Audience: parents and caregivers. Sources paraphrased: Thorn for Parents, NCMEC, eSafety Commissioner, UNICEF.
## Swahili: respectful standard register for parents and caregivers (mzazi au mlezi).

s-caregivers-talking-title = Kuwalinda na kuendelea kuzungumza nao
s-caregivers-talking-about = Masomo matano mafupi kwa wazazi na walezi: hatari za mtandaoni za leo, jinsi ya kuzizungumzia, dalili za kuzingatia, na la kufanya mtoto wako akihitaji msaada.

## Lesson 1: What online risks look like today

s-caregivers-talking-risks-today-title = Hatari za mtandaoni leo
s-caregivers-talking-risks-today-intro =
    Mengi ya yale watoto wanayofanya mtandaoni ni mazuri: marafiki, kujifunza, burudani. Hatari chache zinastahili kujulikana ili uweze kuwaongoza kwa utulivu.

    Huhitaji kuwa mtaalamu wa teknolojia. Kujali kwako na imani ya mtoto wako kwako ni muhimu kuliko programu au mpangilio wowote.
s-caregivers-talking-risks-today-intro-alt = Mzazi na mtoto wameketi pamoja kwenye sofa wakiwa na simu, karibu na kidhibiti cha mchezo na ngao.
s-caregivers-talking-risks-today-three-cs =
    Hatari za mtandaoni kwa kawaida ziko katika makundi matatu:
    • <b>Mawasiliano</b>: mtu anamfikia mtoto wako ili kumdanganya, kumshinikiza au kumdhuru.
    • <b>Maudhui</b>: mtoto wako anaona vitu vinavyomhuzunisha au kumdhuru, kama vile vurugu au maudhui ya ngono.
    • <b>Mwenendo</b>: jinsi vijana wanavyotendeana, kama vile uonevu au kusambaza picha ya mtu.
s-caregivers-talking-risks-today-grooming =
    Kurubuni (grooming) ni pale mtu anapojenga uhusiano wa karibu na mtoto ili amnyanyase au amnyonye.

    Mara nyingi huanza kwa wema: kumjali, kumsifu, kumpa zawadi, "hakuna anayekuelewa kama mimi". Shinikizo huja baadaye, na hofu na aibu hutumiwa ili mtoto anyamaze. Mtu huyo anaweza kujifanya kuwa kijana, au anaweza kuwa mtu ambaye mtoto tayari anamfahamu.
s-caregivers-talking-risks-today-numbers =
    Hili hutokea mara nyingi kuliko wazazi wengi wanavyodhani. Katika utafiti wa Thorn, 22% ya watoto na vijana walioshiriki walisema waliwahi kuwa na mawasiliano ya kingono mtandaoni na mtu mzima (Thorn, 2023). Yanaweza kuanza kwa ujumbe wa kirafiki kwenye mchezo au gumzo.

    Kujua hili ni sababu ya kuzungumza mapema, si ya kuingiwa na hofu.
s-caregivers-talking-risks-today-q1 = Kurubuni kwa kawaida huanzaje?
s-caregivers-talking-risks-today-q1-a = Kwa vitisho tangu ujumbe wa kwanza
s-caregivers-talking-risks-today-q1-a-why = Vitisho, vikija, kwa kawaida huja baadaye. Kurubuni huelekea kuanza kwa wema na kumjali mtoto, na ndiyo sababu kunaweza kuwa vigumu kutambua.
s-caregivers-talking-risks-today-q1-b = Kwa kumjali kirafiki na kujenga imani
s-caregivers-talking-risks-today-q1-b-why = Mtu huyo hujenga imani kwanza, kwa kumjali, kumsifu au kumpa zawadi. Baadaye, hofu na aibu hutumiwa ili mtoto anyamaze.
s-caregivers-talking-risks-today-q1-c = Kupitia watu wasiojulikana wenye picha feki tu
s-caregivers-talking-risks-today-q1-c-why = Baadhi ya watu hutumia wasifu bandia, lakini mtu huyo pia anaweza kuwa mtu ambaye mtoto tayari anamfahamu, mtandaoni au nje ya mtandao.
s-caregivers-talking-risks-today-what-to-do =
    Unachoweza kufanya wiki hii:
    • Muulize mtoto wako ni programu na michezo gani anayoifurahia, na mwache akuonyeshe.
    • Mwambie kwamba anaweza kuja kwako kuhusu jambo lolote la mtandaoni, hata kama anadhani alikosea.
    • Hifadhi namba ya simu ya msaada kwa watoto ya nchi yako.

    Gusa <b>Pata msaada</b> wakati wowote kuona simu ya msaada na tovuti za kuripoti za nchi yako.

## Lesson 2: Talking early and often, without shame or punishment

s-caregivers-talking-talking-title = Kuzungumza mapema na mara kwa mara
s-caregivers-talking-talking-intro =
    Mazungumzo mafupi ya mara kwa mara hufaa zaidi kuliko mazungumzo moja makubwa. Uliza kuhusu maisha yake ya mtandaoni kama unavyouliza kuhusu shule au marafiki: wakati wa chakula, mkiwa njiani, mkitazama kipindi.

    Anza kabla jambo lolote halijaharibika, ili mazungumzo haya yaonekane ya kawaida. Sikiliza zaidi kuliko unavyozungumza.
s-caregivers-talking-talking-intro-alt = Mzazi na mtoto bega kwa bega, kila mmoja na kiputo cha maneno, wakizungumza kwa utulivu.
s-caregivers-talking-talking-red-flags =
    Kumwonya kuhusu "watu wasiojulikana" hakutoshi: mtu ambaye mtoto wako amezungumza naye kwa wiki kadhaa anaonekana kama rafiki. Badala yake, mfundishe ishara za hatari. Kuwa makini na mtu ambaye:
    • anamwomba afiche siri
    • anataka wahamie programu ya faragha
    • anatoa zawadi, pesa au pointi za michezo
    • anaomba picha au mazungumzo ya kingono
    • anasifu kupita kiasi, analazimisha au anatishia
s-caregivers-talking-talking-exit-plan =
    Msaidie mtoto wako kupanga njia ya kujiondoa kabla hajaihitaji. Kubalianeni la kufanya gumzo likionekana si sawa: kuacha kujibu, kuondoka, kuzuia, kuripoti, na kuja kwako.

    Mpe njia rahisi ya kujitoa: "Unaweza kunisingizia mimi. Sema tu kwamba wazazi wako hawakuruhusu." Fanyeni mazoezi pamoja, ili iwe tayari atakapoihitaji.
s-caregivers-talking-talking-no-shame =
    Mara nyingi watoto hunyamaza kwa sababu wanaogopa adhabu au kunyang'anywa simu. Mwambie mtoto wako waziwazi: "Chochote kitakachotokea mtandaoni, unaweza kuniambia. Hutapata matatizo, na sitakunyang'anya simu kwa sababu umeniambia."

    Kisha timiza ahadi hiyo. Mtu anapomdhuru mtoto, lawama ni yake, kamwe si ya mtoto.
s-caregivers-talking-talking-q1 = Ujumbe upi unamsaidia mtoto wako zaidi?
s-caregivers-talking-talking-q1-a = "Usizungumze kamwe na watu usiowajua mtandaoni."
s-caregivers-talking-talking-q1-a-why = Inaonekana salama, lakini haisaidii sana. Huenda mtoto asimwone rafiki wa muda mrefu wa mtandaoni kama mtu asiyemjua, na madhara yanaweza kutoka kwa watu anaowajua.
s-caregivers-talking-talking-q1-b = "Njoo kwangu mtu yeyote akikufanya ujisikie vibaya."
s-caregivers-talking-talking-q1-b-why = Ujumbe huu unalenga jinsi mtu anavyotenda, si yeye ni nani, na unamwambia mtoto wako kwamba anaweza kukugeukia wewe kila wakati.
s-caregivers-talking-talking-q1-c = "Kitu kikienda vibaya, unanyang'anywa simu."
s-caregivers-talking-talking-q1-c-why = Hofu ya kunyang'anywa simu ni mojawapo ya sababu kuu zinazowafanya watoto wanyamaze. Tishio la adhabu hupunguza uwezekano kwamba atakuambia.
s-caregivers-talking-talking-q2 = Mtoto wako anasema rafiki kutoka kwenye mchezo alimwomba atunze siri. Unasema nini kwanza?
s-caregivers-talking-talking-q2-a = "Asante kwa kuniambia."
s-caregivers-talking-talking-q2-a-why = Kumshukuru kwanza kunaonyesha kwamba kukuambia lilikuwa jambo sahihi. Kisha unaweza kuuliza kwa utulivu kilichotokea na kuamua hatua zinazofuata pamoja.
s-caregivers-talking-talking-q2-b = "Kwa nini ulikuwa unazungumza naye?"
s-caregivers-talking-talking-q2-b-why = Hili linaweza kusikika kama lawama, na mtoto wako anaweza kuacha kukuambia mambo. Uliza kilichotokea baadaye, kwa utulivu na bila kuhukumu.
s-caregivers-talking-talking-q2-c = "Basi, hakuna michezo tena."
s-caregivers-talking-talking-q2-c-why = Marufuku huonekana kama adhabu kwa kusema ukweli, kwa hiyo mtoto wako anaweza kunyamaza wakati ujao. Zingatia kumweka salama na kuendelea kuzungumza naye.
s-caregivers-talking-talking-what-to-do =
    Jaribu wiki hii:
    • Uliza swali moja la wazi, kama "Ni kitu gani kizuri zaidi na kibaya zaidi kuhusu kuwa mtandaoni siku hizi?"
    • Kubalianeni pamoja kuhusu mpango wa kujiondoa.
    • Mwambie waziwazi kwamba hatapata matatizo kwa kukuambia.

    Gusa <b>Pata msaada</b> wakati wowote kuona simu ya msaada na tovuti za kuripoti za nchi yako.

## Lesson 3: Warning signs

s-caregivers-talking-warning-signs-title = Dalili za tahadhari
s-caregivers-talking-warning-signs-intro =
    Hakuna dalili moja pekee inayothibitisha kwamba kuna tatizo. Nyingi zina sababu za kawaida, kama mitihani, urafiki au kukua.

    Kinachojalisha ni mabadiliko: badiliko la ghafla katika tabia ya mtoto wako, au dalili kadhaa kwa wakati mmoja. Amini hisia zako, na ziache zikuongoze kwenye mazungumzo ya upole, si shutuma.
s-caregivers-talking-warning-signs-intro-alt = Kijana anatazama simu, akiwa na shaka. Mzazi aliye karibu anamfikiria kwa upendo, na moyo ndani ya kiputo cha mawazo.
s-caregivers-talking-warning-signs-device =
    Dalili zinazohusu simu na watu anaowasiliana nao mtandaoni:
    • kuficha mambo kuhusu kifaa, kuficha skrini au kufunga programu haraka
    • "rafiki" mpya wa mtandaoni ambaye hataki kumzungumzia, mara nyingi mwenye umri mkubwa zaidi
    • kutumia simu usiku sana, au kuonekana na wasiwasi ujumbe unapoingia
    • akaunti mpya, programu mpya au simu ya pili ambayo hukuijua
s-caregivers-talking-warning-signs-other-signs =
    Dalili nyingine za kuzingatia:
    • zawadi, pesa, pointi za michezo au simu mpya kutoka chanzo kisichoeleweka
    • mabadiliko ya hisia: hasira, hofu, huzuni, kuonekana mwenye aibu
    • kujitenga na familia au marafiki
    • kukosa usingizi, au mabadiliko ya ghafla shuleni
    • kuwa na huzuni baada ya kutumia simu, au ghafla kuikwepa
s-caregivers-talking-warning-signs-q1 = Kipi kati ya haya kinastahili zaidi mazungumzo ya upole?
s-caregivers-talking-warning-signs-q1-a = Kucheza michezo na wanafunzi wenzake baada ya shule
s-caregivers-talking-warning-signs-q1-a-why = Mara nyingi hili ni jambo la kawaida. Kuonyesha kupendezwa na michezo yake ni njia nzuri ya kuendelea kuzungumza, lakini peke yake si dalili ya tahadhari.
s-caregivers-talking-warning-signs-q1-b = "Rafiki" wa siri wa mtandaoni mwenye umri mkubwa
s-caregivers-talking-warning-signs-q1-b-why = Usiri kuhusu mtu mpya anayewasiliana naye, hasa aliye mkubwa kiumri, ni ishara ya hatari inayojitokeza mara nyingi. Muulize kuhusu hilo kwa upole na bila lawama.
s-caregivers-talking-warning-signs-q1-c = Kutaka faragha zaidi akiwa kijana
s-caregivers-talking-warning-signs-q1-c-why = Faragha fulani ni sehemu ya kawaida ya kukua. Angalia mabadiliko ya ghafla au usiri kuhusu mtu mmoja, si faragha kwa ujumla.
s-caregivers-talking-warning-signs-how-to-ask =
    Ukiona dalili, chagua wakati wa utulivu. Kuwa bega kwa bega mara nyingi ni rahisi kuliko kutazamana uso kwa uso: mkitembea au mkiwa njiani.

    Sema ulichokiona, si unachohofia: "Siku hizi umeonekana na wasiwasi baada ya kupokea jumbe. Niko hapa, liwe lolote." Usimnyang'anye simu. Kama hayuko tayari, mwambie kwamba mlango uko wazi daima.
s-caregivers-talking-warning-signs-q2 = Mtoto wako anaonekana na wasiwasi na anaficha skrini unapoingia. Hatua nzuri ya kwanza ni ipi?
s-caregivers-talking-warning-signs-q2-a = Kusubiri na kutumaini kwamba itapita
s-caregivers-talking-warning-signs-q2-a-why = Huenda si kitu, lakini kusubiri kimya kunaweza kumwacha mtoto wako peke yake na tatizo. Swali la upole halina gharama kubwa.
s-caregivers-talking-warning-signs-q2-b = Kusoma jumbe zake kwa siri
s-caregivers-talking-warning-signs-q2-b-why = Kumchunguza kwa siri kunaweza kuvunja uaminifu, na mtoto wako akigundua, anaweza kuficha zaidi. Mazungumzo ya utulivu ni hatua bora ya kwanza.
s-caregivers-talking-warning-signs-q2-c = Kumuuliza kwa upole, wakati wa utulivu
s-caregivers-talking-warning-signs-q2-c-why = Kumweleza ulichokiona, na kwamba uko pale kusaidia, si kuadhibu, huacha mlango wazi.
s-caregivers-talking-warning-signs-what-to-do =
    Hatua zinazofuata:
    • Zingatia mabadiliko, bila kumpeleleza.
    • Zungumza naye kwa upole, na umkumbushe kwamba hatapata matatizo.
    • Akikuambia kwamba mtu anamdhuru au anamtishia, ona somo "Mtoto wako akikuambia".

    Gusa <b>Pata msaada</b> wakati wowote kuona simu ya msaada na tovuti za kuripoti za nchi yako.

## Lesson 4: If your child tells you

s-caregivers-talking-if-they-tell-title = Mtoto wako akikuambia
s-caregivers-talking-if-they-tell-stay-calm =
    Mtoto wako akikuambia kwamba kuna kitu kilichotokea mtandaoni, jinsi unavyoitikia ndilo jambo muhimu zaidi. Tulia, hata kama ndani yako unajisikia mshtuko au hasira.

    Sema: "Asante kwa kuniambia. Hujapata matatizo. Hili si kosa lako." Mwamini, msikilize, na usimlazimishe kueleza kila undani. Kukuambia kulihitaji ujasiri.
s-caregivers-talking-if-they-tell-stay-calm-alt = Mzazi ameketi kwenye sofa akiwa amemkumbatia kwa mkono mtoto wake mwenye wasiwasi, chini ya moyo.
s-caregivers-talking-if-they-tell-evidence =
    Hifadhi ushahidi: piga picha za skrini za jumbe, jina la mtumiaji na wasifu wa mtu huyo, na tarehe. Usifute gumzo wala akaunti kwa sasa.

    <b>Muhimu:</b> kamwe usisambaze, usihifadhi wala usipige picha ya skrini ya picha ya ngono ya mtoto, hata kwa ajili ya kuiripoti. Hilo linaweza kuwa kosa la jinai na linaeneza madhara. Badala yake, waeleze wasimamizi wa jukwaa, huduma ya kuripoti au polisi mahali picha hiyo ilipo.
s-caregivers-talking-if-they-tell-q1 = Mtoto wako anakuonyesha picha yake ya ngono inayosambazwa. Unaifanyia nini?
s-caregivers-talking-if-they-tell-q1-a = Kuhifadhi nakala kama ushahidi
s-caregivers-talking-if-they-tell-q1-a-why = Kuhifadhi au kunakili picha ya ngono ya mtoto kunaweza kuwa kosa la jinai, hata kwa nia njema. Badala yake, andika mahali inapoonekana na uripoti mahali hapo.
s-caregivers-talking-if-they-tell-q1-b = Kuituma kwa polisi
s-caregivers-talking-if-they-tell-q1-b-why = Usiitume, hata kwa polisi. Waeleze wao au huduma ya kuripoti mahali picha ilipo, nao watakuongoza.
s-caregivers-talking-if-they-tell-q1-c = Kutoinakili; kuripoti mahali ilipo
s-caregivers-talking-if-they-tell-q1-c-why = Kuripoti kiungo au akaunti inapoonekana, na kutumia Take It Down, husaidia iondolewe. Kamwe usinakili wala kusambaza picha yenyewe.
s-caregivers-talking-if-they-tell-dont-confront =
    Usiwasiliane na mtu huyo, usimtishie wala usijifanye kuwa mtoto wako. Hilo linaweza kumtahadharisha, kumweka mtoto wako hatarini na kuharibu uchunguzi. Badala yake:
    • ripoti akaunti hiyo kwenye programu
    • ripoti kwa huduma ya kitaifa ya kuripoti au polisi
    • kisha mzuie mtu huyo

    Fanya kila hatua pamoja na mtoto wako, ili kusiwe na kinachofanyika bila yeye kujua.
s-caregivers-talking-if-they-tell-sextortion =
    Mtu akitishia kusambaza picha za mtoto wako asipomlipa au asipotuma zaidi, hii ni sextortion (vitisho vya kusambaza picha za ngono). Msaidie mtoto wako:
    • asilipe na asitume chochote; kulipa kwa kawaida huleta madai zaidi
    • aache kujibu, lakini ahifadhi gumzo kama ushahidi
    • azuie na aripoti akaunti hiyo

    Take It Down inaweza kusaidia kuondoa picha hizo. Lawama ni ya mtu anayetoa vitisho.
s-caregivers-talking-if-they-tell-q2 = Mtu anatishia kusambaza picha ya mtoto wako asipolipa. Unapaswa kufanya nini?
s-caregivers-talking-if-they-tell-q2-a = Kulipa mara moja ili jambo likome
s-caregivers-talking-if-they-tell-q2-a-why = Kulipa mara chache humaliza jambo hili, na mara nyingi huleta madai zaidi. Badala yake acha kujibu, hifadhi ushahidi na uripoti.
s-caregivers-talking-if-they-tell-q2-b = Kuacha kujibu, kuhifadhi ushahidi, kuripoti
s-caregivers-talking-if-they-tell-q2-b-why = Sitisha mawasiliano, hifadhi picha za skrini, zuia na uripoti kwa jukwaa, huduma ya kuripoti au polisi. Take It Down inaweza kusaidia kuondoa picha hizo.
s-caregivers-talking-if-they-tell-q2-c = Kumtumia ujumbe na kumtishia naye
s-caregivers-talking-if-they-tell-q2-c-why = Kumkabili kunaweza kuzidisha hali na huenda kukaharibu uchunguzi. Waachie jambo hilo wasimamizi wa jukwaa, huduma ya kuripoti au polisi.
s-caregivers-talking-if-they-tell-what-to-do =
    Tafuta msaada kwa ajili ya mtoto wako na kwa ajili yako mwenyewe. Simu ya msaada kwa watoto inaweza kuzungumza na mtoto wako, na mara nyingi nawe pia; nchi nyingi hutumia 116 111. Mtoto wako akiwa katika hatari ya papo hapo, piga simu polisi.

    Dumisha utulivu katika maisha ya kila siku, na usimnyang'anye simu kama adhabu.

    Gusa <b>Pata msaada</b> wakati wowote kuona simu ya msaada na tovuti za kuripoti za nchi yako.

## Lesson 5: Tools and reporting routes

s-caregivers-talking-tools-title = Zana na njia za kuripoti
s-caregivers-talking-tools-together =
    Mipangilio ya faragha na zana za udhibiti wa wazazi zinaweza kusaidia, hasa kwa vijana wadogo. Hufanya kazi vizuri zaidi mkiziweka pamoja na ukieleza sababu, si kwa siri.

    Kagua nani anaweza kuona wasifu wa mtoto wako na nani anaweza kumtumia ujumbe. Kwenye Telegram, angalia nani anaweza kuona namba yake ya simu na nani anaweza kumwongeza kwenye vikundi. Zana husaidia mazungumzo; hazichukui nafasi yake.
s-caregivers-talking-tools-together-alt = Mzazi na kijana pande mbili za tableti inayoonyesha swichi za mipangilio, pamoja na gia na ngao.
s-caregivers-talking-tools-q1 = Ni ipi njia bora ya kutumia zana za udhibiti wa wazazi?
s-caregivers-talking-tools-q1-a = Kuziweka kwa siri
s-caregivers-talking-tools-q1-a-why = Mtoto wako akigundua zana za siri, uaminifu unaweza kuvunjika, na anaweza kuhamia programu usizozijua. Uwazi hufaa zaidi.
s-caregivers-talking-tools-q1-b = Kuziweka pamoja na kueleza sababu
s-caregivers-talking-tools-q1-b-why = Mtoto wako akielewa sababu, kuna uwezekano mkubwa zaidi kwamba ataendelea na mipangilio hiyo na atakuja kwako kitu kikienda vibaya.
s-caregivers-talking-tools-q1-c = Kuzitumia badala ya kuzungumza
s-caregivers-talking-tools-q1-c-why = Mipangilio husaidia, lakini hakuna zana inayonasa kila kitu. Imani ya mtoto wako kwako na mazungumzo yenu ya mara kwa mara ndivyo vinavyomweka salama.
s-caregivers-talking-tools-take-it-down =
    Kama picha ya uchi au ya ngono ya mtoto wako ilipigwa kabla hajafikisha miaka 18, <b>Take It Down</b> (takeitdown.ncmec.org) inaweza kusaidia kuiondoa kwenye majukwaa yanayoshiriki.

    Inafanya kazi kwa alama ya kidole ya kidijitali ya picha, kwa hiyo picha yenyewe haitumwi kwa mtu yeyote, na inaweza kutumika bila kutaja jina. Mtoto wako anaweza kuitumia pamoja nawe au peke yake.
s-caregivers-talking-tools-hotlines =
    Ili kuripoti picha au video za ngono za watoto, tumia huduma ya kuripoti (hotline). Mtandao wa INHOPE una huduma wanachama za kuripoti katika nchi nyingi. Internet Watch Foundation (IWF) huendesha tovuti za kuripoti kwa nchi nyingi zisizo na huduma yao wenyewe. Nchini Marekani, tumia CyberTipline ya NCMEC.

    Ripoti pia akaunti hiyo kwenye programu yenyewe.
s-caregivers-talking-tools-helplines =
    Simu za msaada kwa watoto huwasikiliza watoto, na nyingi pia huwasaidia wazazi. Katika nchi nyingi, 116 111 hukuunganisha na simu ya msaada kwa watoto; simu hizo ni za siri na mara nyingi ni za bure.

    Mtoto wako akiwa katika hatari ya papo hapo, piga simu polisi au namba ya dharura ya nchini kwako mara moja.
s-caregivers-talking-tools-q2 = Picha ya uchi ambayo mtoto wako wa miaka 15 alijipiga inasambazwa. Nini kinaweza kusaidia kuiondoa?
s-caregivers-talking-tools-q2-a = Take It Down
s-caregivers-talking-tools-q2-a-why = Take It Down ni kwa ajili ya picha zilizopigwa kabla ya umri wa miaka 18. Husaidia majukwaa yanayoshiriki kuipata na kuiondoa picha hiyo, bila wewe kumtumia mtu yeyote picha yenyewe.
s-caregivers-talking-tools-q2-b = Kumwomba mtu huyo aifute
s-caregivers-talking-tools-q2-b-why = Kuwasiliana na mtu huyo kunaweza kuzidisha hali. Badala yake ripoti akaunti hiyo, na utumie Take It Down.
s-caregivers-talking-tools-q2-c = Hakuna: ikishafika mtandaoni, inabaki
s-caregivers-talking-tools-q2-c-why = Majukwaa na huduma za kuripoti kweli huondoa picha za ngono za watoto, na Take It Down inaweza kusaidia. Inafaa kuchukua hatua.
s-caregivers-talking-tools-what-to-do =
    Wiki hii:
    • Kagua mipangilio ya faragha pamoja na mtoto wako.
    • Hifadhi namba ya simu ya msaada kwa watoto ya nchi yako kwenye simu yako, na umwonyeshe mtoto wako mahali ilipo.
    • Jua jinsi ya kuripoti kwenye programu ambazo mtoto wako anatumia.

    Gusa <b>Pata msaada</b> wakati wowote kuona simu ya msaada na tovuti za kuripoti za nchi yako.

## Youth voice: the one-tap question asked once after the series (content/series/caregivers-talking.yaml voice_question)

s-caregivers-talking-voice-first-step = Kati ya haya, utafanya lipi kwanza?
s-caregivers-talking-voice-first-step-ask = Kumuuliza mtoto wangu kuhusu maisha yake mtandaoni
s-caregivers-talking-voice-first-step-settings = Kukagua mipangilio ya faragha pamoja naye
s-caregivers-talking-voice-first-step-plan = Kukubaliana la kufanya kitu kikienda vibaya
s-caregivers-talking-voice-first-step-no-blame = Kuahidi kwamba hatapata matatizo kwa kuniambia
s-caregivers-talking-voice-first-step-links = Kuhifadhi viungo vya msaada na kuripoti vya nchi yetu
