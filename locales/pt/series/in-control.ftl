## Série: Quem decide é você (in-control), para adolescentes de 13 a 17 anos.
## Estrutura: content/series/in-control.yaml. Baseada no Be Internet Awesome e nos conselhos do eSafety (com palavras próprias).
## Português neutro para o Brasil, Portugal e África; nomes de menus como aparecem no Telegram.

s-in-control-title = Quem decide é você
s-in-control-about = Quatro lições curtas sobre privacidade, perfis e mensagens falsos, contas seguras e gentileza online. Você decide o que mostra e quem pode falar com você.

## Lição 1: Pegada digital e privacidade

s-in-control-footprint-title = Pegada digital e privacidade
s-in-control-footprint-intro =
    Tudo o que você publica, envia ou comenta, e até suas reações, deixa marcas. Juntas, essas marcas formam sua <b>pegada digital</b>.

    Outras pessoas podem guardar, capturar ou encaminhar o que você envia, mesmo de uma conversa "privada". Isso não é motivo para ter medo. É motivo para escolher. Você decide o que sai e quem vê.
s-in-control-footprint-think-first =
    Antes de publicar, faça duas perguntas rápidas:

    • Eu ficaria bem se minha família, um professor ou um futuro chefe visse isso?
    • Isso mostra onde eu moro, em que escola estudo ou onde estou agora?

    Endereço, número de telefone, escola e localização em tempo real: guarde isso para quem você conhece e em quem confia fora da internet. Mostrar coisas divertidas é ótimo. Dizer onde encontrar você é outra coisa.
s-in-control-footprint-telegram-settings =
    No Telegram, você escolhe quem pode ver você e falar com você. Abra <b>Configurações</b> e depois <b>Privacidade e Segurança</b>:

    • <b>Número de Telefone</b>: escolha <b>Ninguém</b> ou <b>Meus Contatos</b>.
    • Quem pode adicionar você a grupos: escolha <b>Meus Contatos</b>.
    • Visto por último e fotos de perfil: se quiser, mostre só aos seus contatos.

    Leva um minuto, e você pode mudar quando quiser.
s-in-control-footprint-q1 = Quem deveria poder ver seu número de telefone no Telegram?
s-in-control-footprint-q1-a = Qualquer pessoa, para os amigos me encontrarem
s-in-control-footprint-q1-a-why = É prático, mas assim pessoas que você não conhece também veem seu número. Os amigos podem encontrar você pelo nome de usuário, então Ninguém ou Meus Contatos é a escolha mais segura.
s-in-control-footprint-q1-b = Qualquer pessoa dos meus grupos
s-in-control-footprint-q1-b-why = Limitar já é um bom começo, mas um grupo pode estar cheio de gente que você nunca viu. Ninguém ou Meus Contatos protege melhor seu número.
s-in-control-footprint-q1-c = Ninguém, ou só meus contatos
s-in-control-footprint-q1-c-why = Assim, seu número fica com as pessoas que você escolhe. Os amigos continuam conversando com você, e quem você não conhece sabe menos sobre você.
s-in-control-footprint-unwanted-contact =
    Às vezes, pessoas que você não conhece mandam mensagens. Em uma pesquisa na Austrália, 3 em cada 10 adolescentes disseram que alguém que não conheciam tinha entrado em contato com eles online em apenas seis meses (eSafety Commissioner, 2021). Então isso não acontece só com você.

    Você não precisa responder. Você pode:
    • sair da conversa ou ignorar
    • <b>bloquear</b> e <b>denunciar</b> a conta (o Telegram mostra esses botões quando alguém novo escreve para você)
    • tirar prints se algo parecer estranho
    • contar a um adulto de confiança
s-in-control-footprint-q2 = Alguém que você nunca viu pessoalmente pergunta sem parar em que escola você estuda. O que fazer?
s-in-control-footprint-q2-a = Dizer, é só o nome de uma escola
s-in-control-footprint-q2-a-why = Pode parecer inofensivo, mas sua escola mostra onde encontrar você quase todos os dias. Você tem o direito de não contar, mesmo que a pessoa insista.
s-in-control-footprint-q2-b = Não dizer, e bloquear se continuar
s-in-control-footprint-q2-b-why = Você não deve seus dados pessoais a ninguém. Quem insiste em pedir esses dados está mostrando um sinal de alerta: bloqueie, denuncie e conte a alguém de confiança.
s-in-control-footprint-q2-c = Mandar uma foto do meu uniforme
s-in-control-footprint-q2-c-why = É um jeito de fugir da pergunta, mas um uniforme ou um emblema pode mostrar sua escola com a mesma clareza. Melhor não contar.
s-in-control-footprint-what-to-do =
    <b>O que fazer</b>
    • Verifique hoje suas configurações de privacidade. Leva um minuto.
    • Pense antes de dizer onde mora, onde estuda ou onde está.
    • Se alguém deixar você desconfortável, pare de responder, bloqueie, denuncie e conte a um adulto de confiança.

    Toque em <b>Pedir ajuda</b> quando quiser para ver a linha de ajuda e os sites de denúncia do seu país.

## Lição 2: Reconhecer o que é falso

s-in-control-fakes-title = Reconhecer o que é falso
s-in-control-fakes-intro =
    Na internet, qualquer pessoa pode escolher qualquer nome, idade ou foto. A maioria das pessoas é quem diz ser, mas algumas fingem ser outra pessoa para enganar.

    Você não precisa desconfiar de todos. Basta conhecer os sinais. Vamos ver três tipos: perfis falsos, ofertas falsas e mensagens falsas.
s-in-control-fakes-fake-people =
    <b>Perfis falsos</b> costumam seguir um padrão. Atenção se alguém:
    • quer ser seu "melhor amigo" muito depressa, com muitos elogios
    • pede para manter as conversas em segredo
    • quer levar a conversa para outra plataforma
    • pede fotos, dinheiro ou dados pessoais
    • reage mal ou insiste quando você diz não

    Um sinal sozinho não prova nada. Mas, se algo parecer estranho, confie nesse pressentimento. Você pode ir mais devagar ou parar.
s-in-control-fakes-q1 = Alguém de um chat de jogo diz que também tem 14 anos. Uma semana depois, quer passar para uma conversa privada em outra plataforma e manter segredo. O que é isso?
s-in-control-fakes-q1-a = Normal, amigos online fazem isso
s-in-control-fakes-q1-a-why = Muitas amizades online são verdadeiras e boas. Mas apressar você e pedir segredo são sinais de alerta, mesmo que a pessoa pareça simpática.
s-in-control-fakes-q1-b = Um sinal de alerta: ir devagar e contar a alguém
s-in-control-fakes-q1-b-why = Segredo mais mudança de plataforma é um truque comum. Você pode dizer não, e contar a um adulto de confiança é inteligente, não é trair ninguém.
s-in-control-fakes-q1-c = Tudo bem, se a foto de perfil parecer real
s-in-control-fakes-q1-c-why = Verificar o perfil faz sentido, mas fotos são fáceis de copiar de qualquer lugar. A forma como alguém age diz mais do que a foto.
s-in-control-fakes-fake-offers =
    <b>Ofertas falsas</b> parecem incríveis: Telegram Premium grátis, moedas para seu jogo, um sorteio que você "ganhou" sem participar, ou dinheiro fácil por uma tarefa simples.

    O truque vem logo depois: pedem para tocar em um link, pagar uma pequena taxa ou enviar um código ou seus dados pessoais.

    Regra rápida: se parece bom demais para ser verdade, provavelmente não é.
s-in-control-fakes-phishing =
    <b>Mensagens falsas</b> (phishing) fingem vir de um serviço, de um banco ou até de um amigo. Muitas vezes, apressam você: "Sua conta será apagada em 1 hora!"

    Antes de tocar:
    • A mensagem chegou do nada?
    • Alguém quer apressar ou assustar você?
    • O link parece um pouco estranho?

    Se sim, não toque. Vá você ao site ou serviço oficial. O Telegram nunca pede seu código nem sua senha em uma conversa.
s-in-control-fakes-q2 = Uma mensagem diz que você ganhou Telegram Premium grátis. Basta tocar em um link e escrever seu código de acesso. O que você faz?
s-in-control-fakes-q2-a = Não toco: bloqueio e denuncio quem enviou
s-in-control-fakes-q2-a-why = Prêmios de verdade nunca precisam do seu código de acesso. Bloquear e denunciar quem enviou também ajuda a proteger outras pessoas.
s-in-control-fakes-q2-b = Escrevo o código rápido, antes que acabe
s-in-control-fakes-q2-b-why = A pressa faz parte do truque. Quem tem seu código pode ficar com sua conta. Vá com calma: ofertas reais não desaparecem em segundos.
s-in-control-fakes-q2-c = Encaminho para os amigos ganharem também
s-in-control-fakes-q2-c-why = A intenção é boa, mas você passaria o truque para eles. Melhor denunciar e avisar os amigos de que é falso.
s-in-control-fakes-what-to-do =
    <b>O que fazer</b>
    • Não sabe se algo é real? Faça uma pausa. Você não precisa responder logo.
    • Não toque em links inesperados e não envie códigos, dinheiro nem fotos.
    • Bloqueie e denuncie contas falsas.
    • Já tocou, enviou ou pagou algo? Acontece com muita gente. Conte a um adulto de confiança. A culpa não é sua, e tem solução.

    Toque em <b>Pedir ajuda</b> quando quiser para ver a linha de ajuda e os sites de denúncia do seu país.

## Lição 3: Contas bem protegidas

s-in-control-accounts-title = Contas bem protegidas
s-in-control-accounts-intro =
    Suas contas guardam conversas, fotos e amigos. Se você as protege bem, quem manda nelas continua sendo você.

    Três hábitos simples fazem uma grande diferença:
    • uma senha forte
    • a verificação em duas etapas
    • nunca passar seus códigos de acesso a ninguém
s-in-control-accounts-passphrase =
    <b>Longa é melhor que complicada.</b> Uma frase-senha são algumas palavras aleatórias juntas, como gato-nuvem-janela-salto (mas invente a sua!).

    • Não use seu nome, a data de nascimento ou o nome do seu animal.
    • Use uma senha diferente para cada conta importante.
    • Não conte sua senha a ninguém, nem aos amigos mais próximos.

    Um gerenciador de senhas ou um adulto de confiança pode ajudar você a lembrar.
s-in-control-accounts-q1 = Qual é a senha mais forte?
s-in-control-accounts-q1-a = Ana2010
s-in-control-accounts-q1-a-why = Nomes e anos de nascimento são fáceis de adivinhar, ainda mais se aparecem no seu perfil. Experimente várias palavras aleatórias.
s-in-control-accounts-q1-b = piano-banana-vento-bota
s-in-control-accounts-q1-b-why = Quatro palavras aleatórias formam uma senha longa e difícil de adivinhar, mas fácil de lembrar. Só não se esqueça de inventar a sua.
s-in-control-accounts-q1-c = Senha123!
s-in-control-accounts-q1-c-why = Parece complexa, mas é uma das senhas mais usadas. O comprimento e o acaso contam mais do que os símbolos.
s-in-control-accounts-two-step =
    A <b>verificação em duas etapas</b> acrescenta uma segunda fechadura. Mesmo que alguém consiga seu código de acesso, ainda vai precisar da sua senha para entrar.

    No Telegram, abra <b>Configurações</b>, depois <b>Privacidade e Segurança</b> e depois <b>Verificação em Duas Etapas</b>. Escolha uma senha e adicione um e-mail de recuperação que você use.

    Muitos outros serviços também têm isso: procure "duas etapas" ou "2FA" nas configurações.
s-in-control-accounts-login-codes =
    Um código de acesso é como a chave da sua casa. <b>Nunca passe o código a ninguém</b>, nem a quem diz ser do Telegram, nem a um amigo que diz ter enviado o código por engano. O Telegram nunca pede seu código em uma conversa.

    Passou um código por engano? Acontece. Vá a <b>Configurações</b> e depois <b>Dispositivos</b>, encerre qualquer sessão que você não reconheça e ative a verificação em duas etapas.
s-in-control-accounts-q2 = Um amigo escreve: "Ops, mandei o meu código para seu número por engano. Pode mandar para mim?" O que você faz?
s-in-control-accounts-q2-a = Mando, é meu amigo
s-in-control-accounts-q2-a-why = É bom querer ajudar, mas este é um truque muito comum. A conta dele pode ter sido invadida, e esse código é, na verdade, a chave da sua.
s-in-control-accounts-q2-b = Mando só metade do código
s-in-control-accounts-q2-b-why = Até um pedaço do código pode ajudar um golpista a entrar na sua conta. O mais seguro é não mandar nada.
s-in-control-accounts-q2-c = Não mando e confirmo de outra forma
s-in-control-accounts-q2-c-why = Uma ligação ou uma conversa pessoalmente mostra se é mesmo seu amigo. Se a conta dele foi invadida, a sua continua protegida, e você ainda pode ajudar seu amigo a recuperar a dele.
s-in-control-accounts-what-to-do =
    <b>O que fazer</b>
    • Use uma frase-senha longa e diferente para cada conta.
    • Ative hoje a verificação em duas etapas no Telegram.
    • Nunca passe códigos nem senhas a ninguém.
    • Acha que alguém entrou na sua conta? Encerre as sessões desconhecidas em <b>Dispositivos</b>, mude a senha e conte a um adulto de confiança.

    Toque em <b>Pedir ajuda</b> quando quiser para ver a linha de ajuda e os sites de denúncia do seu país.

## Lição 4: Gentileza e coragem

s-in-control-kind-title = Gentileza e coragem
s-in-control-kind-intro =
    Do outro lado de cada mensagem há uma pessoa real, com sentimentos reais. O que publicamos e enviamos pode alegrar o dia de alguém, ou estragá-lo.

    Gentileza online não tem a ver com perfeição. Tem a ver com pequenas escolhas: o que você envia, o que encaminha e como apoia os outros.
s-in-control-kind-dont-forward =
    Recebeu um meme maldoso, um boato ou uma foto constrangedora de alguém? <b>Com você, isso para aqui.</b>

    • Não encaminhe, não reaja e não comente.
    • Denuncie na plataforma.
    • Nunca envie imagens privadas ou íntimas de outra pessoa. Isso pode fazer muito mal, e em muitos países é crime.

    Não encaminhar é uma escolha discreta, mas corajosa.
s-in-control-kind-q1 = Em um grupo, alguém publica uma foto constrangedora de um colega de turma. Qual é a atitude gentil e corajosa?
s-in-control-kind-q1-a = Não enviar, denunciar e perguntar se está bem
s-in-control-kind-q1-a-why = Não enviar trava a divulgação, denunciar ajuda a retirar a foto, e uma mensagem gentil mostra ao seu colega que ele não está sozinho.
s-in-control-kind-q1-b = Encaminhar, todos já viram mesmo
s-in-control-kind-q1-b-why = Pode parecer que mais um envio não faz diferença, mas cada um espalha o mal ainda mais. Você pode ser quem faz isso parar.
s-in-control-kind-q1-c = Fazer uma piada para aliviar o clima
s-in-control-kind-q1-c-why = Querer aliviar o clima faz sentido. Mas as piadas podem aumentar a humilhação e deixar seu colega ainda pior.
s-in-control-kind-support-friends =
    Se alguém próximo de você sofre ataques online, você pode ajudar com pequenos gestos:
    • Mande uma mensagem privada: "Vi o que aconteceu. Tudo bem?"
    • Ouça sem julgar.
    • Ajude a tirar prints e depois a bloquear e denunciar.
    • Ofereça-se para ir junto falar com um adulto de confiança.

    Você não precisa resolver tudo. Estar presente já faz muita diferença.
s-in-control-kind-talk-it-out =
    <b>Na dúvida, fale.</b> Se algo online causar medo, tristeza, confusão ou pressão, conte a alguém de confiança: a mãe, o pai, outro familiar, um professor, alguém da escola ou uma linha de ajuda para jovens.

    Nunca é tarde para falar. Se outra pessoa agiu mal, a culpa não é sua. E, se você errou, também merece ajuda.
s-in-control-kind-q2 = Um amigo conta que alguém manda mensagens maldosas para ele sem parar. O que ajuda mais?
s-in-control-kind-q2-a = Dizer que é só ignorar
s-in-control-kind-q2-a-why = Ignorar às vezes funciona, mas, sozinho, pode deixar seu amigo isolado. Ajudar a bloquear, denunciar e procurar apoio funciona melhor.
s-in-control-kind-q2-b = Mandar mensagens maldosas de volta
s-in-control-kind-q2-b-why = Querer defender seu amigo é um bom instinto. Mas responder com ataques pode piorar as coisas e trazer problemas para você também. Melhor denunciar.
s-in-control-kind-q2-c = Ouvir, ajudar a denunciar e chamar um adulto
s-in-control-kind-q2-c-why = Ouvir ajuda seu amigo a não se sentir sozinho, denunciar faz alguém analisar as mensagens, e um adulto de confiança pode ajudar a fazer isso parar.
s-in-control-kind-what-to-do =
    <b>O que fazer</b>
    • Não encaminhe publicações ou imagens que magoam: denuncie.
    • Pergunte como estão os amigos que passam por um momento difícil.
    • Se algo online preocupar você, fale com um adulto de confiança. O que outra pessoa fez não é culpa sua.

    Toque em <b>Pedir ajuda</b> quando quiser para ver a linha de ajuda e os sites de denúncia do seu país.

## A voz dos jovens: a pergunta de um toque, feita uma vez no fim da série

s-in-control-voice-first-step = Qual destas coisas você faria primeiro?
s-in-control-voice-first-step-privacy = Ver quem pode ver minhas publicações
s-in-control-voice-first-step-passwords = Deixar minhas senhas mais fortes
s-in-control-voice-first-step-check = Parar e checar antes de compartilhar
s-in-control-voice-first-step-kind = Apoiar quem está sendo atacado online
s-in-control-voice-first-step-talk = Conversar com alguém de confiança

## Alt texts of the lesson pictures (for screen readers and the preview)

s-in-control-footprint-intro-alt = Um adolescente segura um celular. Um rastro de pegadas leva a um cartão de botões de privacidade e a um cadeado.
s-in-control-fakes-intro-alt = Um adolescente com um celular olha dois perfis. Um rosto está escondido atrás de uma máscara, e uma lupa o verifica.
s-in-control-accounts-intro-alt = Um adolescente ao lado de um celular grande com um cadeado na tela, um escudo com um sinal de certo e uma chave.
s-in-control-kind-intro-alt = Dois amigos lado a lado, um com o braço no ombro do outro, com um coração e balões de conversa.
