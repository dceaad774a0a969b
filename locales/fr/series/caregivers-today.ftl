## Série : Les risques en ligne d’aujourd’hui (caregivers-today), pour les parents et les adultes qui s’occupent d’enfants.
## Structure : content/series/caregivers-today.yaml. S’appuie sur le NCMEC, Thorn, les alertes du FBI, l’eSafety
## Commissioner, l’Australian Federal Police, CEOP Thinkuknow et la NSPCC (reformulés ; sources dans le yaml).

s-caregivers-today-title = Les risques en ligne d’aujourd’hui
s-caregivers-today-about = Cinq courtes leçons pour les parents et les adultes qui s’occupent d’enfants : les fausses images créées par IA, la sextorsion, les jeux et les lives, les réglages à faire ensemble, et quoi dire si votre enfant vous confie qu’il s’est passé quelque chose.

## Leçon 1 : Les fausses images créées par IA

s-caregivers-today-ai-images-title = Fausses images créées par IA
s-caregivers-today-ai-images-intro =
    Certains sites et applications peuvent transformer une photo ordinaire, comme un selfie ou une photo de classe, en fausse image nue ou sexuelle. On parle d’applications « nudify » ou de deepfakes.

    L’image est fausse, mais le mal est réel. Le NCMEC, l’association américaine de protection de l’enfance, signale que ces fausses images servent à harceler et humilier des enfants, et que des agresseurs s’en servent pour faire chanter des enfants afin d’obtenir de l’argent ou d’autres images. Créer ou partager une image sexuelle d’un enfant, même fausse, est une violence et peut être un délit.
s-caregivers-today-ai-images-intro-alt = Une photo sur un téléphone est copiée par l’IA en une image modifiée au cadre pointillé avec un panneau d’avertissement, à côté d’un bouclier et d’un drapeau de signalement.
s-caregivers-today-ai-images-how-common =
    Ce n’est pas rare. Dans une enquête de Thorn auprès de jeunes de 9 à 17 ans, 11 % ont dit penser que des amis ou des camarades de classe avaient utilisé des outils d’IA pour créer des images nues d’autres enfants (Thorn, 2025).

    Cela vaut donc la peine d’en parler avant que quoi que ce soit n’arrive, calmement, comme d’un sujet de plus dont vous parlez ensemble.
s-caregivers-today-ai-images-q1 = Votre fille vous dit qu’un faux nude d’elle, créé avec une application, circule dans sa classe. Qu’est-ce qui est vrai ?
s-caregivers-today-ai-images-q1-a = C’est faux, donc ce n’est pas grave
s-caregivers-today-ai-images-q1-a-why = Cela peut sembler moins grave parce que l’image n’est pas réelle. Mais elle peut circuler comme une vraie, et la honte, la peur et le harcèlement qu’elle entraîne sont bien réels. Elle mérite la même attention.
s-caregivers-today-ai-images-q1-b = C’est une violence, et ce n’est pas sa faute
s-caregivers-today-ai-images-q1-b-why = La personne qui a créé ou partagé l’image est responsable, pas votre fille. Les fausses images sexuelles d’enfants peuvent être signalées et retirées, et ce dont elle a le plus besoin maintenant, c’est de votre soutien.
s-caregivers-today-ai-images-q1-c = Elle devrait publier moins de photos
s-caregivers-today-ai-images-q1-c-why = Partager des photos fait partie de la vie des jeunes, et presque n’importe quelle image peut être détournée. Cette réponse fait porter la faute sur elle au lieu de la personne qui a créé le faux.
s-caregivers-today-ai-images-if-it-happens =
    <b>Si cela arrive à votre enfant</b>
    • Restez calme et dites-lui que ce n’est pas sa faute.
    • N’enregistrez, ne copiez et ne transférez pas l’image, même comme preuve. Notez où elle apparaît (liens, pseudos) et capturez les messages autour.
    • Signalez-la sur l’application, et à un service de signalement ou à la police.
    • Take It Down (takeitdown.ncmec.org) peut aider à empêcher la diffusion d’images nues de mineurs sur les applications participantes.
    • Si des camarades sont impliqués, prévenez l’école.
s-caregivers-today-ai-images-talk-first =
    Parlez-en avant que cela n’arrive. Certains jeunes créent ces images « pour rire » ou pour se venger, sans penser au mal qu’ils font. Assurez-vous que votre enfant sait que :
    • créer ou partager un faux nude de qui que ce soit fait beaucoup de mal, et peut être un délit
    • s’il en voit un, il ne doit pas le faire circuler, mais le signaler et prévenir un adulte
    • si cela lui arrive, il peut venir vous voir et ne sera pas puni
s-caregivers-today-ai-images-q2 = Votre fils vous dit qu’un ami a partagé un nude d’une camarade créé par IA dans un groupe. Quel est le meilleur conseil ?
s-caregivers-today-ai-images-q2-a = Supprimer la discussion et oublier
s-caregivers-today-ai-images-q2-a-why = Vouloir rester en dehors, cela se comprend. Mais l’image continue de circuler, et la camarade n’est peut-être même pas au courant. La signaler et prévenir un adulte aide à arrêter sa diffusion.
s-caregivers-today-ai-images-q2-b = Ne pas la faire circuler ; signaler et prévenir un adulte
s-caregivers-today-ai-images-q2-b-why = Ne pas partager arrête la diffusion, signaler aide à faire retirer l’image, et un adulte peut faire intervenir l’école. Un mot gentil à la camarade, qui se sent peut-être très seule, aide aussi.
s-caregivers-today-ai-images-q2-c = Me la transférer pour que je la voie
s-caregivers-today-ai-images-q2-c-why = Vouloir comprendre est naturel, mais transférer ou garder une image sexuelle d’un enfant, même fausse, peut être un délit. Demandez plutôt où elle a été partagée, et signalez-le.
s-caregivers-today-ai-images-what-to-do =
    <b>Que faire</b>
    • Parlez des fausses images avec votre enfant cette semaine.
    • Si cela arrive : restez calme, ne copiez pas l’image, notez où elle se trouve, et signalez-la à l’application et à un service de signalement ou à la police.
    • Une ligne d’écoute pour enfants (le 116 111 dans de nombreux pays) peut soutenir votre enfant, et souvent vous aussi.

    Appuyez sur <b>Obtenir de l'aide</b> à tout moment pour voir la ligne d’écoute et les sites de signalement de votre pays.

## Leçon 2 : La sextorsion financière

s-caregivers-today-sextortion-title = Sextorsion : signes et quoi dire
s-caregivers-today-sextortion-intro =
    La <b>sextorsion financière</b>, c’est un chantage à l’argent. Souvent sous le profil d’une fille ou d’un jeune, quelqu’un drague un adolescent et lui demande vite une image nue ou un appel vidéo. Puis vient la menace : « Paie, ou j’envoie ça à tes amis et ta famille. »

    Tout peut démarrer et s’emballer en quelques heures, et l’image peut même être truquée par IA. Selon le FBI et le NCMEC, les garçons adolescents sont les plus visés, mais cela peut arriver à tout enfant, dans toute famille.
s-caregivers-today-sextortion-signs =
    Signes que quelque chose ne va peut-être pas :
    • panique, peur ou larmes soudaines après avoir utilisé le téléphone
    • demandes urgentes d’argent ou de cartes cadeaux, sans raison claire
    • une nouvelle « petite amie » ou un nouvel ami en ligne, avec qui tout est allé très vite
    • comptes ou applications supprimés à la hâte, ou téléphone soudain évité
    • repli sur soi, ou propos désespérés

    Si vous craignez un jour pour la sécurité de votre enfant, demandez de l’aide d’urgence tout de suite.
s-caregivers-today-sextortion-what-to-say =
    <b>Quoi dire</b>
    Avant que quoi que ce soit n’arrive : « Si quelqu’un te menace un jour avec une photo, viens me voir. Ça arrive à beaucoup de gens. Je t’aiderai, je ne te punirai pas. »

    S’il vous en parle : « Merci de me l’avoir dit. Tu n’as pas d’ennuis. On va régler ça ensemble. » Gardez le « pourquoi tu l’as envoyée ? » pour bien plus tard, ou pour jamais. C’est votre calme qui aide le plus.
s-caregivers-today-sextortion-what-to-say-alt = Un parent assis sur un canapé passe un bras autour d’un adolescent, avec un bouclier et un cœur tout près.
s-caregivers-today-sextortion-q1 = Votre fils, paniqué, vous dit que quelqu’un va envoyer sa photo à tout le monde s’il ne paie pas ce soir. Que dites-vous d’abord ?
s-caregivers-today-sextortion-q1-a = « Comment as-tu pu être aussi imprudent ? »
s-caregivers-today-sextortion-q1-a-why = Le choc et la colère sont naturels. Mais les reproches font qu’un adolescent effrayé se ferme, juste au moment où il a besoin de continuer à vous parler. Les questions peuvent attendre.
s-caregivers-today-sextortion-q1-b = « Merci de me l’avoir dit. On va gérer ça ensemble. »
s-caregivers-today-sextortion-q1-b-why = Vos remerciements et votre calme lui disent qu’il a bien fait de venir vous voir. Les maîtres chanteurs comptent sur la honte et la panique ; une réaction posée leur retire ce pouvoir.
s-caregivers-today-sextortion-q1-c = « Paie-les, qu’on en finisse. »
s-caregivers-today-sextortion-q1-c-why = Vouloir que ça s’arrête vite, cela se comprend. Mais payer y met rarement fin : les maîtres chanteurs en demandent en général plus, et peuvent diffuser l’image malgré tout.
s-caregivers-today-sextortion-next-steps =
    <b>Les étapes suivantes</b>
    • Ne payez pas, et n’envoyez plus rien. Cessez de répondre.
    • Gardez des preuves : captures d’écran des messages, nom du compte, lien du profil, et les infos de paiement envoyées.
    • Bloquez et signalez le compte, mais ne supprimez pas encore le compte de votre enfant ni la discussion.
    • Signalez-le à la police ou au service de signalement national.
    • Take It Down peut aider à empêcher la diffusion d’une image nue d’un mineur.
s-caregivers-today-sextortion-q2 = Que faire du compte de votre fils et de la discussion ?
s-caregivers-today-sextortion-q2-a = Tout supprimer immédiatement
s-caregivers-today-sextortion-q2-a-why = Vouloir tout effacer est une réaction très naturelle. Mais supprimer le compte ou la discussion peut effacer les preuves dont la police et les plateformes ont besoin pour arrêter le maître chanteur.
s-caregivers-today-sextortion-q2-b = Bloquer le maître chanteur, mais garder la discussion
s-caregivers-today-sextortion-q2-b-why = Bloquer coupe le contact, et garder la discussion et le compte conserve les preuves. Signalez ensuite le compte sur la plateforme et à la police ou à un service de signalement.
s-caregivers-today-sextortion-q2-c = Lui répondre et le menacer moi-même
s-caregivers-today-sextortion-q2-c-why = La colère contre l’auteur est compréhensible. Mais l’affronter peut aggraver la situation et le faire fuir avant que la police puisse agir. Laissez faire la plateforme, le service de signalement ou la police.
s-caregivers-today-sextortion-what-to-do =
    <b>Que faire</b>
    Dites-lui cette semaine : « Tu peux toujours venir me voir, même pour une photo. » Si cela arrive : restez calme, ne payez pas, gardez les preuves, bloquez et signalez. Restez proche de lui les jours suivants, et faites-vous aider.

    Si votre enfant peut être en danger ou parle de se faire du mal, appelez tout de suite le numéro d’urgence de votre pays.

    Appuyez sur <b>Obtenir de l'aide</b> à tout moment pour voir la ligne d’écoute et les sites de signalement de votre pays.

## Leçon 3 : Les jeux vidéo et les lives

s-caregivers-today-games-title = Jeux, lives et cadeaux
s-caregivers-today-games-intro =
    Les jeux sont des lieux de vie sociale. Les enfants y jouent ensemble, discutent à l’oral et à l’écrit, se font des amis et regardent des lives. Dans une enquête australienne, 8 ados sur 10 jouaient en ligne avec d’autres (eSafety Commissioner, 2021).

    C’est surtout du bon temps. Mais les fonctions qui rendent les jeux sociaux (chat vocal, demandes d’ami, cadeaux et messages privés) peuvent aussi servir à quelqu’un qui veut faire du mal à un enfant.
s-caregivers-today-games-intro-alt = Un adolescent avec un casque tient une manette devant un écran qui montre un cadeau, des pièces et des bulles de discussion.
s-caregivers-today-games-misused =
    Ces fonctions peuvent être détournées :
    • Le <b>chat vocal</b> donne très vite à un inconnu des airs d’ami.
    • Des <b>cadeaux</b> (skins, monnaie du jeu, crédits), suivis de « tu me dois bien ça ». La police australienne prévient que des agresseurs utilisent la monnaie des jeux pour approcher des enfants : c’est du pédopiégeage (grooming).
    • Une <b>application privée</b> : on lui demande de poursuivre à l’abri des regards.
    • Les <b>lives</b> : des spectateurs envoient des cadeaux virtuels, réclament des « défis » ou un échange en privé.
s-caregivers-today-games-q1 = Un joueur donne de la monnaie du jeu à votre enfant de 13 ans, et veut maintenant discuter sur une autre application. Qu’est-ce que c’est ?
s-caregivers-today-games-q1-a = De la simple générosité entre joueurs
s-caregivers-today-games-q1-a-why = Les joueurs s’entraident et partagent, c’est vrai. Mais des cadeaux suivis d’une pression pour passer sur une application privée, c’est un schéma de pédopiégeage connu : cela mérite une discussion calme.
s-caregivers-today-games-q1-b = Un signal d’alerte : des cadeaux, puis un chat privé
s-caregivers-today-games-q1-b-why = Les cadeaux peuvent créer un sentiment de dette, et une application privée éloigne la discussion des regards. Ensemble, c’est un schéma de pédopiégeage courant. Parlez-en calmement avec votre enfant : ce n’est pas sa faute.
s-caregivers-today-games-q1-c = Un problème seulement s’il demande de l’argent
s-caregivers-today-games-q1-c-why = L’argent est un risque, mais pas le seul. Souvent, les auteurs de pédopiégeage cherchent la confiance, le secret, des images ou une rencontre, et peuvent ne jamais parler d’argent.
s-caregivers-today-games-together =
    Paramétrez les jeux ensemble :
    • Jouez ou regardez avec lui de temps en temps, et demandez-lui avec qui il joue.
    • Vérifiez qui peut discuter avec lui (amis seulement : un bon début) et si le chat vocal est activé.
    • Activez l’approbation des achats, pour que cadeaux et dépenses restent visibles.
    • Pour les lives, vérifiez qui peut regarder, commenter et envoyer des cadeaux.
    • Décidez quoi faire si on lui demande des secrets, des photos ou un chat privé : partir, bloquer, signaler, vous le dire.
s-caregivers-today-games-q2 = Votre enfant de 15 ans fait des lives de jeux. Un spectateur envoie des cadeaux et demande un appel vidéo privé. Qu’est-ce qui aide le plus ?
s-caregivers-today-games-q2-a = Le laisser gérer : c’est sa chaîne
s-caregivers-today-games-q2-a-why = Laisser de l’autonomie aux adolescents, c’est important. Mais un spectateur qui envoie des cadeaux puis demande à passer en privé, c’est un signal d’alerte, et votre enfant ne devrait pas y faire face seul.
s-caregivers-today-games-q2-b = En parler : bloquer, signaler, rester public
s-caregivers-today-games-q2-b-why = Des cadeaux suivis d’une demande de passer en privé, c’est un signe d’alerte connu. Bloquer et signaler le spectateur, et garder les lives publics ou réservés aux amis, protège votre enfant.
s-caregivers-today-games-q2-c = Interdire définitivement jeux et lives
s-caregivers-today-games-q2-c-why = Une interdiction peut sembler le plus sûr, mais elle peut apprendre à votre enfant à cacher les choses la prochaine fois. Rester impliqué et fixer des règles ensemble le protège mieux, et garde le dialogue ouvert.
s-caregivers-today-games-what-to-do =
    <b>Que faire</b>
    • Cette semaine, demandez à votre enfant de vous montrer son jeu favori.
    • Vérifiez ensemble les réglages de chat, de vocal et d’achats.
    • Rappelez-lui qu’un cadeau ne l’oblige jamais à rien.
    • Si quelqu’un dépasse les bornes : faites des captures, bloquez et signalez dans le jeu ; signalez les demandes sexuelles à la police ou à un service de signalement.

    Appuyez sur <b>Obtenir de l'aide</b> à tout moment pour voir la ligne d’écoute et les sites de signalement de votre pays.

## Leçon 4 : Réglages et outils, à mettre en place ensemble

s-caregivers-today-settings-title = Réglages et outils, ensemble
s-caregivers-today-settings-intro =
    Le contrôle parental et les réglages de sécurité peuvent aider, surtout avec les plus jeunes adolescents. Ils marchent mieux quand ils sont adaptés à l’âge de votre enfant et que vous les installez avec lui, pas dans son dos.

    Un jeune adolescent peut avoir besoin de plus de limites. En grandissant, les enfants ont besoin de plus d’autonomie, avec un plan pour savoir quoi faire quand quelque chose tourne mal.
s-caregivers-today-settings-intro-alt = Un parent et un adolescent de part et d’autre d’un téléphone qui affiche des interrupteurs de réglages, sous un cadenas.
s-caregivers-today-settings-tools =
    Outils utiles :
    • <b>Contrôles du téléphone et de la console</b> : valider nouvelles applications et achats, limiter le temps d’écran.
    • <b>Réglages des applications</b> : compte privé, qui peut écrire ou commenter, position non partagée.
    • <b>Fonctions famille</b> : beaucoup d’applications et de jeux relient le compte d’un parent à celui d’un ado pour gérer les réglages. Voyez ce que chacun vous montre, et dites-le à votre enfant.
    • <b>Sur Telegram</b> : qui voit son numéro et qui peut l’ajouter à des groupes.
s-caregivers-today-settings-open =
    La transparence marche mieux que le secret. Lire en cachette les messages de votre enfant peut briser la confiance, et s’il le découvre, il risque de cacher encore plus ou de passer sur des applications que vous ne connaissez pas. Dites-lui ce que vous pouvez voir, et pourquoi.

    Traitez les réglages comme n’importe quelle règle de la famille : décidez-les ensemble, expliquez-les, et revoyez-les à mesure que votre enfant grandit.
s-caregivers-today-settings-q1 = Votre enfant de 13 ans reçoit son premier téléphone. Quelle est la meilleure façon de commencer ?
s-caregivers-today-settings-q1-a = Une application de surveillance cachée
s-caregivers-today-settings-q1-a-why = Vouloir savoir qu’il est en sécurité, c’est naturel. Mais une surveillance cachée peut briser la confiance une fois découverte, et elle n’apprend pas à votre enfant quoi faire quand quelque chose tourne mal.
s-caregivers-today-settings-q1-b = Installer les contrôles ensemble et expliquer pourquoi
s-caregivers-today-settings-q1-b-why = Quand votre enfant sait ce qui est en place et pourquoi, il est plus enclin à le garder, et à venir vous voir quand quelque chose tourne mal. Revoyez les réglages à mesure qu’il grandit.
s-caregivers-today-settings-q1-c = Aucun réglage : la confiance suffit
s-caregivers-today-settings-q1-c-why = La confiance compte le plus, et les réglages la soutiennent au lieu de la remplacer. Les réglages de confidentialité et de contact bloquent beaucoup de contacts indésirables avant qu’ils ne commencent.
s-caregivers-today-settings-agreement =
    Un accord familial aide. Décidez ensemble :
    • quelles applications et quels jeux sont OK, et qui peut le contacter
    • ce qui reste privé : adresse, école, position en direct
    • quoi faire si quelque chose ne va pas : arrêter, faire une capture, bloquer, signaler, en parler
    • votre promesse : vous en parler ne voudra jamais dire perdre son téléphone

    Écrivez-le, et adaptez-le à mesure que votre enfant grandit.
s-caregivers-today-settings-q2 = Votre enfant de 15 ans vous demande d’enlever un contrôle. Que faites-vous ?
s-caregivers-today-settings-q2-a = Refuser : les règles sont les règles
s-caregivers-today-settings-q2-a-why = La constance compte, mais refuser sans en parler peut pousser un adolescent à contourner la règle. Une discussion vous permet de rester impliqué.
s-caregivers-today-settings-q2-b = En discuter et convenir d’un essai
s-caregivers-today-settings-q2-b-why = Les grands adolescents ont besoin d’une autonomie croissante. Convenir de ce qui change, de ce qui reste et de la façon dont vous ferez le point le respecte, tout en gardant la sécurité dans le plan.
s-caregivers-today-settings-q2-c = Ajouter discrètement un contrôle secret à la place
s-caregivers-today-settings-q2-c-why = Cela peut sembler un compromis sûr, mais si votre adolescent le découvre, la confiance peut se briser et il risque de passer sur des applications que vous ne voyez pas.
s-caregivers-today-settings-what-to-do =
    <b>Que faire</b>
    • Asseyez-vous avec votre enfant cette semaine et passez ensemble en revue les réglages d’une application.
    • Rédigez un court accord familial, avec votre promesse au sujet du téléphone.
    • Prévoyez quand vous le réviserez.

    Appuyez sur <b>Obtenir de l'aide</b> à tout moment pour voir la ligne d’écoute et les sites de signalement de votre pays.

## Leçon 5 : Quand votre enfant se confie

s-caregivers-today-after-telling-title = Quand votre enfant se confie
s-caregivers-today-after-telling-stay-calm =
    Si votre enfant vous dit qu’il s’est passé quelque chose en ligne, ce sont les premières minutes qui comptent le plus. Respirez et restez calme, même si vous êtes sous le choc ou en colère intérieurement.

    Dites : « Merci de me l’avoir dit. Tu n’as pas d’ennuis. Ce n’est pas ta faute. » Croyez-le. Écoutez plus que vous ne questionnez, et n’exigez pas tous les détails. Il lui a fallu du courage pour vous en parler.
s-caregivers-today-after-telling-stay-calm-alt = Un parent sur un canapé passe un bras autour d’un enfant inquiet et l’écoute, avec une bulle de dialogue et un cœur tout près.
s-caregivers-today-after-telling-phone =
    <b>Ne lui retirez pas son téléphone pour le punir.</b> La peur de perdre son téléphone est l’une des principales raisons pour lesquelles les enfants se taisent. Le lui prendre peut ressembler à une punition pour vous avoir parlé, et le coupe de ses amis et de ses soutiens.

    Si le téléphone est nécessaire comme preuve, expliquez que c’est pour le protéger, pas pour le sanctionner, et décidez ensemble de la suite.
s-caregivers-today-after-telling-q1 = Votre enfant vous dit que quelqu’un lui met la pression pour obtenir des images. Que dites-vous d’abord ?
s-caregivers-today-after-telling-q1-a = « Donne-moi ton téléphone, tout de suite. »
s-caregivers-today-after-telling-q1-a-why = Vouloir le protéger est naturel. Mais lui prendre le téléphone peut ressembler à une punition et l’amener à ne plus parler. Remerciez-le d’abord, puis décidez ensemble des étapes suivantes.
s-caregivers-today-after-telling-q1-b = « Merci de me l’avoir dit. Tu n’as pas d’ennuis. »
s-caregivers-today-after-telling-q1-b-why = Cela dit à votre enfant qu’il a bien fait et qu’il est en sécurité avec vous. Ainsi, il continue de parler, et la suite en dépend.
s-caregivers-today-after-telling-q1-c = « Mais pourquoi tu lui as répondu ? »
s-caregivers-today-after-telling-q1-c-why = Vouloir comprendre est naturel, mais les questions en « pourquoi » sonnent comme des reproches en ce moment. Pensez d’abord à sa sécurité ; le récit pourra venir plus tard, à son rythme.
s-caregivers-today-after-telling-evidence =
    <b>Preuves et signalement</b>
    • Capturez les messages, pseudos, liens de profil et dates. Ne supprimez pas encore la discussion ni le compte.
    • Ne copiez, n’enregistrez ni ne transférez jamais une image sexuelle d’un enfant, même pour la signaler. Notez plutôt où elle est.
    • Signalez le compte sur l’application et à un service de signalement ou à la police.
    • Take It Down peut aider à retirer les images nues de mineurs des applications participantes.
    • Ne contactez ni n’affrontez la personne vous-même.
s-caregivers-today-after-telling-support =
    <b>Se faire aider, lui et vous</b>
    Une ligne d’écoute pour enfants peut parler avec votre enfant, et souvent avec vous ; dans de nombreux pays, c’est le 116 111. Un conseiller scolaire ou un médecin peut aussi aider.

    Dans les jours qui suivent, gardez un quotidien normal, prenez des nouvelles en douceur, et observez les changements d’humeur ou de sommeil. Prenez soin de vous aussi : parlez à une personne de confiance ou à une ligne d’écoute pour parents. Vous n’avez pas à tout porter.
s-caregivers-today-after-telling-q2 = Une semaine plus tard, votre enfant a l’air d’aller bien. Et maintenant ?
s-caregivers-today-after-telling-q2-a = Ne plus jamais en reparler
s-caregivers-today-after-telling-q2-a-why = Lui laisser de l’espace, c’est bienveillant. Mais le silence peut donner l’impression que le sujet est clos. Prendre des nouvelles de temps en temps, légèrement, montre que la porte reste ouverte.
s-caregivers-today-after-telling-q2-b = Prendre des nouvelles en douceur de temps en temps
s-caregivers-today-after-telling-q2-b-why = Les émotions peuvent revenir plus tard. De courts moments calmes pour prendre des nouvelles montrent que vous êtes toujours là, et vous aident à voir s’il a besoin de plus de soutien.
s-caregivers-today-after-telling-q2-c = Lui redemander toute l’histoire
s-caregivers-today-after-telling-q2-c-why = Vouloir tous les détails est naturel, mais tout raconter à nouveau peut être éprouvant, et la police ou des professionnels auront peut-être besoin de l’entendre directement. Laissez votre enfant mener.
s-caregivers-today-after-telling-what-to-do =
    <b>Que faire</b>
    Retenez ces mots : « Merci de me l’avoir dit. Tu n’as pas d’ennuis. Ce n’est pas ta faute. » Ensuite : pas de punition, garder les preuves, signaler, et se faire aider.

    Si votre enfant est en danger immédiat ou risque de se faire du mal, appelez tout de suite le numéro d’urgence de votre pays.

    Appuyez sur <b>Obtenir de l'aide</b> à tout moment pour voir la ligne d’écoute et les sites de signalement de votre pays.

## Question de la voix des jeunes : posée une fois après la série (content/series/caregivers-today.yaml voice_question)

s-caregivers-today-voice-first-step = Laquelle de ces actions ferez-vous en premier ?
s-caregivers-today-voice-first-step-ai-talk = Parler des fausses images IA avec mon enfant
s-caregivers-today-voice-first-step-photo-talk = Lui dire qu’il peut venir me voir, même pour une photo
s-caregivers-today-voice-first-step-play = Lui demander de me montrer son jeu préféré
s-caregivers-today-voice-first-step-settings = Passer les réglages en revue ensemble
s-caregivers-today-voice-first-step-promise = Promettre qu’en parler ne lui fera pas perdre son téléphone
