## Ayuda (/help, el botón de ayuda, las palabras de ayuda, las revelaciones).
## Qué es cada servicio; el nombre del servicio se muestra tal cual, nunca traducido.
## Un id que termina en -caregiver o -professional se muestra a ese público, en -adult a ambos (de usted);
## el id simple a la gente joven y a quien el bot aún no conoce (de tú).

help-kind-child_helpline = Línea de ayuda para niñas, niños y adolescentes: habla con alguien, gratis y confidencial
help-kind-child_helpline-adult = Línea de ayuda para niñas, niños y adolescentes, y para personas adultas preocupadas por un menor
help-kind-abuse_report_line = Denunciar abuso o maltrato infantil
help-kind-online_help = Ayuda si te pasó algo en internet, por ejemplo para que borren una imagen
help-kind-online_help-adult = Ayuda cuando una niña, un niño o un adolescente sufre daño en internet, también para que borren imágenes
help-kind-hotline = Denunciar imágenes o videos sexuales de menores en internet
help-kind-emergency = Emergencias
help-kind-takedown_minor = ¿Una foto íntima o sexual tuya de antes de los 18 años? Pide que la borren, de forma anónima
help-kind-takedown_minor-caregiver = ¿Una imagen íntima o sexual de su hija o su hijo, de antes de los 18 años? Puede pedir que la borren de forma anónima, y usted puede ayudarle
help-kind-takedown_minor-professional = ¿Una imagen íntima o sexual de una niña, un niño o un adolescente, de antes de los 18 años? Puede pedir que la borren de forma anónima
help-kind-takedown_adult = Para personas adultas (18+): evita que se compartan imágenes íntimas tuyas
help-kind-takedown_adult-adult = ¿Una imagen íntima suya, tomada en la edad adulta, se ha difundido o alguien amenaza con difundirla? Evite que circule
help-kind-helpline_directory = Encuentra la línea de ayuda infantil de tu país
help-kind-helpline_directory-adult = Encuentre la línea de ayuda infantil de su país
help-kind-hotline_directory = Encuentra una línea de denuncia en tu país
help-kind-hotline_directory-adult = Encuentre una línea de denuncia en su país

help-hours-24-7 = 24 horas, todos los días
help-chat = Chat: { $url }
help-no-helpline = Todavía no hemos podido confirmar una línea de ayuda infantil en { $country }. Child Helpline International reúne líneas de todo el mundo (más abajo).
help-no-helpline-adult = Todavía no hemos podido confirmar una línea de ayuda infantil en { $country }. Child Helpline International reúne líneas de todo el mundo (más abajo).

help-intro-country-adult = Dónde conseguir ayuda en { $country } y en cualquier lugar:
help-intro-global-adult = Dónde conseguir ayuda, esté donde esté:
help-no-country-adult = Indíqueme su país en /settings para ver las líneas de ayuda de su zona.
help-footer-emergency-adult = Soy un bot: no puedo investigar ni contactar a nadie por usted. <b>Si una niña o un niño está en peligro ahora mismo, llame al { $number }.</b>
help-footer-local-adult = Soy un bot: no puedo investigar ni contactar a nadie por usted. <b>Si una niña o un niño está en peligro ahora mismo, llame al número de emergencias de su país.</b>
