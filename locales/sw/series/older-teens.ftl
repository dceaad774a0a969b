## Series: Older teens: relationships and risks (older-teens), for teens 16-17.
## Grounded in eSafety, ThinkUKnow Australia, NCMEC, Kids Helpline and One Love guidance, paraphrased.
## Swahili: consent = ridhaa; dating apps = programu za uchumba ("dating apps" in brackets at first use).

s-older-teens-title = Mahusiano, picha na ofa
s-older-teens-about = Kwa vijana wa miaka 16 na 17: ridhaa na heshima mtandaoni, picha na sheria, programu za uchumba na watu wazima, ofa zinazoonekana nzuri mno kuwa kweli, na kutofautisha uhusiano wenye afya na ule wa udhibiti.

## Lesson 1: Consent and respect online

s-older-teens-consent-title = Ridhaa na heshima mtandaoni
s-older-teens-consent-intro =
    Kutongozana, kuchumbiana na mahusiano hutokea mtandaoni pia, na hilo linaweza kuwa jambo zuri. Kanuni ni ileile kama nje ya mtandao: <b>ridhaa</b>.

    Ridhaa inamaanisha watu wote wawili wanakubali kwa hiari, kila mara. Yeyote kati yao anaweza kusema hapana, au kubadili nia, wakati wowote.
s-older-teens-consent-intro-alt = Vijana wawili wanaotabasamu wakiwa na simu, wakitumiana tiki na moyo kwenye viputo vya gumzo.
s-older-teens-consent-what-it-means =
    Mtandaoni, ridhaa inamaanisha:
    • Kuuliza kabla ya kutuma chochote cha kingono. Picha za uchi ambazo hakuna aliyeziomba si sawa.
    • Kuuliza kabla ya kusambaza picha, jumbe au picha za skrini za mtu.
    • Kukubali hapana, au kutojibiwa, bila kulazimisha, kumfanya mtu ajione na hatia wala kununa.
    • Kujua kwamba ndiyo iliyotolewa kwa shinikizo, hofu au vitisho si ndiyo ya kweli.
s-older-teens-consent-q1 = Mpenzi wako anasema hataki mtumiane jumbe za kingono (sexting) usiku huu. Jibu la heshima ni lipi?
s-older-teens-consent-q1-a = “Sawa, hakuna shida.”
s-older-teens-consent-q1-a-why = Kukubali hapana bila shinikizo kunaonyesha heshima na kujenga uaminifu. Hapana ni jibu kamili.
s-older-teens-consent-q1-b = Kuuliza tena kwa njia nyingine
s-older-teens-consent-q1-b-why = Kutaka kujisikia karibu naye ni kawaida. Lakini kuuliza tena na tena ni shinikizo, na shinikizo si ridhaa.
s-older-teens-consent-q1-c = “Kama ungenipenda, ungekubali.”
s-older-teens-consent-q1-c-why = Kukataliwa kunaweza kuuma. Lakini kumfanya mtu ajisikie na hatia ni shinikizo, na kunaharibu uaminifu. Hapana ni hapana.
s-older-teens-consent-can-change =
    Ridhaa inaweza kubadilika. Ndiyo ya jana haimaanishi ndiyo ya leo. Kutuma picha moja hakumaanishi kukubali kutuma zaidi, wala kukubali isambazwe.

    Mtu akisambaza jumbe au picha zako za faragha bila kukuuliza, hilo ni kosa lake, si lako. Unaweza kumwomba azifute, kuripoti, na kupata msaada.
s-older-teens-consent-what-to-do =
    <b>Ufanye nini</b>
    Uliza, sikiliza, na ukubali hapana. Mtu akikushinikiza, au akisambaza kitu chako bila ridhaa yako, hifadhi ushahidi, zuia na uripoti, na uzungumze na mtu mzima unayemwamini au simu ya msaada kwa watoto (116 111 katika nchi nyingi).

    Gusa <b>Pata msaada</b> wakati wowote kuona simu ya msaada na tovuti za kuripoti za nchi yako.

## Lesson 2: Images and the law

s-older-teens-images-law-title = Picha na sheria
s-older-teens-images-law-intro =
    Vijana wengi hujiuliza sheria inasema nini kuhusu picha za uchi. Sheria hutofautiana kati ya nchi na nchi, lakini kuna kanuni moja ya jumla inayofaa kujulikana.
s-older-teens-images-law-intro-alt = Mizani iliyo sawa kando ya ngao ya kijani yenye tiki.
s-older-teens-images-law-the-law =
    Katika nchi nyingi, kutengeneza, kuomba, kuhifadhi au kusambaza picha za ngono za <b>mtu yeyote aliye chini ya miaka 18</b> ni kinyume cha sheria. Hilo linaweza kuhusu hata selfie, hata kati ya vijana wawili wa umri mmoja, na hata kama wote wawili walikubali. Katika baadhi ya maeneo linahusu pia picha zilizohaririwa au bandia.

    Sheria hizi zipo kuwalinda vijana dhidi ya unyonyaji. Kama picha yako imesambaa, kuomba msaada ni hatua sahihi kila wakati.
s-older-teens-images-law-most-say-no =
    Inaweza kuonekana kama kila mtu hutuma picha za uchi. Wengi hawatumi. Katika utafiti wa eSafety wa vijana wa miaka 14 hadi 17, 73% ya walioombwa picha ya uchi walisema hawakutuma (eSafety, 2017).

    Kusema hapana ni kawaida. Huhitaji sababu, na hakukufanyi kuwa mtu wa kuchosha.
s-older-teens-images-law-q1 = Mpenzi wako wa miaka 17 anataka mtumiane picha za uchi na anasema ni sawa kwa sababu nyote mnakaribia kufikisha miaka 18. Kipi ni kweli?
s-older-teens-images-law-q1-a = Ni sawa, sote tumekubali
s-older-teens-images-law-q1-a-why = Kukubaliana ni muhimu sana katika uhusiano. Lakini katika nchi nyingi, picha za ngono za mtu yeyote aliye chini ya miaka 18 ni kinyume cha sheria hata kukiwa na ridhaa. Na zikishatumwa, huwezi kudhibiti zinakokwenda.
s-older-teens-images-law-q1-b = Ni sawa kama programu inazifuta
s-older-teens-images-law-q1-b-why = Jumbe zinazopotea bado zinaweza kupigwa picha ya skrini au kurekodiwa. Na mipangilio ya programu haibadilishi sheria.
s-older-teens-images-law-q1-c = Nchi nyingi zinakataza chini ya miaka 18, hata tukikubali
s-older-teens-images-law-q1-c-why = Nchi nyingi huchukulia picha za ngono za walio chini ya miaka 18 kuwa kinyume cha sheria, yeyote aliyezipiga. Kusema hapana, au kusubiri, kunawalinda nyote wawili.
s-older-teens-images-law-if-shared =
    Kama picha yako imesambazwa, au mtu anatishia kuisambaza: hujachelewa. Usilipe na usitume zaidi. Hifadhi ushahidi na uiripoti.

    <b>Take It Down</b> (takeitdown.ncmec.org) inafanya kazi kwa picha za kabla hujafikisha miaka 18. Na mtu akikutumia picha ya uchi ya kijana mwingine, usiisambaze: iripoti, kisha uifute.
s-older-teens-images-law-what-to-do =
    <b>Ufanye nini</b>
    Unaweza kusema hapana kila wakati. Kamwe usisambaze picha ya uchi ya mtu mwingine. Kama picha yako imesambaa, tumia takeitdown.ncmec.org, iripoti kwa programu na kwa huduma ya kuripoti (hotline), na uzungumze na mtu mzima unayemwamini au simu ya msaada kwa watoto (116 111 katika nchi nyingi).

    Gusa <b>Pata msaada</b> wakati wowote kuona simu ya msaada na tovuti za kuripoti za nchi yako.

## Lesson 3: Dating apps and adults

s-older-teens-dating-apps-title = Programu za uchumba na watu wazima
s-older-teens-dating-apps-intro =
    Programu nyingi kubwa za uchumba (dating apps) ni za watu wazima tu: kanuni zao zinasema lazima uwe na miaka 18 au zaidi. Tinder, kwa mfano, huruhusu watu wa miaka 18 na zaidi tu.

    Kanuni hiyo ipo kwa sababu. Programu za uchumba zimejaa watu wazima wanaotafuta watu wazima wenzao, na kudanganya umri wako kunakuweka mbele ya watu ambao hawapaswi kuwasiliana nawe.
s-older-teens-dating-apps-intro-alt = Kijana ameinua mkono na kurudi nyuma kutoka kwa simu inayoonyesha programu ya uchumba, kando ya alama ya “hakuna kuingia”.
s-older-teens-dating-apps-adults-red-flag =
    Mtu mzima anayetaka uhusiano wa kimapenzi au wa kingono na mtu aliye chini ya miaka 18 ni <b>ishara ya hatari</b>, si sifa, hata kama anasema umekomaa na hata kama anakutendea wema.

    Kuwa makini na watu wazima wanaotaka uhusiano uwe siri, wanaotuma zawadi au pesa, wanaoomba picha, wanaotaka mkutane peke yenu, au wanaosema umri ni “namba tu”. Watu wazima wanaowajali vijana huheshimu mipaka ya umri.
s-older-teens-dating-apps-q1 = Una miaka 16. Mtu wa miaka 24 uliyekutana naye mtandaoni anasema umekomaa kwa umri wako na anataka mkutane. Hii ni nini?
s-older-teens-dating-apps-q1-a = Inafurahisha, lazima nimekomaa
s-older-teens-dating-apps-q1-a-why = Kuonekana na mtu kunapendeza. Lakini “umekomaa sana” ni maneno yanayojulikana ambayo watu wazima hutumia kujenga ukaribu na vijana.
s-older-teens-dating-apps-q1-b = Ishara ya hatari: mtu mzima anamfuatilia kijana
s-older-teens-dating-apps-q1-b-why = Mtu mzima anayetaka kuchumbiana na mtu aliye chini ya miaka 18 si salama, hata aonekane mwema kiasi gani. Acha kujibu, usikutane naye, hifadhi gumzo na umwambie mtu mzima unayemwamini.
s-older-teens-dating-apps-q1-c = Ni sawa tukikutana mahali pa wazi
s-older-teens-dating-apps-q1-c-why = Kukutana mahali pa wazi ni tabia nzuri kwa watu wazima wanaochumbiana. Lakini hapa tatizo ni mtu mzima anayetaka uhusiano na kijana. Usikutane naye.
s-older-teens-dating-apps-meeting-people =
    Ukikutana na watu mtandaoni katika umri wako:
    • Tumia programu zilizokusudiwa umri wako, na uweke wasifu wako kuwa wa faragha.
    • Kamwe usiende peke yako kukutana na mtu unayemjua mtandaoni tu. Mwambie mtu mzima unakokwenda, na mkutane mahali pa wazi.
    • Mtu mzima akikutongoza au akikuomba picha, unaweza kuondoka, kumzuia na kumripoti, na hutapata matatizo kwa hilo.
s-older-teens-dating-apps-what-to-do =
    <b>Ufanye nini</b>
    Kaa mbali na programu za 18+. Mtu mzima akikufuatilia mtandaoni: acha kujibu, usikutane naye, hifadhi jumbe, zuia na uripoti, na umwambie mtu mzima unayemwamini au simu ya msaada kwa watoto (116 111 katika nchi nyingi). Tabia yake ndiyo mbaya, si yako.

    Gusa <b>Pata msaada</b> wakati wowote kuona simu ya msaada na tovuti za kuripoti za nchi yako.

## Lesson 4: Offers that are too good to be true

s-older-teens-offers-title = Ofa zinazoonekana nzuri mno kuwa kweli
s-older-teens-offers-intro =
    “Unaweza kuwa mwanamitindo.” “Pesa rahisi, picha chache tu.” “Nitakutumia kadi ya zawadi kama…”

    Ofa kama hizi hufika kwenye DM, maoni na michezo. Baadhi ni utapeli wa kuchukua pesa zako. Nyingine ni njia ya kupata picha zako, ambazo baadaye zinaweza kutumiwa kukushinikiza au kukutishia.
s-older-teens-offers-intro-alt = Ofa inayong'aa ndani ya bahasha ikikaguliwa kwa kioo cha kukuza, kando ya alama ya “hakuna kuingia”.
s-older-teens-offers-fake-modelling =
    <b>Ofa feki za uanamitindo au kazi</b>: mashirika halisi hayasaki vipaji vya vijana kupitia DM wala kuomba picha za nguo za ndani, picha za uchi au simu ya video ya faragha. Mashirika ya uanamitindo yameonya kwamba wasaka vipaji feki hufanya hivyo hasa.

    Kama ofa inaonekana ya kweli, ikague pamoja na mtu mzima unayemwamini: tafuta kampuni hiyo wewe mwenyewe na uwasiliane nayo kupitia tovuti yake rasmi, si kupitia kiungo ulichotumiwa.
s-older-teens-offers-easy-money =
    <b>Pesa rahisi</b>: ofa za kukulipa kwa picha, kwa magumzo ya faragha au kwa “dakika chache tu mbele ya kamera” ni mitego. Unaweza kupoteza pesa, au kuishia kutishiwa ili ulipe.

    <b>Zawadi kwa picha</b>: pesa, kadi za zawadi, salio la michezo au nguo badala ya picha ni unyonyaji, hata kama inaanza na “selfie tu”. Maombi kwa kawaida huongezeka.
s-older-teens-offers-q1 = “Msaka vipaji” anakutumia ujumbe: unaweza kuwa mwanamitindo, tuma tu picha chache ukiwa na nguo za ndani ili kuanza. Unafanya nini?
s-older-teens-offers-q1-a = Nazituma, ni nafasi kubwa
s-older-teens-offers-q1-a-why = Ndoto kubwa ni nzuri, na matapeli huzitumia. Mashirika halisi hayaombi picha za nguo za ndani kupitia DM.
s-older-teens-offers-q1-b = Nazituma, lakini uso wangu ukiwa umefichwa
s-older-teens-offers-q1-b-why = Kuficha uso wako kunaonyesha unajali usalama wako. Lakini bado ungekuwa unampa mtu usiyemjua picha za faragha, na zinaweza kutumiwa kukushinikiza.
s-older-teens-offers-q1-c = Situmi; nakagua shirika hilo na mtu mzima
s-older-teens-offers-q1-c-why = Ofa ya kweli bado itakuwepo baada ya kuikagua. Zuia na uripoti akaunti hiyo, na ulizungumze na mtu mzima unayemwamini.
s-older-teens-offers-what-to-do =
    <b>Ufanye nini</b>
    Ofa ikiomba picha, pesa kabla au usiri, si ofa ya kweli. Usitume chochote. Hifadhi jumbe, zuia na uripoti akaunti hiyo, na umwambie mtu mzima unayemwamini au simu ya msaada kwa watoto (116 111 katika nchi nyingi). Kama ulishatuma kitu, hujapata matatizo: tafuta msaada sasa.

    Gusa <b>Pata msaada</b> wakati wowote kuona simu ya msaada na tovuti za kuripoti za nchi yako.

## Lesson 5: Healthy or controlling?

s-older-teens-healthy-title = Uhusiano wenye afya au wa udhibiti?
s-older-teens-healthy-intro =
    Uhusiano mzuri, mtandaoni na nje ya mtandao, hukufanya ujisikie salama, unaheshimiwa na huru kuwa wewe mwenyewe.

    Mabishano na wivu kidogo hutokea wakati mwingine. Udhibiti ni tofauti: ni mtu mmoja kujaribu kuamua kile ambacho mwingine anafanya.
s-older-teens-healthy-intro-alt = Vijana wawili wanatabasamu bega kwa bega, na moyo juu yao, tiki ya kijani na kufuli iliyo wazi.
s-older-teens-healthy-healthy =
    <b>Uhusiano wenye afya</b> unaonekana hivi:
    • Kila mmoja wenu ana marafiki, muda na faragha yake.
    • Mnazungumza kuhusu matatizo na mnasikilizana.
    • Yeyote kati yenu anaweza kusema hapana, na hilo ni sawa.
    • Huhitaji kushiriki manenosiri au mahali ulipo ili kuthibitisha chochote.
    • Unajisikia vizuri kuhusu nafsi yako ukiwa naye.
s-older-teens-healthy-controlling =
    <b>Udhibiti</b> unaonekana hivi:
    • Kukagua simu yako, au kudai manenosiri yako au mahali ulipo.
    • Kukasirika usipojibu mara moja.
    • Kukuambia nani wa kumfuata, kumzuia au kuzungumza naye.
    • Kukudharau, faraghani au kwenye machapisho.
    • Kukushinikiza utume picha za uchi, au kutishia kusambaza picha.

    Hizi ni ishara za tahadhari za unyanyasaji wa kidijitali. Huo si upendo, na si kosa lako.
s-older-teens-healthy-q1 = Mpenzi wako anataka manenosiri yako “ili uthibitishe kwamba huna unachoficha”. Kipi ni kweli?
s-older-teens-healthy-q1-a = Ni haki, wapenzi hushirikiana kila kitu
s-older-teens-healthy-q1-a-why = Baadhi ya wapenzi huchagua kushirikiana vitu fulani, kwa hiari. Lakini kudai manenosiri kama uthibitisho ni udhibiti, si uaminifu.
s-older-teens-healthy-q1-b = Ni ishara ya udhibiti, si ya uaminifu
s-older-teens-healthy-q1-b-why = Katika uhusiano wenye afya, uaminifu hauhitaji uthibitisho kama huu. Unaweza kusema hapana, na kuzungumza na mtu unayemwamini likiendelea kutokea.
s-older-teens-healthy-q1-c = Ni tatizo tu akisoma jumbe zangu
s-older-teens-healthy-q1-c-why = Ni haki kutumaini kwamba hatachunguza. Lakini kudai kuingia kwenye akaunti zako tayari ni udhibiti, awe atazitumia au la.
s-older-teens-healthy-a-friend =
    Wakati mwingine ni rahisi kuona udhibiti katika uhusiano wa rafiki kuliko katika uhusiano wako mwenyewe.

    Kama una wasiwasi kuhusu rafiki, mwambie ulichokiona, bila kumhukumu yeye wala mpenzi wake. Msikilize. Mkumbushe kwamba si kosa lake, na kwamba anastahili kujisikia salama. Endelea kuwa naye, hata kama bado hayuko tayari kuchukua hatua.
s-older-teens-healthy-q2 = Mpenzi wa rafiki yako anakagua simu yake na hukasirika anapokutana na marafiki zake. Unawezaje kumsaidia?
s-older-teens-healthy-q2-a = Kutojihusisha, ni uhusiano wao
s-older-teens-healthy-q2-a-why = Inaweza kuwa vigumu kuingilia. Lakini mtu aliye katika uhusiano wa udhibiti anaweza kujisikia yuko peke yake sana, na msaada wa upole ni muhimu.
s-older-teens-healthy-q2-b = Kumwambia mpenzi wake akome
s-older-teens-healthy-q2-b-why = Unataka kumlinda, na huo ni wema. Lakini kumkabili mpenzi wake kunaweza kumzidishia rafiki yako matatizo. Zungumza na rafiki yako kwanza.
s-older-teens-healthy-q2-c = Kusikiliza, kutohukumu, kupendekeza azungumze na mtu
s-older-teens-healthy-q2-c-why = Mwambie kwamba umegundua na unamjali, na kwamba si kosa lake. Pendekeza mtu mzima anayemwamini au simu ya msaada, na uendelee kuwa pamoja naye.
s-older-teens-healthy-what-to-do =
    <b>Ufanye nini</b>
    Kama uhusiano unaonekana wa udhibiti, unastahili bora zaidi, na si wewe wa kulaumiwa. Zungumza na mtu mzima unayemwamini au simu ya msaada kwa watoto (116 111 katika nchi nyingi). Ukiwahi kuogopa kwa ajili ya usalama wako, piga namba ya dharura ya nchini kwako.

    Gusa <b>Pata msaada</b> wakati wowote kuona simu ya msaada na tovuti za kuripoti za nchi yako.
