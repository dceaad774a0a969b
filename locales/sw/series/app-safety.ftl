## Series: Safety settings in your apps (app-safety), for teens 13-17.
## Setting names checked against each platform's help or safety pages (see content/series/app-safety.yaml);
## settings that could not be confirmed there are described in general words.
## Swahili: setting and button names stay in English as the apps show them by default (as Telegram's do in
## locales/sw), with a Swahili gloss in brackets the first time; block = zuia, report = ripoti.

s-app-safety-title = Mipangilio ya usalama ya programu zako
s-app-safety-about = Mipangilio muhimu ya faragha katika WhatsApp, Instagram, TikTok, Snapchat, Discord, Roblox na YouTube: nani anaweza kuwasiliana nawe, akaunti za faragha, mahali ulipo na vikundi, na jinsi ya kuzuia na kuripoti.

## Lesson 1: WhatsApp

s-app-safety-whatsapp-title = WhatsApp
s-app-safety-whatsapp-intro =
    WhatsApp hufanya kazi kwa namba za simu, kwa hiyo yeyote mwenye namba yako anaweza kukutumia ujumbe, na namba yako inaweza kusambazwa kwenye vikundi.

    Mipangilio michache huleta tofauti kubwa. Mingi iko kwenye WhatsApp chini ya <b>Settings → Privacy</b> (Mipangilio → Faragha). Programu hubadilisha menyu zao mara kwa mara: kama jina linaonekana tofauti kwenye simu yako, au simu yako iko kwa Kiswahili, tafuta kitu kinachofanana.
s-app-safety-whatsapp-intro-alt = Simu inayoonyesha gumzo la kikundi, kando ya kufuli kubwa, gia ya mipangilio na alama ya tiki ya kijani.
s-app-safety-whatsapp-groups =
    <b>Groups</b> (Vikundi): katika Settings → Privacy → Groups unachagua nani anaweza kukuongeza kwenye vikundi. Chagua <b>My Contacts</b> (Anwani zangu), au chaguo kali zaidi ukiliona. Hapo watu wasio kwenye anwani zako watalazimika kukutumia mwaliko badala yake, na wewe ndiye utaamua kama ujiunge.

    Ukiongezwa kwenye kikundi usichotaka kuwemo, unaweza kukiondokea na kukiripoti.
s-app-safety-whatsapp-profile-location =
    Kwenye Privacy unaweza pia kuchagua nani anaona picha yako ya wasifu, “about” yako, last seen na hali ya online, na status zako. “My contacts” ni salama zaidi kuliko “Everyone”.

    <b>Live location</b> (mahali ulipo kwa wakati huo) hushirikiwa tu unapochagua kuishiriki kwenye gumzo. Ishiriki tu na watu unaowajua nje ya mtandao, na uache kuishiriki ukimaliza.
s-app-safety-whatsapp-block-report =
    <b>Block</b> (Zuia): fungua gumzo, gusa jina la mtu huyo, kisha <b>Block</b>. Watu uliowazuia hawawezi kukupigia simu wala kukutumia ujumbe, na hawawezi kuona last seen yako, hali yako ya online wala mabadiliko ya picha yako ya wasifu.

    <b>Report</b> (Ripoti): mahali hapohapo, chagua <b>Report</b>. “Report and block” hufanya yote mawili kwa pamoja. Huwezi kuzuia kikundi kizima, lakini unaweza kukiondokea na kumzuia msimamizi (admin) wa kikundi.
s-app-safety-whatsapp-q1 = Watu usiowajua wanaendelea kukuongeza kwenye vikundi vya WhatsApp. Mpangilio upi unasaidia zaidi?
s-app-safety-whatsapp-q1-a = Groups: weka My Contacts
s-app-safety-whatsapp-q1-a-why = Ukiwa na mpangilio huu, watu wasio kwenye anwani zako wanaweza tu kukutumia mwaliko, na wewe unachagua kama ujiunge. Unaweza pia kuondoka na kuripoti vikundi usivyovitaka.
s-app-safety-whatsapp-q1-b = Kuzima read receipts (tiki za bluu)
s-app-safety-whatsapp-q1-b-why = Read receipts ni mpangilio muhimu wa faragha, lakini zinabadilisha tu kama watu wanaona kwamba umesoma ujumbe. Hazimzuii mtu yeyote kukuongeza kwenye vikundi.
s-app-safety-whatsapp-q1-c = Kubadilisha picha yangu ya wasifu
s-app-safety-whatsapp-q1-c-why = Kuchagua nani anaweza kuona picha yako ni wazo zuri pia. Lakini hakudhibiti nani anaweza kukuweka kwenye vikundi.
s-app-safety-whatsapp-what-to-do =
    <b>Ufanye nini</b>
    Kagua Settings → Privacy leo: vikundi, picha ya wasifu na last seen. Shiriki live location tu na watu unaowajua nje ya mtandao. Zuia na uripoti yeyote anayekusumbua. Mtu akikutishia au akikuomba picha, hifadhi gumzo na umwambie mtu mzima unayemwamini au simu ya msaada kwa watoto (116 111 katika nchi nyingi).

    Gusa <b>Pata msaada</b> wakati wowote kuona simu ya msaada na tovuti za kuripoti za nchi yako.

## Lesson 2: Instagram and TikTok

s-app-safety-insta-tiktok-title = Instagram na TikTok
s-app-safety-insta-tiktok-intro =
    Kwenye Instagram na TikTok, akaunti ya wazi (public) inamaanisha mtu yeyote anaweza kuona machapisho yako, mara nyingi kuyatolea maoni, na kuyasambaza mbali zaidi ya marafiki zako.

    Programu zote mbili zina kinga za ziada kwa vijana, na baadhi huwashwa tangu mwanzo. Bado inafaa kukagua, kwa sababu mipangilio inaweza kubadilishwa, na baadhi ya kinga hutegemea umri ambao programu inadhani unao.
s-app-safety-insta-tiktok-intro-alt = Simu inayoonyesha wasifu uliofungwa kwa kufuli, ombi moja la kufuata likikubaliwa na jingine likikataliwa.
s-app-safety-insta-tiktok-instagram =
    <b>Instagram</b>
    • <b>Private account</b> (akaunti ya faragha): wafuasi unaowakubali tu ndio huona machapisho, stories na reels zako. Instagram huweka akaunti za walio chini ya miaka 16 kuwa za faragha tangu mwanzo (chini ya 18 katika baadhi ya nchi).
    • Instagram huzuia watu wazima kuanza gumzo la faragha na vijana wasiounganishwa nao.
    • Kwenye mipangilio ya jumbe, punguza nani anaweza kukutumia maombi ya ujumbe.
    • Usiweke mahali ulipo kwenye machapisho, au uweke baada ya kuondoka hapo.
s-app-safety-insta-tiktok-tiktok =
    <b>TikTok</b>
    • <b>Private account</b>: huwashwa tangu mwanzo kwa umri wa miaka 13 hadi 15. Ni watu unaowakubali tu wanaoweza kukufuata na kutazama video zako.
    • <b>Suggest your account to others</b>: izime, ili watu usiowajua wasielekezwe kwako.
    • <b>Direct messages</b> (DM): hazipo kwa walio chini ya miaka 16. Ukiwa na miaka 16 au 17, chagua nani anaweza kukutumia ujumbe, kama marafiki tu, au hakuna mtu.
    • Unapochapisha, chagua nani anaweza kutazama kila video.
s-app-safety-insta-tiktok-block-report =
    <b>Kuzuia au kuripoti mtu</b> kwenye programu yoyote kati ya hizi: nenda kwenye wasifu wake, gusa vitone vitatu, kisha <b>Block</b> au <b>Report</b>.
    <b>Kuripoti chapisho au video</b>: kwenye TikTok, gusa mshale wa kushiriki (share), kisha Report. Kwenye Instagram, gusa vitone vitatu kwenye chapisho, kisha Report.

    Mtu huyo haambiwi nani alimripoti. Instagram pia ina <b>Restrict</b> (zuia kwa kiasi), inayoweka mipaka kwa mtu kimya kimya bila kumzuia.
s-app-safety-insta-tiktok-q1 = Una miaka 15 na unataka kuchapisha video za kucheza densi kwa ajili ya marafiki zako tu. Mpangilio bora ni upi?
s-app-safety-insta-tiktok-q1-a = Akaunti ya wazi, lakini bila maelezo (captions)
s-app-safety-insta-tiktok-q1-a-why = Kuacha maelezo kunasaidia kidogo. Lakini ukiwa na akaunti ya wazi, mtu yeyote bado anaweza kutazama, kutolea maoni na kusambaza video zako.
s-app-safety-insta-tiktok-q1-b = Akaunti ya faragha, na mimi ninakubali wafuasi
s-app-safety-insta-tiktok-q1-b-why = Ukiwa na akaunti ya faragha, wewe ndiye unaamua nani akufuate na kuona video zako. Unaweza pia kuchagua nani anaweza kutazama kila video unapoichapisha.
s-app-safety-insta-tiktok-q1-c = Akaunti ya wazi, na kuwazuia wasumbufu baadaye
s-app-safety-insta-tiktok-q1-c-why = Kuzuia ni zana nzuri sana, lakini inafanya kazi tu baada ya mtu kukupata. Akaunti ya faragha huwazuia watu usiowajua tangu mwanzo.
s-app-safety-insta-tiktok-what-to-do =
    <b>Ufanye nini</b>
    Hakikisha akaunti yako ni ya faragha, zuia programu isipendekeze akaunti yako kwa wengine, na uweke mipaka ya nani anaweza kukutumia ujumbe. Usiweke mahali ulipo kwenye machapisho yako. Zuia na uripoti yeyote anayekukosesha amani, na umwambie mtu mzima unayemwamini au simu ya msaada kwa watoto (116 111 katika nchi nyingi).

    Gusa <b>Pata msaada</b> wakati wowote kuona simu ya msaada na tovuti za kuripoti za nchi yako.

## Lesson 3: Snapchat and Discord

s-app-safety-snap-discord-title = Snapchat na Discord
s-app-safety-snap-discord-intro =
    Snapchat na Discord zimetengenezwa kwa ajili ya kuzungumza na marafiki na jumuiya. Zote mbili pia zinaweza kuwaruhusu watu usiowajua kukufikia, usipoweka mipaka.

    Snaps na jumbe “zinazopotea” bado zinaweza kupigwa picha ya skrini, au kurekodiwa kwa simu nyingine. Usikubali kipengele cha kupotea kikufanye umwamini mtu haraka zaidi.
s-app-safety-snap-discord-intro-alt = Simu inayoonyesha ramani ambapo mzimu wa kirafiki unaficha mahali ulipo, kando ya alama ya mahali iliyowekewa X na kufuli.
s-app-safety-snap-discord-snapchat =
    <b>Snapchat</b>
    • <b>Contact</b> (mawasiliano): kwenye mipangilio ya faragha, hakikisha ni <b>My Friends</b> (marafiki zangu) tu wanaoweza kuwasiliana nawe.
    • <b>Snap Map</b>: mahali ulipo hapaonyeshwi usipowasha. <b>Ghost Mode</b> huficha mahali ulipo; ukishiriki, shiriki na marafiki wachache wa karibu tu.
    • Ongeza tu watu unaowajua katika maisha halisi.
    • Kumzuia au kumripoti mtu, fungua wasifu wake, au bonyeza na ushikilie Snap yake, kisha uchague Block au Report.
s-app-safety-snap-discord-discord =
    <b>Discord</b> (User Settings: faragha na mipangilio ya kijamii)
    • Zima <b>Allow direct messages from server members</b>, ili watu wa seva zako wasikutumie DM (jumbe za moja kwa moja) isipokuwa ni marafiki zako.
    • Kwenye <b>Friend Requests</b>, chagua nani anaweza kukutumia maombi ya urafiki: si kila mtu.
    • Kwa vijana, Discord hufifisha au huzuia picha nyeti kwenye DM tangu mwanzo.
    • Block: fungua wasifu wake, gusa vitone vitatu, kisha Block. Report: fungua menyu ya ujumbe wake, chagua Report.
s-app-safety-snap-discord-q1 = Mtu kutoka seva kubwa ya Discord uliyojiunga nayo anaendelea kukutumia DM ambazo hukuziomba. Nini kinasaidia?
s-app-safety-snap-discord-q1-a = Kuzima DM kutoka kwa wanachama wa seva
s-app-safety-snap-discord-q1-a-why = Ukizima hili, watu mnaoshiriki seva nao hawawezi kukutumia ujumbe isipokuwa ni marafiki zako. Unaweza pia kumzuia na kumripoti mtu huyo.
s-app-safety-snap-discord-q1-b = Kuondoka kwenye kila seva niliyomo
s-app-safety-snap-discord-q1-b-why = Unaweza kuondoka kwenye seva wakati wowote. Lakini huhitaji kupoteza jumuiya zako: mpangilio mmoja huzuia DM kutoka kwa watu usiowajua walio ndani yake.
s-app-safety-snap-discord-q1-c = Kumjibu na kumwomba aache
s-app-safety-snap-discord-q1-c-why = Kuomba kwa adabu hufaa kwa baadhi ya watu. Lakini kumjibu kunaendeleza gumzo. Zuia, ripoti, na ubadilishe mpangilio.
s-app-safety-snap-discord-what-to-do =
    <b>Ufanye nini</b>
    Snapchat: mawasiliano kutoka My Friends tu, na Ghost Mode kwenye Snap Map. Discord: zima DM kutoka kwa wanachama wa seva, na weka mipaka ya maombi ya urafiki. Zuia na uripoti yeyote anayekushinikiza, na uhifadhi ushahidi. Mwambie mtu mzima unayemwamini au simu ya msaada kwa watoto (116 111 katika nchi nyingi).

    Gusa <b>Pata msaada</b> wakati wowote kuona simu ya msaada na tovuti za kuripoti za nchi yako.

## Lesson 4: Roblox and YouTube

s-app-safety-roblox-youtube-title = Roblox na YouTube
s-app-safety-roblox-youtube-intro =
    Roblox na YouTube ni kubwa mno, zikiwa na wachezaji na watazamaji wa kila umri, wakiwemo watu wazima. Mipangilio yake hukusaidia kuamua nani anaweza kuzungumza nawe na nani anaona unachotengeneza.

    Zote mbili husasisha mipangilio yao mara kwa mara. Kama jina katika somo hili linaonekana tofauti, tafuta kwenye Settings sehemu ya Privacy, Communication au Parental Controls.
s-app-safety-roblox-youtube-intro-alt = Kidhibiti cha mchezo na kicheza video, na ngao ya kijani katikati yao, pamoja na bendera ya kuripoti na alama ya kuzuia.
s-app-safety-roblox-youtube-roblox =
    <b>Roblox</b>
    • Kwenye <b>Settings → Privacy</b>, chagua nani anaweza kuzungumza nawe na kukutumia jumbe. Marafiki tu au hakuna mtu ni salama zaidi.
    • Usiweke jina halisi, shule wala akaunti nyingine kwenye gumzo na wasifu.
    • <b>Report Abuse</b>: kwenye menyu ya mchezo, gusa bendera kando ya jina la mchezaji, au tumia kichupo cha Report. Ripoti gumzo au ujumbe wenyewe ili wasimamizi waone kilichotokea.
    • <b>Block User</b>: gusa mchezaji kwenye orodha ya wachezaji, au vitone vitatu kwenye wasifu.
s-app-safety-roblox-youtube-youtube =
    <b>YouTube</b>
    • Unapopakia video, chagua nani anaweza kuiona: Private (faragha), Unlisted (watu wenye kiungo tu) au Public (wazi kwa wote).
    • Unaweza kuzima maoni kwenye video zako, au kuyashikilia yakaguliwe kwanza.
    • Usionyeshe shule yako, mtaa wako wala nyumba yenu kwenye video zako.
    • <b>Report</b>: tumia menyu ya vitone vitatu kwenye video, maoni au chaneli, kisha Report. Kuripoti ni siri: mtu mwingine hatajua kwamba ni wewe.
s-app-safety-roblox-youtube-q1 = Mchezaji wa Roblox anaomba Snapchat yako ili “mzungumze vizuri”. Unafanya nini?
s-app-safety-roblox-youtube-q1-a = Nampa, anaonekana mzuri
s-app-safety-roblox-youtube-q1-a-why = Ni kawaida kumjibu mtu kwa urafiki. Lakini kukuhamishia programu nyingine ni hatua ya kwanza ya kawaida ya kukupata peke yako. Weka gumzo ndani ya mchezo, au ulimalize.
s-app-safety-roblox-youtube-q1-b = Nakataa, na namzuia au kumripoti akilazimisha
s-app-safety-roblox-youtube-q1-b-why = Unaweza kuweka gumzo ndani ya mchezo, au kusema hapana tu. Akiendelea kuomba au kulazimisha, mzuie na umripoti, na umwambie mtu mzima unayemwamini.
s-app-safety-roblox-youtube-q1-c = Nampa jina la akaunti feki
s-app-safety-roblox-youtube-q1-c-why = Ni busara kulinda akaunti yako halisi. Lakini hili linaendeleza mazungumzo. Kusema hapana, na kuzuia ikihitajika, ni rahisi na salama zaidi.
s-app-safety-roblox-youtube-what-to-do =
    <b>Ufanye nini</b>
    Roblox: weka gumzo na jumbe kwa marafiki tu, na utumie Report Abuse na Block User. YouTube: pakia video kama Private au Unlisted isipokuwa una uhakika, na uripoti chochote kinachokutia wasiwasi. Mtu akikuomba picha au akikutishia, mwambie mtu mzima unayemwamini au simu ya msaada kwa watoto (116 111 katika nchi nyingi).

    Gusa <b>Pata msaada</b> wakati wowote kuona simu ya msaada na tovuti za kuripoti za nchi yako.
