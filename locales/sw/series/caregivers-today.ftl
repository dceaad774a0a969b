## Series: Today's online risks (caregivers-today), for parents and caregivers.
## Structure: content/series/caregivers-today.yaml. Grounded in NCMEC, Thorn, the FBI's warnings, the eSafety
## Commissioner, the Australian Federal Police, CEOP Thinkuknow and the NSPCC (paraphrased; sources in the yaml).
## Swahili: respectful standard register for parents and caregivers (wewe, no orders); joint steps with the
## child in the plural, as in series/caregivers-talking.

s-caregivers-today-title = Hatari za mtandaoni za leo kwa wazazi
s-caregivers-today-about = Masomo matano mafupi kwa wazazi na walezi: picha bandia zinazotengenezwa kwa akili bandia (AI), sextortion, michezo na livestream, mipangilio mnayoiweka pamoja, na la kusema mtoto wako akikuambia kwamba kuna jambo lililotokea.

## Lesson 1: AI-made fake images

s-caregivers-today-ai-images-title = Picha bandia zilizotengenezwa kwa AI
s-caregivers-today-ai-images-intro =
    Baadhi ya programu na tovuti zinaweza kugeuza picha ya kawaida, kama selfie au picha ya shule, kuwa picha bandia ya uchi au ya ngono. Mara nyingi huitwa programu za “nudify” au deepfakes.

    Picha ni bandia, lakini madhara ni ya kweli. NCMEC, shirika la hisani la Marekani linalolinda watoto, linaripoti kwamba picha bandia hutumiwa kuwaonea na kuwadhalilisha watoto, na kwamba wahalifu huzitumia kuwatishia watoto ili watoe pesa au picha zaidi. Kutengeneza au kusambaza picha ya ngono ya mtoto, hata ikiwa bandia, ni unyanyasaji na kunaweza kuwa kosa la jinai.
s-caregivers-today-ai-images-intro-alt = Picha kwenye simu inanakiliwa na AI kuwa picha iliyobadilishwa yenye fremu ya vistari na alama ya tahadhari, kando ya ngao na bendera ya kuripoti.
s-caregivers-today-ai-images-how-common =
    Hili si jambo la nadra. Katika utafiti wa Thorn wa watoto na vijana wenye umri wa miaka 9 hadi 17, 11% walisema wanaamini marafiki au wanafunzi wenzao walitumia zana za AI kutengeneza picha za uchi za watoto wengine (Thorn, 2025).

    Kwa hiyo inafaa kulizungumzia kabla jambo lolote halijatokea, kwa utulivu, kama jambo jingine lolote mnalozungumza pamoja.
s-caregivers-today-ai-images-q1 = Binti yako anasema picha bandia ya uchi yake, iliyotengenezwa kwa programu, inasambaa darasani kwao. Kipi ni kweli?
s-caregivers-today-ai-images-q1-a = Ni bandia, kwa hiyo si jambo zito
s-caregivers-today-ai-images-q1-a-why = Inaweza kuonekana si zito kwa sababu picha si ya kweli. Lakini inaweza kusambaa kama picha halisi, na aibu, hofu na uonevu inaoleta ni vya kweli. Inastahili uangalifu uleule.
s-caregivers-today-ai-images-q1-b = Ni unyanyasaji, na si kosa lake
s-caregivers-today-ai-images-q1-b-why = Aliyetengeneza au kusambaza picha ndiye anayewajibika, si binti yako. Picha bandia za ngono za watoto zinaweza kuripotiwa na kuondolewa, na anachohitaji zaidi sasa ni msaada wako.
s-caregivers-today-ai-images-q1-c = Anapaswa kupunguza kuchapisha picha
s-caregivers-today-ai-images-q1-c-why = Kushiriki picha ni sehemu ya kawaida ya kukua, na karibu picha yoyote inaweza kutumiwa vibaya. Jibu hili linamtwika yeye lawama badala ya mtu aliyetengeneza picha bandia.
s-caregivers-today-ai-images-if-it-happens =
    <b>Ikimtokea mtoto wako</b>
    • Tulia, na umwambie si kosa lake.
    • Usihifadhi, usinakili wala usisambaze picha hiyo, hata kama ushahidi. Andika ilipo (viungo, majina ya watumiaji) na upige picha za skrini za jumbe zinazoizunguka.
    • Iripoti kwenye programu, na kwa huduma ya kuripoti (hotline) au polisi.
    • Take It Down (takeitdown.ncmec.org) inaweza kusaidia kuzuia picha za uchi za walio chini ya miaka 18 zisisambae kwenye programu zinazoshiriki.
    • Wanafunzi wenzake wakihusika, ijulishe shule.
s-caregivers-today-ai-images-talk-first =
    Zungumzeni kuhusu jambo hili kabla halijatokea. Baadhi ya vijana hutengeneza picha hizi kama “utani” au kulipiza kisasi, bila kufikiria madhara. Hakikisha mtoto wako anajua kwamba:
    • kutengeneza au kusambaza picha bandia ya uchi ya mtu yeyote husababisha madhara makubwa, na kunaweza kuwa kosa la jinai
    • akiona picha kama hiyo, asiipitishe kwa wengine, bali airipoti na amwambie mtu mzima
    • ikimtokea yeye, anaweza kuja kwako na hatapata matatizo
s-caregivers-today-ai-images-q2 = Mwanao wa kiume anasema rafiki yake alisambaza picha ya uchi ya AI ya mwanafunzi mwenzao kwenye gumzo la kikundi. Ushauri bora ni upi?
s-caregivers-today-ai-images-q2-a = Kufuta gumzo na kusahau
s-caregivers-today-ai-images-q2-a-why = Kutaka kujiweka kando kunaeleweka. Lakini picha inaendelea kusambaa, na huenda mwanafunzi huyo hata hajui. Kuiripoti na kumwambia mtu mzima husaidia kuikomesha.
s-caregivers-today-ai-images-q2-b = Kutoisambaza; kuiripoti na kumwambia mtu mzima
s-caregivers-today-ai-images-q2-b-why = Kutoisambaza kunaizuia kuenea, kuiripoti kunasaidia iondolewe, na mtu mzima anaweza kuihusisha shule. Neno la wema kwa mwanafunzi huyo, ambaye huenda anajisikia yuko peke yake kabisa, husaidia pia.
s-caregivers-today-ai-images-q2-c = Kunitumia ili niione
s-caregivers-today-ai-images-q2-c-why = Kutaka kuelewa ni kawaida, lakini kusambaza au kuhifadhi picha ya ngono ya mtoto, hata ikiwa bandia, kunaweza kuwa kosa la jinai. Badala yake uliza ilisambazwa wapi na uripoti mahali hapo.
s-caregivers-today-ai-images-what-to-do =
    <b>Unachoweza kufanya</b>
    • Zungumza na mtoto wako kuhusu picha bandia wiki hii.
    • Ikitokea: tulia, usinakili picha, andika ilipo, na uiripoti kwa programu na kwa huduma ya kuripoti au polisi.
    • Simu ya msaada kwa watoto (116 111 katika nchi nyingi) inaweza kumsaidia mtoto wako, na mara nyingi wewe pia.

    Gusa <b>Pata msaada</b> wakati wowote kuona simu ya msaada na tovuti za kuripoti za nchi yako.

## Lesson 2: Financial sextortion

s-caregivers-today-sextortion-title = Sextortion: dalili na la kusema
s-caregivers-today-sextortion-intro =
    <b>Sextortion ya kifedha</b> ni vitisho vya kusambaza picha za ngono ili kupata pesa. Mtu, mara nyingi akijifanya msichana au kijana, humtongoza kijana na haraka huomba picha ya uchi au simu ya video. Kisha kitisho: “Lipa, la sivyo nawatumia marafiki na familia yako hii.”

    Inaweza kuanza na kuzidi ndani ya saa chache, na wahalifu wanaweza kutengeneza picha bandia kwa AI. FBI na NCMEC wanaonya kwamba vijana wa kiume ndio wanaolengwa zaidi, lakini inaweza kumtokea mtoto yeyote, wa familia yoyote.
s-caregivers-today-sextortion-signs =
    Dalili kwamba huenda kuna tatizo:
    • taharuki, hofu au machozi ya ghafla baada ya kutumia simu
    • kuomba pesa au kadi za zawadi kwa haraka, bila sababu iliyo wazi
    • “mpenzi” au rafiki mpya wa mtandaoni aliyeharakisha mambo
    • kufuta akaunti au programu kwa haraka, au kuikwepa simu
    • kujitenga, au kuzungumza kana kwamba hakuna matumaini

    Ukiwahi kuhofia usalama wa mtoto wako, tafuta msaada wa dharura mara moja.
s-caregivers-today-sextortion-what-to-say =
    <b>Cha kusema</b>
    Kabla jambo lolote halijatokea: “Mtu yeyote akikutishia kwa picha, njoo kwangu. Huwatokea watu wengi. Nitakusaidia, sitakuadhibu.”

    Akikuambia: “Asante kwa kuniambia. Hujapata matatizo. Tutalitatua pamoja.” Acha swali la “kwa nini uliituma?” kwa baadaye sana, au usiliulize kabisa. Utulivu wako ndio unaosaidia zaidi.
s-caregivers-today-sextortion-what-to-say-alt = Mzazi ameketi kwenye sofa akiwa amemkumbatia kijana wa kiume kwa mkono, na ngao na moyo karibu nao.
s-caregivers-today-sextortion-q1 = Mwanao wa kiume, akiwa na taharuki, anasema mtu atasambaza picha yake kwa kila mtu asipolipa usiku huu. Unasema nini kwanza?
s-caregivers-today-sextortion-q1-a = “Ulikuwaje mzembe kiasi hicho?”
s-caregivers-today-sextortion-q1-a-why = Mshtuko na hasira ni kawaida. Lakini lawama humfanya kijana mwenye hofu anyamaze wakati hasa anahitaji kuendelea kuzungumza nawe. Maswali yanaweza kusubiri.
s-caregivers-today-sextortion-q1-b = “Asante kwa kuniambia. Tutalishughulikia pamoja.”
s-caregivers-today-sextortion-q1-b-why = Shukrani na utulivu vinamwambia kwamba alifanya jambo sahihi kwa kuja kwako. Wanaotishia hutegemea aibu na taharuki; jinsi yako tulivu ya kuitikia huwanyang'anya nguvu hiyo.
s-caregivers-today-sextortion-q1-c = “Walipe tu ili yaishe.”
s-caregivers-today-sextortion-q1-c-why = Kutaka yaishe haraka kunaeleweka. Lakini kulipa mara chache humaliza jambo hili: wanaotishia kwa kawaida huomba zaidi, na wanaweza kusambaza picha hata hivyo.
s-caregivers-today-sextortion-next-steps =
    <b>Hatua zinazofuata</b>
    • Msilipe, na msitume kitu kingine chochote. Acheni kujibu.
    • Hifadhini ushahidi: picha za skrini za jumbe, jina la akaunti na kiungo cha wasifu, na maelezo yoyote ya malipo waliyotuma.
    • Zuieni na ripotini akaunti hiyo, lakini msifute akaunti yake wala gumzo kwa sasa.
    • Ripotini kwa polisi au kwa huduma ya kitaifa ya kuripoti (hotline).
    • Take It Down inaweza kusaidia kuzuia picha ya uchi ya aliye chini ya miaka 18 isisambae.
s-caregivers-today-sextortion-q2 = Akaunti ya mwanao na gumzo vifanywe nini?
s-caregivers-today-sextortion-q2-a = Kufuta kila kitu mara moja
s-caregivers-today-sextortion-q2-a-why = Kutaka kila kitu kitoweke ni hisia ya kawaida sana. Lakini kufuta akaunti au gumzo kunaweza kufuta ushahidi ambao polisi na majukwaa wanauhitaji ili kumkomesha anayetishia.
s-caregivers-today-sextortion-q2-b = Kumzuia anayetishia, lakini kubakiza gumzo
s-caregivers-today-sextortion-q2-b-why = Kuzuia kunakomesha mawasiliano, na kubakiza gumzo na akaunti kunahifadhi ushahidi. Kisha ripoti akaunti hiyo kwenye jukwaa na kwa polisi au huduma ya kuripoti.
s-caregivers-today-sextortion-q2-c = Kumjibu na kumtishia mimi mwenyewe
s-caregivers-today-sextortion-q2-c-why = Hasira dhidi ya mtu anayefanya hivi inaeleweka. Lakini kumkabili kunaweza kuzidisha hali na kumshtua kabla polisi hawajachukua hatua. Liachie jukwaa, huduma ya kuripoti au polisi.
s-caregivers-today-sextortion-what-to-do =
    <b>Unachoweza kufanya</b>
    Sema waziwazi wiki hii: “Unaweza kuja kwangu kila wakati, hata kuhusu picha.” Ikitokea: tulia, msilipe, hifadhini ushahidi, zuieni na ripotini. Kaa karibu na mtoto wako katika siku zinazofuata, na utafute msaada.

    Kama mtoto wako anaweza kuwa hatarini au anazungumza kuhusu kujidhuru, piga namba ya dharura ya nchini kwako sasa hivi.

    Gusa <b>Pata msaada</b> wakati wowote kuona simu ya msaada na tovuti za kuripoti za nchi yako.

## Lesson 3: Games and livestreams

s-caregivers-today-games-title = Michezo, livestream na zawadi
s-caregivers-today-games-intro =
    Michezo ni mahali pa kujumuika. Watoto hucheza pamoja, huzungumza kwa sauti na kwa maandishi, hupata marafiki na hutazama livestream (matangazo ya moja kwa moja). Katika utafiti mmoja wa Australia, vijana 8 kati ya 10 walicheza michezo mtandaoni pamoja na wengine (eSafety Commissioner, 2021).

    Mengi ya haya ni burudani nzuri. Lakini vipengele vinavyofanya michezo kuwa ya kijamii (gumzo la sauti, maombi ya urafiki, zawadi na jumbe za faragha) vinaweza pia kutumiwa na mtu anayetaka kumdhuru mtoto.
s-caregivers-today-games-intro-alt = Kijana aliyevaa headset ameshika kidhibiti cha mchezo mbele ya skrini inayoonyesha zawadi, sarafu na viputo vya gumzo.
s-caregivers-today-games-misused =
    Jinsi vipengele hivi vinavyoweza kutumiwa vibaya:
    • <b>Gumzo la sauti</b> linaweza kumfanya mgeni aonekane rafiki haraka sana.
    • <b>Zawadi</b> kama skins, sarafu au salio la michezo, kisha “una deni kwangu”. Polisi wa Australia wanaonya kwamba wahalifu hutumia sarafu za michezo kuwarubuni watoto.
    • <b>Programu ya faragha</b>: anaomba gumzo lihamie pasipo na mwingine wa kuliona.
    • <b>Livestream</b>: watazamaji wanaweza kutuma zawadi za kidijitali, kuomba “changamoto”, au kuomba faragha.
s-caregivers-today-games-q1 = Mchezaji amekuwa akimpa mtoto wako wa miaka 13 sarafu za ndani ya mchezo, na sasa anataka wazungumze kwenye programu nyingine. Hii ni nini?
s-caregivers-today-games-q1-a = Ukarimu wa kawaida kati ya wachezaji
s-caregivers-today-games-q1-a-why = Wachezaji kweli hushirikiana na kusaidiana. Lakini zawadi zikifuatiwa na msukumo wa kuhamia programu ya faragha ni mtindo unaojulikana wa kurubuni (grooming), kwa hiyo inafaa kuzungumza kwa utulivu.
s-caregivers-today-games-q1-b = Ishara ya hatari: zawadi, kisha gumzo la faragha
s-caregivers-today-games-q1-b-why = Zawadi zinaweza kujenga hisia ya kuwa na deni, na programu ya faragha huliondoa gumzo machoni pa wengine. Kwa pamoja ni mtindo wa kawaida wa kurubuni. Zungumza na mtoto wako kwa utulivu: si kosa lake.
s-caregivers-today-games-q1-c = Ni tatizo tu akiomba pesa
s-caregivers-today-games-q1-c-why = Pesa ni hatari moja, lakini si pekee. Wanaorubuni watoto mara nyingi hutaka imani, usiri, picha au kukutana, na huenda wasitaje pesa kamwe.
s-caregivers-today-games-together =
    Wekeni mipangilio ya michezo pamoja:
    • Cheza au tazama pamoja na mtoto wako mara kwa mara, na umuulize anacheza na nani.
    • Kagueni nani anaweza kuzungumza naye (marafiki tu ni mwanzo mzuri) na kama gumzo la sauti limewashwa.
    • Washeni idhini ya ununuzi, ili zawadi na matumizi ya pesa yaonekane.
    • Kwa livestream, kagueni nani anaweza kutazama, kutoa maoni na kutuma zawadi.
    • Kubalianeni la kufanya mtu akiomba siri, picha au gumzo la faragha: kuondoka, kuzuia, kuripoti, kukuambia.
s-caregivers-today-games-q2 = Mtoto wako wa miaka 15 hurusha michezo moja kwa moja (streaming). Mtazamaji anatuma zawadi na kuomba simu ya video ya faragha. Nini kinasaidia zaidi?
s-caregivers-today-games-q2-a = Kumwachia yeye: ni chaneli yake
s-caregivers-today-games-q2-a-why = Kuwapa vijana uhuru ni muhimu. Lakini mtazamaji anayetuma zawadi kisha kuomba faragha ni ishara ya hatari, na mtoto wako hapaswi kukabiliana nalo peke yake.
s-caregivers-today-games-q2-b = Kulizungumza: kuzuia, kuripoti, kubaki hadharani
s-caregivers-today-games-q2-b-why = Zawadi zikifuatiwa na ombi la kwenda faragha ni dalili ya tahadhari inayojulikana. Kumzuia na kumripoti mtazamaji huyo, na kuweka livestream wazi kwa umma au kwa marafiki tu, humlinda mtoto wako.
s-caregivers-today-games-q2-c = Kupiga marufuku michezo na livestream kabisa
s-caregivers-today-games-q2-c-why = Marufuku inaweza kuonekana salama zaidi, lakini inaweza kumfundisha mtoto wako kuficha mambo wakati ujao. Kuendelea kushiriki na kukubaliana kanuni pamoja humweka salama zaidi, na huendeleza mazungumzo.
s-caregivers-today-games-what-to-do =
    <b>Unachoweza kufanya</b>
    • Mwombe mtoto wako akuonyeshe mchezo anaoupenda zaidi wiki hii.
    • Kagueni pamoja mipangilio ya gumzo, sauti na ununuzi.
    • Mkumbushe kwamba zawadi kamwe haimaanishi ana deni kwa mtu yeyote.
    • Mtu akivuka mipaka: hifadhi picha za skrini, zuia na uripoti ndani ya mchezo, na uripoti maombi ya kingono kwa polisi au huduma ya kuripoti.

    Gusa <b>Pata msaada</b> wakati wowote kuona simu ya msaada na tovuti za kuripoti za nchi yako.

## Lesson 4: Settings and tools, set up together

s-caregivers-today-settings-title = Mipangilio na zana, pamoja
s-caregivers-today-settings-intro =
    Zana za udhibiti wa wazazi na mipangilio ya usalama zinaweza kusaidia, hasa kwa vijana wadogo. Hufanya kazi vizuri zaidi zinapoendana na umri wa mtoto wako na mnapoziweka pamoja naye, si nyuma yake.

    Kijana mdogo anaweza kuhitaji mipaka zaidi. Watoto wanapokua, wanahitaji uhuru zaidi, pamoja na mpango wa la kufanya kitu kikienda vibaya.
s-caregivers-today-settings-intro-alt = Mzazi na kijana wamesimama pande mbili za simu inayoonyesha swichi za mipangilio, chini ya kufuli.
s-caregivers-today-settings-tools =
    Zana za kujua:
    • <b>Udhibiti wa simu na konsoli</b>: idhinisha programu mpya na ununuzi, weka muda wa skrini.
    • <b>Mipangilio ya programu</b>: akaunti ya faragha, nani anaweza kumwandikia au kutoa maoni, kuzima kushiriki eneo.
    • <b>Huduma za familia</b>: programu na michezo mingi huweza kuunganisha akaunti ya mzazi na ya kijana kusimamia mipangilio. Jua kila moja inakuonyesha nini, na umwambie mtoto.
    • <b>Kwenye Telegram</b>: nani anaona namba yake na nani anaweza kumwongeza kwenye vikundi.
s-caregivers-today-settings-open =
    Uwazi hufaa zaidi kuliko usiri. Kusoma jumbe za mtoto wako kwa siri kunaweza kuvunja uaminifu, na akigundua, anaweza kuficha zaidi au kuhamia programu usizozijua. Mwambie mtoto wako unachoweza kuona na kwa nini.

    Ichukulie mipangilio kama kanuni nyingine yoyote ya familia: mkubaliane juu yake, ueleze sababu zake, na muipitie upya kadiri mtoto wako anavyokua.
s-caregivers-today-settings-q1 = Mtoto wako wa miaka 13 anapata simu yake ya kwanza. Mwanzo bora ni upi?
s-caregivers-today-settings-q1-a = Programu ya siri ya kumfuatilia
s-caregivers-today-settings-q1-a-why = Kutaka kujua kwamba yuko salama ni kawaida. Lakini ufuatiliaji wa siri unaweza kuvunja uaminifu ukigunduliwa, na haumfundishi mtoto wako la kufanya kitu kikienda vibaya.
s-caregivers-today-settings-q1-b = Kuweka udhibiti pamoja na kueleza sababu
s-caregivers-today-settings-q1-b-why = Mtoto wako akijua kilichowekwa na kwa nini, kuna uwezekano mkubwa zaidi kwamba atakiheshimu, na atakuja kwako kitu kikienda vibaya. Pitieni mipangilio upya kadiri anavyokua.
s-caregivers-today-settings-q1-c = Bila mipangilio: uaminifu unatosha
s-caregivers-today-settings-q1-c-why = Uaminifu ndio muhimu zaidi, na mipangilio huusaidia badala ya kuuchukua nafasi. Mipangilio ya faragha na ya mawasiliano huzuia mawasiliano mengi yasiyotakiwa kabla hayajaanza.
s-caregivers-today-settings-agreement =
    Makubaliano ya familia husaidia. Amueni pamoja:
    • programu na michezo ipi inafaa, na nani anaweza kuwasiliana naye
    • kipi kinabaki faragha: anwani, shule, live location (mahali alipo kwa wakati huo)
    • la kufanya kitu kikionekana si sawa: simama, piga picha ya skrini, zuia, ripoti, sema
    • ahadi yako: kukuambia hakutamaanisha kamwe kunyang'anywa simu

    Yaandikeni, na myabadilishe kadiri mtoto wako anavyokua.
s-caregivers-today-settings-q2 = Mtoto wako wa miaka 15 anakuomba uondoe udhibiti fulani. Unafanya nini?
s-caregivers-today-settings-q2-a = Kukataa: kanuni ni kanuni
s-caregivers-today-settings-q2-a-why = Kuwa na msimamo ni muhimu, lakini kukataa bila kuzungumza kunaweza kumsukuma kijana kutafuta njia za kukwepa kanuni. Mazungumzo yanakufanya uendelee kuhusika.
s-caregivers-today-settings-q2-b = Kulizungumza na kukubaliana kipindi cha majaribio
s-caregivers-today-settings-q2-b-why = Vijana wakubwa wanahitaji uhuru unaoongezeka. Kukubaliana kinachobadilika, kinachobaki na jinsi mtakavyojuliana hali kunamheshimu na kunaweka usalama ndani ya mpango.
s-caregivers-today-settings-q2-c = Kuweka udhibiti mwingine wa siri kimya kimya
s-caregivers-today-settings-q2-c-why = Inaweza kuonekana kama maafikiano salama, lakini kijana wako akiugundua, uaminifu unaweza kuvunjika na anaweza kuhamia programu usizoweza kuziona.
s-caregivers-today-settings-what-to-do =
    <b>Unachoweza kufanya</b>
    • Keti na mtoto wako wiki hii, na mpitie pamoja mipangilio ya programu moja.
    • Kubalianeni makubaliano mafupi ya familia, pamoja na ahadi yako kuhusu simu.
    • Pangeni lini mtayapitia upya.

    Gusa <b>Pata msaada</b> wakati wowote kuona simu ya msaada na tovuti za kuripoti za nchi yako.

## Lesson 5: After your child tells you

s-caregivers-today-after-telling-title = Baada ya mtoto wako kukuambia
s-caregivers-today-after-telling-stay-calm =
    Mtoto wako akikuambia kwamba kuna jambo lililotokea mtandaoni, dakika za kwanza ndizo muhimu zaidi. Vuta pumzi na utulie, hata kama ndani yako unajisikia mshtuko au hasira.

    Sema: “Asante kwa kuniambia. Hujapata matatizo. Si kosa lako.” Mwamini. Sikiliza zaidi kuliko unavyouliza, na usimlazimishe kueleza kila undani. Kukuambia kulihitaji ujasiri.
s-caregivers-today-after-telling-stay-calm-alt = Mzazi kwenye sofa amemkumbatia kwa mkono mtoto mwenye wasiwasi na anamsikiliza, na kiputo cha maneno na moyo karibu nao.
s-caregivers-today-after-telling-phone =
    <b>Usimnyang'anye simu kama adhabu.</b> Hofu ya kunyang'anywa simu ni mojawapo ya sababu kuu zinazowafanya watoto wanyamaze. Kuichukua kunaweza kuonekana kama adhabu kwa kukuambia, na kunamtenga na marafiki na msaada.

    Kama simu inahitajika kama ushahidi, eleza kwamba ni kwa ajili ya kumlinda, si adhabu, na mamue pamoja kinachofuata.
s-caregivers-today-after-telling-q1 = Mtoto wako anasema mtu amekuwa akimshinikiza atume picha. Unasema nini kwanza?
s-caregivers-today-after-telling-q1-a = “Nipe simu yako, sasa hivi.”
s-caregivers-today-after-telling-q1-a-why = Kutaka kumlinda ni kawaida. Lakini kunyakua simu kunaweza kuonekana kama adhabu na kunaweza kumfanya aache kuzungumza. Mshukuru kwanza, kisha mamue hatua zinazofuata pamoja.
s-caregivers-today-after-telling-q1-b = “Asante kwa kuniambia. Hujapata matatizo.”
s-caregivers-today-after-telling-q1-b-why = Kunamwambia mtoto wako kwamba alifanya jambo sahihi na yuko salama pamoja nawe. Hilo linamfanya aendelee kuzungumza, na hatua zinazofuata zinategemea hilo.
s-caregivers-today-after-telling-q1-c = “Kwa nini hata ulimjibu?”
s-caregivers-today-after-telling-q1-c-why = Kutaka kuelewa ni kawaida, lakini maswali ya “kwa nini” yanasikika kama lawama kwa sasa. Zingatia usalama kwanza; habari kamili inaweza kuja baadaye, kwa kasi yake.
s-caregivers-today-after-telling-evidence =
    <b>Hifadhi ushahidi na uripoti</b>
    • Piga picha za skrini za jumbe, majina ya watumiaji, viungo vya wasifu na tarehe. Usifute gumzo wala akaunti bado.
    • Kamwe usinakili, usihifadhi wala usisambaze picha ya ngono ya mtoto, hata ili kuiripoti. Andika ilipo badala yake.
    • Ripoti akaunti kwenye programu, na kwa huduma ya kuripoti au polisi.
    • Take It Down inaweza kusaidia kuondoa picha za uchi za walio chini ya miaka 18 kwenye programu zinazoshiriki.
    • Usiwasiliane naye wala kumkabili mwenyewe.
s-caregivers-today-after-telling-support =
    <b>Msaada kwa ajili yake na kwa ajili yako</b>
    Simu ya msaada kwa watoto inaweza kuzungumza na mtoto wako, na mara nyingi nawe pia; nchi nyingi hutumia 116 111. Mshauri wa shule au daktari anaweza kusaidia pia.

    Katika siku zinazofuata, dumisha ratiba za kawaida, mjulie hali kwa upole, na uzingatie mabadiliko ya hisia au usingizi. Jitunze wewe pia: zungumza na mtu unayemwamini au simu ya msaada kwa wazazi. Huhitaji kubeba hili peke yako.
s-caregivers-today-after-telling-q2 = Wiki moja baadaye, mtoto wako anaonekana yuko sawa. Sasa nini?
s-caregivers-today-after-telling-q2-a = Kutolizungumzia tena kamwe
s-caregivers-today-after-telling-q2-a-why = Kumpa nafasi ni wema. Lakini ukimya unaweza kufanya ionekane kana kwamba mada imefungwa. Kumjulia hali kwa wepesi mara kwa mara kunaonyesha kwamba mlango bado uko wazi.
s-caregivers-today-after-telling-q2-b = Kumjulia hali kwa upole mara kwa mara
s-caregivers-today-after-telling-q2-b-why = Hisia zinaweza kurudi baadaye. Kumjulia hali kwa ufupi na kwa utulivu kunaonyesha bado uko pale, na kunakusaidia kugundua kama anahitaji msaada zaidi.
s-caregivers-today-after-telling-q2-c = Kumwomba asimulie kila kitu tena
s-caregivers-today-after-telling-q2-c-why = Kutaka kila undani ni kawaida, lakini kusimulia tena kunaweza kumhuzunisha, na huenda polisi au wataalamu wakahitaji kusikia moja kwa moja kutoka kwake kwanza. Mwache mtoto wako aongoze.
s-caregivers-today-after-telling-what-to-do =
    <b>Unachoweza kufanya</b>
    Kumbuka maneno haya: “Asante kwa kuniambia. Hujapata matatizo. Si kosa lako.” Kisha: hakuna adhabu, hifadhi ushahidi, ripoti, na utafute msaada.

    Kama mtoto wako yuko katika hatari ya papo hapo au anaweza kujidhuru, piga namba ya dharura ya nchini kwako sasa hivi.

    Gusa <b>Pata msaada</b> wakati wowote kuona simu ya msaada na tovuti za kuripoti za nchi yako.

## Voice question: asked once after the series (content/series/caregivers-today.yaml voice_question)

s-caregivers-today-voice-first-step = Kati ya haya, utafanya lipi kwanza?
s-caregivers-today-voice-first-step-ai-talk = Kuzungumza na mtoto wangu kuhusu picha bandia za AI
s-caregivers-today-voice-first-step-photo-talk = Kumwambia anaweza kuja kwangu, hata kuhusu picha
s-caregivers-today-voice-first-step-play = Kuomba kuona mchezo anaoupenda zaidi
s-caregivers-today-voice-first-step-settings = Kupitia mipangilio pamoja naye
s-caregivers-today-voice-first-step-promise = Kuahidi kwamba kuniambia hakutamgharimu simu yake
