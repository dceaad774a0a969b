## Dashibodi ya mtandaoni ya wafanyakazi wa programu (bot/web/dashboard/) na amri ya /dashboard ya kuingia (bot/features/dashboard.py).
## Lugha rasmi ya kiofisi kwa wafanyakazi. Maandishi ya kawaida: kurasa huyachuja; "<5" huonyeshwa kama ilivyo.

## /dashboard kwenye mazungumzo
dashboard-link =
    🔐 <b>Kiungo chako cha kuingia kwenye dashibodi</b>

    { $link }

    Kinafanya kazi mara moja tu, kwa dakika { $minutes }, kwenye kivinjari utakachokifungulia. Kipindi kinadumu saa { $hours }, au hadi utakapotoka. Usikitume kwa mtu mwingine: kinafungua dashibodi kwa yeyote atakayekitumia kwanza.
dashboard-not-set =
    Dashibodi ya mtandaoni bado haijawekwa. Msimamizi anapaswa kuweka <code>DASHBOARD_URL</code> kuwa anwani ya umma ya seva ya HTTP ya boti (kwa mfano <code>https://stats.example.org</code>, nyuma ya proksi ya TLS) kisha kuanzisha boti upya. Baada ya hapo, tuma /dashboard tena.

## Muundo wa kila ukurasa
dash-name = Programu ya usalama mtandaoni · Dashibodi
dash-skip = Nenda kwenye maudhui
dash-menu = Kurasa za dashibodi
dash-nav-overview = Muhtasari
dash-nav-reach = Waliofikiwa
dash-nav-lessons = Masomo
dash-nav-voice = Sauti ya vijana
dash-nav-checkins = Tathmini za MNR
dash-nav-cohorts = Vikundi na utumaji
dash-language = Lugha ya dashibodi
dash-change-language = Badilisha
dash-sign-out = Toka
dash-footer = Idadi ya chini ya watu 5 haionyeshwi kamwe. Takwimu zinatumia majina bandia; hakuna ukurasa unaomtaja mtu.
dash-print = Chapisha au hifadhi kama PDF

## Kuingia na kutoka
dash-sign-in-title = Ingia kwenye dashibodi
dash-sign-in-text = Kiungo hiki kinafungua dashibodi kwenye kivinjari hiki. Kinafanya kazi mara moja tu.
dash-sign-in-button = Fungua dashibodi
dash-link-expired-title = Kiungo hiki hakifanyi kazi tena
dash-link-expired = Viungo vya kuingia hufanya kazi mara moja tu na kwa dakika chache. Tuma /dashboard kwa boti upate kiungo kipya.
dash-signed-out-title = Umetoka
dash-signed-out = Ili kufungua dashibodi, tuma /dashboard kwa boti kwenye Telegram na ufungue kiungo itakachokutumia. Wafanyakazi wa programu pekee ndio wanaoweza kuingia.
dash-form-expired = Fomu hii imepitwa na muda. Pakia ukurasa upya kisha ujaribu tena.

## Hitilafu
dash-error-title = Kuna tatizo limetokea
dash-error = Ukurasa haukuweza kuonyeshwa. Tafadhali jaribu tena baada ya muda mfupi.
dash-unavailable = Hifadhidata haipatikani kwa sasa. Tafadhali jaribu tena baada ya muda mfupi.
dash-not-found-title = Ukurasa haukupatikana
dash-not-found = Hakuna kitu kwenye anwani hii. Tumia menyu kupata ukurasa unaouhitaji.
dash-bad-filter-title = Kichujio hiki hakiwezi kutumika
dash-bad-filter = Tafadhali kagua vichujio: { $detail }

## Vichujio
dash-filters = Vichujio
dash-period = Kipindi
dash-days = Siku { $days } zilizopita
dash-period-custom = Tarehe zilizo hapa chini
dash-from = Kuanzia
dash-to = Hadi
dash-apply = Tumia
dash-all = Zote
dash-none = Hakuna
dash-filter-country = Nchi
dash-filter-audience = Walengwa
dash-filter-age_band = Kundi la umri
dash-filter-locale = Lugha
dash-filter-series = Mfululizo
dash-filter-cohort = Kikundi
dash-filter-capability = Uwezo wa MNR
dash-breakdown = Gawanya kwa
dash-every = Kipimo cha muda
dash-week = Wiki
dash-month = Mwezi
dash-chart-metric = Takwimu kwenye chati
dash-period-range = { $start } hadi { $end } (UTC)

## Takwimu
dash-metric-active = Walio hai
dash-metric-reached = Waliofikiwa
dash-metric-engaged = Walioshiriki
dash-metric-completed = Waliomaliza mfululizo
dash-metric-quiz-people = Waliojibu maswali
dash-metric-quiz-accuracy = Usahihi wa maswali
dash-define-active = Watu wenye shughuli yoyote inayohesabiwa chini ya uwezo wa MNR (masomo chini ya uwezo 13, ushiriki wa vijana chini ya uwezo 14).
dash-define-reached = Watu walioona angalau kadi moja ya somo.
dash-define-engaged = Watu waliomaliza angalau somo moja.
dash-define-completed = Watu waliomaliza mfululizo mzima.
dash-define-quiz-people = Watu waliojibu angalau swali moja la somo.
dash-define-quiz-accuracy = Sehemu ya majaribio ya kwanza ya maswali ya somo yaliyojibiwa sahihi.
dash-suppressed = <5
dash-hidden-part = Imefichwa (idadi ndogo)
dash-everyone = Wote
dash-people = Watu
dash-share = Asilimia
dash-figure = Takwimu
dash-this-period = Kipindi hiki
dash-previous-period = Kipindi kilichotangulia
dash-change = Mabadiliko
dash-change-none = hakuna cha kulinganisha
dash-change-points = alama { $points }
dash-before = awali: { $value }
dash-nothing = Bado hakuna cha kuonyesha kwa vichujio hivi.
dash-chart-desc = Jedwali lililo kando ya chati hii lina takwimu zilezile.
dash-capability-name = { $number }. { $name }
dash-about = Jinsi ya kusoma takwimu hizi
dash-suppression-note = Kila idadi ya watu 1 hadi 4 hufichwa (huonyeshwa kama <5). Pale ambapo safu au safu wima ingeficha idadi moja tu, idadi ndogo inayofuata hufichwa pia, ili jumla zisiifichue. Siku ni kwa saa za UTC. Kila jedwali linaweza kupakuliwa kama CSV yenye takwimu zilezile za API ya takwimu; takwimu iliyofichwa ni kisanduku kitupu.
dash-download-csv = Pakua CSV

## Muhtasari
dash-overview-title = Muhtasari
dash-headline = Kipindi kwa ufupi
dash-comparison-caption = Kipindi hiki ikilinganishwa na kilichotangulia ({ $previous })
dash-trend = Mwenendo
dash-weekly-caption = Watu kwa kila wiki
dash-weekly-chart = Watu waliofikiwa, walioshiriki na waliomaliza mfululizo, kwa kila wiki
dash-weeks-note = Wiki huanza Jumatatu; sehemu ya wiki ya kwanza na ya mwisho inaweza kuwa nje ya kipindi.
dash-where = Wapi
dash-by-country-caption = Watu kwa nchi
dash-by-country-chart = Watu waliofikiwa, kwa nchi

## Waliofikiwa
dash-reach-title = Waliofikiwa kwa muda
dash-over-time = Kwa muda
dash-over-time-caption = { $metric } kwa muda
dash-over-time-chart = { $metric } kwa muda
dash-top-lines-note = Chati na jedwali hili vinaonyesha makundi { $count } makubwa zaidi; CSV ina makundi yote na takwimu zote.
dash-totals = Jumla za kipindi
dash-totals-caption = Takwimu za kipindi kizima
dash-totals-chart = { $metric } katika kipindi kizima

## Masomo
dash-lessons-title = Masomo
dash-step = Hatua
dash-step-started = Walioanza mfululizo
dash-step-lesson = Waliomaliza "{ $lesson }"
dash-step-completed = Waliomaliza mfululizo
dash-share-of-starters = Asilimia ya walioanza
dash-funnel-caption = { $series }: kutoka somo la kwanza hadi mwisho
dash-funnel-chart = Watu katika kila hatua ya { $series }
dash-quiz-caption = { $series }: maswali ya masomo
dash-quiz-chart = Sahihi katika jaribio la kwanza, kwa kila swali, katika { $series }
dash-quiz-note = Asilimia ndogo, au jibu lisilo sahihi linalochaguliwa mara nyingi, huonyesha dhana potofu inayofaa kushughulikiwa katika somo. CSV ina kila chaguo la jibu.
dash-question-header = Swali
dash-question = { $lesson }: { $question }
dash-answered = Waliojibu
dash-right-first-time = Sahihi katika jaribio la kwanza
dash-common-wrong = Jibu lisilo sahihi lililochaguliwa zaidi
dash-wrong-answer = { $answer } ({ $share })
dash-lesson = Somo
dash-ratings-caption = { $series }: jinsi kila somo lilivyosaidia
dash-ratings-chart = Tathmini za masomo ya { $series }
dash-rating-helpful = Limesaidia
dash-rating-unsure = Sina uhakika
dash-rating-not-helpful = Halijasaidia

## Sauti ya vijana
dash-voice-title = Sauti ya vijana
dash-voice-lead = Yale ambayo vijana na walezi walituambia kwa mguso mmoja: kura za maoni na swali la mwisho wa kila mfululizo. Matokeo ni majibu yao ya sasa.
dash-polls = Kura za maoni
dash-poll-caption = { $question } ({ $start } hadi { $end })
dash-series-questions = Maswali ya mifululizo
dash-series-question-caption = { $series }: { $question }
dash-option = Jibu
dash-voice-note = Vichujio vinatumika kwa wasifu wa sasa wa kila mtu (nchi, walengwa, lugha). Watu walioomba data zao zifutwe hawahesabiwi tena hapa.

## Tathmini za MNR
dash-checkins-title = Tathmini za MNR
dash-checkins-lead = Tathmini fupi za wataalamu kuhusu uwezo 21 wa Mfumo wa Mwitikio wa Kitaifa. Fungua awamu ili kuona jedwali la ukomavu la kila nchi.
dash-rounds = Awamu
dash-rounds-caption = Awamu za tathmini, kuanzia ya hivi karibuni
dash-no-rounds = Bado hakuna awamu iliyofunguliwa. Wafanyakazi hufungua awamu kwa /openround kwenye mazungumzo.
dash-round = Awamu
dash-questionnaire = Dodoso
dash-opens = Inafunguliwa
dash-closes = Inafungwa
dash-respondents = Waliojibu
dash-round-title = { $round } · { $questionnaire }
dash-round-lead = Iko wazi kuanzia { $opens } hadi { $closes }. Nchi inayoonyeshwa: { $country }.
dash-compare-with = Linganisha na awamu
dash-open-profile = Wasifu wa nchi wa kuchapisha
dash-no-countries = Bado hakuna aliyejibu awamu hii.
dash-verified-respondents = Waliojibu waliothibitishwa
dash-verified-explained = Wataalamu waliojiunga kupitia mwaliko wa wafanyakazi wa programu, unaorekodi sekta na nchi yao.
dash-self-declared-respondents = Waliojibu waliojitambulisha wenyewe
dash-self-declared-explained = Wataalamu waliotaja sekta na nchi yao wenyewe. Soma majibu yao kando na ya waliothibitishwa.
dash-grid-caption-verified = Hatua ya ukomavu kwa kila uwezo, waliojibu waliothibitishwa, { $country }, awamu { $round }
dash-grid-caption-self = Hatua ya ukomavu kwa kila uwezo, waliojibu waliojitambulisha wenyewe, { $country }, awamu { $round }
dash-grid-chart-verified = Hatua za ukomavu, waliojibu waliothibitishwa, { $country }
dash-grid-chart-self = Hatua za ukomavu, waliojibu waliojitambulisha wenyewe, { $country }
dash-capability = Uwezo wa MNR
dash-no-answers = Bado hakuna majibu kutoka kwa waliojibu hawa katika nchi hii.
dash-change-between-rounds = Mabadiliko tangu awamu iliyotangulia
dash-change-caption = Asilimia ya waliojibu katika kila hatua, awamu { $earlier } → awamu { $round }, { $country }
dash-no-earlier-round = Hakuna awamu iliyotangulia ya dodoso hili ya kulinganisha nayo.
dash-respondent-kind = Waliojibu
dash-verified = Waliothibitishwa
dash-self-declared = Waliojitambulisha wenyewe
dash-other-items = Maswali mengine
dash-other-items-caption = Majibu ya maswali mengine, { $country }
dash-answers = Majibu
dash-phases = Hatua za ukomavu
dash-checkin-suppression = Takwimu zinatokana na angalau waliojibu 5: idadi ndogo zaidi hufichwa (huonyeshwa kama <5), pamoja na idadi ndogo inayofuata pale ambapo moja tu ingefichwa. Nchi hazipangwi kwa daraja kamwe.
dash-profile-title = Wasifu wa nchi: { $country }
dash-profile-lead = Tathmini fupi ya MNR { $round } ({ $questionnaire }), iliyokuwa wazi kuanzia { $opens } hadi { $closes }. Imeandaliwa tarehe { $today }.
dash-back-to-round = Rudi kwenye awamu

## Vikundi na utumaji
dash-cohorts-title = Vikundi na utumaji
dash-cohorts = Vikundi
dash-cohorts-caption = Vikundi na wanachama wake
dash-cohort = Kikundi
dash-joining = Kujiunga
dash-open = Wazi
dash-closed = Imefungwa
dash-created = Kiliundwa
dash-members = Wanachama
dash-outcomes = Matokeo katika kipindi
dash-outcomes-caption = Yale ambayo wanachama wa vikundi walifanya katika kipindi
dash-outcomes-chart = Wanachama waliomaliza mfululizo, kwa kila kikundi
dash-pushes = Utumaji
dash-pushes-caption = Mifululizo iliyotumwa kwa vikundi, kuanzia wa hivi karibuni (ujumbe)
dash-pushes-chart = Maendeleo ya utumaji wa hivi karibuni
dash-pushes-note = Kila takwimu inahesabu jumbe, mmoja kwa kila mwanachama na somo. Unasubiri: umepangwa au unatumwa. Hayupo hai: mwanachama ameizuia boti. Amesimamisha: mwanachama alituma /stop. Hauna uhakika: utumaji ulikatika ukiendelea; huenda ujumbe ulifika.
dash-push = Utumaji
dash-push-label = { $series } → { $cohort }
dash-push-mode = Njia
dash-push-status = Hali
dash-push-mode-now = Yote kwa pamoja
dash-push-mode-drip = Somo moja kwa siku
dash-push-status-active = Unaendelea
dash-push-status-paused = Umesitishwa
dash-push-status-cancelled = Umeghairiwa
dash-delivery-total = Jumbe
dash-delivery-sent = Zimetumwa
dash-delivery-waiting = Zinasubiri
dash-delivery-failed = Zimeshindwa
dash-delivery-inactive = Hawapo hai
dash-delivery-stopped = Wamesimamisha
dash-delivery-uncertain = Hazina uhakika
dash-delivery-cancelled = Zimeghairiwa
