## Série : Animer une séance avec le bot (trainer-guide), pour les formateurs et les enseignants.
## Structure : content/series/trainer-guide.yaml. S’appuie sur le Modèle de réponse nationale (MNR) de WeProtect (capacité 13),
## les conseils de l’eSafety Commissioner pour les éducateurs, les recommandations de la NSPCC sur la protection de l’enfance, l’UNICEF et la PSHE Association
## (reformulés ; sources dans le yaml).

s-trainer-guide-title = Animer une séance avec le bot
s-trainer-guide-about = Quatre courtes leçons pour les enseignants et les formateurs : quoi préparer, comment animer la séance, comment assurer le suivi, et que faire si un enfant vous révèle des violences.

## Leçon 1 : Avant la séance

s-trainer-guide-before-title = Avant la séance
s-trainer-guide-before-intro =
    Ce bot propose aux jeunes (de 13 à 17 ans) et aux parents de courtes leçons avec des quiz, et de l’aide adaptée à leur pays à tout moment. Votre séance s’inscrit dans un ensemble plus large : le Modèle de réponse nationale (MNR) de WeProtect demande à chaque pays un programme d’éducation qui informe les enfants, les parents et les professionnels de leur droit à la protection, et de l’endroit où trouver de l’aide et signaler (capacité 13 du MNR).

    Une bonne séance se prépare avec l’établissement, elle ne se contente pas d’être donnée.
s-trainer-guide-before-intro-alt = Un formateur à côté d’un porte-bloc avec des cases cochées, d’un calendrier et d’un téléphone affichant un lien, avec un bouclier.
s-trainer-guide-before-check-help =
    <b>Vérifiez d’abord l’aide.</b> Ouvrez vous-même le bot, choisissez le pays où vit votre groupe et appuyez sur <b>Obtenir de l'aide</b>. Vérifiez ce qui s’affiche : la ligne d’écoute pour enfants, le service de signalement et le numéro d’urgence.

    Ajoutez ensuite vos relais locaux : le conseiller scolaire, votre référent protection de l’enfance et le circuit national de signalement. Si le bot omet quelque chose ou n’est plus à jour, prévenez l’équipe du programme avant la séance.
s-trainer-guide-before-plan =
    <b>Convenez d’un plan avec votre référent protection de l’enfance</b>, la personne chargée de la protection de l’enfance dans l’établissement :
    • quelles séries et quelles leçons, et pourquoi
    • les autorisations nécessaires et l’information des parents
    • l’âge : les jeunes doivent avoir 13 ans ou plus (16 ans dans l’UE et au Royaume-Uni)
    • qui sera dans la salle, et un endroit calme pour qui a besoin d’une pause
    • ce qui se passe si un enfant révèle des violences, pendant ou après la séance
s-trainer-guide-before-q1 = Que faut-il faire avant de partager le lien d’inscription avec une classe ?
s-trainer-guide-before-q1-a = Le poster dans le groupe de discussion des élèves
s-trainer-guide-before-q1-a-why = Partager le lien, c’est la partie facile. Sans plan convenu avec l’établissement, personne ne sait quoi faire si un élève est bouleversé ou révèle des violences.
s-trainer-guide-before-q1-b = Convenir d’un plan avec le référent protection
s-trainer-guide-before-q1-b-why = Le référent protection de l’enfance connaît la procédure de l’établissement et les circuits de signalement. Avec un plan convenu à l’avance, chacun sait ce qui se passe si un enfant a besoin d’aide.
s-trainer-guide-before-q1-c = Rien : le bot s’occupe de la sécurité
s-trainer-guide-before-q1-c-why = Le bot affiche des ressources d’aide à tout moment, mais il ne peut ni enquêter ni prendre soin d’un enfant dans la salle. Cela reste votre rôle et celui de l’établissement.
s-trainer-guide-before-cohort =
    <b>Créez un groupe.</b> Envoyez /newcohort suivi d’un nom, par exemple /newcohort 3e B. Sur la fiche du groupe, réglez le public, la langue, le pays et le fuseau horaire. Partagez ensuite le lien d’inscription en classe ou par le canal habituel de l’établissement.

    Vous verrez combien de personnes ont rejoint le groupe, jamais qui elles sont ni ce qu’elles répondent. Chaque leçon prend environ cinq minutes ; gardez aussi du temps pour échanger.
s-trainer-guide-before-q2 = Que pouvez-vous voir des membres de votre groupe ?
s-trainer-guide-before-q2-a = Leurs noms et leurs réponses aux quiz
s-trainer-guide-before-q2-a-why = Le bot est conçu pour que les formateurs ne voient jamais qui a rejoint le groupe ni ce que chacun a répondu. Cela protège les élèves, et cela vaut la peine de le leur dire.
s-trainer-guide-before-q2-b = Combien ont rejoint le groupe, jamais qui
s-trainer-guide-before-q2-b-why = Les formateurs voient le nombre de membres et l’avancement des envois, jamais les noms ni les réponses. Vous pouvez le dire honnêtement aux élèves : cela les aide à participer librement.
s-trainer-guide-before-q2-c = Ce qu’ils écrivent au bot
s-trainer-guide-before-q2-c-why = Ce qu’un jeune écrit au bot n’est jamais enregistré ni montré à personne, vous compris. Seuls des chiffres parviennent au formateur.
s-trainer-guide-before-what-to-do =
    <b>Que faire : votre liste de contrôle</b>
    • Aide vérifiée dans le bot pour le pays de votre groupe
    • Plan convenu avec le référent protection de l’enfance
    • Autorisations et information des parents faites
    • Groupe créé et lien d’inscription prêt
    • Temps prévu, et un endroit calme disponible

    Le bouton <b>Obtenir de l'aide</b> du bot affiche les lignes d’écoute de chaque pays ; dans de nombreux pays, le 116 111 joint une ligne d’écoute pour enfants.

## Leçon 2 : Pendant la séance

s-trainer-guide-during-title = Pendant la séance
s-trainer-guide-during-introduce =
    <b>Présenter le bot.</b> Gardez un ton positif : être en ligne fait partie de leur vie, et il s’agit de garder le contrôle, pas d’avoir peur. Dites au groupe :
    • ce sont de courtes leçons et des quiz, à leur rythme
    • vous voyez combien ont rejoint le groupe, jamais qui ni ce qu’ils répondent
    • <b>Obtenir de l'aide</b> dans le bot marche à tout moment, et /stop arrête les messages
    • personne n’est obligé de partager quoi que ce soit de personnel
s-trainer-guide-during-introduce-alt = Un formateur montre un écran avec un bouclier et des bulles de discussion, pendant que quatre jeunes regardent.
s-trainer-guide-during-ground-rules =
    <b>Fixez des règles ensemble</b>, et revenez-y :
    • s’écouter avec respect
    • pas de noms de vraies personnes, et pas besoin d’histoires personnelles
    • chacun peut passer son tour
    • ce qui se dit ici ne devient pas des ragots

    Utilisez des situations inventées (« que pourrait faire quelqu’un de ton âge ? ») plutôt que de les interroger sur leur propre vie. Dites-leur où ils peuvent confier une inquiétude après le cours, en privé.
s-trainer-guide-during-q1 = Un élève commence à raconter à la classe ce qui est arrivé à un ami, avec des noms. Que faites-vous ?
s-trainer-guide-during-q1-a = Le laisser continuer : c’est un vrai exemple
s-trainer-guide-during-q1-a-why = Les exemples réels peuvent être marquants. Mais des noms devant la classe peuvent exposer un enfant et diffuser son histoire encore plus.
s-trainer-guide-during-q1-b = L’interrompre gentiment et proposer d’en parler après
s-trainer-guide-during-q1-b-why = Une pause en douceur protège la vie privée de chacun, et la règle commune la rend normale plutôt que vexante. Reparlez-en en privé : il peut s’agir d’une révélation.
s-trainer-guide-during-q1-c = Le reprendre devant la classe
s-trainer-guide-during-q1-c-why = La règle compte, mais un reproche en public peut humilier un élève qui cherchait peut-être de l’aide.
s-trainer-guide-during-questions =
    <b>Répondre aux questions</b>
    • Répondez simplement et honnêtement. « Je ne sais pas, je vais me renseigner » est une bonne réponse.
    • Proposez un moyen anonyme de poser des questions, comme une boîte à questions.
    • Corrigez les reproches quand vous les entendez : envoyer une photo ne justifie jamais qu’on soit victime de chantage ou que la photo soit diffusée.
    • Restez sur les faits et sur quoi faire. Pas d’histoires qui font peur.
s-trainer-guide-during-distress =
    <b>Repérez les signes de détresse.</b> Certains élèves ont peut-être vécu ce dont vous parlez. Les signes : devenir très silencieux, quitter la salle, pleurer, se mettre en colère ou plaisanter de façon inhabituelle.

    Laissez les élèves faire une pause sans avoir à se justifier, et assurez-vous qu’un adulte désigné peut aller les voir. Reprenez contact en privé après la séance, et transmettez toute inquiétude au référent protection de l’enfance.
s-trainer-guide-during-q2 = Un élève semble bouleversé et sort pendant la leçon sur la sextorsion. Qu’est-ce qui aide le plus ?
s-trainer-guide-during-q2-a = Continuer, pour qu’il ne se sente pas observé
s-trainer-guide-during-q2-a-why = Ne pas attirer l’attention sur lui part d’une bonne intention. Mais un élève qui sort bouleversé ne doit pas rester seul.
s-trainer-guide-during-q2-b = Un adulte désigné va le voir tout de suite
s-trainer-guide-during-q2-b-why = Aller le voir discrètement et tout de suite permet de s’assurer que l’élève est en sécurité et pas seul. Reprenez contact en privé plus tard, et prévenez le référent protection de l’enfance si quelque chose vous inquiète.
s-trainer-guide-during-q2-c = Lui demander devant la classe ce qui ne va pas
s-trainer-guide-during-q2-c-why = Poser la question devant tout le monde peut mettre l’élève mal à l’aise et le rendre moins enclin à parler. Une approche en privé marche mieux.
s-trainer-guide-during-what-to-do =
    <b>Que faire</b>
    • Présentez le bot de façon positive, et montrez le bouton <b>Obtenir de l'aide</b>.
    • Fixez des règles : personne ne partage d’histoire personnelle.
    • Répondez simplement, et corrigez les reproches.
    • Repérez les signes de détresse, et reprenez contact en privé.

    Terminez chaque séance en rappelant où trouver de l’aide : un adulte de confiance, le référent protection de l’enfance et une ligne d’écoute pour enfants (le 116 111 dans de nombreux pays).

## Leçon 3 : Après la séance

s-trainer-guide-after-title = Après la séance
s-trainer-guide-after-drip =
    <b>Faites durer l’apprentissage.</b> Sur la fiche de votre groupe, appuyez sur <b>Envoyer une série</b>. Choisissez <b>Leçon suivante, maintenant</b> pour envoyer à chaque membre sa prochaine leçon, ou un envoi régulier : une leçon par jour, ou par jour ouvré, à l’heure locale de votre choix.

    Rien n’est envoyé pendant les heures calmes de la nuit, les personnes qui rejoignent plus tard commencent à la première leçon, et celles qui ont envoyé /stop ne reçoivent rien.
s-trainer-guide-after-drip-alt = Un calendrier avec des jours cochés envoie des leçons vers trois téléphones, avec des pouces levés en dessous.
s-trainer-guide-after-follow-up =
    <b>Assurer le suivi</b>
    • Un court échange une semaine plus tard : de quoi se souviennent-ils, et que feraient-ils ?
    • Rappelez à tous où trouver de l’aide.
    • Faites le point avec le référent protection de l’enfance : quelque chose est-il ressorti ?
    • Touchez aussi les parents : un groupe de parents peut recevoir la série qui leur est destinée, pour que le dialogue continue à la maison.
s-trainer-guide-after-q1 = Quelle est la meilleure façon de faire durer l’apprentissage ?
s-trainer-guide-after-q1-a = Envoyer toutes les leçons d’un coup, tard le soir
s-trainer-guide-after-q1-a-why = Cela fait gagner du temps, mais une pile de leçons est facile à ignorer, et les leçons prévues pendant les heures calmes attendent de toute façon le matin.
s-trainer-guide-after-q1-b = Une leçon par jour, plus un échange de suivi
s-trainer-guide-after-q1-b-why = Une leçon par jour à une heure raisonnable, c’est facile à suivre, et un court échange de suivi en classe aide à retenir les messages clés.
s-trainer-guide-after-q1-c = Rien de plus : une séance suffit
s-trainer-guide-after-q1-c-why = Une séance, c’est un bon début, mais les messages restent mieux en tête quand ils reviennent et qu’on en reparle.
s-trainer-guide-after-feedback =
    <b>Recueillez les avis en toute sécurité.</b> Après chaque leçon, chacun peut la noter d’un seul appui (Utile, Je ne sais pas, Pas utile), et après une série, le bot pose une courte question. L’équipe du programme peut aussi lancer de petits sondages.

    Personne n’écrit rien, et les résultats n’apparaissent qu’en totaux, là où au moins 5 personnes ont répondu. Partagez ce que vous apprenez avec l’équipe du programme, et demandez aussi à votre groupe ce qui l’a aidé.
s-trainer-guide-after-q2 = Quels retours pouvez-vous utiliser sans mettre un élève en danger ?
s-trainer-guide-after-q2-a = Des captures des réponses de chaque élève
s-trainer-guide-after-q2-a-why = Cela peut sembler rigoureux, mais cela expose chaque élève, ce qu’il sait ou ce qu’il a vécu. Les totaux vous disent ce dont vous avez besoin.
s-trainer-guide-after-q2-b = Les notes en un appui du bot, en totaux
s-trainer-guide-after-q2-b-why = Les notes et les sondages sont anonymes pour vous et affichés seulement en totaux, donc les élèves peuvent répondre honnêtement sans être identifiés.
s-trainer-guide-after-q2-c = Demander à voix haute à chaque élève ses erreurs
s-trainer-guide-after-q2-c-why = Les questions en public peuvent mettre les élèves mal à l’aise et les rendre moins enclins à s’exprimer. Les moyens anonymes marchent mieux.
s-trainer-guide-after-what-to-do =
    <b>Que faire</b>
    • Envoyez la série au rythme d’une leçon par jour, à une heure raisonnable.
    • Prévoyez un court suivi, et proposez une séance pour les parents.
    • Regardez les totaux des notes et des sondages avec l’équipe du programme.
    • Faites le point avec le référent protection de l’enfance après chaque séance.

    Rappelez aux élèves le bouton <b>Obtenir de l'aide</b> du bot, les adultes de confiance et les lignes d’écoute pour enfants (le 116 111 dans de nombreux pays).

## Leçon 4 : Si un enfant révèle des violences

s-trainer-guide-disclosure-title = Si un enfant révèle des violences
s-trainer-guide-disclosure-listen =
    Un enfant peut vous confier quelque chose pendant ou après une séance : directement, par allusion, ou comme si c’était arrivé à « un ami ». Cela demande beaucoup de courage, et cela peut prendre plus d’une conversation.

    <b>Écoutez.</b> Restez calme, accordez-lui toute votre attention et laissez-le aller à son rythme. Ne l’interrompez pas, et ne posez pas de questions orientées. Reprenez ses propres mots pour montrer que vous comprenez. Dites-lui : « Tu as bien fait de me le dire. Ce n’est pas ta faute. »
s-trainer-guide-disclosure-listen-alt = Un enseignant assis à côté d’un jeune sur un canapé l’écoute, avec un cœur, une bulle de dialogue et un carnet tout près.
s-trainer-guide-disclosure-no-secret =
    <b>Ne promettez pas le secret.</b> Expliquez avec douceur que vous ne pouvez pas garder le secret, mais que vous n’en parlerez qu’aux personnes dont le métier est de le protéger, et dites ce qui va se passer ensuite.

    <b>N’enquêtez pas.</b> Ne le questionnez pas en détail, ne demandez pas à voir son téléphone ni aucune image, et ne copiez ni ne transférez jamais une image. Ne contactez pas la personne qu’il cite. C’est le travail des services de protection de l’enfance et de la police.
s-trainer-guide-disclosure-q1 = Après le cours, un élève demande : « Je peux vous dire un truc si vous promettez de ne le dire à personne ? » Que répondez-vous ?
s-trainer-guide-disclosure-q1-a = « Promis. Tu peux me faire confiance. »
s-trainer-guide-disclosure-q1-a-why = Vous voulez qu’il se sente en confiance pour parler. Mais s’il révèle qu’on lui fait du mal, vous devrez le signaler, et une promesse non tenue peut détruire sa confiance.
s-trainer-guide-disclosure-q1-b = « Je ne peux pas promettre, seuls ceux qui aident sauront. »
s-trainer-guide-disclosure-q1-b-why = L’honnêteté dès le départ protège sa confiance : il sait ce qui va se passer avant de décider de parler, et vous pouvez tenir parole.
s-trainer-guide-disclosure-q1-c = « Tu devrais plutôt en parler à tes parents. »
s-trainer-guide-disclosure-q1-c-why = Les parents peuvent être d’un grand soutien, mais c’est vous que l’enfant a choisi, et le problème peut venir de quelqu’un à la maison. Écoutez d’abord, puis suivez votre procédure.
s-trainer-guide-disclosure-act =
    <b>Agissez le jour même</b>
    • Prévenez tout de suite votre référent protection de l’enfance. Ne laissez pas l’enfant seul s’il est en danger.
    • En cas de danger immédiat, appelez le numéro d’urgence.
    • Avec votre référent, suivez la procédure de l’établissement et le circuit national de signalement : services de protection de l’enfance, police ou service de signalement.
    • Dans le bot, <b>Obtenir de l'aide</b> affiche la ligne d’écoute pour enfants et les moyens de signalement de chaque pays.
s-trainer-guide-disclosure-record =
    <b>Notez les faits</b> dès que possible :
    • la date, l’heure et le lieu, et qui était présent
    • ce que l’enfant a dit, avec ses propres mots
    • ce que vous avez dit et fait, à qui vous l’avez signalé, et quand

    Laissez de côté les opinions et les suppositions. Signez et datez votre compte rendu, conservez-le comme le prévoit votre procédure, et ne le partagez qu’avec les personnes qui ont besoin de le connaître.
s-trainer-guide-disclosure-q2 = Lequel de ces éléments a sa place dans votre compte rendu ?
s-trainer-guide-disclosure-q2-a = Mon avis sur qui est responsable
s-trainer-guide-disclosure-q2-a-why = Votre inquiétude compte, mais les opinions peuvent être contestées et nuire à une enquête. Tenez-vous-en à ce que vous avez vu et entendu.
s-trainer-guide-disclosure-q2-b = Les mots de l’enfant, et ce que j’ai fait
s-trainer-guide-disclosure-q2-b-why = Les faits et les mots de l’enfant, c’est ce dont le référent et toute enquête ont besoin. Ajoutez la date, l’heure et à qui vous l’avez signalé.
s-trainer-guide-disclosure-q2-c = Un résumé après lui avoir posé d’autres questions
s-trainer-guide-disclosure-q2-c-why = Questionner davantage peut bouleverser l’enfant et modifier son récit. Écoutez, n’enquêtez pas, et notez ce qu’il vous a dit.
s-trainer-guide-disclosure-yourself =
    <b>Prenez soin de vous.</b> Recueillir une révélation peut vous marquer. C’est normal de se sentir bouleversé, en colère, ou de se demander si l’on a bien réagi.

    Parlez-en avec votre référent protection de l’enfance ou votre responsable, et utilisez le soutien au personnel si votre établissement en propose, sans partager les détails concernant l’enfant plus que nécessaire.
s-trainer-guide-disclosure-what-to-do =
    <b>Que faire</b>
    Écoutez, restez calme et croyez-le. Ne promettez pas le secret, et n’enquêtez pas. Prévenez votre référent protection de l’enfance le jour même et suivez le circuit national de signalement. Notez les faits avec les mots de l’enfant. Ensuite, prenez soin de vous.

    En cas de danger immédiat : le numéro d’urgence. Le bouton <b>Obtenir de l'aide</b> du bot affiche les lignes d’écoute de chaque pays ; dans de nombreux pays, le 116 111 joint une ligne d’écoute pour enfants.
