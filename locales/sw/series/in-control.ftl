## Series: You're in control (in-control), for teens 13-17.
## Structure: content/series/in-control.yaml. Grounded in Be Internet Awesome and eSafety advice (paraphrased).
## Swahili: Telegram menu names stay in English (Telegram has no Swahili interface), with a Swahili gloss.

s-in-control-title = Wewe ndiye mwenye usukani
s-in-control-about = Masomo manne mafupi kuhusu faragha, kutambua vitu feki, akaunti imara na kuwa mwema mtandaoni. Wewe ndiye unayeamua unachoshiriki na nani anaweza kukufikia.

## Lesson 1: Your footprint and privacy

s-in-control-footprint-title = Nyayo zako mtandaoni na faragha
s-in-control-footprint-intro =
    Kila kitu unachochapisha, unachopenda (like), unachoshiriki au unachotolea maoni huacha alama. Alama hizi zote kwa pamoja ndizo <b>nyayo zako za kidijitali</b>.

    Watu wengine wanaweza kuhifadhi, kupiga picha ya skrini (screenshot) au kusambaza unachoshiriki, hata kutoka kwenye gumzo la "faragha". Hiyo si sababu ya kuogopa. Ni sababu ya kuchagua. Wewe ndiye unayeamua kinachotoka na nani anakiona.
s-in-control-footprint-intro-alt = Kijana ameshika simu. Msururu wa nyayo unaelekea kwenye kadi yenye swichi za faragha na kufuli.
s-in-control-footprint-think-first =
    Kabla ya kuchapisha, jiulize maswali mawili ya haraka:

    • Je, ningejisikia sawa kama familia yangu, mwalimu au bosi wangu wa baadaye angeona hiki?
    • Je, kinaonyesha ninakoishi, shule ninayosoma, au mahali nilipo sasa hivi?

    Anwani yako, namba yako ya simu, shule yako na mahali ulipo kwa wakati huo (live location) viwe kwa ajili ya watu unaowajua na kuwaamini nje ya mtandao tu. Kushiriki vitu vya kufurahisha ni jambo zuri. Kushiriki mahali pa kukupata ni jambo tofauti.
s-in-control-footprint-telegram-settings =
    Kwenye Telegram, wewe ndiye unayechagua nani anaweza kukuona na kukufikia. Fungua <b>Settings</b> (Mipangilio), kisha <b>Privacy and Security</b> (Faragha na Usalama):

    • <b>Phone Number</b> (Namba ya simu): chagua <b>Nobody</b> (Hakuna mtu) au <b>My Contacts</b> (Anwani zangu).
    • Nani anaweza kukuongeza kwenye vikundi: chagua <b>My Contacts</b>.
    • Last seen na picha za wasifu: zionyeshe kwa anwani zako tu, ukipenda.

    Inachukua dakika moja, na unaweza kuibadilisha wakati wowote.
s-in-control-footprint-q1 = Nani anapaswa kuweza kuona namba yako ya simu kwenye Telegram?
s-in-control-footprint-q1-a = Kila mtu, ili marafiki zangu wanipate
s-in-control-footprint-q1-a-why = Ni rahisi, lakini pia inawaruhusu watu usiowajua kuona namba yako. Marafiki bado wanaweza kukupata kwa jina lako la mtumiaji, kwa hiyo Nobody au My Contacts ndilo chaguo salama zaidi.
s-in-control-footprint-q1-b = Mtu yeyote aliye kwenye vikundi vyangu
s-in-control-footprint-q1-b-why = Kuiwekea mipaka ni mwanzo mzuri, lakini vikundi vinaweza kujaa watu ambao hujawahi kukutana nao. Nobody au My Contacts huiweka namba yako salama zaidi.
s-in-control-footprint-q1-c = Hakuna mtu, au anwani zangu tu
s-in-control-footprint-q1-c-why = Kwa njia hii, namba yako inabaki kwa watu unaowachagua. Marafiki zako bado wanaweza kuzungumza nawe, na watu usiowajua wanajua machache zaidi kukuhusu.
s-in-control-footprint-unwanted-contact =
    Wakati mwingine watu usiowajua hukutumia ujumbe. Katika utafiti mmoja nchini Australia, vijana 3 kati ya 10 walisema mtu wasiyemjua aliwasiliana nao mtandaoni ndani ya miezi sita tu (eSafety Commissioner, 2021). Kwa hiyo hauko peke yako.

    Huna lazima ya kujibu. Unaweza:
    • kuondoka kwenye gumzo au kulipuuza tu
    • <b>kuzuia</b> (block) na <b>kuripoti</b> akaunti hiyo (Telegram huonyesha vitufe hivi mtu mpya anapokuandikia)
    • kuhifadhi picha za skrini kama kuna kitu hakiko sawa
    • kumwambia mtu mzima unayemwamini
s-in-control-footprint-q2 = Mtu ambaye hujawahi kukutana naye anaendelea kukuuliza unasoma shule gani. Ufanye nini?
s-in-control-footprint-q2-a = Kumwambia, ni jina la shule tu
s-in-control-footprint-q2-a-why = Inaweza kuonekana haina madhara, lakini shule yako inamwonyesha mtu mahali pa kukupata siku nyingi. Ni sawa kabisa kuiweka siri, hata akiendelea kuuliza.
s-in-control-footprint-q2-b = Kutomwambia, na kumzuia akiendelea kuuliza
s-in-control-footprint-q2-b-why = Huna wajibu wa kumpa mtu yeyote taarifa zako binafsi. Mtu anayeendelea kulazimisha kuzipata anaonyesha ishara ya hatari: mzuie, ripoti na umwambie mtu unayemwamini.
s-in-control-footprint-q2-c = Kumtumia picha ya sare yangu badala yake
s-in-control-footprint-q2-c-why = Inakwepa swali, lakini sare au nembo ya shule inaweza kuonyesha shule yako waziwazi vilevile. Ni bora kuiweka faragha.
s-in-control-footprint-what-to-do =
    <b>Ufanye nini</b>
    • Kagua mipangilio yako ya faragha leo. Inachukua dakika moja.
    • Fikiri kabla ya kushiriki unakoishi, unakosoma au mahali ulipo sasa hivi.
    • Mtu akikufanya ujisikie vibaya, acha kumjibu, mzuie, ripoti, na umwambie mtu mzima unayemwamini.

    Gusa <b>Pata msaada</b> wakati wowote kuona simu ya msaada na tovuti za kuripoti za nchi yako.

## Lesson 2: Spotting fakes

s-in-control-fakes-title = Kutambua vitu feki
s-in-control-fakes-intro =
    Mtandaoni, mtu yeyote anaweza kuchagua jina, umri au picha yoyote. Watu wengi husema ukweli kuhusu wao ni nani, lakini baadhi hujifanya kuwa watu wengine ili kuwalaghai wengine.

    Huhitaji kumshuku kila mtu. Unahitaji tu kujua dalili. Hebu tuangalie aina tatu za vitu feki: watu feki, ofa feki na jumbe feki.
s-in-control-fakes-intro-alt = Kijana mwenye simu anatazama kadi mbili za wasifu. Uso mmoja umefichwa nyuma ya kinyago, na kioo cha kukuza kinaukagua.
s-in-control-fakes-fake-people =
    <b>Watu feki</b> mara nyingi hufuata mtindo fulani. Kuwa makini kama mtu:
    • anakuwa "rafiki yako wa karibu" haraka sana, akikumwagia sifa nyingi
    • anakuomba mazungumzo yenu yawe siri
    • anataka mhamie programu nyingine (app)
    • anaomba picha, pesa au taarifa zako binafsi
    • anakasirika au analazimisha unaposema hapana

    Dalili moja pekee si uthibitisho. Lakini kitu kikionekana si sawa, amini hisia hiyo. Unaweza kupunguza kasi au kuacha.
s-in-control-fakes-q1 = Mtu kutoka kwenye gumzo la mchezo anasema naye ana miaka 14. Baada ya wiki moja, anataka mhamie programu ya faragha na iwe siri yenu. Hii ni nini?
s-in-control-fakes-q1-a = Kawaida, marafiki wa mtandaoni hufanya hivyo
s-in-control-fakes-q1-a-why = Urafiki mwingi wa mtandaoni ni wa kweli na mzuri. Lakini kukuharakisha na kukuomba siri ni ishara za hatari, hata kama mtu huyo anaonekana mzuri.
s-in-control-fakes-q1-b = Ishara ya hatari: punguza kasi, mwambie mtu
s-in-control-fakes-q1-b-why = Siri pamoja na kushinikizwa kuhamia programu nyingine ni hila ya kawaida. Unaweza kusema hapana, na kumwambia mtu mzima unayemwamini ni werevu, si kuchongea.
s-in-control-fakes-q1-c = Sawa, kama picha yake ya wasifu inaonekana halisi
s-in-control-fakes-q1-c-why = Kukagua wasifu wake kuna mantiki, lakini picha ni rahisi kunakiliwa kutoka popote. Jinsi mtu anavyotenda inakuambia mengi kuliko picha yake.
s-in-control-fakes-fake-offers =
    <b>Ofa feki</b> husikika kuwa nzuri ajabu: Telegram Premium bure, sarafu za mchezo wako, zawadi kutoka kwa shindano ambalo hukuwahi kushiriki, au pesa rahisi kwa kazi ndogo.

    Mtego unakuja baadaye. Wanakuomba ubonyeze kiungo, ulipe ada ndogo, au utume msimbo au taarifa zako binafsi.

    Kanuni ya haraka: kama kitu kinaonekana kizuri mno kuwa kweli, huenda si kweli.
s-in-control-fakes-phishing =
    <b>Jumbe feki</b> (phishing) hujifanya zinatoka kwa programu, benki au hata rafiki. Mara nyingi zinakuharakisha: "Akaunti yako itafutwa baada ya saa 1!"

    Kabla ya kubonyeza, jiulize:
    • Je, ujumbe huu umekuja ghafla bila kutarajia?
    • Je, kuna mtu ananiharakisha au ananitisha?
    • Je, kiungo kinaonekana cha ajabu kidogo?

    Jibu likiwa ndiyo, usibonyeze. Nenda kwenye programu au tovuti mwenyewe. Telegram kamwe haikuombi msimbo wako wala nenosiri lako kwenye gumzo.
s-in-control-fakes-q2 = Ujumbe unasema umeshinda Telegram Premium bure. Unahitaji tu kubonyeza kiungo na kuweka msimbo wako wa kuingia. Unafanya nini?
s-in-control-fakes-q2-a = Sibonyezi. Namzuia na kumripoti aliyetuma
s-in-control-fakes-q2-a-why = Zawadi za kweli hazihitaji kamwe msimbo wako wa kuingia. Kumzuia na kumripoti aliyetuma ujumbe huo kunasaidia kuwalinda watu wengine pia.
s-in-control-fakes-q2-b = Naweka msimbo haraka, kabla muda haujaisha
s-in-control-fakes-q2-b-why = Kuharakishwa ni sehemu ya hila. Yeyote anayepata msimbo wako anaweza kuichukua akaunti yako. Usiwe na haraka: ofa za kweli hazipotei ndani ya sekunde chache.
s-in-control-fakes-q2-c = Nawatumia marafiki zangu ili nao washinde
s-in-control-fakes-q2-c-why = Ni wazo la wema, lakini ungewapitishia hila hiyo. Ni bora kuuripoti na kuwaonya marafiki zako kwamba ni feki.
s-in-control-fakes-what-to-do =
    <b>Ufanye nini</b>
    • Huna uhakika kama ni kweli? Tulia kwanza. Huna lazima ya kujibu mara moja.
    • Usibonyeze viungo vya kushtukiza wala kutuma misimbo, pesa au picha.
    • Zuia na uripoti akaunti feki.
    • Ulishabonyeza, ulishatuma au ulishalipa? Hutokea kwa watu wengi. Mwambie mtu mzima unayemwamini. Si kosa lako, na hali inaweza kurekebishwa.

    Gusa <b>Pata msaada</b> wakati wowote kuona simu ya msaada na tovuti za kuripoti za nchi yako.

## Lesson 3: Strong accounts

s-in-control-accounts-title = Akaunti imara
s-in-control-accounts-intro =
    Akaunti zako zina mazungumzo yako, picha zako na marafiki zako. Kuzifunga vizuri kunamaanisha wewe ndiye unaendelea kuzidhibiti.

    Tabia tatu rahisi huleta tofauti kubwa:
    • nenosiri imara
    • uthibitishaji wa hatua mbili
    • kutoshiriki kamwe misimbo yako ya kuingia
s-in-control-accounts-intro-alt = Kijana kando ya simu kubwa yenye kufuli kwenye skrini, ngao yenye tiki na ufunguo.
s-in-control-accounts-passphrase =
    <b>Urefu unashinda ugumu.</b> Nenosiri la maneno ni maneno machache ya nasibu yaliyounganishwa, kama taa-mto-biskuti-ruka (lakini buni lako mwenyewe!).

    • Usitumie jina lako, tarehe yako ya kuzaliwa wala jina la mnyama wako.
    • Tumia nenosiri tofauti kwa kila akaunti muhimu.
    • Usimpe mtu yeyote, hata marafiki zako wa karibu kabisa.

    Programu ya kuhifadhi manenosiri (password manager), au mtu mzima unayemwamini, wanaweza kukusaidia kuyakumbuka.
s-in-control-accounts-q1 = Nenosiri lipi ni imara zaidi?
s-in-control-accounts-q1-a = Amani2010
s-in-control-accounts-q1-a-why = Majina na miaka ya kuzaliwa ni rahisi kukisia, hasa kama yako kwenye wasifu wako. Jaribu maneno machache ya nasibu badala yake.
s-in-control-accounts-q1-b = ndizi-upepo-kiatu-redio
s-in-control-accounts-q1-b-why = Maneno manne ya nasibu yanaunda nenosiri refu na gumu kukisia, lakini rahisi kwako kukumbuka. Buni lako mwenyewe tu.
s-in-control-accounts-q1-c = Password123!
s-in-control-accounts-q1-c-why = Linaonekana gumu, lakini ni mojawapo ya manenosiri yanayotumika zaidi duniani. Urefu na kutotabirika ni muhimu zaidi kuliko alama (kama ! au #).
s-in-control-accounts-two-step =
    <b>Uthibitishaji wa hatua mbili</b> (two-step verification) unaongeza kufuli ya pili. Hata mtu akipata msimbo wako wa kuingia, bado atahitaji nenosiri lako ili aingie.

    Kwenye Telegram, fungua <b>Settings</b> (Mipangilio), kisha <b>Privacy and Security</b> (Faragha na Usalama), kisha <b>Two-Step Verification</b>. Chagua nenosiri na uongeze barua pepe ya kurejesha akaunti unayoweza kuifungua.

    Programu nyingine nyingi zina hiki pia. Tafuta "two-step" au "2FA" kwenye mipangilio yao ya usalama.
s-in-control-accounts-login-codes =
    Msimbo wa kuingia ni kama ufunguo wa nyumba yako. <b>Usiushiriki kamwe</b>, hata na mtu anayesema anatoka Telegram, au rafiki anayesema alikutumia kwa makosa. Telegram kamwe haikuombi msimbo wako kwenye gumzo.

    Ulishiriki mmoja kwa makosa? Hutokea. Nenda kwenye <b>Settings</b>, kisha <b>Devices</b> (Vifaa), maliza kipindi (session) chochote usichokitambua, na uwashe uthibitishaji wa hatua mbili.
s-in-control-accounts-q2 = Rafiki anakuandikia: "Samahani, nimetuma msimbo wangu kwa namba yako kwa makosa. Unaweza kunitumia?" Unafanya nini?
s-in-control-accounts-q2-a = Namtumia, ni rafiki yangu
s-in-control-accounts-q2-a-why = Kutaka kusaidia ni wema, lakini hii ni hila ya kawaida sana. Huenda akaunti ya rafiki yako imedukuliwa, na msimbo huo kwa kweli ni ufunguo wa akaunti yako.
s-in-control-accounts-q2-b = Namtumia nusu ya msimbo tu
s-in-control-accounts-q2-b-why = Hata sehemu ya msimbo inaweza kumsaidia tapeli kuingia kwenye akaunti yako. Chaguo salama zaidi ni kutotuma chochote.
s-in-control-accounts-q2-c = Situmi, na nathibitisha naye kwa njia nyingine
s-in-control-accounts-q2-c-why = Simu au mazungumzo ana kwa ana yanaonyesha kama kweli ni rafiki yako. Kama akaunti yake ilidukuliwa, yako inabaki salama, na unaweza kumsaidia kuirejesha yake.
s-in-control-accounts-what-to-do =
    <b>Ufanye nini</b>
    • Tumia nenosiri refu la maneno, tofauti kwa kila akaunti muhimu.
    • Washa uthibitishaji wa hatua mbili kwenye Telegram leo.
    • Usishiriki kamwe misimbo ya kuingia wala manenosiri.
    • Unadhani mtu ameingia kwenye akaunti yako? Maliza vipindi usivyovijua kwenye <b>Devices</b>, badilisha nenosiri lako, na umwambie mtu mzima unayemwamini.

    Gusa <b>Pata msaada</b> wakati wowote kuona simu ya msaada na tovuti za kuripoti za nchi yako.

## Lesson 4: Kind and brave

s-in-control-kind-title = Mwema na jasiri
s-in-control-kind-intro =
    Nyuma ya kila skrini kuna mtu halisi mwenye hisia halisi. Tunachochapisha na kushiriki kinaweza kuifanya siku ya mtu kuwa nzuri, au kuiharibu.

    Kuwa mwema mtandaoni si kuwa mkamilifu. Ni kuhusu maamuzi madogo: unachotuma, unachosambaza, na jinsi unavyowaunga mkono watu wengine.
s-in-control-kind-intro-alt = Marafiki wawili bega kwa bega, mmoja amemkumbatia mwenzake kwa mkono, pamoja na moyo na viputo vya gumzo.
s-in-control-kind-dont-forward =
    Umepokea meme ya kejeli, uvumi au picha ya aibu ya mtu? <b>Iishie kwako.</b>

    • Usiisambaze, usiipende (like) wala usiitolee maoni.
    • Iripoti kwenye programu.
    • Usishiriki kamwe picha za faragha au za uchi za mtu yeyote. Zinaweza kumuumiza sana, na katika nchi nyingi ni kinyume cha sheria.

    Kutosambaza ni uamuzi wa kimya, lakini wa kijasiri.
s-in-control-kind-q1 = Kwenye gumzo la kikundi, mtu anaweka picha ya aibu ya mwanafunzi mwenzenu. Hatua ya wema na ujasiri ni ipi?
s-in-control-kind-q1-a = Siisambazi, nairipoti, namjulia hali
s-in-control-kind-q1-a-why = Kutoisambaza kunaizuia kuenea, kuiripoti kunasaidia iondolewe, na ujumbe wa wema unamwonyesha mwenzenu kwamba hayuko peke yake.
s-in-control-kind-q1-b = Naisambaza, kila mtu ameshaiona hata hivyo
s-in-control-kind-q1-b-why = Inaweza kuonekana kwamba kuisambaza mara moja zaidi hakuleti tofauti, lakini kila inaposambazwa, maumivu yanaenea zaidi. Wewe unaweza kuwa yule anayeikomesha.
s-in-control-kind-q1-c = Naongeza utani ili kupunguza aibu
s-in-control-kind-q1-c-why = Kutaka kupunguza hali ya wasiwasi kunaeleweka. Lakini utani unaweza kuongezea dhihaka na kumfanya mwenzenu ajisikie vibaya zaidi.
s-in-control-kind-support-friends =
    Rafiki akionewa mtandaoni, unaweza kusaidia, hata kwa njia ndogo:
    • Mtumie ujumbe wa faragha: "Nimeona hilo. Uko sawa?"
    • Msikilize bila kumhukumu.
    • Msaidie kuhifadhi picha za skrini, kisha kuzuia na kuripoti.
    • Jitolee kwenda naye kuzungumza na mtu mzima anayemwamini.

    Huhitaji kutatua kila kitu. Kuwepo tu kwa ajili yake ni muhimu sana.
s-in-control-kind-talk-it-out =
    <b>Ukiwa na shaka, zungumza.</b> Kitu mtandaoni kikikufanya uogope, uhuzunike, uchanganyikiwe au ujisikie kushinikizwa, mwambie mtu unayemwamini: mzazi, ndugu, mwalimu, mshauri wa shule au simu ya msaada kwa watoto.

    Hujachelewa kamwe kusema. Kama mtu mwingine alifanya kosa, si kosa lako. Na kama wewe ulikosea, bado unastahili msaada.
s-in-control-kind-q2 = Rafiki anakuambia kwamba mtu fulani anaendelea kumtumia jumbe za kuudhi. Nini kinasaidia zaidi?
s-in-control-kind-q2-a = Kumwambia apuuze tu
s-in-control-kind-q2-a-why = Kupuuza kunaweza kusaidia wakati mwingine, lakini peke yake kunaweza kumwacha rafiki yako akijisikia yuko peke yake. Kumsaidia kuzuia, kuripoti na kupata msaada kunafaa zaidi.
s-in-control-kind-q2-b = Kumtumia mnyanyasaji jumbe za kuudhi pia
s-in-control-kind-q2-b-why = Kutaka kumtetea rafiki yako ni moyo mzuri. Lakini kulipiza kunaweza kuzidisha hali na kukuingiza wewe pia matatani. Ripoti badala yake.
s-in-control-kind-q2-c = Kumsikiliza, kumsaidia kuripoti, kutafuta mtu mzima
s-in-control-kind-q2-c-why = Kumsikiliza kunamsaidia rafiki yako ajisikie hayuko peke yake, kuripoti kunafanya jumbe hizo zikaguliwe, na mtu mzima unayemwamini anaweza kusaidia kukomesha hali hiyo.
s-in-control-kind-what-to-do =
    <b>Ufanye nini</b>
    • Usisambaze machapisho au picha zinazoumiza. Ziripoti.
    • Wajulie hali marafiki wanaopitia wakati mgumu.
    • Kitu mtandaoni kikikutia wasiwasi, zungumza na mtu mzima unayemwamini. Alichofanya mtu mwingine si kosa lako.

    Gusa <b>Pata msaada</b> wakati wowote kuona simu ya msaada na tovuti za kuripoti za nchi yako.

## Youth voice: the one-tap question asked once after the series (content/series/in-control.yaml voice_question)

s-in-control-voice-first-step = Kati ya haya, ungefanya lipi kwanza?
s-in-control-voice-first-step-privacy = Kukagua nani anaweza kuona machapisho yangu
s-in-control-voice-first-step-passwords = Kuimarisha manenosiri yangu
s-in-control-voice-first-step-check = Kusimama na kukagua kabla ya kushiriki
s-in-control-voice-first-step-kind = Kumtetea mtu anayeonewa mtandaoni
s-in-control-voice-first-step-talk = Kuzungumza na mtu ninayemwamini
