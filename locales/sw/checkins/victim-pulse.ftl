## Check-in: Victim pulse (victim-pulse), for social services, health, NGOs and government.
## Structure: content/checkins/victim-pulse.yaml. Support for child victims, the workforce, compensation, helpline and hotline.

ci-victim-pulse-title = Tathmini ya msaada kwa waathiriwa
ci-victim-pulse-about = Maswali sita kuhusu msaada kwa watoto waathiriwa, simu za msaada na kuripoti. Inachukua takriban dakika 3, na majibu huonyeshwa kwa jumla tu.
ci-victim-pulse-end-to-end = Nchi yako imefikia hatua gani katika kuwapa watoto waathiriwa wa unyonyaji na unyanyasaji wa kingono msaada kamili na ulioratibiwa, kuanzia uchunguzi na mashtaka hadi huduma za baadaye?
ci-victim-pulse-workforce = Nchini mwangu, wataalamu wa ulinzi wa mtoto waliopata mafunzo wanapatikana kuwasaidia watoto waathiriwa wa unyonyaji na unyanyasaji wa kingono pale wanapohitajika.
ci-victim-pulse-gap = Ni pengo gani kubwa zaidi katika msaada kwa watoto waathiriwa wa unyonyaji na unyanyasaji wa kingono nchini kwako?
ci-victim-pulse-gap-staff = Wafanyakazi wenye mafunzo ni wachache mno
ci-victim-pulse-gap-coordination = Uratibu dhaifu kati ya huduma
ci-victim-pulse-gap-reach = Huduma ni vigumu kufikiwa nje ya miji
ci-victim-pulse-gap-aftercare = Huduma ndogo ya kisaikolojia ya muda mrefu
ci-victim-pulse-gap-funding = Fedha za muda mfupi au zisizotosha
ci-victim-pulse-gap-other = Jambo jingine
ci-victim-pulse-compensation = Nchi yako imefikia hatua gani katika kuwapa watoto waathiriwa na familia zao njia zinazofikika za kudai fidia na suluhu, na za kuwasilisha malalamiko?
ci-victim-pulse-helpline = Je, nchi yako ina simu ya msaada kwa watoto isiyo na malipo, ambapo watoto wanaweza kuripoti unyanyasaji, kupata msaada na kuelekezwa kwenye huduma endelevu?
ci-victim-pulse-hotline = Huduma ya nchi yako ya kuripoti maudhui ya unyanyasaji wa kingono dhidi ya watoto yaliyo mtandaoni imefikia hatua gani, ikiwa ni pamoja na uhusiano wake na vyombo vya kutekeleza sheria na watoa huduma za intaneti?
