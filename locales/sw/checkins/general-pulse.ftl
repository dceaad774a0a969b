## Check-in: General pulse (general-pulse), for all sectors.
## Structure: content/checkins/general-pulse.yaml. One question per area of the Model National Response.

ci-general-pulse-title = Tathmini ya jumla
ci-general-pulse-about = Maswali manane mafupi yanayohusu maeneo sita ya Mfumo Elekezi wa Mwitikio wa Kitaifa (MNR). Inachukua takriban dakika 3, na majibu huonyeshwa kwa jumla tu.
ci-general-pulse-leadership = Nchi yako imefikia hatua gani katika uongozi wa kitaifa kuhusu unyonyaji na unyanyasaji wa kingono dhidi ya watoto mtandaoni, ikiwa na chombo kinachowajibika kinacholeta pamoja sekta zote?
ci-general-pulse-research = Nchi yako imefikia hatua gani katika kutafiti na kufuatilia unyonyaji na unyanyasaji wa kingono dhidi ya watoto mtandaoni, ikiwa na uchambuzi wa kitaifa wa hali na viashiria vya kufuatilia maendeleo?
ci-general-pulse-law-enforcement = Nchi yako imefikia hatua gani katika kuwa na uwezo maalum wa vyombo vya kutekeleza sheria kukabiliana na unyonyaji na unyanyasaji wa kingono dhidi ya watoto mtandaoni?
ci-general-pulse-victim-support = Nchi yako imefikia hatua gani katika kuwapa watoto waathiriwa msaada kamili, kuanzia uchunguzi na mashtaka hadi huduma za baadaye?
ci-general-pulse-hotline = Je, nchini kwako kuna huduma ya kuripoti ambapo mtu yeyote anaweza kuripoti maudhui ya unyanyasaji wa kingono dhidi ya watoto yaliyopatikana mtandaoni?
ci-general-pulse-education = Mpango wa elimu wa nchi yako kuhusu unyonyaji na unyanyasaji wa kingono dhidi ya watoto mtandaoni, kwa watoto na vijana, wazazi na walezi, walimu na wataalamu wengine, umefikia hatua gani?
ci-general-pulse-industry = Kampuni za teknolojia nchini mwangu hushirikiana kikamilifu na mamlaka na wadau wengine kukabiliana na unyonyaji na unyanyasaji wa kingono dhidi ya watoto mtandaoni.
ci-general-pulse-media = Nchi yako imefikia hatua gani katika uandishi wa habari wenye maadili na ufahamu kuhusu unyonyaji na unyanyasaji wa kingono dhidi ya watoto?
