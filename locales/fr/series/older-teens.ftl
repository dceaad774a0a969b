## Série : Ados de 16-17 ans : relations et risques (older-teens), pour les ados de 16 et 17 ans.
## S’appuie sur les conseils de l’eSafety Commissioner, de ThinkUKnow Australia, du NCMEC, de Kids Helpline et de One Love, reformulés.

s-older-teens-title = Relations, images et offres
s-older-teens-about = Pour les 16-17 ans : consentement et respect en ligne, images et loi, applis de rencontre et adultes, offres trop belles pour être vraies, et faire la différence entre une relation saine et une relation de contrôle.

## Leçon 1 : Consentement et respect en ligne

s-older-teens-consent-title = Consentement et respect en ligne
s-older-teens-consent-intro =
    Draguer, sortir ensemble, être en couple : ça se passe aussi en ligne, et ça peut être génial. La règle est la même que dans la vraie vie : le <b>consentement</b>.

    Le consentement, c’est quand les deux personnes sont d’accord librement, à chaque fois. Chacune peut dire non, ou changer d’avis, à tout moment.
s-older-teens-consent-intro-alt = Deux ados souriants avec leurs téléphones, qui s’échangent une coche et un cœur dans des bulles de discussion.
s-older-teens-consent-what-it-means =
    En ligne, le consentement, c’est :
    • Demander avant d’envoyer quoi que ce soit de sexuel. Les nudes que personne n’a demandés, ce n’est pas OK.
    • Demander avant de partager la photo, les messages ou des captures d’écran de quelqu’un.
    • Accepter un non, ou une absence de réponse, sans insister, culpabiliser ni bouder.
    • Savoir qu’un oui donné sous la pression, la peur ou les menaces n’est pas un vrai oui.
s-older-teens-consent-q1 = Ton copain ou ta copine dit ne pas avoir envie de sexter ce soir. Quelle est la réponse respectueuse ?
s-older-teens-consent-q1-a = « OK, pas de souci. »
s-older-teens-consent-q1-a-why = Accepter un non sans mettre la pression, c’est montrer du respect et construire la confiance. Non est une réponse complète.
s-older-teens-consent-q1-b = Redemander autrement
s-older-teens-consent-q1-b-why = Vouloir se sentir proche, c’est normal. Mais redemander encore et encore, c’est de la pression, et la pression, ce n’est pas du consentement.
s-older-teens-consent-q1-c = « Si tu m’aimais, tu le ferais. »
s-older-teens-consent-q1-c-why = Se sentir repoussé peut faire mal. Mais culpabiliser l’autre, c’est de la pression, et ça abîme la confiance. Un non est un non.
s-older-teens-consent-can-change =
    Le consentement peut changer. Un oui hier ne veut pas dire oui aujourd’hui. Envoyer une photo ne veut pas dire accepter d’en envoyer d’autres, ni qu’elle soit partagée.

    Si quelqu’un partage tes messages ou tes images privés sans te demander, c’est sa responsabilité, pas la tienne. Tu peux lui demander de les supprimer, les signaler et te faire aider.
s-older-teens-consent-what-to-do =
    <b>Que faire</b>
    Demande, écoute, et accepte un non. Si quelqu’un te met la pression, ou partage quelque chose de toi sans ton consentement, garde des preuves, bloque et signale, et parles-en à un adulte de confiance ou à une ligne d’écoute pour les jeunes (le 116 111 dans beaucoup de pays).

    Appuie sur <b>Obtenir de l'aide</b> à tout moment pour voir la ligne d’écoute et les sites de signalement de ton pays.

## Leçon 2 : Les images et la loi

s-older-teens-images-law-title = Les images et la loi
s-older-teens-images-law-intro =
    Beaucoup d’ados se demandent ce que dit la loi sur les nudes. Les lois changent d’un pays à l’autre, mais il y a une règle générale qui vaut le coup d’être connue.
s-older-teens-images-law-intro-alt = Une balance en équilibre à côté d’un bouclier vert avec une coche.
s-older-teens-images-law-the-law =
    Dans beaucoup de pays, produire, demander, garder ou partager des images sexuelles de <b>toute personne de moins de 18 ans</b> est interdit par la loi. Ça peut s’appliquer même à un selfie, même entre deux ados du même âge, et même quand les deux étaient d’accord. À certains endroits, ça inclut aussi les images retouchées ou fausses.

    Ces lois sont là pour protéger les jeunes de l’exploitation. Si une image de toi circule, demander de l’aide est toujours la bonne chose à faire.
s-older-teens-images-law-most-say-no =
    On peut avoir l’impression que tout le monde envoie des nudes. La plupart ne le font pas. Dans une enquête de l’eSafety Commissioner auprès des 14-17 ans, 73 % de ceux à qui on avait demandé un nude ont dit ne pas en avoir envoyé (eSafety, 2017).

    Dire non, c’est normal. Tu n’as pas besoin de raison, et ça ne fait pas de toi quelqu’un d’ennuyeux.
s-older-teens-images-law-q1 = Ta copine ou ton copain de 17 ans veut échanger des nudes et dit que ça va, puisque vous avez presque 18 ans tous les deux. Qu’est-ce qui est vrai ?
s-older-teens-images-law-q1-a = Ça va, on est d’accord tous les deux
s-older-teens-images-law-q1-a-why = Être d’accord, ça compte beaucoup dans une relation. Mais dans beaucoup de pays, les images sexuelles de moins de 18 ans sont interdites même avec consentement. Et une fois envoyées, tu ne contrôles plus où elles vont.
s-older-teens-images-law-q1-b = Ça va, si l’appli les supprime
s-older-teens-images-law-q1-b-why = Les messages éphémères peuvent quand même être capturés ou filmés. Et les réglages d’une appli ne changent pas la loi.
s-older-teens-images-law-q1-c = Illégal avant 18 ans dans bien des pays, même consenti
s-older-teens-images-law-q1-c-why = Beaucoup de pays considèrent les images sexuelles de moins de 18 ans comme illégales, peu importe qui les prend. Dire non, ou attendre, vous protège tous les deux.
s-older-teens-images-law-if-shared =
    Si une image de toi a été partagée, ou si quelqu’un menace de la partager : il n’est pas trop tard. Ne paie pas et n’envoie rien d’autre. Garde des preuves et signale-la.

    <b>Take It Down</b> (takeitdown.ncmec.org) fonctionne pour les images d’avant tes 18 ans. Et si quelqu’un t’envoie le nude d’un autre ado, ne le transfère pas : signale-le, puis supprime-le.
s-older-teens-images-law-what-to-do =
    <b>Que faire</b>
    Tu peux toujours dire non. Ne transfère jamais le nude de quelqu’un d’autre. Si une image de toi circule, utilise takeitdown.ncmec.org, signale-la à l’appli et à un service de signalement, et parles-en à un adulte de confiance ou à une ligne d’écoute pour les jeunes (le 116 111 dans beaucoup de pays).

    Appuie sur <b>Obtenir de l'aide</b> à tout moment pour voir la ligne d’écoute et les sites de signalement de ton pays.

## Leçon 3 : Applis de rencontre et adultes

s-older-teens-dating-apps-title = Applis de rencontre et adultes
s-older-teens-dating-apps-intro =
    La plupart des grandes applis de rencontre sont réservées aux adultes : leurs règles disent qu’il faut avoir 18 ans ou plus. Tinder, par exemple, n’accepte que les personnes de 18 ans et plus.

    Cette règle existe pour une bonne raison. Les applis de rencontre sont pleines d’adultes qui cherchent des adultes, et mentir sur ton âge te met face à des gens qui ne devraient pas te contacter.
s-older-teens-dating-apps-intro-alt = Un ado qui lève la main et recule devant un téléphone affichant une appli de rencontre, à côté d’un panneau sens interdit.
s-older-teens-dating-apps-adults-red-flag =
    Un adulte qui veut une relation amoureuse ou sexuelle avec quelqu’un de moins de 18 ans, c’est un <b>signal d’alerte</b>, pas un compliment, même s’il dit que tu es mature et même s’il est gentil avec toi.

    Méfie-toi des adultes qui veulent garder la relation secrète, offrent des cadeaux ou de l’argent, demandent des photos, veulent te voir seul à seul ou disent que l’âge, « ce n’est qu’un chiffre ». Les adultes qui respectent les jeunes respectent les limites d’âge.
s-older-teens-dating-apps-q1 = Tu as 16 ans. Une personne de 24 ans rencontrée en ligne te dit que tu es mature pour ton âge et veut te voir. C’est quoi ?
s-older-teens-dating-apps-q1-a = Flatteur, je dois être mature
s-older-teens-dating-apps-q1-a-why = C’est agréable de se sentir remarqué. Mais « tu es tellement mature », c’est une phrase bien connue que les adultes utilisent pour se rapprocher des ados.
s-older-teens-dating-apps-q1-b = Un signal d’alerte : un adulte qui drague un ado
s-older-teens-dating-apps-q1-b-why = Un adulte qui veut sortir avec quelqu’un de moins de 18 ans n’est pas quelqu’un de sûr, même s’il a l’air gentil. Arrête de répondre, ne va pas au rendez-vous, garde la discussion et parles-en à un adulte de confiance.
s-older-teens-dating-apps-q1-c = OK si on se voit dans un lieu public
s-older-teens-dating-apps-q1-c-why = Se voir dans un lieu public, c’est une bonne habitude entre adultes qui se rencontrent. Mais ici, le problème, c’est un adulte qui veut une relation avec un ado. N’y va pas.
s-older-teens-dating-apps-meeting-people =
    Si tu rencontres des gens en ligne à ton âge :
    • Reste sur des applis prévues pour ton âge, et garde tes profils privés.
    • Ne va jamais seul ou seule voir quelqu’un que tu ne connais qu’en ligne. Dis à un adulte où tu vas, et retrouvez-vous dans un lieu public.
    • Si un adulte te drague ou te demande des photos, tu peux partir, bloquer et signaler, et tu n’auras pas d’ennuis pour ça.
s-older-teens-dating-apps-what-to-do =
    <b>Que faire</b>
    Évite les applis réservées aux 18 ans et plus. Si un adulte te poursuit en ligne : arrête de répondre, ne va pas le voir, garde les messages, bloque et signale, et parles-en à un adulte de confiance ou à une ligne d’écoute pour les jeunes (le 116 111 dans beaucoup de pays). C’est son comportement qui pose problème, pas le tien.

    Appuie sur <b>Obtenir de l'aide</b> à tout moment pour voir la ligne d’écoute et les sites de signalement de ton pays.

## Leçon 4 : Les offres trop belles pour être vraies

s-older-teens-offers-title = Des offres trop belles pour être vraies
s-older-teens-offers-intro =
    « Tu pourrais être mannequin. » « De l’argent facile, juste quelques photos. » « Je t’envoie une carte cadeau si tu… »

    Ce genre d’offres arrive en DM, dans les commentaires et dans les jeux. Certaines sont des arnaques pour te prendre ton argent. D’autres servent à obtenir des photos de toi, qui peuvent ensuite servir à te mettre la pression ou à te faire chanter.
s-older-teens-offers-intro-alt = Une offre brillante dans une enveloppe, examinée à la loupe, à côté d’un panneau sens interdit.
s-older-teens-offers-fake-modelling =
    <b>Fausses offres de mannequinat ou d’emploi</b> : les vraies agences ne repèrent pas des ados en DM pour leur demander des photos en sous-vêtements, des photos nues ou un appel vidéo privé. Des agences de mannequins ont prévenu que de faux recruteurs font exactement ça.

    Si une offre a l’air sérieuse, vérifie-la avec un adulte de confiance : cherche l’entreprise toi-même et contacte-la par son site officiel, pas par le lien qu’on t’a envoyé.
s-older-teens-offers-easy-money =
    <b>L’argent facile</b> : les offres pour te payer des photos, des discussions privées ou « juste quelques minutes devant la caméra » sont des pièges. Tu peux perdre de l’argent, ou finir victime de chantage.

    <b>Des cadeaux contre des photos</b> : de l’argent, des cartes cadeaux, des crédits de jeu ou des vêtements en échange de photos, c’est de l’exploitation, même si ça commence par « juste un selfie ». Les demandes grossissent en général.
s-older-teens-offers-q1 = Un « recruteur » t’écrit : tu pourrais être mannequin, envoie juste quelques photos en sous-vêtements pour commencer. Tu fais quoi ?
s-older-teens-offers-q1-a = Les envoyer, c’est une grande chance
s-older-teens-offers-q1-a-why = Les grands rêves, c’est super, et les arnaqueurs s’en servent. Les vraies agences ne demandent pas de photos en sous-vêtements en DM.
s-older-teens-offers-q1-b = Les envoyer, mais sans montrer mon visage
s-older-teens-offers-q1-b-why = Cacher ton visage montre que tu fais attention. Mais tu donnerais quand même des photos intimes à un inconnu, et elles peuvent servir à te mettre la pression.
s-older-teens-offers-q1-c = Ne rien envoyer ; vérifier l’agence avec un adulte
s-older-teens-offers-q1-c-why = Une vraie offre sera toujours là après vérification. Bloque et signale le compte, et parles-en avec un adulte de confiance.
s-older-teens-offers-what-to-do =
    <b>Que faire</b>
    Si une offre demande des photos, de l’argent d’avance ou le secret, ce n’est pas une vraie offre. N’envoie rien. Garde les messages, bloque et signale le compte, et parles-en à un adulte de confiance ou à une ligne d’écoute pour les jeunes (le 116 111 dans beaucoup de pays). Déjà envoyé quelque chose ? Tu n’auras pas d’ennuis : fais-toi aider maintenant.

    Appuie sur <b>Obtenir de l'aide</b> à tout moment pour voir la ligne d’écoute et les sites de signalement de ton pays.

## Leçon 5 : Relation saine ou contrôle ?

s-older-teens-healthy-title = Relation saine ou contrôle ?
s-older-teens-healthy-intro =
    Une bonne relation, en ligne comme dans la vraie vie, c’est une relation où tu te sens en sécurité, où on te respecte et où tu es libre d’être toi-même.

    Les disputes et un peu de jalousie, ça arrive parfois. Le contrôle, c’est autre chose : c’est une personne qui essaie de décider de ce que fait l’autre.
s-older-teens-healthy-intro-alt = Deux ados qui sourient côte à côte avec un cœur au-dessus d’eux, une coche verte et un cadenas ouvert.
s-older-teens-healthy-healthy =
    Une relation <b>saine</b>, c’est :
    • Vous avez chacun vos amis, votre temps et votre intimité.
    • Vous parlez des problèmes et vous vous écoutez tous les deux.
    • Chacun de vous peut dire non, et c’est OK.
    • Tu n’as pas à partager tes mots de passe ou ta position pour prouver quoi que ce soit.
    • Tu te sens bien dans ta peau avec cette personne.
s-older-teens-healthy-controlling =
    Une relation de <b>contrôle</b>, c’est :
    • Fouiller ton téléphone, ou exiger tes mots de passe ou ta position.
    • Se mettre en colère si tu ne réponds pas tout de suite.
    • Te dire qui suivre, bloquer ou à qui parler.
    • Te rabaisser, en privé ou dans des publications.
    • Te mettre la pression pour des nudes, ou menacer de partager des photos.

    Ce sont des signaux d’alerte de violence numérique. Ce n’est pas de l’amour, et ce n’est pas de ta faute.
s-older-teens-healthy-q1 = Ton copain ou ta copine veut tes mots de passe « pour prouver que tu ne caches rien ». Qu’est-ce qui est vrai ?
s-older-teens-healthy-q1-a = Normal, en couple on partage tout
s-older-teens-healthy-q1-a-why = Certains couples choisissent de partager des choses, librement. Mais exiger des mots de passe comme preuve, c’est du contrôle, pas de la confiance.
s-older-teens-healthy-q1-b = C’est un signe de contrôle, pas de confiance
s-older-teens-healthy-q1-b-why = Dans une relation saine, la confiance n’a pas besoin de ce genre de preuve. Tu peux dire non, et en parler à quelqu’un de confiance si ça continue.
s-older-teens-healthy-q1-c = Grave seulement si on lit mes messages
s-older-teens-healthy-q1-c-why = C’est normal d’espérer que l’autre ne va pas fouiller. Mais exiger l’accès, c’est déjà du contrôle, qu’il s’en serve ou non.
s-older-teens-healthy-a-friend =
    Parfois, c’est plus facile de repérer le contrôle dans la relation d’un ami que dans la sienne.

    Si tu t’inquiètes pour un ami, dis-lui ce que tu as remarqué, sans le juger, ni juger la personne avec qui il est. Écoute. Rappelle-lui que ce n’est pas de sa faute, et qu’il mérite de se sentir en sécurité. Reste présent, même s’il n’est pas encore prêt à agir.
s-older-teens-healthy-q2 = La personne avec qui sort ton amie fouille son téléphone et se met en colère quand elle voit ses amis. Comment l’aider ?
s-older-teens-healthy-q2-a = Ne pas m’en mêler, c’est leur relation
s-older-teens-healthy-q2-a-why = C’est gênant de s’en mêler. Mais quelqu’un dans une relation de contrôle peut se sentir très seul, et un soutien tout en douceur compte.
s-older-teens-healthy-q2-b = Dire à l’autre de la laisser tranquille
s-older-teens-healthy-q2-b-why = Tu veux la protéger, c’est gentil. Mais affronter la personne avec qui elle sort peut empirer les choses pour elle. Parle d’abord à ton amie.
s-older-teens-healthy-q2-c = L’écouter sans juger, lui conseiller d’en parler
s-older-teens-healthy-q2-c-why = Dis-lui que tu as remarqué des choses et que tu tiens à elle, et que ce n’est pas de sa faute. Propose-lui un adulte de confiance ou une ligne d’écoute, et continue d’être là pour elle.
s-older-teens-healthy-what-to-do =
    <b>Que faire</b>
    Si une relation te semble contrôlante, tu mérites mieux, et tu n’y es pour rien. Parles-en à un adulte de confiance ou à une ligne d’écoute pour les jeunes (le 116 111 dans beaucoup de pays). Si un jour tu as peur pour ta sécurité, appelle le numéro d’urgence de ton pays.

    Appuie sur <b>Obtenir de l'aide</b> à tout moment pour voir la ligne d’écoute et les sites de signalement de ton pays.
