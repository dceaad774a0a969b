## Série: Golpes de sextorsão por dinheiro (sextortion-money), para adolescentes de 13 a 17 anos.
## Baseada nas orientações do FBI, do NCMEC e da Thorn sobre sextorsão financeira, parafraseadas. A última lição segue
## as orientações de comunicação segura (#chatsafe, Action Alliance): nenhum detalhe de métodos, esperança e busca de ajuda.
## Português do Brasil, tratamento por "você".

s-sextortion-money-title = Golpes de sextorsão por dinheiro
s-sextortion-money-about = Como funcionam os golpes de sextorsão por dinheiro, o que fazer nos primeiros minutos, como tirar imagens do ar e onde buscar apoio se tudo parecer demais. Você tem com quem contar, e a culpa não é sua.

## Lição 1: Como o golpe funciona

s-sextortion-money-pattern-title = Como o golpe funciona
s-sextortion-money-pattern-intro =
    A <b>sextorsão financeira</b> é um golpe. Alguém engana um adolescente para que ele mande uma foto ou um vídeo nu ou sexual e depois ameaça divulgar se ele não pagar.

    Quem faz isso são criminosos, muitas vezes grupos organizados de outros países, que tentam o golpe com muitos jovens ao mesmo tempo. Eles têm muita prática. Cair no golpe não é falta de inteligência. Só quer dizer que você virou alvo.
s-sextortion-money-pattern-intro-alt = Um adolescente segura um celular ao lado de um celular maior que mostra um perfil escondido atrás de uma máscara, com relógios correndo.
s-sextortion-money-pattern-how-it-goes =
    Muitas vezes, é assim:
    • Um perfil novo adiciona você e já chega flertando, muitas vezes parecendo uma garota da sua idade. Pode até parecer que vocês têm amigos em comum.
    • Tudo vai rápido. A pessoa manda uma “foto” dela e pede uma sua.
    • Em minutos ou horas, o clima muda: “Paga agora ou mando isso para seus amigos e sua família.” Pode até mostrar a lista dos seus seguidores.
    • Dá prazos curtos para você entrar em pânico.
s-sextortion-money-pattern-who =
    Esses golpes miram sobretudo <b>meninos adolescentes</b>. Nas denúncias de sextorsão financeira feitas ao NCMEC, cerca de 9 em cada 10 jovens que foram alvo eram meninos de 14 a 17 anos (Thorn e NCMEC, 2024). Também acontece com meninas e com adultos.

    Então, se acontecer com você, saiba que acontece com muita gente. Quem ajuda nesses casos já viu isso muitas vezes, e não vai julgar você.
s-sextortion-money-pattern-q1 = Um perfil novo flerta com você, manda uma foto em menos de uma hora e pede uma de volta. O que está acontecendo?
s-sextortion-money-pattern-q1-a = A pessoa deve gostar muito de mim
s-sextortion-money-pattern-q1-a-why = É bom quando alguém parece interessado, e os golpistas contam com isso. Um flerte muito rápido seguido de uma troca de fotos é um dos padrões mais comuns desse golpe.
s-sextortion-money-pattern-q1-b = Provavelmente um golpe: rápido demais, e troca de fotos
s-sextortion-money-pattern-q1-b-why = Pessoas reais raramente têm tanta pressa. Você pode parar de responder e depois bloquear e denunciar o perfil. Você não deve uma foto a um desconhecido, nem uma explicação.
s-sextortion-money-pattern-q1-c = Tudo bem, já que a pessoa mandou primeiro
s-sextortion-money-pattern-q1-c-why = Mandar primeiro é um truque para passar confiança. A foto que mandam costuma ser roubada de outra pessoa.
s-sextortion-money-pattern-what-to-do =
    <b>O que fazer</b>
    Se um contato novo logo puxa assunto sexual: pare, não mande nada e depois bloqueie e denuncie a conta. Se você já mandou algo e estão ameaçando você, a próxima lição mostra os primeiros passos. Conte a um adulto de confiança ou a uma linha de apoio para jovens (116 111 em muitos países).

    Toque em <b>Pedir ajuda</b> quando quiser para ver a linha de apoio e os sites de denúncia do seu país.

## Lição 2: Os primeiros minutos

s-sextortion-money-first-steps-title = Os primeiros minutos
s-sextortion-money-first-steps-intro =
    Se alguém ameaça divulgar uma imagem sua se você não pagar: <b>respire fundo</b>. Agora pode parecer o fim do mundo. Não é. As pessoas passam por isso, e há gente cujo trabalho é ajudar você.

    O golpista quer que você entre em pânico e pague rápido. Ir mais devagar é como você retoma o controle.
s-sextortion-money-first-steps-intro-alt = Um adolescente calmo levanta a mão num gesto de pare, ao lado de uma pilha de moedas riscada.
s-sextortion-money-first-steps-dont-pay =
    <b>Não pague.</b> Nem dinheiro, nem gift cards, nem créditos de jogo. O FBI alerta que, mesmo quando os jovens pagam, os golpistas muitas vezes pedem mais e fazem mais ameaças.

    <b>Pare de responder.</b> Não discuta, não implore, não negocie. Você não precisa responder a nenhuma mensagem nem cumprir nenhum prazo. O silêncio não dá nada a eles para usar.
s-sextortion-money-first-steps-evidence =
    <b>Guarde provas</b> antes de bloquear: prints da conversa e das ameaças, o nome de usuário e o link do perfil, e os dados de pagamento que mandaram.

    <b>Bloqueie e denuncie</b> a conta no app. Se houver uma opção sobre ameaças, chantagem ou nudez, escolha essa.

    <b>Não apague sua conta</b> por enquanto: as mensagens ajudam as plataformas e a polícia a deter essas pessoas.
s-sextortion-money-first-steps-q1 = A pessoa escreve: “Paga em dez minutos ou todo mundo vai ver.” Qual é a melhor saída?
s-sextortion-money-first-steps-q1-a = Pagar, para acabar logo
s-sextortion-money-first-steps-q1-a-why = Querer que acabe logo é totalmente compreensível. Mas pagar costuma trazer mais exigências. Guarde seu dinheiro e peça ajuda.
s-sextortion-money-first-steps-q1-b = Implorar para a pessoa apagar
s-sextortion-money-first-steps-q1-b-why = É natural tentar convencer a pessoa. Mas responder mostra que você está com medo, e ela usa isso. O silêncio funciona melhor.
s-sextortion-money-first-steps-q1-c = Parar de responder, guardar provas, bloquear, contar
s-sextortion-money-first-steps-q1-c-why = O prazo é um truque para pressionar. Prints, um bloqueio e uma denúncia, e um adulto de confiança ou uma linha de apoio do seu lado: é assim que você sai dessa.
s-sextortion-money-first-steps-what-to-do =
    <b>O que fazer</b>
    Não pague. Pare de responder. Tire prints. Bloqueie e denuncie, mas mantenha sua conta. Depois, conte a alguém <b>agora</b>: um adulto de confiança ou uma linha de apoio para jovens (116 111 em muitos países). Se você se sentir em perigo, ligue para o número de emergência do seu país.

    Toque em <b>Pedir ajuda</b> quando quiser para ver a linha de apoio e os sites de denúncia do seu país.

## Lição 3: Contar a alguém e tirar a imagem do ar

s-sextortion-money-tell-takedown-title = Conte a alguém, tire do ar
s-sextortion-money-tell-takedown-intro =
    Contar a alguém pode parecer a parte mais difícil. Você pode ter medo de se encrencar, ou do que a pessoa vai pensar de você.

    A maioria dos adultos, e todas as linhas de apoio para jovens, vão estar do seu lado. Isso é um crime contra você. Você não vai ter problemas por pedir ajuda, mesmo que tenha quebrado uma regra ou mandado a imagem.
s-sextortion-money-tell-takedown-intro-alt = Um adolescente conversa com um adulto de confiança que escuta com carinho, com um coração entre os dois.
s-sextortion-money-tell-takedown-who-to-tell =
    A quem contar:
    • Sua mãe, seu pai ou quem cuida de você, um parente mais velho, um professor ou o orientador da escola.
    • Uma linha de apoio para jovens: gratuita, sigilosa, e você não precisa dizer seu nome (116 111 em muitos países).

    Como começar: “Alguém na internet está me ameaçando e eu preciso de ajuda.” Você não precisa explicar tudo de uma vez. Se a primeira pessoa não ajudar, conte a outra.
s-sextortion-money-tell-takedown-take-it-down =
    Você também pode ajudar a impedir que a imagem se espalhe, antes mesmo de ela ser divulgada.

    O <b>Take It Down</b> (takeitdown.ncmec.org) é gratuito e pode ser usado sem dizer seu nome. Serve para nudes ou imagens sexuais suas de quando você tinha menos de 18 anos. Ele cria uma impressão digital da imagem no seu próprio aparelho, e os apps participantes usam essa impressão digital para encontrar e remover cópias. A imagem nunca é enviada.
s-sextortion-money-tell-takedown-q1 = O que é verdade sobre o Take It Down?
s-sextortion-money-tell-takedown-q1-a = Funciona antes de a imagem ser divulgada
s-sextortion-money-tell-takedown-q1-a-why = Você pode usar assim que bater a preocupação, sem dizer seu nome. Aí, os apps participantes podem bloquear a imagem se alguém tentar postá-la.
s-sextortion-money-tell-takedown-q1-b = Tenho que enviar a imagem para eles
s-sextortion-money-tell-takedown-q1-b-why = Essa é uma preocupação comum. Mas a imagem fica no seu aparelho: só a impressão digital dela é enviada.
s-sextortion-money-tell-takedown-q1-c = Só funciona se eu for à polícia primeiro
s-sextortion-money-tell-takedown-q1-c-why = A polícia pode ajudar, e contar a ela é um bom passo. Mas você pode usar o Take It Down por conta própria ou com um adulto de confiança, sem ir à polícia antes.
s-sextortion-money-tell-takedown-not-your-fault =
    Não importa o que aconteceu antes das ameaças: quem está chantageando você é quem está cometendo um crime. Confiar em alguém, flertar ou mandar uma imagem não torna isso culpa sua.

    Os golpistas tentam isolar você e fazer você sentir vergonha, para que você fique em silêncio. No momento em que você conta a alguém, o poder deles começa a sumir.
s-sextortion-money-tell-takedown-q2 = De quem é a culpa na sextorsão?
s-sextortion-money-tell-takedown-q2-a = Minha, porque eu mandei a imagem
s-sextortion-money-tell-takedown-q2-a-why = Muita gente se culpa, e o golpista quer que você se culpe. Mas mandar uma imagem para alguém em quem você confiava não é crime. Chantagem é.
s-sextortion-money-tell-takedown-q2-b = Só de quem faz as ameaças
s-sextortion-money-tell-takedown-q2-b-why = Quem ameaça você escolheu cometer um crime. Você merece ajuda e apoio, não culpa.
s-sextortion-money-tell-takedown-q2-c = Um pouco de cada um
s-sextortion-money-tell-takedown-q2-c-why = Pode parecer assim quando você está com medo. Mas a culpa não se divide: é de quem faz as ameaças.
s-sextortion-money-tell-takedown-what-to-do =
    <b>O que fazer</b>
    Conte hoje a um adulto de confiança ou a uma linha de apoio para jovens (116 111 em muitos países). Use o takeitdown.ncmec.org para ajudar a impedir que a imagem se espalhe, e denuncie a conta no app. Você não vai ter problemas por pedir ajuda.

    Toque em <b>Pedir ajuda</b> quando quiser para ver a linha de apoio e os sites de denúncia do seu país.

## Lição 4: Quando parece demais

s-sextortion-money-too-much-title = Quando parece demais
s-sextortion-money-too-much-intro =
    Sofrer ameaças assim pode ser esmagador. Você pode sentir pânico ou vergonha, não conseguir dormir ou sentir que não há saída.

    Esses sentimentos são uma reação normal a algo assustador. Não querem dizer que as coisas não podem melhorar. Com ajuda, elas melhoram. Muitos jovens já passaram por isso e conseguiram seguir em frente.
s-sextortion-money-too-much-intro-alt = Um adolescente fala ao celular com uma linha de apoio enquanto o sol nasce atrás dele.
s-sextortion-money-too-much-reach-out =
    <b>Se você está tendo pensamentos de se machucar, ligue agora para a linha de apoio para jovens ou para o número de emergência do seu país.</b> Em muitos países, a linha de apoio para jovens é o 116 111. É gratuita, e tem alguém lá para ouvir você.

    Você não precisa das palavras certas. “Alguém na internet está me ameaçando e eu não estou aguentando” já basta. Você não precisa enfrentar isso sem apoio, nem por uma noite.
s-sextortion-money-too-much-q1 = É tarde, você está com medo e sente que não está aguentando. O que ajuda agora?
s-sextortion-money-too-much-q1-a = Guardar para mim até de manhã
s-sextortion-money-too-much-q1-a-why = Querer esconder é compreensível, principalmente à noite. Mas você não precisa esperar: as linhas de apoio e os números de emergência estão aí agora mesmo, e conversar ajuda.
s-sextortion-money-too-much-q1-b = Ligar para uma linha de apoio ou acordar um adulto
s-sextortion-money-too-much-q1-b-why = Pedir ajuda na hora é sinal de força, não de fraqueza. Uma linha de apoio ou um adulto pode ajudar você a passar esta noite com mais segurança e a fazer um plano para amanhã.
s-sextortion-money-too-much-q1-c = Pagar para esse sentimento passar
s-sextortion-money-too-much-q1-c-why = Qualquer coisa que acabe com o medo pode parecer valer a pena. Mas pagar costuma trazer mais exigências. O que ajuda de verdade é conversar com alguém.
s-sextortion-money-too-much-friend =
    Se alguém próximo de você contar que está sofrendo ameaças e parecer sem esperança, ou disser que quer se machucar:
    • Leve a sério e fique com essa pessoa, ao vivo ou no telefone.
    • Diga: “A culpa não é sua. A gente vai buscar ajuda.”
    • Chame um adulto de confiança na hora, ou liguem juntos para uma linha de apoio ou para o número de emergência.

    Você não precisa resolver tudo. Buscar ajuda já basta.
s-sextortion-money-too-much-what-to-do =
    <b>O que fazer</b>
    Se você está tendo pensamentos de se machucar, ligue agora para a linha de apoio para jovens (116 111 em muitos países) ou para o número de emergência do seu país. Se você está com medo, mas em segurança, conte hoje a um adulto de confiança. Isso vai passar, e você não precisa enfrentar tudo sem apoio.

    Toque em <b>Pedir ajuda</b> quando quiser para ver a linha de apoio e os números de emergência do seu país.
