## Respuestas de ayuda y de revelación: la primera línea, los primeros pasos según lo reconocido, la elección del
## país dentro de la ayuda, la frase amable bajo «no te entendí» y la confirmación antes de borrar datos.
## Los primeros pasos parafrasean a NCMEC, Thorn, el FBI y eSafety (shared/domain/safety.md).

first-helpline = 📞 <b>Habla con alguien ahora:</b> { $name }, { $reach } (gratis y confidencial)
first-directory = 📞 <b>Encuentra una línea de ayuda infantil donde vives:</b> { $name }, { $reach }
first-emergency = 🚨 <b>Si estás en peligro ahora mismo, llama al { $number }.</b>
steps-title = <b>Lo que puedes hacer ahora</b>
steps-sextortion =
    • No estás en problemas: quien te amenaza es quien está haciendo algo mal.
    • No pagues ni envíes nada más: pagar casi nunca hace que pare.
    • Guarda las pruebas: capturas del chat y del nombre de usuario. No borres tu cuenta todavía.
    • Bloquea y denuncia la cuenta en la app.
    • Take It Down puede evitar que tus fotos se difundan, sin que nadie las vea.
    • Cuéntaselo ya a un adulto de confianza o llama a una línea de ayuda: esto va rápido, no esperes.
steps-image_shared =
    • Compartir tus fotos sin tu permiso es abuso.
    • Si alguien te pide dinero o más fotos: no pagues ni envíes nada.
    • Guarda las pruebas: capturas, enlaces y nombres de usuario.
    • Denuncia la publicación y la cuenta en la app, y en la línea de denuncia de abajo.
    • Take It Down puede ayudarte a que las quiten, de forma anónima.
    • Cuéntaselo a un adulto de confianza o a una línea de ayuda.
steps-ai_image =
    • Una imagen falsa también es abuso, aunque esté hecha con IA.
    • Si alguien te pide dinero o más fotos: no pagues ni envíes nada.
    • Guarda las pruebas: capturas, enlaces y nombres de usuario.
    • Denúnciala en la app y en la línea de denuncia de abajo.
    • Take It Down puede ayudarte a que la quiten, de forma anónima.
    • Cuéntaselo a un adulto de confianza o a una línea de ayuda.
steps-grooming =
    • Un adulto que te pide secretos o fotos está haciendo algo mal, no tú.
    • Si pasa por internet: deja de responder y guarda los mensajes, luego bloquea y denuncia la cuenta.
    • No te veas con esa persona y evita quedarte a solas con ella.
    • Cuéntaselo hoy a un adulto de confianza (no a esa persona): alguien de tu escuela o de tu familia. O llama a la línea de ayuda infantil.
steps-abuse =
    • Si estás en peligro ahora, llama al número de emergencias.
    • Cuéntaselo a una persona adulta de confianza que no sea quien te hace daño o te amenaza: alguien de tu escuela o de tu familia. O llama a la línea de ayuda infantil: es gratis y confidencial.
    • Si la primera persona a la que se lo cuentas no te ayuda, cuéntaselo a otra, hasta que alguien te ayude.
steps-threat =
    • Si estás en peligro ahora, llama al número de emergencias.
    • Cuéntaselo hoy a una persona adulta de confianza que no sea quien te amenaza: alguien de tu escuela o de tu familia. O llama a la línea de ayuda infantil: es gratis y confidencial.
    • Mientras tanto, quédate cerca de personas de confianza y no vayas sin compañía a lugares donde te puedan encontrar.
    • Si las amenazas llegan por mensaje o por internet: no respondas, guárdalas como prueba y luego bloquea y denuncia la cuenta.
steps-general =
    • Hiciste bien en contarlo.
    • Cuéntaselo a un adulto de confianza, o habla con la línea de ayuda infantil: es gratis y confidencial.
    • Si estás en peligro ahora mismo, llama al número de emergencias.
more-help =
    <b>Más formas de conseguir ayuda</b>

    • <b>Contarlo:</b> elige a un adulto de confianza (tu mamá o tu papá, un familiar, un profe, un entrenador). Puedes empezar con «Me pasó algo en internet y necesito ayuda». Puedes enseñarle este chat.
    • <b>Las líneas de ayuda</b> son gratis y confidenciales. Te escuchan sin juzgarte y no avisan a nadie sin preguntarte, salvo que alguien esté en peligro.
    • <b>Denunciar en una app:</b> mantén pulsado el mensaje o abre el perfil y elige «Denunciar». Haz capturas antes.
    • Pase lo que pase, no es tu culpa.
btn-more-help = 💬 Más ayuda
btn-back-to-where = ↩️ Volver a donde estaba
btn-help-country = 🌍 Elegir mi país
btn-help-country-other = 🔤 Otro país (A-Z)
help-pick-country = 🌍 ¿En qué país estás? Te muestro la ayuda que funciona ahí. No se guarda nada.
unknown-text-gentle = 💛 Si algo en internet te preocupa, toca 🆘 y te muestro quién puede ayudarte.
settings-age-confirm =
    ⚠️ En { $country }, Telegram es para personas de 16 años o más. Si haces este cambio, tendré que <b>borrar todo lo que guardo sobre ti</b>:
    • tu idioma, tu grupo de edad y tu país
    • tu avance en las lecciones y tus respuestas a los quiz
    • tus valoraciones de las lecciones, tus respuestas a encuestas y tu enlace para compartir

    Los conteos anónimos se quedan, sin nada que los relacione contigo. No se puede deshacer. La ayuda seguirá funcionando en cualquier momento.
btn-settings-delete = Cambiar y borrar mis datos
btn-settings-keep = ⬅️ No, dejar mis ajustes
age-gate-16-deleted =
    Listo: borré todo lo que guardaba sobre ti. En { $country }, Telegram es para personas de 16 años o más, así que no puedo seguir contigo.

    Si algo en internet te preocupa, habla con un adulto de confianza, o usa uno de estos recursos:
steps-caregiver = Si se trata de su hijo o hija: mantenga la calma, agradézcale que se lo haya contado y déjele claro que no es su culpa. Estos son los pasos que pueden dar juntos:
