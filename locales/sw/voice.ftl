## Youth voice (MNR capability 14): lesson ratings, the series question, quick polls, share with a friend.
## Every answer is a tap on a button; nobody is asked to type anything. Keep placeables identical in every locale.

## Rating a lesson (on the lesson-done screen)
btn-rate-h = 👍 Limesaidia
btn-rate-u = 🤔 Sina uhakika
btn-rate-n = 👎 Halijasaidia
rate-ask = Je, somo hili limekusaidia? Mguso mmoja unatujulisha.
rate-thanks = 💛 Asante! Tathmini yako inasaidia kuboresha masomo haya. Umebadilisha mawazo? Gusa jibu jingine tu.

## The one-tap question after a series
voice-ask = 🗣 <b>Swali moja la haraka</b>: jibu lako linawasaidia wanaoendesha mpango huu kujua kilicho muhimu kwako. Gusa jibu moja tu.
voice-thanks = 💛 <b>Asante!</b> Jibu lako lina uzito. Bado unaweza kulibadilisha: gusa jibu jingine tu.

## Quick polls
btn-polls = 🗳 Kura ya maoni: toa sauti yako
poll-head =
    🗳 <b>Kura ya maoni</b>
    { $question }

    <i>Gusa jibu moja. Unaweza kulibadilisha hadi { $closes }. Matokeo huonyesha jumla kutoka kwa angalau watu 5 tu, kamwe si nani alijibu nini.</i>
poll-new = 📣 Kura mpya ya maoni iko wazi, na tungependa kusikia maoni yako!
polls-none = Kwa sasa hakuna kura ya maoni iliyo wazi kwa ajili yako. Mpya zitaonekana kwenye menyu yako.
polls-pick = 🗳 <b>Kura za maoni</b>: chagua moja utoe sauti yako.
btn-poll-results = 📊 Ona matokeo
btn-poll-change = ✏️ Badilisha jibu langu
poll-answered = ✅ <b>Asante, sauti yako ina uzito!</b> Ulichagua: <i>{ $answer }</i>
poll-change-until = Unaweza kubadilisha jibu lako hadi { $closes }.
poll-results-country = 📊 <b>Matokeo hadi sasa nchini { $country }</b> (majibu { $total })
poll-results-all = 📊 <b>Matokeo hadi sasa, nchi zote</b> (majibu { $total })
poll-results-country-hidden = 📊 Bado hakuna majibu ya kutosha kutoka { $country } kuonyesha matokeo. Tunasubiri hadi angalau watu 5 wajibu, ili jibu la mtu yeyote lisiweze kukisiwa. Rudi uangalie hivi karibuni!
poll-results-all-hidden = 📊 Bado hakuna majibu ya kutosha kuonyesha matokeo. Tunasubiri hadi angalau watu 5 wajibu, ili jibu la mtu yeyote lisiweze kukisiwa. Rudi uangalie hivi karibuni!

## Share with a friend
btn-share = 💌 Mshirikishe rafiki
btn-share-send = 📤 Mtumie rafiki
share-intro =
    💌 <b>Mshirikishe rafiki</b>
    Unamjua mtu ambaye hii ingemfaa? Mtumie ujumbe unaofuata, au gusa <b>Mtumie rafiki</b>.
share-count =
    { $count ->
        [one] 🎉 Rafiki { $count } amejiunga kupitia wewe!
       *[other] 🎉 Marafiki { $count } wamejiunga kupitia wewe!
    } Tunahesabu idadi tu, kamwe si akina nani.
share-count-none = Bado hakuna rafiki aliyejiunga kupitia kiungo chako. Tunahesabu idadi tu, kamwe si akina nani.
share-text = Masomo mafupi ya kukaa salama mtandaoni, na msaada wakati wowote unapouhitaji.
share-message = 👋 Mambo! Nimekuwa nikitumia boti hii: masomo mafupi ya kukaa salama mtandaoni, na msaada wakati wowote unapouhitaji. Ijaribu: { $link }
friend-welcome =
    👋 Habari! Rafiki yako amekushirikisha boti hii. Mimi hutoa masomo mafupi kuhusu kukaa salama mtandaoni, na ninaweza kukuonyesha mahali pa kupata msaada wakati wowote.

    Kwanza, chagua lugha yako.

## /mydata
mydata-ratings = Tathmini za masomo: { $count }
mydata-voice-answers = Majibu ya maswali ya haraka na kura za maoni: { $count }
mydata-share =
    Kiungo chako cha kushiriki: { $count ->
        [one] rafiki { $count } amejiunga kupitia kiungo hiki
       *[other] marafiki { $count } wamejiunga kupitia kiungo hiki
    } (idadi pekee ndiyo huhifadhiwa, kamwe si akina nani)
