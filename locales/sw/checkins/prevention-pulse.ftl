## Check-in: Prevention pulse (prevention-pulse), for education, NGOs, technology, government and others.
## Structure: content/checkins/prevention-pulse.yaml. Education, child participation, help for people at risk of offending, industry and media.

ci-prevention-pulse-title = Tathmini ya kinga
ci-prevention-pulse-about = Maswali saba kuhusu elimu, ushiriki wa watoto, msaada kwa watu walio katika hatari ya kutenda makosa, na nafasi ya sekta ya biashara na vyombo vya habari. Inachukua takriban dakika 3, na majibu huonyeshwa kwa jumla tu.
ci-prevention-pulse-education-reach = Ni kundi gani ambalo elimu kuhusu unyonyaji na unyanyasaji wa kingono dhidi ya watoto mtandaoni inalifikia kwa kiwango cha chini zaidi nchini kwako?
ci-prevention-pulse-education-reach-children = Watoto na vijana
ci-prevention-pulse-education-reach-parents = Wazazi na walezi
ci-prevention-pulse-education-reach-teachers = Walimu na wafanyakazi wa shule
ci-prevention-pulse-education-reach-practitioners = Wataalamu wa afya, ustawi wa jamii na wengineo
ci-prevention-pulse-education-reach-faith = Viongozi wa dini na wa jamii
ci-prevention-pulse-education-reach-other = Kundi jingine
ci-prevention-pulse-participation = Watoto na vijana nchini mwangu wana fursa za kweli za kutoa maoni yao na kushawishi sera na utendaji kuhusu unyonyaji na unyanyasaji wa kingono.
ci-prevention-pulse-offender-support = Nchi yako imefikia hatua gani katika kutoa msaada wa kitabibu, wa kisaikolojia na wa kujisaidia kwa watu walio katika hatari ya kutenda makosa ya kingono dhidi ya watoto?
ci-prevention-pulse-takedown = Nchi yako imefikia hatua gani katika kuwa na taratibu za kuondoa au kuzuia haraka maudhui ya unyanyasaji wa kingono dhidi ya watoto yanayohifadhiwa au kufikiwa nchini?
ci-prevention-pulse-industry-reporting = Je, sheria ya nchi yako inazipa kampuni za teknolojia kinga ya wazi ya kisheria zinaporipoti unyonyaji na unyanyasaji wa kingono dhidi ya watoto kwa vyombo vya kutekeleza sheria?
ci-prevention-pulse-company-programmes = Kampuni nchini mwangu huendesha mipango inayotanguliza usalama na ustawi wa watoto katika bidhaa na huduma zao.
ci-prevention-pulse-media = Vyombo vya habari nchini mwangu huripoti kuhusu unyonyaji na unyanyasaji wa kingono dhidi ya watoto kwa usahihi na kwa maadili, bila kuwatambulisha wala kuwalaumu waathiriwa.
