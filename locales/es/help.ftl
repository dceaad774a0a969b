## Ayuda (/help, el botón de ayuda, las palabras de ayuda, las revelaciones).
## Qué es cada servicio; el nombre del servicio se muestra tal cual, nunca traducido.
## Un id que termina en -caregiver o -professional se muestra a ese público, en -adult a ambos; el id simple a la
## gente joven y a quien el bot aún no conoce.

help-kind-child_helpline = Línea de ayuda para niñas, niños y adolescentes: hablar con alguien, gratis y en confianza
help-kind-child_helpline-adult = Línea de ayuda para niñas, niños y adolescentes, y para personas adultas preocupadas por un menor
help-kind-abuse_report_line = Denunciar abuso o maltrato infantil
help-kind-online_help = Ayuda si pasó algo en internet, por ejemplo para que borren una imagen
help-kind-online_help-adult = Ayuda cuando una niña, un niño o un adolescente sufre daño en internet, también para que borren imágenes
help-kind-hotline = Denunciar imágenes o videos sexuales de menores en internet
help-kind-emergency = Emergencias
help-kind-takedown_minor = ¿Una foto íntima o sexual de antes de los 18 años? Pedir que la borren, de forma anónima
help-kind-takedown_minor-caregiver = ¿Una imagen íntima o sexual de su hija o su hijo, de antes de los 18 años? Puede pedir que la borren de forma anónima, y usted puede ayudarle
help-kind-takedown_minor-professional = ¿Una imagen íntima o sexual de una niña, un niño o un adolescente, de antes de los 18 años? Se puede pedir que la borren, de forma anónima
help-kind-takedown_adult = Para personas adultas (18+): evitar que se compartan imágenes íntimas propias
help-kind-takedown_adult-adult = ¿Una imagen íntima suya, tomada en la edad adulta, se ha difundido o alguien amenaza con difundirla? Evitar que circule
help-kind-helpline_directory = Encontrar la línea de ayuda para niñas, niños y adolescentes del país
help-kind-hotline_directory = Encontrar un servicio de denuncia en el país

help-hours-24-7 = 24 horas, todos los días
help-chat = Por chat: { $url }
help-no-helpline = Todavía no se ha podido confirmar una línea de ayuda infantil en { $country }. Child Helpline International reúne líneas de todo el mundo (más abajo).

help-footer-emergency-adult = Soy un bot: no puedo investigar ni avisar a nadie por mi cuenta. <b>Si una niña o un niño está en peligro ahora mismo, llamar al { $number }.</b>
help-footer-local-adult = Soy un bot: no puedo investigar ni avisar a nadie por mi cuenta. <b>Si una niña o un niño está en peligro ahora mismo, llamar al número de emergencias local.</b>
