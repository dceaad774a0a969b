## Check-in: Justice pulse (justice-pulse), for police, justice and government.
## Structure: content/checkins/justice-pulse.yaml. Legislation, investigations, courts, offender management, image databases, terminology.

ci-justice-pulse-title = Tathmini ya haki jinai
ci-justice-pulse-about = Maswali sita kuhusu sheria, uchunguzi, mahakama na usimamizi wa wahalifu. Inachukua takriban dakika 3, na majibu huonyeshwa kwa jumla tu.
ci-justice-pulse-legislation = Sheria za nchi yako zimefikia hatua gani katika kutoa mfumo kamili wa kuwachunguza wahalifu na kuwalinda waathiriwa wa unyonyaji na unyanyasaji wa kingono dhidi ya watoto, mtandaoni na nje ya mtandao?
ci-justice-pulse-barrier = Ni kikwazo gani kikuu katika kuchunguza unyonyaji na unyanyasaji wa kingono dhidi ya watoto mtandaoni nchini kwako?
ci-justice-pulse-barrier-funding = Fedha na watumishi
ci-justice-pulse-barrier-training = Mafunzo maalum
ci-justice-pulse-barrier-tools = Vifaa vya kiufundi na uchunguzi wa kidijitali
ci-justice-pulse-barrier-cooperation = Ushirikiano wa kimataifa
ci-justice-pulse-barrier-laws = Mapengo katika sheria
ci-justice-pulse-barrier-other = Jambo jingine
ci-justice-pulse-judiciary = Majaji na waendesha mashtaka nchini mwangu wamepata mafunzo ya kushughulikia kesi za unyonyaji na unyanyasaji wa kingono dhidi ya watoto na huweka mahitaji ya mtoto mwathiriwa katikati.
ci-justice-pulse-offender-mgmt = Nchi yako imefikia hatua gani katika kuwasimamia watu waliotiwa hatiani kwa makosa ya kingono dhidi ya watoto, ili kuzuia wasirudie makosa ndani ya nchi na kuvuka mipaka?
ci-justice-pulse-image-database = Je, nchi yako ina hifadhidata ya kitaifa ya maudhui ya unyanyasaji wa kingono dhidi ya watoto iliyounganishwa na hifadhidata ya kimataifa ya INTERPOL ya unyonyaji wa kingono dhidi ya watoto (ICSE)?
ci-justice-pulse-terminology = Polisi, waendesha mashtaka na mahakama nchini mwangu hutumia kwa uthabiti istilahi za pamoja, kama vile “maudhui ya unyanyasaji wa kingono dhidi ya watoto”, kwa mujibu wa Miongozo ya Luxembourg.
