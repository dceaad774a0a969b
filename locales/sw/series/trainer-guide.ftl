## Series: Running a session with the bot (trainer-guide), for trainers and teachers.
## Structure: content/series/trainer-guide.yaml. Grounded in WeProtect's Model National Response (capability 13),
## the eSafety Commissioner's guidance for educators, NSPCC safeguarding guidance, UNICEF and the PSHE Association
## (paraphrased; sources in the yaml).
## Swahili: professional register; safeguarding lead = afisa wa ulinzi wa mtoto, referral route = njia ya rufaa,
## disclosure = kufichua (ufichuzi); button and command names as the Swahili interface shows them (cohorts.ftl, voice.ftl).

s-trainer-guide-title = Kuendesha kipindi kwa kutumia boti
s-trainer-guide-about = Masomo manne mafupi kwa walimu na wakufunzi: la kuandaa, jinsi ya kuendesha kipindi, jinsi ya kufuatilia baadaye, na la kufanya mtoto akikueleza kuhusu unyanyasaji.

## Lesson 1: Before the session

s-trainer-guide-before-title = Kabla ya kipindi
s-trainer-guide-before-intro =
    Boti hii huwapa vijana (wa miaka 13 hadi 17) na walezi masomo mafupi yenye maswali, pamoja na msaada wa nchi yao wakati wowote. Kipindi chako ni sehemu ya jambo kubwa zaidi: Mfumo Elekezi wa Mwitikio wa Kitaifa (MNR) wa WeProtect unaitaka kila nchi iwe na mpango wa elimu unaowaeleza watoto, wazazi na wataalamu kuhusu haki yao ya kulindwa, na mahali pa kupata msaada na kuripoti (uwezo wa 13 wa MNR).

    Kipindi kizuri hupangwa pamoja na shule, si kuwasilishwa tu.
s-trainer-guide-before-intro-alt = Mkufunzi kando ya ubao wa kunakili wenye visanduku vilivyotiwa tiki, kalenda, na simu inayoonyesha kiungo, pamoja na ngao.
s-trainer-guide-before-check-help =
    <b>Kagua msaada kwanza.</b> Fungua boti wewe mwenyewe, chagua nchi wanamoishi washiriki wako, na uguse <b>Pata msaada</b>. Kagua inachoonyesha: simu ya msaada kwa watoto, huduma ya kuripoti (hotline) na namba ya dharura.

    Kisha ongeza njia za mahali hapo: mshauri wa shule, afisa wako wa ulinzi wa mtoto, na njia ya kitaifa ya rufaa ya ulinzi wa mtoto. Kama kuna kitu kinachokosekana au kilichopitwa na wakati kwenye boti, ijulishe timu ya mpango kabla ya kipindi.
s-trainer-guide-before-plan =
    <b>Kubaliana kuhusu mpango na afisa wako wa ulinzi wa mtoto</b> (safeguarding lead), yaani mtu anayewajibika kwa ulinzi wa watoto shuleni:
    • mfululizo upi na masomo yapi, na kwa nini
    • vibali ambavyo shule inahitaji, na taarifa kwa wazazi
    • umri: vijana lazima wawe na miaka 13 au zaidi (16 katika Umoja wa Ulaya na Uingereza)
    • nani atakuwepo chumbani, na mahali tulivu kwa yeyote anayehitaji kupumzika
    • kitakachofanyika mtoto akifichua unyanyasaji, wakati wa kipindi au baadaye
s-trainer-guide-before-q1 = Nini kinapaswa kufanyika kabla ya kushiriki kiungo cha kujiunga na darasa?
s-trainer-guide-before-q1-a = Kukiweka kwenye gumzo la kikundi la wanafunzi
s-trainer-guide-before-q1-a-why = Kushiriki kiungo ni sehemu rahisi. Bila mpango uliokubaliwa na shule, hakuna anayejua la kufanya mwanafunzi akihuzunika au akifichua unyanyasaji.
s-trainer-guide-before-q1-b = Kukubaliana mpango na afisa wa ulinzi wa mtoto
s-trainer-guide-before-q1-b-why = Afisa wa ulinzi wa mtoto anaujua utaratibu wa shule na njia za rufaa. Mpango ukikubaliwa kwanza, kila mtu anajua kitakachofanyika mtoto akihitaji msaada.
s-trainer-guide-before-q1-c = Hakuna: boti inashughulikia usalama
s-trainer-guide-before-q1-c-why = Boti huonyesha huduma za msaada wakati wowote, lakini haiwezi kuchunguza wala kumhudumia mtoto aliye chumbani. Jukumu hilo linabaki kwako na kwa shule.
s-trainer-guide-before-cohort =
    <b>Unda kundi.</b> Tuma /newcohort pamoja na jina, kwa mfano /newcohort Kidato 3B. Kwenye kadi ya kundi, weka walengwa, lugha, nchi na saa za eneo. Kisha shiriki kiungo cha kujiunga darasani au kupitia njia ya kawaida ya mawasiliano ya shule.

    Utaona idadi ya waliojiunga, kamwe si wao ni nani wala majibu yao. Kila somo huchukua takriban dakika tano; acha pia muda wa majadiliano.
s-trainer-guide-before-q2 = Unaweza kuona nini kuhusu wanachama wa kundi lako?
s-trainer-guide-before-q2-a = Majina yao na majibu yao ya maswali
s-trainer-guide-before-q2-a-why = Boti imejengwa kwa namna ambayo wakufunzi kamwe hawaoni nani alijiunga wala mtu alijibu nini. Hilo linawalinda wanafunzi, na inafaa kuwaeleza.
s-trainer-guide-before-q2-b = Idadi ya waliojiunga, kamwe si wao ni nani
s-trainer-guide-before-q2-b-why = Wakufunzi huona idadi ya wanachama na maendeleo ya utumaji, kamwe si majina wala majibu. Unaweza kuwaeleza wanafunzi hili kwa uaminifu: huwasaidia kushiriki kwa uhuru.
s-trainer-guide-before-q2-c = Wanachoandika kwenye boti
s-trainer-guide-before-q2-c-why = Anachoandika kijana kwenye boti kamwe hakihifadhiwi wala kuonyeshwa kwa mtu yeyote, hata kwako. Ni idadi tu zinazomfikia mkufunzi.
s-trainer-guide-before-what-to-do =
    <b>Cha kufanya: orodha yako ya ukaguzi</b>
    • Msaada umekaguliwa kwenye boti kwa nchi ya washiriki wako
    • Mpango umekubaliwa na afisa wa ulinzi wa mtoto
    • Vibali na taarifa kwa wazazi vimekamilika
    • Kundi limeundwa na kiungo cha kujiunga kiko tayari
    • Muda umepangwa, na mahali tulivu panapatikana

    Kitufe cha boti cha <b>Pata msaada</b> huonyesha simu za msaada za kila nchi; 116 111 hukuunganisha na simu ya msaada kwa watoto katika nchi nyingi.

## Lesson 2: During the session

s-trainer-guide-during-title = Wakati wa kipindi
s-trainer-guide-during-introduce =
    <b>Kuitambulisha boti.</b> Zungumza kwa mtazamo chanya: kuwa mtandaoni ni sehemu ya maisha yao, na jambo hili linahusu kubaki na udhibiti, si hofu. Waeleze washiriki:
    • ni masomo mafupi na maswali, kwa kasi yao wenyewe
    • unaona idadi ya waliojiunga, kamwe si wao ni nani wala wanachojibu
    • <b>Pata msaada</b> kwenye boti hufanya kazi wakati wowote, na /stop husimamisha jumbe
    • hakuna anayelazimika kushiriki jambo lolote la binafsi
s-trainer-guide-during-introduce-alt = Mkufunzi anaonyesha skrini yenye ngao na viputo vya gumzo huku vijana wanne wakitazama.
s-trainer-guide-during-ground-rules =
    <b>Kubalianeni kanuni za msingi pamoja</b>, na mzirejee:
    • kusikilizana kwa heshima
    • hakuna majina ya watu halisi, na hakuna haja ya hadithi za binafsi
    • yeyote anaweza kuruka zamu
    • kinachosemwa hapa hakigeuki kuwa umbea

    Tumia hali za kubuni (“kijana wa umri wenu angeweza kufanya nini?”) badala ya kuuliza kuhusu maisha yao wenyewe. Waeleze mahali wanapoweza kupeleka wasiwasi baada ya darasa, kwa faragha.
s-trainer-guide-during-q1 = Mwanafunzi anaanza kulieleza darasa kuhusu jambo lililomtokea rafiki yake, akitaja majina. Unafanya nini?
s-trainer-guide-during-q1-a = Kumwacha aendelee: ni mfano halisi
s-trainer-guide-during-q1-a-why = Mifano halisi inaweza kuwa na mvuto mkubwa. Lakini kutaja majina mbele ya darasa kunaweza kumwanika mtoto na kueneza habari zake zaidi.
s-trainer-guide-during-q1-b = Kumsimamisha kwa upole na kuahidi kuzungumza baadaye
s-trainer-guide-during-q1-b-why = Kusimamisha kwa upole kunalinda faragha ya kila mtu, na kanuni ya msingi inalifanya lionekane la kawaida badala ya karipio. Fuatilia kwa faragha: huenda ni ufichuzi wa unyanyasaji.
s-trainer-guide-during-q1-c = Kumkaripia mbele ya darasa
s-trainer-guide-during-q1-c-why = Kanuni ni muhimu, lakini karipio la hadharani linaweza kumwaibisha mwanafunzi ambaye huenda alikuwa akiomba msaada.
s-trainer-guide-during-questions =
    <b>Kujibu maswali</b>
    • Jibu kwa urahisi na kwa ukweli. “Sijui, nitatafuta jibu” ni jibu linalofaa.
    • Toa njia ya kuuliza bila kujitambulisha, kama sanduku la maswali.
    • Sahihisha lawama unapoisikia: kutuma picha kamwe hakumaanishi mtu anastahili kutishiwa au picha yake kusambazwa.
    • Shikilia ukweli na hatua za kuchukua. Hakuna hadithi za kutisha.
s-trainer-guide-during-distress =
    <b>Zingatia dalili za dhiki.</b> Baadhi ya wanafunzi huenda wamepitia mambo mnayoyazungumzia. Dalili ni pamoja na kunyamaza kabisa, kutoka chumbani, machozi, hasira au utani usio wa kawaida.

    Waruhusu wanafunzi kupumzika bila kueleza sababu, na uhakikishe kuna mtu mzima aliyetajwa anayeweza kuwajulia hali. Fuatilia kwa faragha baada ya kipindi, na umpelekee afisa wa ulinzi wa mtoto wasiwasi wowote.
s-trainer-guide-during-q2 = Mwanafunzi anaonekana kuhuzunika na anatoka wakati wa somo kuhusu sextortion. Nini kinasaidia zaidi?
s-trainer-guide-during-q2-a = Kuendelea, ili asijisikie anatazamwa
s-trainer-guide-during-q2-a-why = Kutomvutia macho ya wengine ni wema. Lakini mwanafunzi anayetoka akiwa na huzuni hapaswi kuachwa peke yake.
s-trainer-guide-during-q2-b = Mtu mzima aliyetajwa anamjulia hali sasa hivi
s-trainer-guide-during-q2-b-why = Kumjulia hali kimya kimya mara moja kunahakikisha mwanafunzi yuko salama na hayuko peke yake. Fuatilia kwa faragha baadaye, na umjulishe afisa wa ulinzi wa mtoto ukiwa na wasiwasi.
s-trainer-guide-during-q2-c = Kumuuliza mbele ya darasa kuna tatizo gani
s-trainer-guide-during-q2-c-why = Kuuliza mbele ya kila mtu kunaweza kumwaibisha mwanafunzi na kupunguza uwezekano wa yeye kuzungumza. Kumjulia hali kwa faragha hufaa zaidi.
s-trainer-guide-during-what-to-do =
    <b>Cha kufanya</b>
    • Itambulishe boti kwa mtazamo chanya, na uonyeshe kitufe cha <b>Pata msaada</b>.
    • Kubalianeni kanuni za msingi: hakuna anayesimulia hadithi za binafsi.
    • Jibu kwa urahisi, na usahihishe lawama.
    • Zingatia dalili za dhiki, na ufuatilie kwa faragha.

    Maliza kila kipindi kwa kueleza mahali pa kupata msaada: mtu mzima wanayemwamini, afisa wa ulinzi wa mtoto, na simu ya msaada kwa watoto (116 111 katika nchi nyingi).

## Lesson 3: After the session

s-trainer-guide-after-title = Baada ya kipindi
s-trainer-guide-after-drip =
    <b>Endeleza mafunzo.</b> Kwenye kadi ya kundi lako, gusa <b>Tuma mfululizo</b>. Chagua <b>Sasa</b> ili kumtumia kila mwanachama somo lake linalofuata, au utumaji wa taratibu: somo moja kila siku, au kila siku ya kazi, kwa saa ya mahali hapo utakayochagua.

    Saa za utulivu za usiku hazitumiwi kamwe, wanaojiunga baadaye huanza na somo la kwanza, na yeyote aliyetuma /stop hapokei chochote.
s-trainer-guide-after-drip-alt = Kalenda yenye siku zilizotiwa tiki inatuma masomo kwa simu tatu, na tathmini za dole gumba juu chini yake.
s-trainer-guide-after-follow-up =
    <b>Ufuatiliaji</b>
    • Mazungumzo mafupi wiki moja baadaye: wanakumbuka nini, na wangefanya nini?
    • Wakumbushe wote mahali pa kupata msaada.
    • Wasiliana na afisa wa ulinzi wa mtoto: je, kuna jambo lolote lililojitokeza?
    • Wafikie wazazi pia: kundi la walezi linaweza kupokea mfululizo wa wazazi, ili familia ziendelee kuzungumza nyumbani.
s-trainer-guide-after-q1 = Ni ipi njia bora ya kuendeleza mafunzo?
s-trainer-guide-after-q1-a = Kutuma masomo yote kwa pamoja, usiku
s-trainer-guide-after-q1-a-why = Kunaokoa muda, lakini rundo la masomo ni rahisi kupuuzwa, na masomo yanayoangukia saa za utulivu husubiri hadi asubuhi hata hivyo.
s-trainer-guide-after-q1-b = Somo moja kila siku, pamoja na mazungumzo ya ufuatiliaji
s-trainer-guide-after-q1-b-why = Somo moja kwa siku kwa saa inayofaa ni rahisi kufuatilia, na ufuatiliaji mfupi darasani husaidia ujumbe muhimu ukumbukwe.
s-trainer-guide-after-q1-c = Hakuna zaidi: kipindi kimoja kinatosha
s-trainer-guide-after-q1-c-why = Kipindi kimoja ni mwanzo mzuri, lakini ujumbe hukumbukwa vizuri zaidi unaporudiwa na kujadiliwa tena.
s-trainer-guide-after-feedback =
    <b>Kusanya maoni kwa usalama.</b> Baada ya kila somo, watu wanaweza kulitathmini kwa mguso mmoja (limesaidia, sina uhakika, halijasaidia), na baada ya mfululizo boti huuliza swali moja fupi. Wafanyakazi wa mpango wanaweza pia kuendesha kura fupi za maoni.

    Hakuna anayeandika chochote, na matokeo huonekana kama jumla tu pale ambapo angalau watu 5 walijibu. Shiriki unachojifunza na timu ya mpango, na uliulize kundi lako pia nini kilisaidia.
s-trainer-guide-after-q2 = Maoni yapi unaweza kuyatumia bila kumweka mwanafunzi hatarini?
s-trainer-guide-after-q2-a = Picha za skrini za majibu ya kila mwanafunzi
s-trainer-guide-after-q2-a-why = Huenda ikaonekana ni ukamilifu, lakini kunamwanika mwanafunzi mmoja mmoja, na kile anachojua au alichopitia. Jumla zinakupa unachohitaji.
s-trainer-guide-after-q2-b = Tathmini za mguso mmoja za boti, kama jumla
s-trainer-guide-after-q2-b-why = Tathmini na kura za maoni hazikuonyeshi aliyejibu, na huonyeshwa kama jumla tu, kwa hiyo wanafunzi wanaweza kujibu kwa uaminifu bila kutambulika.
s-trainer-guide-after-q2-c = Kumuuliza kila mwanafunzi kwa sauti alikosea wapi
s-trainer-guide-after-q2-c-why = Maswali ya hadharani yanaweza kuwaaibisha wanafunzi na kupunguza uwezekano wa wao kuzungumza. Njia za kuuliza bila kujitambulisha hufaa zaidi.
s-trainer-guide-after-what-to-do =
    <b>Cha kufanya</b>
    • Tuma mfululizo kwa utaratibu wa somo moja kwa wakati, kwa saa inayofaa.
    • Panga ufuatiliaji mfupi, na utoe kipindi kwa wazazi.
    • Pitia jumla za tathmini na kura za maoni pamoja na timu ya mpango.
    • Wasiliana na afisa wa ulinzi wa mtoto baada ya kila kipindi.

    Wakumbushe wanafunzi kuhusu <b>Pata msaada</b> kwenye boti, mtu mzima wanayemwamini, na simu ya msaada kwa watoto (116 111 katika nchi nyingi).

## Lesson 4: If a child discloses

s-trainer-guide-disclosure-title = Mtoto akifichua unyanyasaji
s-trainer-guide-disclosure-listen =
    Mtoto anaweza kukueleza jambo wakati wa kipindi au baada yake: moja kwa moja, kwa kudokeza, au kana kwamba lilimtokea “rafiki”. Kunahitaji ujasiri mkubwa, na kunaweza kuhitaji mazungumzo zaidi ya moja.

    <b>Sikiliza.</b> Tulia, mpe usikivu wako wote na umwache aende kwa kasi yake. Usimkatize, na usiulize maswali ya kuelekeza jibu. Rudia maneno yake mwenyewe ili kuonyesha unaelewa. Mwambie: “Umefanya jambo sahihi kuniambia. Si kosa lako.”
s-trainer-guide-disclosure-listen-alt = Mwalimu ameketi kando ya kijana kwenye sofa na anamsikiliza, na moyo, kiputo cha maneno na daftari karibu nao.
s-trainer-guide-disclosure-no-secret =
    <b>Usiahidi kutunza siri.</b> Eleza kwa upole kwamba huwezi kulitunza kama siri, lakini utawaambia tu watu ambao kazi yao ni kusaidia kumweka salama, na umweleze kitakachofuata.

    <b>Usichunguze.</b> Usimhoji kwa undani, usiombe kuona simu yake wala picha yoyote, na kamwe usinakili wala kusambaza picha. Usiwasiliane na mtu anayemtaja. Hiyo ni kazi ya huduma za ulinzi wa mtoto na polisi.
s-trainer-guide-disclosure-q1 = Baada ya darasa, mwanafunzi anauliza: “Naweza kukueleza kitu ukiahidi kutomwambia mtu yeyote?” Unasema nini?
s-trainer-guide-disclosure-q1-a = “Naahidi. Unaweza kuniamini.”
s-trainer-guide-disclosure-q1-a-why = Unataka ajisikie salama kuzungumza. Lakini akifichua madhara, utalazimika kuliwasilisha, na ahadi iliyovunjwa inaweza kuharibu imani yake kwako.
s-trainer-guide-disclosure-q1-b = “Siwezi kuahidi, ila nitawaambia tu wanaoweza kusaidia.”
s-trainer-guide-disclosure-q1-b-why = Ukweli tangu mwanzo hulinda imani yake: anajua kitakachofanyika kabla ya kuamua kuzungumza, na unaweza kutimiza neno lako.
s-trainer-guide-disclosure-q1-c = “Bora uwaambie wazazi wako badala yake.”
s-trainer-guide-disclosure-q1-c-why = Wazazi wanaweza kuwa msaada mkubwa, lakini mtoto amekuchagua wewe, na madhara yanaweza kumhusisha mtu wa nyumbani. Sikiliza kwanza, kisha fuata utaratibu wako.
s-trainer-guide-disclosure-act =
    <b>Chukua hatua siku hiyohiyo</b>
    • Mjulishe afisa wa ulinzi wa mtoto mara moja. Usimwache mtoto peke yake kama yuko hatarini.
    • Mtoto akiwa katika hatari ya papo hapo, piga namba ya dharura.
    • Pamoja na afisa wa ulinzi wa mtoto, fuata utaratibu wa shule na njia ya kitaifa ya rufaa: huduma za ulinzi wa mtoto, polisi au huduma ya kuripoti (hotline).
    • <b>Pata msaada</b> kwenye boti huonyesha simu ya msaada kwa watoto na njia za kuripoti za kila nchi.
s-trainer-guide-disclosure-record =
    <b>Andika ukweli</b> haraka iwezekanavyo:
    • tarehe, saa na mahali, na nani alikuwepo
    • mtoto alisema nini, kwa maneno yake mwenyewe
    • ulisema na kufanya nini, ulimwambia nani, na lini

    Usiweke maoni wala makisio. Tia sahihi na tarehe kwenye kumbukumbu, ihifadhi kama utaratibu wako unavyoelekeza, na uishiriki tu na wanaohitaji kujua.
s-trainer-guide-disclosure-q2 = Kipi kati ya haya kinapaswa kuwa kwenye kumbukumbu yako?
s-trainer-guide-disclosure-q2-a = Maoni yangu kuhusu nani wa kulaumiwa
s-trainer-guide-disclosure-q2-a-why = Wasiwasi wako ni muhimu, lakini maoni yanaweza kupingwa na yanaweza kudhuru uchunguzi. Shikilia ulichoona na ulichosikia.
s-trainer-guide-disclosure-q2-b = Maneno ya mtoto mwenyewe, na nilichofanya
s-trainer-guide-disclosure-q2-b-why = Ukweli na maneno ya mtoto mwenyewe ndivyo afisa wa ulinzi wa mtoto na uchunguzi wowote vinavyohitaji. Ongeza tarehe, saa na nani uliyemwambia.
s-trainer-guide-disclosure-q2-c = Muhtasari baada ya kumuuliza maswali zaidi
s-trainer-guide-disclosure-q2-c-why = Kumhoji zaidi kunaweza kumhuzunisha mtoto na kubadilisha maelezo yake. Sikiliza, usichunguze, na uandike alichokueleza.
s-trainer-guide-disclosure-yourself =
    <b>Jitunze.</b> Kusikia ufichuzi wa unyanyasaji kunaweza kubaki akilini mwako. Ni kawaida kujisikia huzuni, hasira, au kutokuwa na uhakika kama ulifanya sawa.

    Lizungumze na afisa wa ulinzi wa mtoto au msimamizi wako, na utumie huduma za msaada kwa wafanyakazi kama shule yako inazo, bila kushiriki taarifa za mtoto kupita kiasi kinachohitajika.
s-trainer-guide-disclosure-what-to-do =
    <b>Cha kufanya</b>
    Sikiliza, tulia na umwamini. Usiahidi kutunza siri, na usichunguze. Mjulishe afisa wa ulinzi wa mtoto siku hiyohiyo na ufuate njia ya kitaifa ya rufaa. Andika ukweli kwa maneno ya mtoto mwenyewe. Kisha jitunze.

    Katika hatari ya papo hapo: namba ya dharura. Kitufe cha boti cha <b>Pata msaada</b> huonyesha simu za msaada za kila nchi; 116 111 hukuunganisha na simu ya msaada kwa watoto katika nchi nyingi.
