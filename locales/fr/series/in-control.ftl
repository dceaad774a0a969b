## Série : C’est toi qui décides (in-control), pour les ados de 13 à 17 ans.
## Structure : content/series/in-control.yaml. Inspirée de Be Internet Awesome et des conseils d’eSafety (reformulés).

s-in-control-title = C’est toi qui décides
s-in-control-about = Quatre petites leçons sur ta vie privée, les faux profils et les arnaques, la sécurité de tes comptes et la gentillesse en ligne. C’est toi qui choisis ce que tu partages et qui peut te contacter.

## Leçon 1 : Ton empreinte et ta vie privée

s-in-control-footprint-title = Ton empreinte et ta vie privée
s-in-control-footprint-intro =
    Tout ce que tu publies, likes, partages ou commentes laisse une trace. Toutes ces traces forment ton <b>empreinte numérique</b>.

    Les autres peuvent enregistrer, capturer ou transférer ce que tu partages, même depuis une discussion « privée ». Pas de quoi avoir peur : ça veut juste dire que tu as le choix. C’est toi qui décides ce que tu montres, et à qui.
s-in-control-footprint-think-first =
    Avant de publier, pose-toi deux petites questions :

    • Est-ce que ça me gênerait que ma famille, un prof ou un futur patron le voie ?
    • Est-ce que ça montre où j’habite, mon école, ou où je suis en ce moment ?

    Ton adresse, ton numéro, ton école et ta position en direct, garde-les pour les gens que tu connais et en qui tu as confiance dans la vraie vie. Partager des trucs sympas, c’est super. Dire où te trouver, c’est autre chose.
s-in-control-footprint-telegram-settings =
    Sur Telegram, c’est toi qui choisis qui peut te voir et te contacter. Ouvre <b>Paramètres</b>, puis <b>Confidentialité et sécurité</b> :

    • <b>Numéro de téléphone</b> : choisis <b>Personne</b> ou <b>Mes contacts</b>.
    • Qui peut t’ajouter à des groupes : choisis <b>Mes contacts</b>.
    • Dernière connexion et photos de profil : montre-les seulement à tes contacts, si tu veux.

    Ça prend une minute, et tu peux changer d’avis quand tu veux.
s-in-control-footprint-q1 = Qui devrait pouvoir voir ton numéro de téléphone sur Telegram ?
s-in-control-footprint-q1-a = Tout le monde, pour que mes amis me trouvent
s-in-control-footprint-q1-a-why = C’est pratique, mais des inconnus peuvent alors voir ton numéro. Tes amis peuvent te trouver grâce à ton nom d’utilisateur : Personne ou Mes contacts est donc le choix le plus sûr.
s-in-control-footprint-q1-b = Les gens qui sont dans mes groupes
s-in-control-footprint-q1-b-why = Limiter, c’est un bon début, mais un groupe peut être plein de gens que tu n’as jamais rencontrés. Personne ou Mes contacts protège mieux ton numéro.
s-in-control-footprint-q1-c = Personne, ou seulement mes contacts
s-in-control-footprint-q1-c-why = Comme ça, ton numéro reste chez les personnes que tu choisis. Tes amis peuvent toujours discuter avec toi, et les inconnus en savent moins sur toi.
s-in-control-footprint-unwanted-contact =
    Parfois, des inconnus t’envoient des messages. Dans une enquête australienne, 3 ados sur 10 ont dit avoir été contactés en ligne par quelqu’un qu’ils ne connaissaient pas, en seulement six mois (eSafety Commissioner, 2021). Tu n’es donc pas seul ou seule.

    Tu n’as pas à répondre. Tu peux :
    • quitter la discussion ou l’ignorer
    • <b>bloquer</b> et <b>signaler</b> le compte (Telegram affiche ces boutons quand quelqu’un de nouveau t’écrit)
    • faire des captures d’écran si quelque chose cloche
    • en parler à un adulte de confiance
s-in-control-footprint-q2 = Quelqu’un que tu n’as jamais rencontré te demande sans arrêt dans quelle école tu vas. Que faire ?
s-in-control-footprint-q2-a = Lui dire, ce n’est qu’un nom d’école
s-in-control-footprint-q2-a-why = Ça peut sembler sans danger, mais ton école indique où te trouver presque tous les jours. Tu as le droit de garder ça pour toi, même si la personne insiste.
s-in-control-footprint-q2-b = Ne rien dire, et bloquer si ça continue
s-in-control-footprint-q2-b-why = Tu ne dois tes infos perso à personne. Quelqu’un qui insiste pour les avoir montre un signal d’alerte : bloque, signale et parles-en à quelqu’un de confiance.
s-in-control-footprint-q2-c = Envoyer une photo de mon uniforme à la place
s-in-control-footprint-q2-c-why = Ça esquive la question, mais un uniforme ou un logo peut montrer ton école tout aussi clairement. Mieux vaut garder ça pour toi.
s-in-control-footprint-what-to-do =
    <b>Que faire ?</b>
    • Vérifie tes paramètres de confidentialité aujourd’hui. Ça prend une minute.
    • Réfléchis avant de dire où tu habites, où tu étudies ou où tu es.
    • Si quelqu’un te met mal à l’aise, arrête de répondre, bloque, signale et parles-en à un adulte de confiance.

    Appuie sur <b>Obtenir de l'aide</b> quand tu veux pour voir la ligne d’écoute et les sites de signalement de ton pays.

## Leçon 2 : Repérer les faux

s-in-control-fakes-title = Repérer les faux
s-in-control-fakes-intro =
    En ligne, n’importe qui peut choisir n’importe quel nom, âge ou photo. La plupart des gens sont honnêtes, mais certains se font passer pour quelqu’un d’autre pour piéger les autres.

    Pas besoin de te méfier de tout le monde. Il suffit de connaître les signes. Voyons trois sortes de faux : les faux profils, les fausses offres et les faux messages.
s-in-control-fakes-fake-people =
    <b>Les faux profils</b> suivent souvent le même schéma. Méfie-toi si quelqu’un :
    • devient ton « meilleur ami » très vite, avec plein de compliments
    • te demande de garder vos échanges secrets
    • veut passer sur une autre appli
    • demande des photos, de l’argent ou des infos perso
    • s’énerve ou insiste quand tu dis non

    Un seul signe ne prouve rien. Mais si quelque chose cloche, écoute ton ressenti. Tu peux ralentir ou arrêter.
s-in-control-fakes-q1 = Quelqu’un rencontré dans un jeu dit avoir 14 ans, comme toi. Une semaine plus tard, il veut passer sur une appli privée et garder ça secret. C’est quoi ?
s-in-control-fakes-q1-a = Normal, les amis en ligne font ça
s-in-control-fakes-q1-a-why = Beaucoup d’amitiés en ligne sont vraies et belles. Mais te presser et demander des secrets, ce sont des signaux d’alerte, même si la personne a l’air gentille.
s-in-control-fakes-q1-b = Un signal d’alerte : ralentir et en parler
s-in-control-fakes-q1-b-why = Un secret plus un changement d’appli, c’est un piège classique. Tu peux dire non, et en parler à un adulte de confiance, c’est malin, pas « balancer ».
s-in-control-fakes-q1-c = Ça va, si sa photo de profil a l’air vraie
s-in-control-fakes-q1-c-why = Vérifier son profil, c’est logique, mais une photo se copie facilement n’importe où. La façon dont quelqu’un se comporte en dit plus que sa photo.
s-in-control-fakes-fake-offers =
    <b>Les fausses offres</b> ont l’air géniales : Telegram Premium gratuit, des pièces pour ton jeu, un cadeau gagné à un concours auquel tu n’as jamais participé, ou de l’argent facile pour une petite mission.

    Le piège arrive juste après : on te demande de cliquer sur un lien, de payer un petit montant, ou d’envoyer un code ou tes infos perso.

    Règle simple : si ça a l’air trop beau pour être vrai, c’est sûrement faux.
s-in-control-fakes-phishing =
    <b>Les faux messages</b> (le phishing) se font passer pour une appli, une banque ou même un ami. Souvent, ils te pressent : « Ton compte sera supprimé dans 1 heure ! »

    Avant de cliquer :
    • Ce message sort-il de nulle part ?
    • Est-ce qu’on me presse ou qu’on me fait peur ?
    • Le lien a-t-il l’air bizarre ?

    Si oui, ne clique pas. Va toi-même sur l’appli ou le site. Telegram ne demande jamais ton code ni ton mot de passe dans une discussion.
s-in-control-fakes-q2 = Un message dit que tu as gagné Telegram Premium gratuit. Il suffit de cliquer sur un lien et d’entrer ton code de connexion. Tu fais quoi ?
s-in-control-fakes-q2-a = Je ne clique pas, je bloque et je signale
s-in-control-fakes-q2-a-why = Un vrai cadeau n’a jamais besoin de ton code de connexion. Bloquer et signaler l’expéditeur aide aussi à protéger les autres.
s-in-control-fakes-q2-b = J’entre vite le code avant que ça expire
s-in-control-fakes-q2-b-why = L’urgence fait partie du piège. Quelqu’un qui a ton code peut prendre ton compte. Prends ton temps : les vraies offres ne disparaissent pas en quelques secondes.
s-in-control-fakes-q2-c = Je le transfère à mes amis pour qu’ils gagnent
s-in-control-fakes-q2-c-why = C’est gentil de penser à eux, mais tu leur passerais le piège. Mieux vaut le signaler et prévenir tes amis que c’est une arnaque.
s-in-control-fakes-what-to-do =
    <b>Que faire ?</b>
    • Un doute ? Fais une pause, rien ne presse.
    • Ne clique pas sur les liens surprises et n’envoie ni code, ni argent, ni photos.
    • Bloque et signale les faux comptes.
    • Déjà cliqué, envoyé ou payé ? Ça arrive à plein de gens. Parles-en à un adulte de confiance. Ce n’est pas ta faute, et ça se règle.

    Appuie sur <b>Obtenir de l'aide</b> quand tu veux pour voir la ligne d’écoute et les sites de signalement de ton pays.

## Leçon 3 : Des comptes bien protégés

s-in-control-accounts-title = Des comptes bien protégés
s-in-control-accounts-intro =
    Tes comptes contiennent tes discussions, tes photos et tes amis. Bien les verrouiller, c’est garder la main dessus.

    Trois habitudes simples changent tout :
    • un mot de passe solide
    • la validation en deux étapes
    • ne jamais partager tes codes de connexion
s-in-control-accounts-passphrase =
    <b>Long, c’est mieux que compliqué.</b> Une phrase de passe, c’est quelques mots au hasard mis bout à bout, comme lampe-nuage-biscuit-saut (mais invente la tienne !).

    • Évite ton prénom, ta date de naissance ou le nom de ton animal.
    • Prends un mot de passe différent pour chaque compte important.
    • Ne le partage pas, même avec tes amis les plus proches.

    Un gestionnaire de mots de passe ou un adulte de confiance peut t’aider à t’y retrouver.
s-in-control-accounts-q1 = Quel mot de passe est le plus solide ?
s-in-control-accounts-q1-a = Lucas2010
s-in-control-accounts-q1-a-why = Les prénoms et les années de naissance se devinent facilement, surtout s’ils sont sur ton profil. Essaie plutôt quelques mots au hasard.
s-in-control-accounts-q1-b = piano-banane-vent-botte
s-in-control-accounts-q1-b-why = Quatre mots au hasard, c’est long et difficile à deviner, mais facile à retenir pour toi. Pense juste à inventer les tiens.
s-in-control-accounts-q1-c = Motdepasse123!
s-in-control-accounts-q1-c-why = Il a l’air compliqué, mais c’est l’un des mots de passe les plus utilisés. La longueur et le hasard comptent plus que les symboles.
s-in-control-accounts-two-step =
    La <b>validation en deux étapes</b> ajoute un deuxième verrou. Même si quelqu’un obtient ton code de connexion, il lui faudra aussi ton mot de passe.

    Sur Telegram, ouvre <b>Paramètres</b>, puis <b>Confidentialité et sécurité</b>, puis <b>Validation en deux étapes</b>. Choisis un mot de passe et ajoute un e-mail de récupération que tu consultes.

    Beaucoup d’autres applis le proposent : cherche « deux étapes » ou « 2FA » dans leurs réglages.
s-in-control-accounts-login-codes =
    Un code de connexion, c’est comme la clé de chez toi. <b>Ne le donne jamais</b>, même à quelqu’un qui dit venir de Telegram, ou à un ami qui dit te l’avoir envoyé par erreur. Telegram ne demande jamais ton code dans une discussion.

    Tu en as donné un par erreur ? Ça arrive. Va dans <b>Paramètres</b>, puis <b>Appareils</b>, ferme toute session que tu ne reconnais pas, et active la validation en deux étapes.
s-in-control-accounts-q2 = Un ami t’écrit : « Oups, j’ai envoyé mon code sur ton numéro par erreur. Tu peux me le renvoyer ? » Tu fais quoi ?
s-in-control-accounts-q2-a = Je l’envoie, c’est mon ami
s-in-control-accounts-q2-a-why = C’est sympa de vouloir aider, mais c’est un piège très courant. Son compte a peut-être été piraté, et ce code, c’est en fait la clé du tien.
s-in-control-accounts-q2-b = J’envoie seulement la moitié du code
s-in-control-accounts-q2-b-why = Même un bout de code peut aider un arnaqueur à entrer dans ton compte. Le plus sûr, c’est de ne rien envoyer du tout.
s-in-control-accounts-q2-c = Je n’envoie rien et je vérifie autrement
s-in-control-accounts-q2-c-why = Un appel ou une vraie conversation montre si c’est vraiment ton ami. Si son compte a été piraté, le tien reste protégé, et tu peux l’aider à récupérer le sien.
s-in-control-accounts-what-to-do =
    <b>Que faire ?</b>
    • Une phrase de passe longue, différente pour chaque compte.
    • Active dès aujourd’hui la validation en deux étapes.
    • Ne partage jamais tes codes ni tes mots de passe.
    • Ton compte a été piraté ? Ferme les sessions inconnues dans <b>Appareils</b>, change ton mot de passe et parles-en à un adulte de confiance.

    Appuie sur <b>Obtenir de l'aide</b> quand tu veux pour voir la ligne d’écoute et les sites de signalement de ton pays.

## Leçon 4 : Gentillesse et courage

s-in-control-kind-title = Gentillesse et courage
s-in-control-kind-intro =
    Derrière chaque écran, il y a une vraie personne, avec de vrais sentiments. Ce qu’on publie et ce qu’on partage peut illuminer la journée de quelqu’un, ou la gâcher.

    La gentillesse en ligne, ce n’est pas une question de perfection. C’est une affaire de petits choix : ce que tu envoies, ce que tu transfères, et la façon dont tu soutiens les autres.
s-in-control-kind-dont-forward =
    Tu reçois un mème méchant, une rumeur ou une photo gênante de quelqu’un ? <b>Que ça s’arrête avec toi.</b>

    • Ne le transfère pas, ne like pas, ne commente pas.
    • Signale-le dans l’appli.
    • Ne partage jamais d’images privées ou intimes de qui que ce soit. Ça peut faire énormément de mal, et dans beaucoup de pays, c’est interdit par la loi.

    Ne pas transférer, c’est un choix discret, mais courageux.
s-in-control-kind-q1 = Dans un groupe, quelqu’un poste une photo gênante d’un camarade de classe. Quelle est la réaction sympa et courageuse ?
s-in-control-kind-q1-a = Ne pas partager, signaler, prendre des nouvelles
s-in-control-kind-q1-a-why = Ne pas partager freine la diffusion, signaler aide à faire retirer la photo, et un message gentil montre à ton camarade qu’il n’est pas seul.
s-in-control-kind-q1-b = La transférer, tout le monde l’a déjà vue
s-in-control-kind-q1-b-why = On peut croire qu’un partage de plus ne change rien, mais chacun fait encore plus de mal. Tu peux être la personne qui arrête ça.
s-in-control-kind-q1-c = Ajouter une blague pour détendre l’ambiance
s-in-control-kind-q1-c-why = Vouloir détendre l’ambiance, ça se comprend. Mais les blagues peuvent en rajouter et faire encore plus de peine à ton camarade.
s-in-control-kind-support-friends =
    Si un ami se fait embêter en ligne, tu peux l’aider, même avec de petits gestes :
    • Envoie-lui un message privé : « J’ai vu ça. Ça va ? »
    • Écoute-le sans le juger.
    • Aide-le à faire des captures d’écran, puis à bloquer et signaler.
    • Propose de l’accompagner pour en parler à un adulte de confiance.

    Tu n’as pas à tout régler. Être là, ça compte déjà énormément.
s-in-control-kind-talk-it-out =
    <b>Dans le doute, parles-en.</b> Si quelque chose en ligne te fait peur, te rend triste, te perturbe ou te met la pression, dis-le à quelqu’un de confiance : un parent, un proche, un prof, l’équipe de ton école ou une ligne d’écoute pour les jeunes.

    Il n’est jamais trop tard pour en parler. Si quelqu’un d’autre a mal agi, ce n’est pas ta faute. Et si tu as fait une erreur, tu mérites quand même de l’aide.
s-in-control-kind-q2 = Un ami te dit que quelqu’un lui envoie sans arrêt des messages méchants. Qu’est-ce qui l’aide le plus ?
s-in-control-kind-q2-a = Lui dire d’ignorer, tout simplement
s-in-control-kind-q2-a-why = Ignorer, ça marche parfois, mais à lui seul, ça peut laisser ton ami isolé. L’aider à bloquer, signaler et trouver du soutien, c’est mieux.
s-in-control-kind-q2-b = Renvoyer des messages méchants au harceleur
s-in-control-kind-q2-b-why = Vouloir défendre ton ami, c’est un bon réflexe. Mais répondre peut empirer les choses et t’attirer des ennuis à toi aussi. Signale plutôt.
s-in-control-kind-q2-c = L’écouter, l’aider à signaler, trouver un adulte
s-in-control-kind-q2-c-why = L’écouter l’aide à se sentir moins seul, signaler permet que les messages soient examinés, et un adulte de confiance peut aider à faire cesser tout ça.
s-in-control-kind-what-to-do =
    <b>Que faire ?</b>
    • Ne transfère pas les publications ou images blessantes : signale-les.
    • Prends des nouvelles de tes amis qui traversent un moment difficile.
    • Si quelque chose en ligne t’inquiète, parles-en à un adulte de confiance. Ce que quelqu’un d’autre a fait n’est pas ta faute.

    Appuie sur <b>Obtenir de l'aide</b> quand tu veux pour voir la ligne d’écoute et les sites de signalement de ton pays.

## La voix des jeunes : la question en un appui posée une fois après la série

s-in-control-voice-first-step = Laquelle de ces choses ferais-tu en premier ?
s-in-control-voice-first-step-privacy = Vérifier qui peut voir mes publications
s-in-control-voice-first-step-passwords = Renforcer mes mots de passe
s-in-control-voice-first-step-check = M’arrêter et vérifier avant de partager
s-in-control-voice-first-step-kind = Soutenir quelqu’un qu’on embête en ligne
s-in-control-voice-first-step-talk = En parler à quelqu'un de confiance

## Alt texts of the lesson pictures (for screen readers and the preview)

s-in-control-footprint-intro-alt = Un ou une ado tient un téléphone. Une traînée d’empreintes mène à une carte d’interrupteurs de confidentialité et à un cadenas.
s-in-control-fakes-intro-alt = Un ou une ado avec un téléphone regarde deux profils. Un visage est caché derrière un masque, et une loupe le vérifie.
s-in-control-accounts-intro-alt = Un ou une ado à côté d’un grand téléphone avec un cadenas à l’écran, un bouclier avec une coche et une clé.
s-in-control-kind-intro-alt = Deux amis côte à côte, l’un avec un bras autour de l’autre, avec un cœur et des bulles de discussion.
