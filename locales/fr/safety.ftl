## Réponses d'aide et de confidence : la première ligne, les premiers pas selon ce qui a été reconnu, le choix du
## pays dans l'aide, la phrase douce sous « je n'ai pas compris » et la confirmation avant une suppression.
## Les premiers pas reprennent NCMEC, Thorn, le FBI et eSafety (shared/domain/safety.md).

first-helpline = 📞 <b>Parle à quelqu'un maintenant :</b> { $name }, { $reach } (gratuit et confidentiel)
first-directory = 📞 <b>Trouve une ligne d'écoute pour enfants près de chez toi :</b> { $name }, { $reach }
first-emergency = 🚨 <b>Si tu es en danger maintenant, appelle le { $number }.</b>
steps-title = <b>Ce que tu peux faire maintenant</b>
steps-sextortion =
    • Tu n'as rien fait de mal : c'est la personne qui te menace qui est en tort.
    • Ne paie pas et n'envoie plus rien : payer arrête rarement le chantage.
    • Garde les preuves : des captures de la conversation et du pseudo. Ne supprime pas encore ton compte.
    • Bloque et signale le compte dans l'appli.
    • Take It Down peut empêcher tes photos de circuler, sans que personne ne les voie.
    • Parles-en tout de suite à un adulte de confiance ou à une ligne d'écoute : ça va vite, n'attends pas.
steps-image_shared =
    • Partager tes photos sans ton accord, c'est une violence.
    • Si quelqu'un te demande de l'argent ou d'autres photos : ne paie pas et n'envoie rien.
    • Garde les preuves : captures, liens et pseudos.
    • Signale la publication et le compte dans l'appli, et à la plateforme de signalement ci-dessous.
    • Take It Down peut aider à faire retirer tes photos, de façon anonyme.
    • Parles-en à un adulte de confiance ou à une ligne d'écoute.
steps-ai_image =
    • Une fausse image reste une violence, même faite avec une IA.
    • Si quelqu'un te demande de l'argent ou d'autres photos : ne paie pas et n'envoie rien.
    • Garde les preuves : captures, liens et pseudos.
    • Signale-la dans l'appli et à la plateforme de signalement ci-dessous.
    • Take It Down peut aider à la faire retirer, de façon anonyme.
    • Parles-en à un adulte de confiance ou à une ligne d'écoute.
steps-grooming =
    • Un adulte qui te demande des secrets ou des photos est en tort, pas toi.
    • Si ça se passe en ligne : arrête de répondre et garde les messages, puis bloque et signale le compte.
    • Ne le rencontre pas, et évite de te retrouver en tête-à-tête avec lui.
    • Parles-en aujourd'hui à un adulte de confiance (pas à cette personne) : quelqu'un à l'école ou dans ta famille. Ou appelle la ligne d'écoute pour enfants.
steps-abuse =
    • Si tu es en danger maintenant, appelle le numéro d'urgence.
    • Parles-en à un adulte de confiance qui n'est pas la personne qui te fait du mal ou te menace : quelqu'un à l'école ou dans ta famille. Ou appelle la ligne d'écoute pour enfants : c'est gratuit et confidentiel.
    • Si la première personne à qui tu en parles ne t'aide pas, parles-en à quelqu'un d'autre, jusqu'à ce que quelqu'un t'aide.
steps-threat =
    • Si tu es en danger maintenant, appelle le numéro d'urgence.
    • Parles-en aujourd'hui à un adulte de confiance qui n'est pas la personne qui te menace : quelqu'un à l'école ou dans ta famille. Ou appelle la ligne d'écoute pour enfants : c'est gratuit et confidentiel.
    • En attendant, reste près de gens en qui tu as confiance, et ne va pas sans compagnie là où on pourrait te trouver.
    • Si les menaces arrivent par message ou en ligne : ne réponds pas, garde-les comme preuves, puis bloque et signale le compte.
steps-general =
    • Tu as bien fait d'en parler.
    • Parles-en à un adulte de confiance, ou à la ligne d'écoute pour enfants : c'est gratuit et confidentiel.
    • Si tu es en danger maintenant, appelle le numéro d'urgence.
more-help =
    <b>D'autres façons de trouver de l'aide</b>

    • <b>En parler :</b> choisis un adulte de confiance (un parent, un proche, un prof, un coach). Tu peux commencer par « Il s'est passé un truc en ligne et j'ai besoin d'aide. » Tu peux lui montrer ce chat.
    • <b>Les lignes d'écoute</b> sont gratuites et confidentielles. On t'écoute sans te juger, et on ne prévient personne sans te demander, sauf si quelqu'un est en danger.
    • <b>Signaler dans une appli :</b> appuie longtemps sur le message ou ouvre le profil, puis choisis « Signaler ». Fais des captures avant.
    • Quoi qu'il se soit passé, ce n'est pas ta faute.
btn-more-help = 💬 Plus d'aide
btn-back-to-where = ↩️ Revenir où j'étais
btn-help-country = 🌍 Choisir mon pays
btn-help-country-other = 🔤 Un autre pays (A-Z)
help-pick-country = 🌍 Tu es dans quel pays ? Je te montre l'aide qui marche là-bas. Rien n'est enregistré.
unknown-text-gentle = 💛 Si quelque chose en ligne t'inquiète, appuie sur 🆘 et je te montre qui peut t'aider.
settings-age-confirm =
    ⚠️ En { $country }, Telegram est réservé aux personnes de 16 ans et plus. Si tu fais ce changement, je devrai <b>supprimer tout ce que je garde sur toi</b> :
    • ta langue, ta tranche d'âge et ton pays
    • ta progression dans les leçons et tes réponses aux quiz
    • tes avis sur les leçons, tes réponses aux sondages et ton lien de partage

    Les comptages anonymes restent, sans rien qui les relie à toi. Impossible de revenir en arrière. L'aide marchera toujours, à tout moment.
btn-settings-delete = Changer et supprimer mes données
btn-settings-keep = ⬅️ Non, garder mes réglages
age-gate-16-deleted =
    C'est fait : j'ai supprimé tout ce que je gardais sur toi. En { $country }, Telegram est réservé aux personnes de 16 ans et plus, donc je ne peux pas continuer avec toi.

    Si quelque chose en ligne t'inquiète, parles-en à un adulte de confiance, ou utilise l'une de ces ressources :
steps-caregiver = S'il s'agit de votre enfant : restez calme, remerciez-le de vous en avoir parlé et dites-lui clairement que ce n'est pas sa faute. Voici les étapes à suivre avec lui :
