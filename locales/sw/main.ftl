## Bot interface: onboarding, menus, help, privacy, settings, errors.
## Text uses Telegram HTML (<b>, <i>, <a href>). Keep placeables ({ $name }) identical in every locale.
## Swahili: see locales/sw/STYLE.md (terms, register, typography).

language-name = Kiswahili

## Commands (the menu next to the message box; descriptions at most 256 characters)
cmd-start = Anza au rudi kwenye menyu kuu
cmd-lessons = Masomo ya usalama mtandaoni
cmd-help = Pata msaada sasa: simu za msaada na mahali pa kuripoti
cmd-settings = Badilisha lugha, wewe ni nani au nchi yako
cmd-language = Badilisha lugha
cmd-privacy = Tunachohifadhi na kwa nini
cmd-mydata = Ona kila kitu kilichohifadhiwa kukuhusu
cmd-forget = Futa taarifa zako
cmd-stop = Zima ujumbe wote kutoka kwa boti hii

## Buttons used in many places
btn-help = 🆘 Pata msaada
btn-menu = ⬅️ Menyu kuu
btn-back = ⬅️ Rudi

## Onboarding
welcome =
    👋 Habari! Mimi hutoa masomo mafupi kuhusu kukaa salama mtandaoni, na ninaweza kukuonyesha mahali pa kupata msaada wakati wowote.

    Kwanza, chagua lugha yako.
choose-language = Chagua lugha yako.
ask-audience = Wewe ni nani?
btn-aud-youth = 🧑 Mimi ni kijana (miaka 13-17)
btn-aud-caregiver = 👪 Mimi ni mzazi au mlezi
btn-aud-professional = 💼 Ninafanya kazi ya kulinda watoto
ask-age = Una umri wa miaka mingapi? (Tunahifadhi kundi la umri tu, kamwe si umri wako halisi.)
btn-age-under13 = Chini ya miaka 13
btn-age-13-15 = Miaka 13 hadi 15
btn-age-16-17 = Miaka 16 hadi 17
btn-age-adult = Miaka 18 au zaidi
age-adult-redirect = Sehemu hii ni ya watu wenye umri wa miaka 13 hadi 17. Kwa kuwa wewe ni mtu mzima, unaweza kujiunga kama mzazi au mlezi, au kama mtu anayefanya kazi ya kulinda watoto.
under-13 =
    Asante kwa kuniambia. Boti hii imetengenezwa kwa ajili ya watu wenye umri wa miaka 13 na zaidi, kwa hiyo siwezi kuendelea nawe, na sijahifadhi chochote kukuhusu.

    Mzazi, mlezi au mtu mzima mwingine unayemwamini anaweza kukusaidia kujifunza kuhusu usalama mtandaoni. Kitu chochote mtandaoni kikikutia wasiwasi, mwambie, au tumia mojawapo ya huduma hizi:
age-gate-16 =
    Asante kwa kuniambia. Nchini { $country }, Telegram ni ya watu wenye umri wa miaka 16 na zaidi, kwa hiyo siwezi kuendelea nawe, na sijahifadhi chochote kukuhusu.

    Kitu chochote mtandaoni kikikutia wasiwasi, zungumza na mtu mzima unayemwamini, au tumia mojawapo ya huduma hizi:
ask-sector = Unafanya kazi katika sekta gani?
sector-gov = Serikali
sector-police = Vyombo vya kutekeleza sheria
sector-justice = Mahakama au ofisi ya mashtaka
sector-social = Huduma za ustawi wa jamii
sector-health = Afya
sector-edu = Elimu
sector-ngo = Shirika lisilo la kiserikali au asasi ya kiraia
sector-tech = Sekta ya teknolojia
sector-other = Nyingine
ask-country = Unaishi nchi gani? Hii inaniwezesha kukuonyesha msaada unaopatikana mahali ulipo. Unaweza pia kuandika jina la nchi.
btn-country-other = 🌍 Nchi nyingine
btn-country-skip = Sipendi kusema
ask-country-letter = Gusa herufi ya kwanza ya jina la nchi yako.
country-not-found = Sikuipata nchi hiyo. Gusa kitufe, au andika jina lake jinsi linavyoandikwa kwenye ramani.
country-not-said = Haijatajwa
consent-youth =
    <b>Kabla hatujaanza: ninachohifadhi na kwa nini</b>

    • Lugha yako, kundi lako la umri (13-15 au 16-17) na nchi yako, ili nikuonyeshe masomo na msaada unaokufaa.
    • Masomo unayofungua na majibu yako ya maswali, ili uweze kuendelea pale ulipoishia.
    • Takwimu zisizo na majina kuhusu kile watu wanachojifunza, ili waendeshaji wa mpango huu waone kama unasaidia. Hazina jina lako kamwe.

    Sihifadhi kamwe jina lako, jina lako la mtumiaji, namba yako ya simu wala unachoniandikia. Unaweza kuona taarifa zako kwa /mydata na kuzifuta kwa /forget wakati wowote.
consent-caregiver =
    <b>Kabla hatujaanza: ninachohifadhi na kwa nini</b>

    • Lugha yako, kwamba wewe ni mzazi au mlezi, na nchi yako, ili nikuonyeshe masomo na msaada unaokufaa.
    • Masomo unayofungua na majibu yako ya maswali, ili uweze kuendelea pale ulipoishia.
    • Takwimu zisizo na majina kuhusu kile watu wanachojifunza, ili waendeshaji wa mpango huu waone kama unasaidia.

    Sihifadhi kamwe jina lako, jina lako la mtumiaji, namba yako ya simu wala unachoniandikia. Ona taarifa zako kwa /mydata; zifute kwa /forget wakati wowote.
consent-professional =
    <b>Kabla hatujaanza: ninachohifadhi na kwa nini</b>

    • Lugha yako, sekta yako na nchi yako, ili nikuonyeshe tathmini fupi na msaada unaokufaa.
    • Majibu yako ya tathmini fupi, ambayo huonyeshwa kwa jumla tu, kamwe si moja moja, na kamwe si kwa kupanga nchi kwa madaraja.
    • Takwimu zisizo na majina kuhusu shughuli, ili waendeshaji wa mpango huu waone unawafikia watu wangapi.

    Sihifadhi kamwe jina lako, jina lako la mtumiaji, namba yako ya simu wala unachoniandikia. Ona taarifa zako kwa /mydata; zifute kwa /forget wakati wowote.
btn-consent-yes = ✅ Nakubali
btn-consent-no = Hapana, asante
btn-privacy-full = 🔒 Soma ilani kamili ya faragha
consent-declined = Sawa kabisa. Sijahifadhi chochote kukuhusu. Msaada bado upo: tuma /help au neno “msaada” wakati wowote, na /start ukibadilisha nia.
onboarding-done = Tayari! Hii hapa menyu yako.

## Main menu
menu-youth = Ungependa kufanya nini? Gusa <b>Pata msaada</b> wakati wowote unapouhitaji.
menu-caregiver = Ungependa kufanya nini? Gusa <b>Pata msaada</b> wakati wowote unapouhitaji.
menu-professional = Ungependa kufanya nini? Gusa <b>Pata msaada</b> wakati wowote unapouhitaji.
btn-lessons = 📚 Masomo
btn-settings = ⚙️ Mipangilio
btn-privacy = 🔒 Faragha na taarifa zangu
welcome-back = Karibu tena! Ujumbe wangu umewashwa tena.

## Help
help-title = <b>🆘 Msaada upo hapa</b>
help-intro-country = Mahali pa kupata msaada nchini { $country }, na popote ulipo:
help-intro-global = Mahali pa kupata msaada popote ulipo:
help-no-country = Chagua nchi yako kwa kitufe 🌍 ili uone simu za msaada za nchini kwako.
help-footer-emergency = Mimi ni boti: siwezi kuchunguza wala kuwasiliana na mtu yeyote kwa niaba yako. <b>Ikiwa uko hatarini sasa hivi, piga { $number }.</b>
help-footer-local = Mimi ni boti: siwezi kuchunguza wala kuwasiliana na mtu yeyote kwa niaba yako. <b>Ikiwa uko hatarini sasa hivi, piga namba ya dharura ya nchini kwako.</b>
disclosure =
    💛 Asante kwa kuniambia. Kinachotokea <b>si kosa lako</b>, na huhitaji kukabiliana nacho peke yako.

    Mimi ni boti, kwa hiyo siwezi kuchunguza wala kuingilia kati mwenyewe, lakini watu walio hapa chini wanaweza kukusaidia, na unaweza kuzungumza nao kwa siri. Ukiweza, mwambie pia mtu mzima unayemwamini.

## Stop
stopped = 🔕 Tayari: sitakutumia tena masomo wala vikumbusho. Tuma /start kuwasha ujumbe tena. Msaada bado unafanya kazi wakati wowote: tuma /help.

## Privacy
privacy-notice =
    <b>🔒 Ilani ya faragha</b>

    <b>Ninachohifadhi:</b> lugha yako; kama wewe ni kijana (pamoja na kundi lako la umri, 13-15 au 16-17, kamwe si umri wako halisi), mzazi au mlezi, au mtaalamu (pamoja na sekta yako); nchi yako ikiwa uliichagua; masomo uliyofungua, majibu yako ya maswali na ya tathmini fupi; vitufe ulivyogusa kutathmini masomo au kujibu kura za maoni; msimbo wako wa kushiriki na idadi ya marafiki waliojiunga kupitia msimbo huo (kamwe si akina nani); na kama ulizima ujumbe.

    <b>Nisichohifadhi kamwe:</b> jina lako, jina lako la mtumiaji, namba yako ya simu, picha, wala chochote unachoniandikia.

    <b>Kwa nini:</b> ili nikuonyeshe masomo na msaada unaokufaa kwa lugha yako, ili uweze kuendelea pale ulipoishia, na ili kuhesabu, bila majina, ni watu wangapi mpango huu unawafikia. Takwimu kamwe hazionyeshi makundi ya watu chini ya 5.

    <b>Nani anaziona:</b> timu inayoendesha mpango huu huona jumla zisizo na majina tu. Hakuna anayeona majibu yako moja moja. Taarifa zako kamwe haziuzwi wala hazitumiwi kufunza akili bandia (AI).

    <b>Uamuzi wako:</b> /mydata inaonyesha kila kitu ninachohifadhi kukuhusu. /forget inakifuta. /stop inazima ujumbe wote. Ukifuta taarifa zako, zinabaki takwimu zisizo na majina tu, ambazo haziwezi tena kuhusishwa nawe.
btn-mydata = 📄 Unachohifadhi kunihusu
btn-forget = 🗑 Futa taarifa zangu
mydata-title = <b>📄 Kila kitu ninachohifadhi kukuhusu</b>
mydata-locale = Lugha: { $value }
mydata-audience = Wewe ni: { $value }
mydata-age = Kundi la umri: { $value }
mydata-sector = Sekta: { $value }
mydata-country = Nchi: { $value }
mydata-joined = Ulijiunga tarehe: { $value }
mydata-consent = Ulikubali ilani ya faragha tarehe: { $value }
mydata-messages = Masomo na vikumbusho: { $value }
mydata-messages-on = vimewashwa
mydata-messages-off = vimezimwa (/stop)
mydata-roles = Majukumu: { $value }
role-trainer = mkufunzi
role-staff = mfanyakazi wa mpango
mydata-checkins = Awamu za tathmini ulizojibu: { $count }
mydata-events = Rekodi za shughuli (takwimu zisizo na majina zinazohusishwa nawe): { $count }
mydata-progress = Mifululizo ya masomo uliyoianza: { $count }
mydata-footer = Ni hayo tu. Hakuna kingine: hakuna jina, jina la mtumiaji, namba ya simu wala ujumbe. Futa taarifa hizi kwa /forget.
mydata-none = Sihifadhi chochote kukuhusu.
audience-youth = kijana
audience-caregiver = mzazi au mlezi
audience-professional = mtaalamu
forget-confirm = Nifute kila kitu ninachohifadhi kukuhusu? Mipangilio yako, maendeleo yako na majibu yako yatapotea, na hili haliwezi kutenduliwa. Takwimu zisizo na majina zitabaki, lakini haziwezi tena kuhusishwa nawe.
btn-forget-yes = 🗑 Ndiyo, futa kila kitu
btn-forget-no = Hapana, usifute
forget-done = Tayari. Kila kitu kilichokutambulisha kimefutwa. Kilichobaki ni rekodi { $count } za shughuli zisizo na majina, ambazo haziwezi tena kuhusishwa nawe. Tuma /start ukitaka kurudi wakati wowote.
forget-cancelled = Hakuna kilichofutwa.

## Settings
settings-title = <b>⚙️ Mipangilio</b>
settings-current = Lugha: { $locale }
    Wewe ni: { $audience }
    Nchi: { $country }
btn-set-language = 🌐 Lugha
btn-set-audience = 🧑 Mimi ni nani
btn-set-country = 📍 Nchi
settings-saved = Imehifadhiwa.

## Lessons
lessons-title = <b>📚 Masomo</b>
lessons-pick = Chagua mfululizo. Unaweza kusimama wakati wowote na kuendelea baadaye pale ulipoishia.
lessons-none = Bado hakuna masomo kwa ajili yako hapa.
btn-series = { $title } · { $done }/{ $total }
btn-series-done = ✅ { $title }
series-intro =
    <b>{ $title }</b>
    { $about }

    Masomo { $lessons } · takriban dakika { $minutes } · { $done }/{ $lessons } yamekamilika
btn-series-start = ▶️ Anza
btn-series-continue = ▶️ Endelea
btn-series-restart = 🔁 Anza upya
btn-all-lessons = 📚 Masomo yote
lesson-progress = <b>{ $lesson }</b>
    { $bar } { $step }/{ $steps }
btn-next = Mbele ➡️
quiz-right = ✅ <b>Sahihi!</b>
quiz-repeat = (Ulishajibu swali hili: jibu lako la kwanza ndilo pekee linalohesabiwa.)
btn-continue = Endelea ➡️
lesson-done = 🎉 <b>Somo limekamilika: { $lesson }</b>
    { $bar } { $done }/{ $total } ya masomo katika mfululizo huu.
btn-next-lesson = ▶️ Linalofuata: { $lesson }
series-done =
    🏆 <b>Umemaliza “{ $title }”!</b>

    Hongera. Ulichojifunza kinaweza kukusaidia wewe na marafiki zako. Unaweza kuanza mfululizo huu upya wakati wowote, au kuchagua mwingine.
lessons-not-for-you = Masomo ni ya vijana na wazazi au walezi. Badilisha wewe ni nani kwenye /settings.

## Check-ins (professionals)
btn-checkin = 📋 Tathmini fupi
checkin-not-for-you = Tathmini fupi ni za wataalamu. Unaweza kubadilisha wewe ni nani kwenye /settings.
checkin-none = Kwa sasa hakuna tathmini fupi iliyo wazi kwa sekta yako. Itaonekana hapa awamu inayofuata itakapofunguliwa.
checkin-pick = <b>📋 Tathmini fupi</b>
    Maswali mafupi kuhusu jinsi nchi yako inavyoendelea katika utekelezaji wa Mfumo Elekezi wa Mwitikio wa Kitaifa (MNR). Chagua mojawapo:
btn-checkin-round = { $title } · { $round }
checkin-intro =
    <b>{ $title }</b> · { $round }
    { $about }

    Takriban dakika { $minutes } · iko wazi hadi { $closes }.
    Majibu yako ni ya siri: huonyeshwa tu jumla kutoka kwa angalau watu 5, na nchi kamwe hazipangwi kwa madaraja.
btn-checkin-start = ▶️ Anza
btn-checkin-continue = ▶️ Endelea
btn-checkin-revise = ✏️ Kagua au badilisha majibu yangu
checkin-item-head = <b>{ $title }</b> · { $step }/{ $steps }
    { $bar }
checkin-capability = <i>MNR { $number } · { $capability }</i>
checkin-current = Jibu lako: <b>{ $answer }</b>
ci-dk = Sijui
ci-yes = Ndiyo
ci-no = Hapana
ci-agree-1 = 1 · Sikubaliani kabisa
ci-agree-2 = 2 · Sikubaliani
ci-agree-3 = 3 · Sikubaliani wala sipingi
ci-agree-4 = 4 · Nakubaliana
ci-agree-5 = 5 · Nakubaliana kabisa
btn-checkin-back = ⬅️ Rudi
btn-checkin-skip = Ruka ➡️
checkin-done = ✅ <b>Asante!</b> Majibu yako ya { $round } yamehifadhiwa. Unaweza kuyabadilisha hadi { $closes }.
checkin-summary-title = <b>Majibu yako</b>
checkin-summary-line = • { $question }: <b>{ $answer }</b>
checkin-skipped = limerukwa
checkin-country-title = <b>Walichojibu wenzako nchini { $country }</b> (huonyeshwa tu pale ambapo angalau watu 5 wamejibu):
checkin-country-line = • { $capability } (majibu { $total }): { $shares }
checkin-country-none = Bado hakuna majibu ya kutosha kutoka { $country } kuonyesha jumla: yanahitajika angalau 5. Angalia tena baadaye kwa /checkin.
cmd-checkin = Tathmini fupi kwa wataalamu
invite-welcome = Karibu! Umealikwa kama mtaalamu ({ $sector }, { $country }). Kwanza, chagua lugha yako.
invite-applied = Wasifu wako sasa umethibitishwa: { $sector }, { $country }.
invite-invalid = Kiungo hiki cha mwaliko hakitumiki tena. Bado unaweza kutumia boti: tuma /start.

## Staff commands
staff-rounds-title = <b>Awamu za tathmini</b>
staff-round-line = #{ $id } · { $round } · { $questionnaire } · wahojiwa { $respondents } · { $status }
staff-round-open = iko wazi hadi { $closes }
staff-round-closed = imefungwa
staff-rounds-none = Bado hakuna awamu.
staff-rounds-help = Fungua awamu: /openround DODOSO MSIMBO YYYY-MM-DD · Hamisha moja: /export NAMBA_YA_AWAMU · Alika mtaalamu: /invite SEKTA NCHI [MPANGO]
staff-openround-usage = Matumizi: /openround DODOSO MSIMBO YYYY-MM-DD, kwa mfano /openround general-pulse 2026-Q4 2026-12-31. Madodoso: { $list }
staff-round-opened = Awamu { $round } ya { $questionnaire } iko wazi hadi { $closes }.
staff-export-usage = Matumizi: /export NAMBA_YA_AWAMU (namba inayoonyeshwa na /rounds).
staff-export-caption = Awamu { $round }: safu moja kwa kila mhojiwa na kila swali, kwa vitambulisho vya msimbo (pseudonymous).
staff-invite-usage = Matumizi: /invite SEKTA NCHI [MPANGO], kwa mfano /invite police KE kenya-2026. Sekta: { $list }
staff-invite-created = Kiungo cha mwaliko kwa { $sector } nchini { $country }:
    { $link }
    Yeyote atakayekifungua atasajiliwa kama mtaalamu aliyethibitishwa wa sekta na nchi hiyo.
staff-failed = Hilo halikufanikiwa: { $reason }

## Fallbacks and errors
not-started = Habari! Tuma /start kuanza. Ikiwa unahitaji msaada sasa hivi, tuma /help.
unknown-text = Sijaelewa. Tafadhali tumia vitufe.
unsupported-media = Ninaweza kusoma maandishi na vitufe tu, kwa hiyo sikukifungua hicho. Tafadhali usinitumie picha zako wala za watu wengine. Tuma /help ikiwa unahitaji msaada.
group-only-private = Ninafanya kazi katika gumzo la faragha pekee. Fungua gumzo nami ili kuanza.
stale-button = Kitufe hicho hakifanyi kazi tena.
finish-onboarding = Hebu kwanza tumalize kujisajili.
try-later = Samahani, kuna hitilafu upande wangu. Tafadhali jaribu tena baada ya muda mfupi. Ikiwa unahitaji msaada sasa, simu za msaada zipo kila wakati kwenye /help.
unknown-command = Sijui amri hiyo. Tuma /start kupata menyu au /help kupata msaada.
