## MNR model: names and one-line descriptions of the 6 domains, 21 capabilities and 4 maturity phases.
## Structure: content/mnr/model.yaml. Paraphrased from the WeProtect Global Alliance Model National Response and its Maturity Model.
## Swahili: "Model National Response" = Mfumo Elekezi wa Mwitikio wa Kitaifa (MNR); capability = uwezo; phase = hatua.

## Domains
mnr-domain-policy = Sera na utawala
mnr-domain-justice = Haki jinai
mnr-domain-victim = Waathiriwa
mnr-domain-societal = Jamii
mnr-domain-industry = Sekta ya biashara na teknolojia
mnr-domain-media = Vyombo vya habari na mawasiliano

## Capabilities: name, then what "good" looks like
mnr-cap-1 = Uongozi
mnr-cap-1-desc = Chombo cha kitaifa kinachowajibika, ikiwezekana kikiongozwa na serikali, huleta pamoja sekta zote kusimamia na kuratibu mwitikio.
mnr-cap-2 = Utafiti, uchambuzi na ufuatiliaji
mnr-cap-2-desc = Uchambuzi wa kitaifa wa hali, hatari na mwitikio, wenye viashiria vinavyopimika vya kufuatilia maendeleo.
mnr-cap-3 = Sheria
mnr-cap-3-desc = Mfumo kamili wa kisheria unawezesha kuwachunguza wahalifu na kuwalinda waathiriwa.
mnr-cap-4 = Kitengo maalum cha kutekeleza sheria
mnr-cap-4-desc = Maafisa waliopata mafunzo, wenye mamlaka ya kitaifa, hufanya uchunguzi wa kuanzisha wenyewe na ule unaotokana na taarifa zilizopokelewa, unaomzingatia mwathiriwa, na hushirikiana kimataifa.
mnr-cap-5 = Mahakama na waendesha mashtaka
mnr-cap-5-desc = Majaji na waendesha mashtaka wamepata mafunzo na humweka mwathiriwa katikati ya kila kesi.
mnr-cap-6 = Mchakato wa kuwasimamia wahalifu
mnr-cap-6-desc = Wahalifu husimamiwa ili wasirudie makosa, ndani ya nchi na kimataifa.
mnr-cap-7 = Upatikanaji wa hifadhidata za picha
mnr-cap-7-desc = Kuna hifadhidata ya kitaifa ya maudhui ya unyanyasaji wa kingono dhidi ya watoto, iliyounganishwa na hifadhidata ya ICSE ya INTERPOL.
mnr-cap-8 = Msaada kamili kwa mwathiriwa
mnr-cap-8-desc = Waathiriwa hupata msaada jumuishi katika kipindi chote cha uchunguzi na mashtaka, na katika huduma za baadaye.
mnr-cap-9 = Wafanyakazi wa ulinzi wa mtoto
mnr-cap-9-desc = Wafanyakazi wa ulinzi wa mtoto waliopata mafunzo na wanaoratibiwa wanapatikana kuwasaidia waathiriwa.
mnr-cap-10 = Fidia, suluhu na malalamiko
mnr-cap-10-desc = Waathiriwa na familia zao wana taratibu zinazofikika za kudai fidia na suluhu, na za kuwasilisha malalamiko.
mnr-cap-11 = Simu ya msaada kwa watoto
mnr-cap-11-desc = Watoto wanaweza kuripoti unyanyasaji na kupata msaada kutoka kwa simu ya msaada inayowaelekeza kwenye huduma endelevu.
mnr-cap-12 = Huduma ya kuripoti (hotline)
mnr-cap-12-desc = Umma unaweza kuripoti maudhui ya unyanyasaji wa kingono dhidi ya watoto yaliyo mtandaoni kwa huduma ya kuripoti iliyounganishwa na vyombo vya sheria na watoa huduma za intaneti.
mnr-cap-13 = Mpango wa elimu
mnr-cap-13-desc = Watoto na vijana, wazazi na walezi, walimu, wataalamu na viongozi wa dini hujifunza kuhusu hatari na jinsi ya kuwalinda watoto.
mnr-cap-14 = Ushiriki wa watoto
mnr-cap-14-desc = Watoto wanahimizwa na kuwezeshwa kutoa mawazo yao na kushawishi sera na utendaji unaowahusu.
mnr-cap-15 = Mifumo ya msaada kwa wanaoweza kutenda makosa
mnr-cap-15-desc = Watu walio katika hatari ya kutenda makosa wanaweza kupata msaada wa kitabibu, wa kisaikolojia na wa kujisaidia, na wanajua kwamba msaada huo upo.
mnr-cap-16 = Taratibu za kuondoa maudhui
mnr-cap-16-desc = Maudhui ya unyanyasaji wa kingono dhidi ya watoto yanayohifadhiwa au kufikiwa nchini huondolewa au kuzuiwa haraka.
mnr-cap-17 = Kuripoti kwa kampuni
mnr-cap-17-desc = Sheria inazilinda kampuni ili ziweze kuripoti unyonyaji na unyanyasaji wa kingono dhidi ya watoto kwa vyombo vya sheria.
mnr-cap-18 = Kubuni suluhisho bunifu
mnr-cap-18-desc = Sekta ya biashara na teknolojia hushiriki katika kubuni suluhisho kwa matatizo ya ndani ya unyonyaji na unyanyasaji wa kingono dhidi ya watoto.
mnr-cap-19 = Uwajibikaji wa kampuni kwa jamii
mnr-cap-19-desc = Kampuni huendesha mipango madhubuti zinazotanguliza usalama na ustawi wa watoto.
mnr-cap-20 = Uandishi wa habari wenye maadili na ufahamu
mnr-cap-20-desc = Vyombo vya habari huripoti kwa maadili na kwa usahihi, vikiongeza uelewa na ufahamu wa tatizo.
mnr-cap-21 = Istilahi za pamoja
mnr-cap-21-desc = Miongozo ya istilahi za pamoja, kama vile Miongozo ya Luxembourg, inatumiwa kwa uthabiti katika sekta zote.

## Maturity phases, in order
mnr-phase-building = Ujenzi wa msingi
mnr-phase-building-desc = Hatua za kwanza: bado kuna machache yaliyopo, au yapo kwenye karatasi tu.
mnr-phase-enhancement = Uimarishaji
mnr-phase-enhancement-desc = Misingi ipo na inaimarishwa, lakini wigo na ubora bado havilingani kila mahali.
mnr-phase-integration = Ujumuishaji
mnr-phase-integration-desc = Inafanya kazi kwa vitendo na imeunganishwa na huduma na sekta nyingine kote nchini.
mnr-phase-maturity = Ukomavu
mnr-phase-maturity-desc = Endelevu, yenye rasilimali za kutosha, hukaguliwa na kuboreshwa mara kwa mara; wengine wanaweza kujifunza kutoka kwake.
