## Ilani ya faragha: taarifa zinahifadhiwa kwa muda gani (tazama locales/en/retention.ftl).
privacy-keep-title = <b>Ninahifadhi kwa muda gani:</b>
privacy-keep-profile = usiponitumia kwa siku { $days }, ninafuta kila kitu ninachohifadhi kukuhusu, kama /forget inavyofanya.
privacy-keep-profile-always = hadi utakapovifuta kwa /forget.
privacy-keep-deliveries = Orodha ya masomo uliyotumiwa katika kikundi ninaihifadhi kwa siku { $days }; baada ya hapo zinabaki jumla tu.
privacy-keep-checkins = Majibu ya tathmini fupi hutenganishwa nawe kabisa siku { $days } baada ya awamu yake kufungwa.
