## Série : Jeux vidéo et lives (games-streams), pour les ados de 13 à 17 ans.
## S’appuie sur les conseils de l’eSafety Commissioner, de Kids Helpline, de CEOP Thinkuknow, d’Internet Matters et du FBI, reformulés.

s-games-streams-title = Jeux vidéo et lives
s-games-streams-about = Chat vocal, demandes d’ami, cadeaux et lives : repère les techniques utilisées pour gagner ta confiance ou te faire croire que tu dois quelque chose, règle bien tes paramètres, et pars et signale quand quelque chose cloche.

## Leçon 1 : Chat vocal et demandes d’ami

s-games-streams-game-chat-title = Chat vocal et demandes d’ami
s-games-streams-game-chat-intro =
    Les jeux, c’est super pour traîner ensemble, faire équipe et se faire des amis, et la plupart des joueurs sont juste là pour jouer.

    Mais le chat du jeu et le chat vocal permettent aussi à des inconnus de te joindre, et certains adultes utilisent les jeux pour se rapprocher de jeunes. En ligne, n’importe qui peut dire qu’il a 15 ans. Une voix, un skin ou un rang ne prouvent pas qui est quelqu’un.
s-games-streams-game-chat-intro-alt = Un ado souriant avec un casque et une manette, entouré de bulles de discussion, d’un écran de jeu, d’un cadenas et d’une roue des paramètres.
s-games-streams-game-chat-red-flags =
    Méfie-toi des joueurs qui :
    • te demandent ton âge, où tu habites ou vas à l’école, ou s’il y a quelqu’un avec toi ;
    • t’envoient plein de messages ou de demandes d’ami après une seule partie ;
    • te complimentent beaucoup et te disent que tu es mature, pas comme les autres ;
    • orientent la discussion vers le corps, les relations amoureuses ou le sexe ;
    • veulent garder le secret ou passer sur une autre appli.

    Un seul de ces signes suffit pour prendre du recul.
s-games-streams-game-chat-settings =
    Tes paramètres t’aident :
    • Chat vocal et écrit : amis ou groupe seulement, ou désactivé.
    • Demandes d’ami : des amis de tes amis, ou de personne.
    • Un pseudo sans ton vrai nom, ton âge, ton école ni ta ville.
    • <b>Coupe le son</b> (mute) des gens pénibles, et <b>bloque</b> les gens bizarres.

    Les paramètres n’ont pas le même nom dans chaque jeu et sur chaque console : cherche Confidentialité, Sécurité ou Communication.
s-games-streams-game-chat-q1 = Un joueur que tu viens de rencontrer te dit que tu es bien plus mature que les gens de ton âge, puis te demande s’il y a quelqu’un d’autre chez toi. C’est quoi ?
s-games-streams-game-chat-q1-a = Un compliment, rien de grave
s-games-streams-game-chat-q1-a-why = Les compliments font plaisir, et c’est justement le but. Plein de flatteries plus des questions pour savoir s’il y a quelqu’un avec toi, c’est un schéma classique de grooming. Tu peux arrêter de répondre.
s-games-streams-game-chat-q1-b = Signaux d’alerte : flatterie et question perso
s-games-streams-game-chat-q1-b-why = Tu n’as à répondre aux questions perso de personne. Coupe le son, bloque et signale le joueur, et parles-en à un adulte de confiance si ça t’inquiète.
s-games-streams-game-chat-q1-c = Pas de souci, s’il est bon au jeu
s-games-streams-game-chat-q1-c-why = Être bon à un jeu ne dit rien sur le fait qu’une personne soit sûre ou non. Regarde ce qu’elle te demande, pas comment elle joue.
s-games-streams-game-chat-what-to-do =
    <b>Que faire</b>
    Garde le chat entre amis, ne mets pas d’infos perso dans ton pseudo ni ton profil, et quitte toute discussion qui devient trop perso ou bizarre. Bloque et signale le joueur dans le jeu. Parles-en à un adulte de confiance, ou appelle une ligne d’écoute pour les jeunes (le 116 111 dans beaucoup de pays).

    Appuie sur <b>Obtenir de l'aide</b> à tout moment pour voir la ligne d’écoute et les sites de signalement de ton pays.

## Leçon 2 : Cadeaux, skins et « dettes »

s-games-streams-gifts-debt-title = Cadeaux, skins et « dettes »
s-games-streams-gifts-debt-intro =
    Des skins gratuits, de la monnaie du jeu, un passe de combat, une carte cadeau : c’est génial quand quelqu’un te fait un cadeau.

    Mais certaines personnes offrent des cadeaux pour gagner ta confiance, ou pour que tu te sentes redevable. Ensuite, elles demandent quelque chose en retour : des photos, des secrets, un appel vidéo, ou de passer sur une appli privée. Le conseil de Kids Helpline : dis « non merci » aux cadeaux et aux crédits gratuits de gens que tu ne connais qu’en ligne.
s-games-streams-gifts-debt-intro-alt = Un ado qui lève la main pour dire non merci à une grosse boîte cadeau entourée de pièces et de pierres précieuses.
s-games-streams-gifts-debt-owe-nothing =
    Un cadeau, ce n’est pas un contrat. Si quelqu’un dit « après tout ce que je t’ai donné… », c’est de la pression, et c’est un signal d’alerte.

    Certains joueurs te prêtent de la monnaie du jeu, puis disent que tu as une <b>dette</b> et que tu dois la rembourser autrement. Quoi qu’on t’ait donné, tu ne dois à personne ni photos, ni secrets, ni ton temps. Tu peux arrêter de répondre et en parler à quelqu’un.
s-games-streams-gifts-debt-private-apps =
    Ralentis quand un ami de jeu veut passer sur une appli privée, surtout une appli où les messages disparaissent, ou te demande de garder votre amitié secrète.

    Changer d’appli n’est pas toujours grave. Mais avec des cadeaux, des flatteries ou des secrets, c’est un signal d’alerte. Un vrai ami accepte que tu gardes le chat dans le jeu, et que ta famille sache qu’il existe.
s-games-streams-gifts-debt-q1 = Un joueur t’a offert des skins. Maintenant il dit que tu lui dois quelque chose, et il te demande une photo « pour dire merci ». Qu’est-ce qui est vrai ?
s-games-streams-gifts-debt-q1-a = Je dois l’envoyer, il a été généreux
s-games-streams-gifts-debt-q1-a-why = Vouloir être juste, c’est un bon réflexe. Mais un cadeau n’est pas un contrat, et s’en servir pour obtenir une photo, c’est de la manipulation. Tu ne lui dois rien.
s-games-streams-gifts-debt-q1-b = Je ne dois rien ; je peux arrêter et en parler
s-games-streams-gifts-debt-q1-b-why = Les cadeaux qui servent à te faire croire que tu as une dette, c’est une technique connue. Arrête de répondre, garde la discussion, bloque et signale, et parles-en à un adulte de confiance.
s-games-streams-gifts-debt-q1-c = Je dois le rembourser en argent
s-games-streams-gifts-debt-q1-c-why = C’est naturel de vouloir être quitte. Mais payer te garde en contact avec lui et peut entraîner d’autres demandes. Tu n’as pas à payer un cadeau.
s-games-streams-gifts-debt-what-to-do =
    <b>Que faire</b>
    Refuse les cadeaux de gens que tu ne connais qu’en ligne. Si quelqu’un dit que tu lui dois quelque chose, arrête de répondre, fais des captures d’écran, puis bloque et signale-le dans le jeu. Parles-en à un adulte de confiance ou à une ligne d’écoute pour les jeunes (le 116 111 dans beaucoup de pays). Tu n’auras pas d’ennuis pour avoir accepté un cadeau.

    Appuie sur <b>Obtenir de l'aide</b> à tout moment pour voir la ligne d’écoute et les sites de signalement de ton pays.

## Leçon 3 : Les lives : regarder et se lancer

s-games-streams-livestreams-title = Les lives
s-games-streams-livestreams-intro =
    Les lives, c’est fun à regarder et fun à faire. Les spectateurs peuvent commenter, discuter et envoyer des cadeaux en temps réel.

    Comme c’est en direct, c’est difficile de revenir en arrière : les spectateurs peuvent enregistrer le live ou faire des captures d’écran. Et un public en direct peut inclure des gens que tu ne connais pas, même si tu pensais le faire juste pour tes amis.
s-games-streams-livestreams-intro-alt = Un ado qui fait coucou à un téléphone posé sur un support, en plein live, avec des cœurs, un cadeau et une étoile qui s’envolent.
s-games-streams-livestreams-comments-gifts =
    Méfie-toi des spectateurs qui :
    • envoient des cadeaux ou des pièces, puis demandent quelque chose en retour, comme un défi, une pose ou une discussion privée ;
    • te demandent de te changer, de montrer ta chambre ou de dire où tu es ;
    • continuent à t’écrire en privé après le live.

    Tu peux ignorer les demandes, filtrer ou désactiver les commentaires, retirer des spectateurs et arrêter le live à tout moment. Les cadeaux ne veulent pas dire que tu dois quoi que ce soit à qui que ce soit.
s-games-streams-livestreams-before-live =
    Avant de lancer un live :
    • Vérifie l’arrière-plan : uniforme scolaire, panneaux de rue, ta maison, du courrier avec ton adresse.
    • Fais ton live pour tes amis seulement, si l’appli le permet.
    • Ne dis jamais en live où tu es, ton école ou tes projets.
    • Préviens un adulte de confiance quand tu fais un live.

    Certaines applis ne laissent les plus jeunes faire un live qu’avec un adulte, ou pas du tout. Vérifie les règles de l’appli.
s-games-streams-livestreams-q1 = Pendant ton live, un spectateur t’envoie plein de cadeaux, puis te demande de continuer en privé. Tu fais quoi ?
s-games-streams-livestreams-q1-a = Passer en privé, il a été généreux
s-games-streams-livestreams-q1-a-why = Tu peux avoir l’impression de devoir lui rendre la pareille. Mais des cadeaux offerts pour te parler en tête-à-tête, c’est un signal d’alerte. Tu ne dois rien aux spectateurs.
s-games-streams-livestreams-q1-b = Dire non, le retirer, en parler
s-games-streams-livestreams-q1-b-why = Tu peux dire non, retirer ou bloquer le spectateur et le signaler. En parler à un adulte de confiance aide s’il continue d’essayer.
s-games-streams-livestreams-q1-c = Continuer le live en espérant qu’il arrête
s-games-streams-livestreams-q1-c-why = Espérer que ça passe tout seul, ça se comprend. Mais ce genre de pression augmente souvent. Agir tôt te permet de garder le contrôle.
s-games-streams-livestreams-what-to-do =
    <b>Que faire</b>
    Fais tes lives pour des gens que tu connais, garde tes infos perso hors champ, et arrête le live dès que quelque chose ne va pas. Signale les spectateurs qui te mettent la pression. Parles-en à un adulte de confiance ou à une ligne d’écoute pour les jeunes (le 116 111 dans beaucoup de pays).

    Appuie sur <b>Obtenir de l'aide</b> à tout moment pour voir la ligne d’écoute et les sites de signalement de ton pays.

## Leçon 4 : Partir, bloquer et signaler

s-games-streams-leave-report-title = Partir, bloquer et signaler
s-games-streams-leave-report-intro =
    Tu peux quitter n’importe quelle partie, discussion, serveur ou live, à tout moment, sans te justifier. Partir, ce n’est pas impoli, et ce n’est pas perdre. C’est toi qui gardes le contrôle.

    Si quelqu’un te harcèle, te met la pression ou a un comportement bizarre, les étapes de cette leçon aident à l’arrêter, pour toi et pour les autres joueurs.
s-games-streams-leave-report-intro-alt = Un ado qui marche vers une porte ouverte, avec un drapeau de signalement d’un côté et un panneau de blocage de l’autre.
s-games-streams-leave-report-evidence =
    Avant de bloquer, <b>garde des preuves</b> :
    • Des captures d’écran ou un enregistrement d’écran du chat ou des messages.
    • Son pseudo (et son gamertag, s’il est différent).
    • Le jeu, le serveur ou le live, et la date.

    L’eSafety Commissioner, l’autorité australienne de la sécurité en ligne, conseille de rassembler ce genre de preuves, puis de signaler le joueur dans le jeu.
s-games-streams-leave-report-block-report =
    <b>Couper le son</b> (mute) t’empêche de l’entendre ou de le voir. <b>Bloquer</b> l’empêche de te contacter. <b>Signaler</b> prévient le jeu, pour qu’il puisse agir. Si quelqu’un est malveillant, fais les trois.

    En général, les signalements sont anonymes : le joueur ne sait pas qui l’a signalé. Cherche une icône de drapeau, appuie sur le nom du joueur dans la liste des joueurs, ou trouve Signaler dans le menu.
s-games-streams-leave-report-q1 = Un joueur continue à t’écrire après que tu as quitté la partie, et te demande tes autres comptes. Quelle est la meilleure chose à faire ?
s-games-streams-leave-report-q1-a = Lui donner un compte pour qu’il arrête
s-games-streams-leave-report-q1-a-why = Ça peut sembler la solution la plus simple. Mais ça lui donne un autre moyen de te joindre, et tu n’as rien à lui donner.
s-games-streams-leave-report-q1-b = Capture, blocage, signalement, en parler
s-games-streams-leave-report-q1-b-why = D’abord les preuves, puis bloquer et signaler dans le jeu. En parler à un adulte de confiance, c’est ne pas gérer ça seul ou seule.
s-games-streams-leave-report-q1-c = Supprimer le jeu pour de bon
s-games-streams-leave-report-q1-c-why = Faire une pause, c’est OK si tu en as envie. Mais tu n’as rien fait de mal : bloquer et signaler l’arrête sans que tu perdes ton jeu.
s-games-streams-leave-report-what-to-do =
    <b>Que faire</b>
    Quitte tout ce qui ne te semble pas normal. Garde des preuves, puis bloque et signale dans le jeu. Parles-en à un adulte de confiance, ou appelle une ligne d’écoute pour les jeunes (le 116 111 dans beaucoup de pays). Si quelqu’un te demande des images sexuelles ou te menace, c’est grave : fais-toi aider tout de suite.

    Appuie sur <b>Obtenir de l'aide</b> à tout moment pour voir la ligne d’écoute et les sites de signalement de ton pays.
