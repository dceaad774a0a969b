## Série: Jogos e lives (games-streams), para adolescentes de 13 a 17 anos.
## Baseada nas orientações do eSafety, da Kids Helpline, do CEOP Thinkuknow, da Internet Matters e do FBI, parafraseadas.
## Português do Brasil, tratamento por "você".

s-games-streams-title = Jogos e lives
s-games-streams-about = Chat de voz, pedidos de amizade, presentes e lives: descubra os truques que algumas pessoas usam para ganhar confiança ou criar “dívidas”, deixe suas configurações bem fechadas e saiba sair e denunciar quando algo estiver estranho.

## Lição 1: Chat de voz e pedidos de amizade

s-games-streams-game-chat-title = Chat de voz e pedidos de amizade
s-games-streams-game-chat-intro =
    Jogos são um ótimo jeito de passar o tempo, formar equipe e fazer amizades, e a maioria dos jogadores só quer jogar.

    Mas o chat do jogo e o chat de voz também deixam desconhecidos chegarem até você, e alguns adultos usam jogos para se aproximar de jovens. Na internet, qualquer um pode dizer que tem 15 anos. Uma voz, uma skin ou um ranking não provam quem a pessoa é.
s-games-streams-game-chat-intro-alt = Um adolescente sorridente com fone de ouvido e um controle na mão, com balões de conversa, uma tela de jogo, um cadeado e uma engrenagem de configurações.
s-games-streams-game-chat-red-flags =
    Cuidado com jogadores que:
    • perguntam sua idade, onde você mora ou estuda, ou se você está sem ninguém em casa;
    • mandam muitas mensagens ou pedidos de amizade depois de uma só partida;
    • elogiam muito e dizem que você é especial ou tem muita maturidade;
    • levam a conversa para corpo, namoro ou sexo;
    • querem guardar segredo ou ir para outro app.

    Um só desses sinais já é motivo para se afastar.
s-games-streams-game-chat-settings =
    Suas configurações ajudam:
    • Chat de voz e de texto: só amigos ou só a party, ou desligado.
    • Pedidos de amizade: de amigos de amigos, ou de ninguém.
    • Um nome de usuário sem seu nome verdadeiro, idade, escola ou cidade.
    • <b>Silencie</b> quem for chato e <b>bloqueie</b> quem for sinistro.

    As configurações têm nomes diferentes em cada jogo e console: procure Privacidade, Segurança ou Comunicação.
s-games-streams-game-chat-q1 = Um jogador que você acabou de conhecer diz que você tem muito mais maturidade do que o pessoal da sua idade e depois pergunta se você está sem ninguém em casa. O que é isso?
s-games-streams-game-chat-q1-a = Um elogio, nada de mais
s-games-streams-game-chat-q1-a-why = Elogios são bons de ouvir, e é justamente essa a ideia. Muitos elogios mais perguntas sobre estar sem ninguém em casa é um padrão clássico de aliciamento (grooming). Você pode parar de responder.
s-games-streams-game-chat-q1-b = Sinais de alerta: bajulação e pergunta pessoal
s-games-streams-game-chat-q1-b-why = Você não precisa responder a perguntas pessoais de ninguém. Silencie, bloqueie e denuncie o jogador, e conte a um adulto de confiança se isso preocupou você.
s-games-streams-game-chat-q1-c = Tudo bem, se a pessoa joga bem
s-games-streams-game-chat-q1-c-why = Jogar bem não diz nada sobre a pessoa ser segura ou não. Preste atenção no que ela pergunta, não em como ela joga.
s-games-streams-game-chat-what-to-do =
    <b>O que fazer</b>
    Deixe o chat só para amigos, não coloque dados pessoais no nome de usuário nem no perfil e saia de qualquer conversa que fique pessoal demais ou sinistra. Bloqueie e denuncie o jogador no jogo. Conte a um adulto de confiança ou ligue para uma linha de apoio para jovens (116 111 em muitos países).

    Toque em <b>Pedir ajuda</b> quando quiser para ver a linha de apoio e os sites de denúncia do seu país.

## Lição 2: Presentes, skins e “dívidas”

s-games-streams-gifts-debt-title = Presentes, skins e “dívidas”
s-games-streams-gifts-debt-intro =
    Skins grátis, moedas do jogo, um passe de batalha, um gift card: é muito bom quando alguém dá um presente para você.

    Mas algumas pessoas dão presentes para ganhar confiança, ou para fazer você sentir que deve algo a elas. Depois, pedem algo em troca: fotos, segredos, uma chamada de vídeo ou passar para um app privado. O conselho da Kids Helpline: diga “não, valeu” a presentes e créditos grátis de pessoas que você só conhece online.
s-games-streams-gifts-debt-intro-alt = Um adolescente levanta a mão para dizer “não, valeu” a uma grande caixa de presente com moedas e pedras preciosas em volta.
s-games-streams-gifts-debt-owe-nothing =
    Presente não é acordo. Se alguém diz “depois de tudo o que eu te dei…”, isso é pressão, e é um sinal de alerta.

    Alguns jogadores emprestam moedas do jogo e depois dizem que você tem uma <b>dívida</b> e precisa pagar de outras formas. Não importa o que deram: você não deve fotos, segredos nem seu tempo a ninguém. Você pode parar de responder e contar a alguém.
s-games-streams-gifts-debt-private-apps =
    Vá com calma quando um amigo do jogo quiser ir para um app privado, principalmente um em que as mensagens somem, ou pedir que a amizade fique em segredo.

    Mudar de app nem sempre é ruim. Mas, junto com presentes, elogios demais ou segredos, é um sinal de alerta. Um amigo de verdade não se importa se você prefere conversar dentro do jogo nem se sua família sabe da amizade.
s-games-streams-gifts-debt-q1 = Um jogador deu skins para você. Agora diz que você deve a ele e pede uma foto “como agradecimento”. O que é verdade?
s-games-streams-gifts-debt-q1-a = Devo mandar, ele foi generoso
s-games-streams-gifts-debt-q1-a-why = Querer fazer o que é justo é um bom instinto. Mas presente não é contrato, e usar um presente para conseguir uma foto é manipulação. Você não deve nada.
s-games-streams-gifts-debt-q1-b = Não devo nada; posso parar e contar a alguém
s-games-streams-gifts-debt-q1-b-why = Usar presentes para fazer você se sentir em dívida é um truque conhecido. Pare de responder, guarde a conversa, bloqueie e denuncie, e conte a um adulto de confiança.
s-games-streams-gifts-debt-q1-c = Devo devolver em dinheiro
s-games-streams-gifts-debt-q1-c-why = É natural querer ficar quite. Mas pagar mantém vocês em contato e pode trazer mais exigências. Você não precisa pagar por um presente.
s-games-streams-gifts-debt-what-to-do =
    <b>O que fazer</b>
    Recuse presentes de pessoas que você só conhece online. Se alguém disser que você deve algo, pare de responder, tire prints e depois bloqueie e denuncie a pessoa no jogo. Conte a um adulto de confiança ou a uma linha de apoio para jovens (116 111 em muitos países). Você não vai ter problemas por ter aceitado um presente.

    Toque em <b>Pedir ajuda</b> quando quiser para ver a linha de apoio e os sites de denúncia do seu país.

## Lição 3: Lives: assistir e fazer uma live

s-games-streams-livestreams-title = Lives
s-games-streams-livestreams-intro =
    Lives são divertidas de assistir e de fazer. Quem assiste pode comentar, conversar e mandar presentes em tempo real.

    Como é ao vivo, é difícil voltar atrás: quem assiste pode gravar a live ou tirar print. E o público ao vivo pode ter pessoas que você não conhece, mesmo que a ideia fosse só para amigos.
s-games-streams-livestreams-intro-alt = Um adolescente acena para um celular num suporte que está transmitindo ao vivo, com corações, um presente e uma estrela subindo.
s-games-streams-livestreams-comments-gifts =
    Cuidado com quem assiste e:
    • manda presentes ou moedas e depois pede algo em troca, como um desafio, uma pose ou um chat privado;
    • pede para você trocar de roupa, mostrar o quarto ou dizer onde está;
    • continua mandando mensagens privadas depois da live.

    Você pode ignorar pedidos, filtrar ou desligar os comentários, remover espectadores e encerrar a live quando quiser. Presentes não querem dizer que você deve nada a ninguém.
s-games-streams-livestreams-before-live =
    Antes de entrar ao vivo:
    • Confira o fundo: uniforme da escola, placas de rua, sua casa, cartas com seu endereço.
    • Faça a live só para amigos, se o app deixar.
    • Nunca diga na live onde você está, onde estuda nem seus planos.
    • Avise um adulto de confiança quando for fazer uma live.

    Alguns apps só deixam adolescentes mais novos fazer live com um adulto, ou não deixam de jeito nenhum. Confira as regras do app.
s-games-streams-livestreams-q1 = Alguém manda muitos presentes durante sua live e depois pede para continuar num chat privado. O que você faz?
s-games-streams-livestreams-q1-a = Vou para o privado, a pessoa foi generosa
s-games-streams-livestreams-q1-a-why = Pode parecer que você deve retribuir. Mas presentes dados para ficar a sós com você são um sinal de alerta. Você não deve nada a quem assiste.
s-games-streams-livestreams-q1-b = Digo não, removo a pessoa, conto a alguém
s-games-streams-livestreams-q1-b-why = Você pode dizer não, remover ou bloquear a pessoa e denunciar. Contar a um adulto de confiança ajuda se ela continuar tentando.
s-games-streams-livestreams-q1-c = Continuo a live e torço para parar
s-games-streams-livestreams-q1-c-why = Torcer para passar é compreensível. Mas esse tipo de pressão costuma crescer. Agir cedo mantém você no controle.
s-games-streams-livestreams-what-to-do =
    <b>O que fazer</b>
    Faça lives para pessoas que você conhece, deixe dados pessoais fora da câmera e encerre a live assim que algo parecer errado. Denuncie quem pressionar você. Conte a um adulto de confiança ou a uma linha de apoio para jovens (116 111 em muitos países).

    Toque em <b>Pedir ajuda</b> quando quiser para ver a linha de apoio e os sites de denúncia do seu país.

## Lição 4: Sair, bloquear e denunciar

s-games-streams-leave-report-title = Sair, bloquear e denunciar
s-games-streams-leave-report-intro =
    Você pode sair de qualquer partida, chat, servidor ou live quando quiser, sem explicar nada. Sair não é falta de educação, nem é perder. É você no controle.

    Se alguém está fazendo bullying, pressionando você ou agindo de um jeito sinistro, os passos desta lição ajudam a fazer isso parar, para você e para outros jogadores.
s-games-streams-leave-report-intro-alt = Um adolescente caminha em direção a uma porta aberta, com uma bandeira de denúncia de um lado e um sinal de bloqueio do outro.
s-games-streams-leave-report-evidence =
    Antes de bloquear, <b>guarde provas</b>:
    • Prints ou uma gravação de tela do chat ou das mensagens.
    • O nome de usuário da pessoa (e a gamertag, se for diferente).
    • O jogo, o servidor ou a live, e a data.

    O eSafety, órgão que regula a segurança online na Austrália, aconselha juntar provas assim e depois denunciar o jogador no jogo.
s-games-streams-leave-report-block-report =
    <b>Silenciar</b> faz você parar de ouvir ou ver a pessoa. <b>Bloquear</b> impede que ela entre em contato com você. <b>Denunciar</b> avisa o jogo, para que ele possa agir. Se alguém está fazendo mal, faça os três.

    As denúncias costumam ser privadas: o jogador não fica sabendo quem denunciou. Procure um ícone de bandeira, toque no nome do jogador na lista de jogadores ou procure Denunciar no menu.
s-games-streams-leave-report-q1 = Um jogador continua mandando mensagens depois que você saiu da partida, pedindo suas outras contas. Qual é o melhor passo?
s-games-streams-leave-report-q1-a = Passar uma conta para ele parar
s-games-streams-leave-report-q1-a-why = Pode parecer a saída mais fácil. Mas isso dá a ele mais um jeito de chegar até você, e você não precisa dar nada a ele.
s-games-streams-leave-report-q1-b = Tirar print, bloquear, denunciar, contar
s-games-streams-leave-report-q1-b-why = Primeiro as provas, depois bloquear e denunciar no jogo. Contar a um adulto de confiança quer dizer que você não está lidando com isso sem apoio.
s-games-streams-leave-report-q1-c = Apagar o jogo de vez
s-games-streams-leave-report-q1-c-why = Dar um tempo é normal, se você quiser. Mas você não fez nada de errado: bloquear e denunciar faz a pessoa parar sem você perder seu jogo.
s-games-streams-leave-report-what-to-do =
    <b>O que fazer</b>
    Saia de tudo o que parecer errado. Guarde provas e depois bloqueie e denuncie no jogo. Conte a um adulto de confiança ou ligue para uma linha de apoio para jovens (116 111 em muitos países). Se alguém pedir imagens sexuais ou ameaçar você, é sério: peça ajuda na hora.

    Toque em <b>Pedir ajuda</b> quando quiser para ver a linha de apoio e os sites de denúncia do seu país.
