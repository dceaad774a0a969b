## Msaada (/help, kitufe cha msaada, maneno ya kuomba msaada, mtoto anaposimulia jambo la kutisha).
## Kila huduma ni ya aina gani; jina la huduma linaonyeshwa kama lilivyo, halitafsiriwi.
## Kitambulisho kinachoishia -caregiver au -professional kinaonyeshwa kwa kundi hilo, -adult kwa yote mawili;
## kitambulisho cha kawaida kwa vijana na kwa mtu ambaye boti bado haimjui.

help-kind-child_helpline = Simu ya msaada kwa watoto: zungumza na mtu, bila malipo na kwa siri
help-kind-child_helpline-adult = Simu ya msaada kwa watoto: kwa watoto, na kwa watu wazima wenye wasiwasi kuhusu mtoto
help-kind-abuse_report_line = Ripoti unyanyasaji dhidi ya mtoto
help-kind-online_help = Msaada kama kuna jambo lililokutokea mtandaoni, kwa mfano kuondoa picha
help-kind-online_help-adult = Msaada mtoto anapodhuriwa mtandaoni, pamoja na kuondoa picha
help-kind-hotline = Ripoti picha au video za ngono za watoto zilizo mtandaoni
help-kind-emergency = Dharura
help-kind-takedown_minor = Picha yako ya uchi au ya ngono ilipigwa kabla hujafikisha miaka 18? Iondolewe, bila kutaja jina lako
help-kind-takedown_minor-caregiver = Picha ya uchi au ya ngono ya mtoto wako ilipigwa kabla hajafikisha miaka 18? Inaweza kuondolewa bila kutaja jina, na unaweza kumsaidia
help-kind-takedown_minor-professional = Picha ya uchi au ya ngono ya mtoto au kijana ilipigwa kabla hajafikisha miaka 18? Inaweza kuondolewa bila kutaja jina
help-kind-takedown_adult = Kwa watu wazima (18+): zuia picha zako za faragha zisisambazwe
help-kind-takedown_adult-adult = Picha yako ya faragha, iliyopigwa ukiwa na miaka 18 au zaidi, imesambazwa au mtu anatishia kuisambaza? Zuia isienee
help-kind-helpline_directory = Tafuta simu ya msaada kwa watoto katika nchi yako
help-kind-hotline_directory = Tafuta huduma ya kuripoti katika nchi yako

help-hours-24-7 = saa 24 kila siku
help-chat = Gumzo: { $url }
help-no-helpline = Bado hatujaweza kuthibitisha simu ya msaada kwa watoto nchini { $country }. Child Helpline International ina orodha ya simu za msaada duniani kote (tazama hapa chini).

help-footer-emergency-adult = Mimi ni boti: siwezi kuchunguza wala kuwasiliana na mtu yeyote kwa niaba yako. <b>Ikiwa mtoto yuko hatarini sasa hivi, piga { $number }.</b>
help-footer-local-adult = Mimi ni boti: siwezi kuchunguza wala kuwasiliana na mtu yeyote kwa niaba yako. <b>Ikiwa mtoto yuko hatarini sasa hivi, piga namba ya dharura ya nchini kwako.</b>
