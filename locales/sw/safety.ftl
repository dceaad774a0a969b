## Majibu ya msaada na ya kufichua: mstari wa kwanza, hatua za kwanza kulingana na kilichotambuliwa, kuchagua nchi
## ndani ya msaada, sentensi ya upole chini ya "sijaelewa", na uthibitisho kabla ya kufuta data.
## Hatua za kwanza zimefupishwa kutoka NCMEC, Thorn, FBI na eSafety (shared/domain/safety.md). Rasimu: ipitiwe na mzawa.

first-helpline = 📞 <b>Ongea na mtu sasa:</b> { $name }, { $reach } (bure na kwa siri)
first-directory = 📞 <b>Tafuta simu ya msaada kwa watoto katika nchi yako:</b> { $name }, { $reach }
first-emergency = 🚨 <b>Ikiwa uko hatarini sasa hivi, piga { $number }.</b>
steps-title = <b>Unachoweza kufanya sasa</b>
steps-sextortion =
    • Hutapata matatizo: anayekosea ni yule anayekutishia.
    • Usilipe na usitume kitu kingine: kulipa mara nyingi hakumalizi jambo hili.
    • Weka ushahidi: picha za skrini za mazungumzo na jina la akaunti. Usifute akaunti yako kwa sasa.
    • Zuia na uripoti akaunti hiyo kwenye programu.
    • Take It Down inaweza kusaidia picha zako zisisambae, bila mtu kuziona.
    • Mwambie mtu mzima unayemwamini au piga simu ya msaada sasa: jambo hili huenda haraka, usisubiri.
steps-image_shared =
    • Kusambaza picha zako bila ruhusa yako ni unyanyasaji.
    • Mtu akikuomba pesa au picha zaidi: usilipe na usitume chochote.
    • Weka ushahidi: picha za skrini, viungo na majina ya akaunti.
    • Ripoti chapisho na akaunti kwenye programu, na kwa huduma ya kuripoti iliyo hapa chini.
    • Take It Down inaweza kusaidia kuziondoa, bila kutaja jina lako.
    • Mwambie mtu mzima unayemwamini au simu ya msaada.
steps-ai_image =
    • Picha feki bado ni unyanyasaji, hata ikitengenezwa kwa akili bandia.
    • Mtu akikuomba pesa au picha zaidi: usilipe na usitume chochote.
    • Weka ushahidi: picha za skrini, viungo na majina ya akaunti.
    • Iripoti kwenye programu na kwa huduma ya kuripoti iliyo hapa chini.
    • Take It Down inaweza kusaidia kuiondoa, bila kutaja jina lako.
    • Mwambie mtu mzima unayemwamini au simu ya msaada.
steps-grooming =
    • Mtu mzima anayekuomba siri au picha ndiye anayekosea, si wewe.
    • Ikiwa ni mtandaoni: acha kujibu na weka jumbe zake, kisha zuia na uripoti akaunti.
    • Usikutane naye, na epuka kukaa peke yako naye.
    • Leo hii, mwambie mtu mzima unayemwamini ambaye si mtu huyo: mtu wa shuleni au wa familia yako. Au piga simu ya msaada kwa watoto.
steps-abuse =
    • Ikiwa uko hatarini sasa, piga namba ya dharura.
    • Mwambie mtu mzima unayemwamini ambaye si yule anayekuumiza au anayekutishia: mtu wa shuleni au wa familia yako. Au piga simu ya msaada kwa watoto: ni bure na kwa siri.
    • Ikiwa mtu wa kwanza unayemwambia hakusaidii, mwambie mtu mwingine, hadi mtu akusaidie.
steps-threat =
    • Ikiwa uko hatarini sasa, piga namba ya dharura.
    • Leo hii, mwambie mtu mzima unayemwamini ambaye si yule anayekutishia: mtu wa shuleni au wa familia yako. Au piga simu ya msaada kwa watoto: ni bure na kwa siri.
    • Kwa sasa, kaa karibu na watu unaowaamini, na usiende peke yako mahali anapoweza kukupata.
    • Ikiwa vitisho vinakuja kwa ujumbe au mtandaoni: usijibu, viweke kama ushahidi, kisha zuia na uripoti akaunti hiyo.
steps-general =
    • Umefanya jambo sahihi kwa kusema.
    • Mwambie mtu mzima unayemwamini, au ongea na simu ya msaada kwa watoto: ni bure na kwa siri.
    • Ikiwa uko hatarini sasa hivi, piga namba ya dharura.
steps-caregiver = Ikiwa jambo hili linamhusu mtoto wako: tulia, mshukuru kwa kukueleza, na mwambie wazi kwamba si kosa lake. Hizi ndizo hatua za kuchukua pamoja naye:
more-help =
    <b>Njia zaidi za kupata msaada</b>

    • <b>Kumwambia mtu:</b> chagua mtu mzima unayemwamini (mzazi, ndugu, mwalimu, kocha). Unaweza kuanza hivi: "Kuna jambo limetokea mtandaoni na nahitaji msaada." Unaweza kumwonyesha mazungumzo haya.
    • <b>Simu za msaada</b> ni bure na kwa siri. Wanasikiliza bila kukuhukumu, na hawamwambii mtu yeyote bila kukuuliza, isipokuwa mtu yuko hatarini.
    • <b>Kuripoti kwenye programu:</b> bonyeza ujumbe kwa muda au fungua wasifu, kisha chagua "Ripoti". Piga picha ya skrini kwanza.
    • Lolote lililotokea, si kosa lako.
btn-more-help = 💬 Msaada zaidi
btn-back-to-where = ↩️ Rudi nilipokuwa
btn-help-country = 🌍 Chagua nchi yangu
btn-help-country-other = 🔤 Nchi nyingine (A-Z)
help-pick-country = 🌍 Uko nchi gani? Nitakuonyesha msaada unaopatikana huko. Hakuna kinachohifadhiwa.
unknown-text-gentle = 💛 Ikiwa kuna jambo mtandaoni linalokutia wasiwasi, bonyeza 🆘 nami nitakuonyesha nani anaweza kusaidia.
settings-age-confirm =
    ⚠️ Nchini { $country }, Telegram ni kwa watu wenye umri wa miaka 16 na zaidi. Ukifanya mabadiliko haya, itabidi <b>nifute kila kitu ninachohifadhi kukuhusu</b>:
    • lugha yako, kundi lako la umri na nchi yako
    • maendeleo yako kwenye masomo na majibu yako ya maswali
    • tathmini zako za masomo, majibu yako ya kura na kiungo chako cha kushiriki

    Hesabu zisizo na majina zinabaki, bila kitu chochote kinachozihusisha nawe. Hili haliwezi kutenduliwa. Msaada utaendelea kupatikana wakati wowote.
btn-settings-delete = Badilisha na ufute data yangu
btn-settings-keep = ⬅️ Hapana, baki na mipangilio yangu
age-gate-16-deleted =
    Imekamilika: nimefuta kila kitu nilichohifadhi kukuhusu. Nchini { $country }, Telegram ni kwa watu wenye umri wa miaka 16 na zaidi, kwa hiyo siwezi kuendelea nawe.

    Ikiwa kuna jambo mtandaoni linalokutia wasiwasi, ongea na mtu mzima unayemwamini, au tumia mojawapo ya haya:
