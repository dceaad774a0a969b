## Série : Sextorsion et chantage à l’argent (sextortion-money), pour les ados de 13 à 17 ans.
## S’appuie sur les conseils du FBI, du NCMEC et de Thorn sur la sextorsion financière, reformulés. La dernière leçon suit
## les recommandations pour parler du suicide sans danger (#chatsafe, cadre de l’Action Alliance) : aucun détail sur les moyens, de l’espoir et l’appel à l’aide.

s-sextortion-money-title = Sextorsion : le chantage à l’argent
s-sextortion-money-about = Comment marche l’arnaque à la sextorsion pour de l’argent, que faire dans les premières minutes, comment faire retirer des images, et vers qui te tourner si tout te semble trop lourd. Tu n’es pas seul ou seule, et ce n’est pas de ta faute.

## Leçon 1 : Comment marche l’arnaque

s-sextortion-money-pattern-title = Comment marche l’arnaque
s-sextortion-money-pattern-intro =
    La <b>sextorsion financière</b> est une arnaque. Quelqu’un pousse un ou une jeune à envoyer une photo ou une vidéo nue ou sexuelle, puis menace de la diffuser s’il ou elle ne paie pas.

    Ce sont des criminels, souvent des groupes organisés dans d’autres pays, qui tentent le coup sur beaucoup de jeunes à la fois. Ils ont l’habitude. Tomber dans le piège ne veut pas dire que tu es bête. Ça veut dire que tu as été ciblé ou ciblée.
s-sextortion-money-pattern-intro-alt = Un ado qui tient un téléphone, à côté d’un plus grand téléphone qui montre un profil caché derrière un masque, avec des horloges qui tournent.
s-sextortion-money-pattern-how-it-goes =
    Souvent, ça se passe comme ça :
    • Un nouveau profil qui drague t’ajoute, souvent une fille de ton âge en apparence. Vous semblez avoir des amis en commun.
    • Tout va très vite. La personne envoie une « photo » d’elle et t’en demande une en retour.
    • En quelques minutes ou quelques heures, le ton change : « Paie maintenant ou j’envoie ça à tes amis et à ta famille. » On te montre parfois la liste de tes abonnés.
    • On te donne des délais très courts pour te faire paniquer.
s-sextortion-money-pattern-who =
    Ces arnaques visent surtout les <b>garçons ados</b>. Dans les signalements de sextorsion financière au NCMEC, environ 9 jeunes visés sur 10 étaient des garçons de 14 à 17 ans (Thorn et NCMEC, 2024). Ça arrive aussi aux filles et aux adultes.

    Donc si ça t’arrive, tu es loin d’être le seul ou la seule. Les personnes qui aident dans ces cas-là en ont vu beaucoup, et elles ne te jugeront pas.
s-sextortion-money-pattern-q1 = Un nouveau profil te drague, t’envoie une photo dans l’heure et t’en demande une en retour. Il se passe quoi ?
s-sextortion-money-pattern-q1-a = La personne doit vraiment m’apprécier
s-sextortion-money-pattern-q1-a-why = C’est agréable quand quelqu’un semble s’intéresser à toi, et les arnaqueurs comptent là-dessus. Une drague très rapide suivie d’un échange de photos, c’est l’un des scénarios les plus courants de cette arnaque.
s-sextortion-money-pattern-q1-b = Sûrement une arnaque : trop rapide, et un échange de photos
s-sextortion-money-pattern-q1-b-why = Les vraies personnes vont rarement aussi vite. Tu peux arrêter de répondre, puis bloquer et signaler le profil. Tu ne dois ni photo ni explication à un inconnu.
s-sextortion-money-pattern-q1-c = Pas de souci, puisque la personne a envoyé en premier
s-sextortion-money-pattern-q1-c-why = Envoyer en premier, c’est une technique pour te mettre en confiance. La photo envoyée est en général volée à quelqu’un d’autre.
s-sextortion-money-pattern-what-to-do =
    <b>Que faire</b>
    Si un nouveau contact passe très vite à des trucs sexuels : arrête-toi, n’envoie rien, puis bloque et signale le compte. Si tu as déjà envoyé quelque chose et qu’on te menace, la leçon suivante montre les premières étapes. Parles-en à un adulte de confiance ou à une ligne d’écoute pour les jeunes (le 116 111 dans beaucoup de pays).

    Appuie sur <b>Obtenir de l'aide</b> à tout moment pour voir la ligne d’écoute et les sites de signalement de ton pays.

## Leçon 2 : Les premières minutes

s-sextortion-money-first-steps-title = Les premières minutes
s-sextortion-money-first-steps-intro =
    Si quelqu’un menace de diffuser ta photo si tu ne paies pas : <b>respire</b>. Là, tout de suite, ça peut sembler être la fin du monde. Ce n’est pas le cas. On s’en sort, et il existe des personnes dont le métier est de t’aider.

    L’arnaqueur veut que tu paniques et que tu paies vite. Ralentir, c’est reprendre le contrôle.
s-sextortion-money-first-steps-intro-alt = Un ado calme qui lève la main pour dire stop, à côté d’une pile de pièces barrée.
s-sextortion-money-first-steps-dont-pay =
    <b>Ne paie pas.</b> Ni argent, ni cartes cadeaux, ni crédits de jeu. Le FBI prévient que même quand les jeunes paient, les arnaqueurs en demandent souvent plus et font d’autres menaces.

    <b>Arrête de répondre.</b> Ne discute pas, ne supplie pas, ne négocie pas. Tu n’as à répondre à aucun message ni à respecter aucun délai. Ton silence ne leur donne aucune prise.
s-sextortion-money-first-steps-evidence =
    <b>Garde des preuves</b> avant de bloquer : captures d’écran de la discussion et des menaces, pseudo et lien du profil, et les infos de paiement qu’on t’a envoyées.

    <b>Bloque et signale</b> le compte dans l’appli. S’il y a une option sur les menaces, le chantage ou la nudité, choisis-la.

    <b>Ne supprime pas ton compte</b> tout de suite : les messages aident les plateformes et la police à arrêter ces personnes.
s-sextortion-money-first-steps-q1 = On t’écrit : « Paie dans dix minutes ou tout le monde la verra. » Quelle est la meilleure chose à faire ?
s-sextortion-money-first-steps-q1-a = Payer, pour que ça s’arrête
s-sextortion-money-first-steps-q1-a-why = Vouloir que ça s’arrête vite, c’est tout à fait compréhensible. Mais payer entraîne en général d’autres demandes. Garde ton argent et demande plutôt de l’aide.
s-sextortion-money-first-steps-q1-b = Les supplier de supprimer la photo
s-sextortion-money-first-steps-q1-b-why = C’est naturel d’essayer de les raisonner. Mais répondre leur montre que tu as peur, et ils s’en servent. Le silence marche mieux.
s-sextortion-money-first-steps-q1-c = Ne plus répondre, garder des preuves, bloquer, en parler
s-sextortion-money-first-steps-q1-c-why = Le délai, c’est une technique pour te mettre la pression. Des captures d’écran, un blocage et un signalement, et un adulte de confiance ou une ligne d’écoute à tes côtés : c’est comme ça qu’on s’en sort.
s-sextortion-money-first-steps-what-to-do =
    <b>Que faire</b>
    Ne paie pas. Arrête de répondre. Fais des captures d’écran. Bloque et signale, mais garde ton compte. Puis parles-en <b>maintenant</b> : à un adulte de confiance ou à une ligne d’écoute pour les jeunes (le 116 111 dans beaucoup de pays). Si tu te sens en danger, appelle le numéro d’urgence de ton pays.

    Appuie sur <b>Obtenir de l'aide</b> à tout moment pour voir la ligne d’écoute et les sites de signalement de ton pays.

## Leçon 3 : En parler, faire retirer l’image

s-sextortion-money-tell-takedown-title = En parler, faire retirer l’image
s-sextortion-money-tell-takedown-intro =
    En parler peut sembler le plus dur. Tu as peut-être peur d’avoir des ennuis, ou de ce qu’on va penser de toi.

    La plupart des adultes, et toutes les lignes d’écoute pour les jeunes, seront de ton côté. C’est un délit commis contre toi. Tu n’auras pas d’ennuis si tu demandes de l’aide, même si tu as désobéi à une règle ou envoyé la photo.
s-sextortion-money-tell-takedown-intro-alt = Un ado qui parle avec un adulte de confiance qui l’écoute avec bienveillance, avec un cœur entre eux.
s-sextortion-money-tell-takedown-who-to-tell =
    À qui en parler :
    • Un parent ou un adulte qui s’occupe de toi, quelqu’un de plus âgé dans ta famille, un prof ou un conseiller scolaire.
    • Une ligne d’écoute pour les jeunes : c’est gratuit, confidentiel, et tu n’as pas à donner ton nom (le 116 111 dans beaucoup de pays).

    Pour commencer : « Quelqu’un me menace en ligne et j’ai besoin d’aide. » Pas besoin de tout expliquer d’un coup. Si la première personne n’aide pas, parles-en à quelqu’un d’autre.
s-sextortion-money-tell-takedown-take-it-down =
    Tu peux aussi aider à empêcher l’image de circuler, même avant qu’elle soit diffusée.

    <b>Take It Down</b> (takeitdown.ncmec.org) est gratuit, et tu peux l’utiliser sans donner ton nom. Il concerne les images nues ou sexuelles de toi d’avant tes 18 ans. Il crée une empreinte numérique de l’image sur ton propre appareil, et les applis participantes s’en servent pour trouver et supprimer les copies. L’image elle-même n’est jamais envoyée.
s-sextortion-money-tell-takedown-q1 = Qu’est-ce qui est vrai à propos de Take It Down ?
s-sextortion-money-tell-takedown-q1-a = Il peut servir avant que l’image soit diffusée
s-sextortion-money-tell-takedown-q1-a-why = Tu peux l’utiliser dès que tu t’inquiètes, sans donner ton nom. Les applis participantes peuvent alors bloquer l’image si quelqu’un essaie de la publier chez elles.
s-sextortion-money-tell-takedown-q1-b = Je dois leur envoyer l’image
s-sextortion-money-tell-takedown-q1-b-why = C’est une inquiétude courante. Mais l’image reste sur ton appareil : seule son empreinte numérique est envoyée.
s-sextortion-money-tell-takedown-q1-c = Ça marche seulement si je vais d’abord voir la police
s-sextortion-money-tell-takedown-q1-c-why = La police peut aider, et aller la voir est une bonne démarche. Mais tu peux utiliser Take It Down seul ou seule, ou avec un adulte de confiance, sans passer d’abord par elle.
s-sextortion-money-tell-takedown-not-your-fault =
    Quoi qu’il se soit passé avant les menaces, c’est la personne qui te fait chanter qui commet un délit. Ce n’est pas de ta faute si tu as fait confiance à quelqu’un, flirté ou envoyé une photo.

    Les arnaqueurs essaient de t’isoler et de te faire honte pour que tu te taises. Dès que tu en parles à quelqu’un, leur pouvoir commence à s’effondrer.
s-sextortion-money-tell-takedown-q2 = Dans une sextorsion, à qui la faute ?
s-sextortion-money-tell-takedown-q2-a = À moi, parce que j’ai envoyé la photo
s-sextortion-money-tell-takedown-q2-a-why = Beaucoup de gens s’en veulent, et c’est exactement ce que veut l’arnaqueur. Mais envoyer une photo à quelqu’un en qui tu avais confiance n’est pas un délit. Le chantage, si.
s-sextortion-money-tell-takedown-q2-b = Seulement à la personne qui menace
s-sextortion-money-tell-takedown-q2-b-why = La personne qui te menace a choisi de commettre un délit. Toi, tu mérites de l’aide et du soutien, pas des reproches.
s-sextortion-money-tell-takedown-q2-c = Un peu à nous deux
s-sextortion-money-tell-takedown-q2-c-why = On peut le ressentir comme ça quand on a peur. Mais la faute ne se partage pas : elle revient à la personne qui menace.
s-sextortion-money-tell-takedown-what-to-do =
    <b>Que faire</b>
    Parles-en aujourd’hui à un adulte de confiance ou à une ligne d’écoute pour les jeunes (le 116 111 dans beaucoup de pays). Utilise takeitdown.ncmec.org pour aider à empêcher l’image de circuler, et signale le compte dans l’appli. Tu n’auras pas d’ennuis si tu demandes de l’aide.

    Appuie sur <b>Obtenir de l'aide</b> à tout moment pour voir la ligne d’écoute et les sites de signalement de ton pays.

## Leçon 4 : Quand c’est trop lourd

s-sextortion-money-too-much-title = Quand c’est trop lourd
s-sextortion-money-too-much-intro =
    Quand on te menace comme ça, ça peut être écrasant. Tu peux paniquer, avoir honte, ne plus arriver à dormir, ou avoir l’impression qu’il n’y a pas d’issue.

    Ces émotions sont une réaction normale face à quelque chose d’effrayant. Elles ne veulent pas dire que les choses ne peuvent pas s’arranger. Avec de l’aide, elles s’arrangent. Beaucoup de jeunes sont passés par là et s’en sont sortis.
s-sextortion-money-too-much-intro-alt = Un ado au téléphone avec une ligne d’écoute, pendant que le soleil se lève derrière lui.
s-sextortion-money-too-much-reach-out =
    <b>Si tu as des pensées de te faire du mal, appelle tout de suite une ligne d’écoute pour les jeunes ou le numéro d’urgence de ton pays.</b> Dans beaucoup de pays, la ligne d’écoute pour les jeunes, c’est le 116 111. C’est gratuit, et quelqu’un est là pour t’écouter.

    Pas besoin de trouver les bons mots. « On me menace en ligne et je n’en peux plus », ça suffit. Tu n’as pas à affronter ça seul ou seule, pas même une nuit.
s-sextortion-money-too-much-q1 = Il est tard, tu as peur et tu as l’impression de ne plus pouvoir tenir. Qu’est-ce qui aide, là, maintenant ?
s-sextortion-money-too-much-q1-a = Garder ça pour moi jusqu’au matin
s-sextortion-money-too-much-q1-a-why = Vouloir le cacher, ça se comprend, surtout la nuit. Mais tu n’as pas à attendre : les lignes d’écoute et les numéros d’urgence sont là tout de suite, et en parler aide.
s-sextortion-money-too-much-q1-b = Appeler une ligne d’écoute, réveiller un adulte de confiance
s-sextortion-money-too-much-q1-b-why = Demander de l’aide tout de suite, c’est une force, pas une faiblesse. Une ligne d’écoute ou un adulte peut t’aider à te sentir plus en sécurité cette nuit et à faire un plan pour demain.
s-sextortion-money-too-much-q1-c = Les payer pour que ce sentiment s’arrête
s-sextortion-money-too-much-q1-c-why = Tout ce qui fait cesser la peur peut sembler valoir le coup. Mais payer entraîne en général d’autres demandes. Parler à quelqu’un, c’est ce qui aide vraiment.
s-sextortion-money-too-much-friend =
    Si quelqu’un parmi tes amis te dit qu’on le menace et semble désespéré, ou dit vouloir se faire du mal :
    • Prends-le au sérieux, et reste avec lui, en vrai ou au téléphone.
    • Dis-lui : « Ce n’est pas de ta faute. On va trouver de l’aide. »
    • Préviens tout de suite un adulte de confiance, ou appelez ensemble une ligne d’écoute ou le numéro d’urgence de ton pays.

    Tu n’as pas à tout régler. Aller chercher de l’aide, c’est suffisant.
s-sextortion-money-too-much-what-to-do =
    <b>Que faire</b>
    Si tu as des pensées de te faire du mal, appelle tout de suite une ligne d’écoute pour les jeunes (le 116 111 dans beaucoup de pays) ou le numéro d’urgence de ton pays. Si tu as peur mais que tu es en sécurité, parles-en aujourd’hui à un adulte de confiance. Ça va passer, et tu n’as pas à vivre ça seul ou seule.

    Appuie sur <b>Obtenir de l'aide</b> à tout moment pour voir la ligne d’écoute et les numéros d’urgence de ton pays.
