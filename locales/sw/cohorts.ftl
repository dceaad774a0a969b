## Trainers: cohorts, pushes and what members receive

cmd-cohorts = Makundi yako (wakufunzi)
cohorts-title = <b>👥 Makundi yako</b>
cohorts-none = Bado huna kundi lolote. Unda moja kwa /newcohort ukifuatisha jina lake, kwa mfano: /newcohort Kidato 3B
cohorts-line-btn = { $name } · { $members }
cohort-usage-new = Kundi jipya: /newcohort JINA, kwa mfano /newcohort Kidato 3B
cohort-usage-rename = Matumizi: /renamecohort NAMBA JINA JIPYA (namba iko kwenye kadi ya kundi)
cohort-card =
    <b>👥 { $name }</b> (#{ $number })
    Kwa ajili ya: { $audience } · Lugha: { $language }
    Nchi: { $country } · Saa za eneo: { $timezone }
    Wanachama: { $members } · { $status }

    Kiungo cha kujiunga, cha kushiriki na kundi:
    { $link }
cohort-open = liko wazi kwa wanachama wapya
cohort-closed = limefungwa kwa wanachama wapya
cohort-audience-youth_13_15 = vijana wa miaka 13-15
cohort-audience-youth_16_17 = vijana wa miaka 16-17
cohort-audience-caregiver = wazazi na walezi
btn-cohort-push = 📤 Tuma mfululizo
btn-cohort-audience = 🎯 Walengwa
btn-cohort-language = 🌐 Lugha
btn-cohort-country = 📍 Nchi
btn-cohort-timezone = 🕒 Saa za eneo
btn-cohort-close = 🔒 Funga kwa wanachama wapya
btn-cohort-reopen = 🔓 Fungua tena
btn-cohort-leave = 🚪 Ondoka kwenye kundi hili
btn-cohorts = ⬅️ Makundi yangu
cohort-pick-audience = Kundi hili ni la nani?
cohort-pick-language = Wanachama wapya waanze kwa lugha gani?
cohort-pick-country = Kundi liko nchi gani?
cohort-pick-timezone = Saa za eneo gani? Masomo ya kila siku hufika kwa saa ya mahali hapo.
cohort-left = Umeondoka kwenye { $name }. Wanachama wake wanabaki na maendeleo yao.
cohort-renamed = Jina limebadilishwa kuwa { $name }.
push-pick-series = Kundi { $name } lipokee mfululizo gani?
push-pick-mode = “{ $series }” utumwe vipi?
btn-push-now = ⚡ Sasa: somo linalofuata kwa kila mtu
btn-push-daily = 📅 Somo moja kila siku
btn-push-weekdays = 📅 Somo moja kila siku ya kazi
push-pick-hour = Saa ngapi, kwa saa za mahali hapo ({ $timezone }, mfumo wa saa 24)? Saa za utulivu ({ $quiet }) hazitumiwi kamwe.
push-progress =
    <b>📤 { $series }</b> → kundi #{ $cohort } · { $mode }
    { $bar } { $sent }/{ $total }
    Imetumwa { $sent } · inasubiri sasa { $due } · imepangwa { $scheduled }
    Imeshindikana { $failed } · hawapatikani { $inactive } · wamezima ujumbe { $skipped } · haijulikani { $uncertain }
    { $eta }
push-mode-now = sasa
push-mode-drip = somo moja kila siku saa { $hour }:00 (mfumo wa saa 24)
push-eta = Zimebaki takriban sekunde { $seconds }.
push-done = ✅ Imekamilika.
push-paused = ⏸ Imesitishwa.
push-cancelled = ✖️ Imeghairiwa.
btn-push-pause = ⏸ Sitisha
btn-push-resume = ▶️ Endelea
btn-push-cancel = ✖️ Ghairi
btn-push-refresh = 🔄 Onyesha upya
delivery-lesson =
    📬 <b>{ $cohort }</b>: somo jipya kwa ajili yako
    <b>{ $series }</b> · somo { $number }/{ $total }: { $lesson }
btn-delivery-open = ▶️ Anza somo
cohort-joined-new = 👋 Unajiunga na <b>{ $name }</b>. Kwanza, chagua lugha yako.
cohort-joined = Umejiunga na <b>{ $name }</b>. Masomo kutoka kwa mkufunzi wako yatafika hapa.
cohort-invalid = Kiungo hiki cha kujiunga hakifanyi kazi tena. Muombe mkufunzi wako kiungo kipya, au tuma /start.
staff-granted = { $id } amepewa jukumu la mkufunzi.
staff-revoked = Jukumu la mkufunzi limeondolewa kwa { $id }.
staff-grant-usage = Matumizi: /granttrainer TELEGRAM_ID au /revoketrainer TELEGRAM_ID
