## Série: Como conduzir uma sessão com o bot (trainer-guide), para formadores e professores.
## Estrutura: content/series/trainer-guide.yaml. Baseada no Modelo de Resposta Nacional da WeProtect (capacidade 13),
## nas orientações do eSafety Commissioner para educadores, nas orientações de proteção da NSPCC, no UNICEF e na
## PSHE Association (parafraseados; fontes no yaml). Português do Brasil, tratamento por "você", registro profissional.
## Os nomes de botões e comandos seguem locales/pt/cohorts.ftl e locales/pt/voice.ftl.

s-trainer-guide-title = Como conduzir uma sessão com o bot
s-trainer-guide-about = Quatro lições curtas para professores e formadores: o que preparar, como conduzir a sessão, como dar continuidade e o que fazer se uma criança ou adolescente relatar um abuso.

## Lição 1: Antes da sessão

s-trainer-guide-before-title = Antes da sessão
s-trainer-guide-before-intro =
    Este bot oferece a jovens (de 13 a 17 anos) e a responsáveis lições curtas com quizzes, e ajuda do seu país a qualquer momento. Sua sessão faz parte de algo maior: o Modelo de Resposta Nacional da WeProtect pede a todos os países um programa educativo que informe crianças, pais e profissionais sobre o direito à proteção e sobre onde buscar ajuda e denunciar (capacidade 13 do MNR).

    Uma boa sessão é planejada com a escola, não apenas aplicada.
s-trainer-guide-before-intro-alt = Um formador ao lado de uma prancheta com itens marcados, um calendário e um celular mostrando um link, com um escudo.
s-trainer-guide-before-check-help =
    <b>Confira a ajuda primeiro.</b> Abra o bot por conta própria, escolha o país onde seu grupo vive e toque em <b>Pedir ajuda</b>. Veja o que aparece: a linha de apoio para crianças e adolescentes, o canal de denúncia e o número de emergência.

    Depois, acrescente os caminhos locais: o orientador da escola, o responsável pela proteção e o fluxo nacional de encaminhamento para a proteção da criança. Se algo no bot estiver faltando ou desatualizado, avise a equipe do programa antes da sessão.
s-trainer-guide-before-plan =
    <b>Combine um plano com o responsável pela proteção</b>, a pessoa encarregada da proteção de crianças e adolescentes na escola:
    • quais séries e lições, e por quê
    • as autorizações de que a escola precisa e as informações para os pais
    • idade: os jovens precisam ter 13 anos ou mais (16 na UE e no Reino Unido)
    • quem vai estar na sala, e um espaço tranquilo para quem precisar de uma pausa
    • o que acontece se uma criança relatar um abuso, durante ou depois da sessão
s-trainer-guide-before-q1 = O que deve acontecer antes de você compartilhar o link de entrada com uma turma?
s-trainer-guide-before-q1-a = Postar o link no grupo dos alunos
s-trainer-guide-before-q1-a-why = Compartilhar o link é a parte fácil. Sem um plano combinado com a escola, ninguém sabe o que fazer se um aluno ficar abalado ou relatar um abuso.
s-trainer-guide-before-q1-b = Combinar um plano com o responsável pela proteção
s-trainer-guide-before-q1-b-why = O responsável pela proteção conhece o procedimento da escola e os fluxos de encaminhamento. Com o plano combinado antes, todos sabem o que fazer se uma criança precisar de ajuda.
s-trainer-guide-before-q1-c = Nada: o bot cuida da segurança
s-trainer-guide-before-q1-c-why = O bot mostra recursos de ajuda a qualquer momento, mas não pode investigar nem cuidar de uma criança na sala. Isso continua sendo papel seu e da escola.
s-trainer-guide-before-cohort =
    <b>Crie um grupo.</b> Envie /newcohort com um nome, por exemplo /newcohort Turma 9B. Na ficha do grupo, defina o público, o idioma, o país e o fuso horário. Depois, compartilhe o link de entrada em sala ou pelo canal habitual da escola.

    Você vai ver quantas pessoas entraram, nunca quem são nem o que respondem. Cada lição leva cerca de cinco minutos; reserve também tempo para conversar.
s-trainer-guide-before-q2 = O que você consegue ver sobre os membros do seu grupo?
s-trainer-guide-before-q2-a = Os nomes e as respostas aos quizzes
s-trainer-guide-before-q2-a-why = O bot foi feito para que os formadores nunca vejam quem entrou nem o que cada pessoa respondeu. Isso protege os alunos, e vale a pena contar isso a eles.
s-trainer-guide-before-q2-b = Quantos entraram, nunca quem
s-trainer-guide-before-q2-b-why = Os formadores veem o número de membros e o andamento dos envios, nunca nomes ou respostas. Você pode dizer isso aos alunos com sinceridade: ajuda-os a participar com liberdade.
s-trainer-guide-before-q2-c = O que eles escrevem para o bot
s-trainer-guide-before-q2-c-why = O que um jovem escreve para o bot nunca é guardado nem mostrado a ninguém, nem a você. Só os totais chegam ao formador.
s-trainer-guide-before-what-to-do =
    <b>O que fazer: sua lista de verificação</b>
    • Ajuda conferida no bot para o país do grupo
    • Plano combinado com o responsável pela proteção
    • Autorizações e informações aos pais resolvidas
    • Grupo criado e link de entrada pronto
    • Tempo planejado e um espaço tranquilo disponível

    O botão <b>Pedir ajuda</b> do bot mostra as linhas de apoio de cada país; em muitos países, o 116 111 é o número da linha de apoio para crianças e adolescentes.

## Lição 2: Durante a sessão

s-trainer-guide-during-title = Durante a sessão
s-trainer-guide-during-introduce =
    <b>Apresentando o bot.</b> Mantenha um tom positivo: estar online faz parte da vida dos jovens, e o assunto é manter o controle, não sentir medo. Diga ao grupo:
    • são lições curtas e quizzes, no ritmo de cada um
    • você vê quantos entraram, nunca quem são nem o que respondem
    • o <b>Pedir ajuda</b> do bot funciona a qualquer momento, e /stop interrompe as mensagens
    • ninguém precisa contar nada pessoal
s-trainer-guide-during-introduce-alt = Um formador aponta para uma tela com um escudo e balões de conversa enquanto quatro jovens assistem.
s-trainer-guide-during-ground-rules =
    <b>Combinem regras básicas juntos</b> e voltem a elas:
    • ouvir uns aos outros com respeito
    • nada de nomes de pessoas reais, e ninguém precisa contar histórias pessoais
    • qualquer pessoa pode passar a vez
    • o que se fala aqui não vira fofoca

    Use situações inventadas ("o que alguém da sua idade poderia fazer?") em vez de perguntar sobre a vida deles. Diga onde podem levar uma preocupação depois da aula, em particular.
s-trainer-guide-during-q1 = Um aluno começa a contar para a turma algo que aconteceu com um amigo, citando nomes. O que você faz?
s-trainer-guide-during-q1-a = Deixo continuar: é um exemplo real
s-trainer-guide-during-q1-a-why = Exemplos reais podem ter muita força. Mas citar nomes diante da turma pode expor uma criança e espalhar ainda mais a história dela.
s-trainer-guide-during-q1-b = Interrompo com gentileza e proponho conversar depois
s-trainer-guide-during-q1-b-why = Uma pausa gentil protege a privacidade de todos, e a regra combinada faz isso parecer normal, e não uma bronca. Converse em particular depois: pode ser um relato de abuso.
s-trainer-guide-during-q1-c = Dou uma bronca na frente da turma
s-trainer-guide-during-q1-c-why = A regra é importante, mas uma bronca em público pode envergonhar um aluno que talvez estivesse pedindo ajuda.
s-trainer-guide-during-questions =
    <b>Respondendo às perguntas</b>
    • Responda de forma simples e sincera. "Não sei, vou descobrir" é uma boa resposta.
    • Ofereça um jeito anônimo de perguntar, como uma caixa de perguntas.
    • Corrija a culpabilização quando ouvir: mandar uma foto nunca significa que alguém merece ser chantageado ou exposto.
    • Fique nos fatos e no que fazer. Nada de histórias assustadoras.
s-trainer-guide-during-distress =
    <b>Observe sinais de sofrimento.</b> Alguns alunos podem ter vivido aquilo de que você está falando. Os sinais incluem ficar muito calado, sair da sala, chorar, mostrar raiva ou fazer piadas fora do comum.

    Deixe os alunos fazerem uma pausa sem precisar explicar, e garanta que um adulto designado possa ver como estão. Converse em particular depois da sessão e leve qualquer preocupação ao responsável pela proteção.
s-trainer-guide-during-q2 = Um aluno parece abalado e sai durante a lição sobre sextorsão. O que ajuda mais?
s-trainer-guide-during-q2-a = Continuar, para ele não se sentir observado
s-trainer-guide-during-q2-a-why = Não chamar a atenção para o aluno é uma gentileza. Mas um aluno que sai abalado não deve ficar sozinho.
s-trainer-guide-during-q2-b = Um adulto designado vai ver como ele está agora
s-trainer-guide-during-q2-b-why = Ir ver discretamente na hora garante que o aluno está em segurança e não está sozinho. Converse em particular depois e avise o responsável pela proteção se houver preocupação.
s-trainer-guide-during-q2-c = Perguntar na frente da turma o que houve
s-trainer-guide-during-q2-c-why = Perguntar diante de todos pode constranger o aluno e diminuir a chance de ele falar. Uma conversa em particular funciona melhor.
s-trainer-guide-during-what-to-do =
    <b>O que fazer</b>
    • Apresente o bot de forma positiva e mostre o botão <b>Pedir ajuda</b>.
    • Combinem regras básicas: ninguém conta histórias pessoais.
    • Responda de forma simples e corrija a culpabilização.
    • Observe sinais de sofrimento e converse em particular depois.

    Termine cada sessão dizendo onde buscar ajuda: um adulto de confiança, o responsável pela proteção e uma linha de apoio para crianças e adolescentes (116 111 em muitos países).

## Lição 3: Depois da sessão

s-trainer-guide-after-title = Depois da sessão
s-trainer-guide-after-drip =
    <b>Mantenha o aprendizado vivo.</b> Na ficha do grupo, toque em <b>Enviar uma série</b>. Escolha <b>Agora</b> para mandar a cada membro a próxima lição, ou um envio gradual: uma lição por dia, ou por dia útil, num horário local que você escolhe.

    O horário de silêncio à noite nunca é usado, quem entra depois começa pela primeira lição, e quem enviou /stop não recebe nada.
s-trainer-guide-after-drip-alt = Um calendário com dias marcados envia lições para três celulares, com avaliações de polegar para cima embaixo.
s-trainer-guide-after-follow-up =
    <b>Dê continuidade</b>
    • Uma conversa curta uma semana depois: do que eles se lembram, e o que fariam?
    • Lembre a todos onde buscar ajuda.
    • Converse com o responsável pela proteção: surgiu alguma coisa?
    • Alcance também os pais: um grupo de responsáveis pode receber a série para pais, para que as famílias continuem a conversa em casa.
s-trainer-guide-after-q1 = Qual é a melhor forma de manter o aprendizado vivo?
s-trainer-guide-after-q1-a = Mandar todas as lições de uma vez, à noite
s-trainer-guide-after-q1-a-why = Economiza tempo, mas uma pilha de lições é fácil de ignorar, e as lições que cairiam no horário de silêncio esperam até de manhã de qualquer forma.
s-trainer-guide-after-q1-b = Uma lição por dia, mais uma conversa de retorno
s-trainer-guide-after-q1-b-why = Uma lição por dia num horário adequado é fácil de acompanhar, e uma conversa curta de retorno em sala ajuda a fixar as mensagens principais.
s-trainer-guide-after-q1-c = Nada mais: uma sessão basta
s-trainer-guide-after-q1-c-why = Uma sessão é um bom começo, mas as mensagens se fixam melhor quando voltam e são discutidas de novo.
s-trainer-guide-after-feedback =
    <b>Colete opiniões com segurança.</b> Depois de cada lição, as pessoas podem avaliá-la com um toque (Ajudou, Não sei, Não ajudou) e, depois de uma série, o bot faz uma pergunta curta. A equipe do programa também pode fazer enquetes rápidas.

    Ninguém escreve nada, e os resultados só aparecem como totais quando pelo menos 5 pessoas responderam. Compartilhe o que aprender com a equipe do programa, e pergunte também ao grupo o que ajudou.
s-trainer-guide-after-q2 = Que tipo de retorno você pode usar sem colocar um aluno em risco?
s-trainer-guide-after-q2-a = Prints das respostas de cada aluno
s-trainer-guide-after-q2-a-why = Pode parecer minucioso, mas expõe alunos individualmente e o que eles sabem ou viveram. Os totais dizem o que você precisa saber.
s-trainer-guide-after-q2-b = As avaliações de um toque do bot, em totais
s-trainer-guide-after-q2-b-why = As avaliações e as enquetes são anônimas para você e aparecem só como totais, então os alunos podem responder com sinceridade sem ser identificados.
s-trainer-guide-after-q2-c = Perguntar em voz alta a cada aluno o que errou
s-trainer-guide-after-q2-c-why = Perguntas em público podem constranger os alunos e diminuir a chance de se manifestarem. Formas anônimas de perguntar funcionam melhor.
s-trainer-guide-after-what-to-do =
    <b>O que fazer</b>
    • Envie a série aos poucos, num horário adequado.
    • Planeje uma conversa curta de retorno e ofereça uma sessão para os pais.
    • Analise os totais das avaliações e enquetes com a equipe do programa.
    • Converse com o responsável pela proteção depois de cada sessão.

    Lembre aos alunos o <b>Pedir ajuda</b> do bot, um adulto de confiança e uma linha de apoio para crianças e adolescentes (116 111 em muitos países).

## Lição 4: Se uma criança relatar um abuso

s-trainer-guide-disclosure-title = Se uma criança relatar um abuso
s-trainer-guide-disclosure-listen =
    Uma criança ou adolescente pode contar algo a você durante ou depois de uma sessão: diretamente, com uma insinuação ou como se tivesse acontecido com "um amigo". Isso exige muita coragem, e pode levar mais de uma conversa.

    <b>Escute.</b> Mantenha a calma, dê toda a sua atenção e deixe que fale no próprio ritmo. Não interrompa e não faça perguntas que induzam a resposta. Repita as palavras da própria criança para mostrar que entendeu. Diga: "Você fez a coisa certa ao me contar. A culpa não é sua."
s-trainer-guide-disclosure-listen-alt = Uma professora senta ao lado de um jovem num sofá e escuta, com um coração, um balão de fala e um caderno por perto.
s-trainer-guide-disclosure-no-secret =
    <b>Não prometa segredo.</b> Explique com gentileza que não pode guardar segredo, mas que só vai contar a pessoas cujo trabalho é ajudar a proteger a criança, e diga o que vai acontecer em seguida.

    <b>Não investigue.</b> Não faça perguntas detalhadas, não peça para ver o celular nem qualquer imagem, e nunca copie ou encaminhe uma imagem. Não entre em contato com a pessoa citada. Esse é o papel dos serviços de proteção à criança e da polícia.
s-trainer-guide-disclosure-q1 = Depois da aula, um aluno pergunta: "Posso contar uma coisa se você prometer não contar a ninguém?" O que você responde?
s-trainer-guide-disclosure-q1-a = "Prometo. Pode confiar em mim."
s-trainer-guide-disclosure-q1-a-why = Você quer que o aluno se sinta seguro para falar. Mas, se ele relatar um dano, você terá de repassar a informação, e uma promessa quebrada pode destruir a confiança dele.
s-trainer-guide-disclosure-q1-b = "Não posso prometer, mas só vou contar a quem pode ajudar."
s-trainer-guide-disclosure-q1-b-why = A sinceridade desde o início protege a confiança: o aluno sabe o que vai acontecer antes de decidir falar, e você consegue cumprir sua palavra.
s-trainer-guide-disclosure-q1-c = "É melhor você contar aos seus pais."
s-trainer-guide-disclosure-q1-c-why = Os pais podem ser um grande apoio, mas a criança escolheu você, e o dano pode envolver alguém de casa. Escute primeiro e depois siga seu procedimento.
s-trainer-guide-disclosure-act =
    <b>Aja no mesmo dia</b>
    • Avise imediatamente o responsável pela proteção. Não deixe a criança sozinha se ela estiver em risco.
    • Se uma criança estiver em perigo imediato, ligue para o número de emergência.
    • Com o responsável pela proteção, siga o procedimento da escola e o fluxo nacional de encaminhamento: serviços de proteção à criança, polícia ou um canal de denúncia.
    • O <b>Pedir ajuda</b> do bot mostra a linha de apoio para crianças e adolescentes e os caminhos de denúncia de cada país.
s-trainer-guide-disclosure-record =
    <b>Registre os fatos</b> assim que puder:
    • a data, a hora e o lugar, e quem estava presente
    • o que a criança disse, com as palavras dela
    • o que você disse e fez, a quem contou e quando

    Deixe de fora opiniões e suposições. Assine e date o registro, guarde-o como seu procedimento determina e compartilhe-o só com quem precisa saber.
s-trainer-guide-disclosure-q2 = Qual destes itens deve entrar no seu registro?
s-trainer-guide-disclosure-q2-a = Minha opinião sobre quem é o culpado
s-trainer-guide-disclosure-q2-a-why = Sua preocupação é importante, mas opiniões podem ser contestadas e prejudicar uma investigação. Fique no que você viu e ouviu.
s-trainer-guide-disclosure-q2-b = As palavras da própria criança, e o que eu fiz
s-trainer-guide-disclosure-q2-b-why = Os fatos e as palavras da própria criança são o que o responsável pela proteção e qualquer investigação precisam. Acrescente a data, a hora e a quem você contou.
s-trainer-guide-disclosure-q2-c = Um resumo depois de eu fazer mais perguntas
s-trainer-guide-disclosure-q2-c-why = Perguntas a mais podem abalar a criança e alterar o relato dela. Escute, não investigue, e anote o que ela contou.
s-trainer-guide-disclosure-yourself =
    <b>Cuide de você.</b> Ouvir um relato de abuso pode mexer com você. É normal sentir tristeza, raiva ou dúvida sobre ter agido certo.

    Converse sobre isso com o responsável pela proteção ou com sua supervisão, e use o apoio aos profissionais se a escola oferecer, sem compartilhar os dados da criança mais do que o necessário.
s-trainer-guide-disclosure-what-to-do =
    <b>O que fazer</b>
    Escute, mantenha a calma e acredite. Não prometa segredo e não investigue. Avise o responsável pela proteção no mesmo dia e siga o fluxo nacional de encaminhamento. Registre os fatos com as palavras da própria criança. Depois, cuide de você.

    Em perigo imediato: o número de emergência. O <b>Pedir ajuda</b> do bot mostra as linhas de apoio de cada país; em muitos países, o 116 111 é o número da linha de apoio para crianças e adolescentes.
