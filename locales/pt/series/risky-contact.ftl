## Série: Conversas de risco e imagens (risky-contact), para adolescentes de 13 a 17 anos.
## Baseada nas orientações da Thorn, do eSafety Commissioner e do NCMEC, com palavras próprias.
## Português neutro (Brasil, Portugal e África): "você", sem formas exclusivas de um só país.

s-risky-contact-title = Conversas de risco e imagens
s-risky-contact-about = Aprenda a reconhecer o aliciamento, a lidar com pressão por nudes ou com sextorsão, a tirar imagens da internet e a saber a quem contar. A culpa nunca é sua.

## Lição 1: Aliciamento, sinais de alerta

s-risky-contact-grooming-title = Aliciamento: sinais de alerta
s-risky-contact-grooming-intro =
    A maioria das pessoas que você conhece online não quer fazer mal a ninguém. Mas algumas ganham de propósito a confiança de jovens, com a intenção de fazer mal a eles mais tarde. O nome disso é <b>aliciamento</b> (em inglês, grooming).

    Não se trata só de desconhecidos. Pode ser alguém com quem você conversa há meses, ou alguém que você conhece pessoalmente. Por isso vale a pena prestar atenção aos sinais de alerta, não só às caras novas.
s-risky-contact-grooming-red-flags =
    Sinal de alerta: <b>segredos</b>. A pessoa diz “isso fica entre nós” ou “seus pais não iam entender”.

    Sinal de alerta: <b>tudo muito rápido</b>. Depois de poucas conversas, diz que você é especial, que está apaixonada, que vocês têm uma ligação única. Faz perguntas sobre seu corpo, seus relacionamentos ou sobre quando não há ninguém em casa.
s-risky-contact-grooming-more-flags =
    Sinal de alerta: <b>presentes</b>. Créditos de jogos, skins, dinheiro ou créditos para o telefone, e depois age como se você devesse algo.

    Sinal de alerta: <b>conversa privada</b>. Quer sair de um jogo ou de um grupo para um chat privado, muitas vezes com mensagens que desaparecem.

    Sinal de alerta: <b>pressão</b>. Quando você diz não, a pessoa fica irritada, insiste ou põe a culpa em você.
s-risky-contact-grooming-q1 = Alguém que você conheceu em um jogo diz: “Vamos conversar em outra plataforma. Não conte nada sobre mim aos seus pais.” O que é isto?
s-risky-contact-grooming-q1-a = Normal, amigos usam muitas plataformas
s-risky-contact-grooming-q1-a-why = É verdade que amigos usam muitas plataformas, e isso pode ser normal. Mas pedir segredo à sua família é um sinal de alerta e, junto com a mudança de plataforma, merece ser levado a sério.
s-risky-contact-grooming-q1-b = Dois sinais: segredo e mudança para chat privado
s-risky-contact-grooming-q1-b-why = Um amigo de verdade não precisa ficar escondido. Você pode dizer não, parar de responder e conversar com alguém de confiança.
s-risky-contact-grooming-q1-c = Só é problema se for um desconhecido
s-risky-contact-grooming-q1-c-why = O aliciamento pode vir de alguém que você acha que conhece bem, online ou pessoalmente. Os sinais de alerta contam mais do que o tempo de conversa.
s-risky-contact-grooming-fear-shame =
    Quem faz aliciamento costuma usar o medo e a vergonha para que os jovens fiquem calados: “Você também vai ter problemas”, “Ninguém vai acreditar em você”. Não é verdade.

    Se alguém age assim com você, a culpa é dessa pessoa, nunca sua. Mesmo que você tenha respondido, aceitado um presente ou enviado algo. Você pode parar a qualquer momento, e não vai ter problemas por pedir ajuda.
s-risky-contact-grooming-q2 = Uma conversa parece errada e a outra pessoa insiste. O que você pode fazer?
s-risky-contact-grooming-q2-a = Continuar a conversa para não chatear ninguém
s-risky-contact-grooming-q2-a-why = Ter cuidado com os sentimentos dos outros é bonito. Mas você não deve resposta a ninguém, e o humor dessa pessoa não é responsabilidade sua.
s-risky-contact-grooming-q2-b = Resolver tudo sem contar a ninguém
s-risky-contact-grooming-q2-b-why = Muita gente sente isso, e é justamente com esse sentimento que quem faz aliciamento conta. Você não vai ter problemas por pedir ajuda, e não precisa enfrentar isso sem apoio.
s-risky-contact-grooming-q2-c = Parar de responder, bloquear, denunciar, contar
s-risky-contact-grooming-q2-c-why = Você pode sair de qualquer conversa, a qualquer momento, sem explicar nada. Se puder, tire prints antes; depois bloqueie, denuncie e conte a alguém de confiança.
s-risky-contact-grooming-what-to-do =
    <b>O que fazer</b>
    Se uma conversa mostra sinais de alerta: pare de responder e saia. Se puder, tire prints. Bloqueie e denuncie a conta na plataforma. Conte a um adulto de confiança ou ligue para uma linha de ajuda para jovens (116 111 em muitos países).

    Você não fez nada de errado. Toque em <b>Pedir ajuda</b> quando quiser para ver a linha de ajuda e os sites de denúncia do seu país.

## Lição 2: Pressão para enviar nudes

s-risky-contact-nudes-title = Pressão para enviar nudes
s-risky-contact-nudes-intro =
    Às vezes, alguém pede nudes ou fotos sensuais. Pode ser quem você namora, alguém de quem você gosta, um amigo ou alguém que você só conhece online. A pessoa pode pedir com carinho, insistir ou dizer “todos fazem isso”.

    A maioria dos adolescentes não faz. E você pode sempre dizer <b>não</b>, mesmo a alguém de quem gosta, mesmo que já tenha dito sim antes.
s-risky-contact-nudes-lose-control =
    Depois de enviar uma foto, você já não decide o que acontece com ela. Alguém pode tirar um print, guardá-la ou espalhá-la, mesmo em apps que prometem que ela desaparece. Namoros acabam, e telefones podem ser perdidos ou invadidos.

    Se você já enviou algo, pode falar sobre isso. Isso não faz de você uma má pessoa, e existe ajuda, incluindo para tirar imagens da internet.
s-risky-contact-nudes-say-no =
    Algumas formas de dizer não:
    • “Não, isso não é para mim.”
    • “Se você me respeita, não vai insistir.”
    • Uma piada, um meme ou simplesmente sair da conversa.

    Você não deve explicações a ninguém. Quem gosta de você aceita um não. Se a pessoa insistir ou ameaçar, isso é um sinal de alerta, e a culpa não é sua.
s-risky-contact-nudes-q1 = Quem você namora pede nudes sem parar e diz que todos fazem isso. O que é verdade?
s-risky-contact-nudes-q1-a = Posso dizer não, e isso basta
s-risky-contact-nudes-q1-a-why = Um “não” é uma resposta completa, e você não precisa explicar. Se a pessoa insistir, isso diz algo sobre ela, não sobre você.
s-risky-contact-nudes-q1-b = Se eu não mandar, vou perder a pessoa
s-risky-contact-nudes-q1-b-why = É normal não querer perder alguém. Mas quem gosta de você de verdade não faz de uma foto a condição para ficar. Você merece respeito.
s-risky-contact-nudes-q1-c = Sem risco se as fotos desaparecem depois
s-risky-contact-nudes-q1-c-why = Fotos que desaparecem parecem seguras, mas o app não consegue impedir um print, nem que alguém filme a tela com outro celular. Depois de enviada, a foto já não está nas suas mãos.
s-risky-contact-nudes-forwarding =
    Se você receber nudes de outra pessoa, <b>não reenvie</b> nem mostre a ninguém. Espalhar essa imagem magoa essa pessoa. Em muitos países, espalhar imagens sexuais de menores de 18 anos é crime, mesmo quando quem espalha também é menor.

    Não passe adiante. Denuncie onde recebeu, conte a um adulto de confiança e depois apague.
s-risky-contact-nudes-q2 = Alguém publica no grupo uma foto íntima de uma pessoa da sua turma. O que ajuda mais?
s-risky-contact-nudes-q2-a = Reenviar para avisar os outros
s-risky-contact-nudes-q2-a-why = Querer avisar os outros vem de uma boa intenção. Mas reenviar espalha ainda mais a imagem e magoa mais essa pessoa. Denunciar é o que realmente ajuda.
s-risky-contact-nudes-q2-b = Não espalhar, denunciar e avisar um adulto
s-risky-contact-nudes-q2-b-why = Não passar adiante e denunciar são pequenos gestos que fazem muita diferença. Você também pode perguntar a essa pessoa como ela está: talvez se sinta muito sozinha.
s-risky-contact-nudes-q2-c = Ignorar, não é problema meu
s-risky-contact-nudes-q2-c-why = Pode ser constrangedor tomar uma atitude, e isso é compreensível. Mas o silêncio deixa essa pessoa sozinha com tudo. Denunciar leva um minuto e ajuda de verdade.
s-risky-contact-nudes-what-to-do =
    <b>O que fazer</b>
    Se houver pressão: diga não, saia da conversa, bloqueie e denuncie. Se você enviou uma imagem e isso preocupa você, converse com um adulto de confiança ou com uma linha de ajuda. Você não vai ter problemas por pedir ajuda, e imagens feitas antes dos 18 anos muitas vezes podem ser removidas.

    Toque em <b>Pedir ajuda</b> quando quiser para ver a linha de ajuda e os sites de denúncia do seu país.

## Lição 3: Sextorsão

s-risky-contact-sextortion-title = Sextorsão
s-risky-contact-sextortion-intro =
    <b>Sextorsão</b> é quando alguém tem (ou diz que tem) uma imagem íntima ou sexual sua e ameaça divulgá-la se você não pagar, não enviar mais ou não fizer o que pede.

    Muitas vezes começa com alguém novo que se mostra muito interessado e vai rápido demais. Muitos são criminosos que fazem o mesmo com muitos jovens. Pode acontecer com qualquer pessoa, e a culpa <b>nunca é sua</b>.
s-risky-contact-sextortion-dont-pay =
    <b>Não pague</b> e não envie mais nada. Pagar raramente resolve: normalmente, pedem ainda mais.

    <b>Pare de responder.</b> Você não precisa responder a ameaças nem a prazos. Querem que você entre em pânico e aja rápido. Respire: há tempo para pedir ajuda.
s-risky-contact-sextortion-evidence =
    <b>Guarde provas</b> antes de bloquear: prints das mensagens, o nome ou o link do perfil, e os dados de pagamento que enviaram.

    <b>Bloqueie, mas não apague sua conta.</b> Apagar pode eliminar as mensagens que ajudam a deter essa pessoa. Depois, <b>denuncie</b> a conta na plataforma.
s-risky-contact-sextortion-q1 = Alguém ameaça divulgar sua foto se você não pagar até hoje à noite. O que você faz primeiro?
s-risky-contact-sextortion-q1-a = Pagar rápido para tudo acabar
s-risky-contact-sextortion-q1-a-why = Faz sentido querer que isso acabe logo. Mas pagar costuma trazer mais exigências. Guarde seu dinheiro e peça ajuda.
s-risky-contact-sextortion-q1-b = Apagar a conta e não contar a ninguém
s-risky-contact-sextortion-q1-b-why = Querer desaparecer é uma reação muito normal. Mas apagar a conta pode eliminar provas, e o silêncio deixa você com todo o peso. Melhor bloquear, guardar as mensagens e contar a alguém.
s-risky-contact-sextortion-q1-c = Parar de responder, guardar provas, pedir ajuda
s-risky-contact-sextortion-q1-c-why = Pare de responder, tire prints, bloqueie e denuncie, e conte a um adulto de confiança ou a uma linha de ajuda. O prazo é só um truque para apressar você.
s-risky-contact-sextortion-not-your-fault =
    Sextorsão é crime, e a única pessoa culpada é quem o comete. Não é você. Nem se você enviou uma foto, nem se quebrou uma regra em casa.

    Sentir medo, vergonha ou que não há saída é normal. Mas há quem possa ajudar, e existe saída. Contar a alguém é a maneira mais rápida de fazer isso parar. Você não vai ter problemas por pedir ajuda.
s-risky-contact-sextortion-q2 = De quem é a culpa na sextorsão?
s-risky-contact-sextortion-q2-a = Só de quem faz as ameaças
s-risky-contact-sextortion-q2-a-why = Quem faz as ameaças está cometendo um crime, então a culpa é só dessa pessoa. Você merece ajuda e apoio, não culpa.
s-risky-contact-sextortion-q2-b = Minha, se eu enviei uma foto
s-risky-contact-sextortion-q2-b-why = Muita gente se culpa, e é compreensível. Mas confiar em alguém não é crime. Ameaçar é, por isso a culpa é toda de quem ameaça.
s-risky-contact-sextortion-q2-c = Um pouco minha, um pouco da outra pessoa
s-risky-contact-sextortion-q2-c-why = Pode parecer assim, sobretudo quando pedem para você guardar segredo. Mas a culpa não se divide: é só de quem faz as ameaças.
s-risky-contact-sextortion-what-to-do =
    <b>O que fazer</b>
    Não pague. Pare de responder. Tire prints. Bloqueie e denuncie, mas mantenha sua conta. Conte a um adulto de confiança ou a uma linha de ajuda. As imagens podem ser removidas: veja a próxima lição.
    Se você se sentir em perigo ou não aguentar mais, ligue já para o número de emergência do seu país.

    Toque em <b>Pedir ajuda</b> quando quiser para ver a linha de ajuda e os sites de denúncia do seu país.

## Lição 4: Como tirar imagens da internet

s-risky-contact-takedown-title = Como tirar imagens da internet
s-risky-contact-takedown-intro =
    Se uma imagem ou um vídeo íntimo ou sexual seu foi divulgado, ou se você tem medo de que isso aconteça, há formas de pedir a remoção. Não é tarde demais, e você não precisa fazer isso sem ajuda.

    Isso vale mesmo que a foto tenha sido tirada por você. Você não vai ter problemas por pedir ajuda.
s-risky-contact-takedown-take-it-down =
    <b>Take It Down</b> é um serviço gratuito do NCMEC, uma organização dos Estados Unidos que protege crianças e adolescentes, e pode ser usado por jovens de muitos países. Serve para imagens ou vídeos feitos <b>antes dos seus 18 anos</b>.

    O endereço é takeitdown.ncmec.org. Não precisa dar seu nome, e um adulto de confiança pode ajudar.
s-risky-contact-takedown-how-it-works =
    Como funciona: no seu próprio dispositivo, o site transforma a imagem em um <b>hash</b>, uma espécie de impressão digital. Só essa impressão digital é enviada, <b>nunca a imagem</b>. Com ela, as plataformas participantes encontram e removem cópias e bloqueiam novos envios.

    Nem todas as plataformas participam, por isso denuncie também a imagem onde ela apareceu.
s-risky-contact-takedown-q1 = O que é verdade sobre o Take It Down?
s-risky-contact-takedown-q1-a = Tenho que enviar minha foto para eles
s-risky-contact-takedown-q1-a-why = É uma preocupação muito comum, e faz sentido. Mas a imagem fica no seu dispositivo. Só a impressão digital dela é enviada.
s-risky-contact-takedown-q1-b = É para imagens de antes dos meus 18 anos
s-risky-contact-takedown-q1-b-why = O Take It Down serve para imagens de quando você tinha menos de 18 anos, e pode ser usado sem dar seu nome.
s-risky-contact-takedown-q1-c = Primeiro tenho que ir à polícia
s-risky-contact-takedown-q1-c-why = A polícia pode ajudar, e é bom saber disso. Mas você não precisa ir lá primeiro. Pode usar o Take It Down por conta própria ou com um adulto de confiança.
s-risky-contact-takedown-hotlines =
    Você também pode fazer uma denúncia em um <b>canal de denúncia</b>. A <b>IWF</b> (Internet Watch Foundation) e a <b>INHOPE</b>, uma rede internacional de canais de denúncia, trabalham com sites e com a polícia para remover imagens sexuais de menores de 18 anos.

    Muitos países têm seu próprio site de denúncia. É gratuito, e você não precisa enviar a imagem.
s-risky-contact-takedown-what-to-do =
    <b>O que fazer</b>
    Denuncie a imagem na plataforma onde ela apareceu. Use takeitdown.ncmec.org para imagens de antes dos seus 18 anos. Faça também uma denúncia em um canal de denúncia. Um adulto de confiança ou uma linha de ajuda pode acompanhar você em cada passo.

    Toque em <b>Pedir ajuda</b> quando quiser para ver a linha de ajuda e os sites de denúncia do seu país.

## Lição 5: A quem contar

s-risky-contact-who-to-tell-title = A quem contar
s-risky-contact-who-to-tell-intro =
    Quando algo online parece errado, contar a alguém é uma das coisas mais corajosas e inteligentes que você pode fazer. Não precisa ter certeza nem provas.

    Você não vai ter problemas por pedir ajuda. Independentemente do que aconteceu, a culpa não é sua.
s-risky-contact-who-to-tell-trusted-adult =
    Um <b>adulto de confiança</b> é alguém que ouve e ajuda: mãe, pai ou quem cuida de você, uma tia ou um tio, um primo mais velho, um professor, o orientador da escola, um treinador ou uma enfermeira.

    Não sabe como começar? Tente: “Aconteceu uma coisa online e preciso de ajuda.” Se o primeiro adulto não ajudar, conte a outro. Continue até alguém ajudar.
s-risky-contact-who-to-tell-helplines =
    Uma <b>linha de ajuda para jovens</b> costuma ser gratuita e confidencial. Você pode falar sobre qualquer assunto, sem dar seu nome. Na Europa e em muitos outros países, o número é <b>116 111</b>. Alguns países usam outro número.

    Um <b>canal de denúncia</b> pode conseguir a remoção de imagens sexuais de menores de 18 anos. Em perigo agora? Ligue para o número de emergência do seu país.
s-risky-contact-who-to-tell-q1 = Algo online preocupa você, mas você não sabe se é grave. O que fazer?
s-risky-contact-who-to-tell-q1-a = Contar a um adulto ou a uma linha de ajuda
s-risky-contact-who-to-tell-q1-a-why = Você não precisa saber se é grave. Conversar sobre isso é justamente a forma de descobrir e de receber apoio.
s-risky-contact-who-to-tell-q1-b = Esperar até ter provas
s-risky-contact-who-to-tell-q1-b-why = É normal querer ter certeza primeiro. Mas você não precisa de provas: a preocupação já é motivo suficiente para conversar com alguém.
s-risky-contact-who-to-tell-q1-c = Guardar para mim para não preocupar ninguém
s-risky-contact-who-to-tell-q1-c-why = Pensar nos sentimentos dos outros é bonito. Mas os adultos que gostam de você preferem saber, e você também merece apoio.
s-risky-contact-who-to-tell-friend =
    Se alguém entre seus amigos contar que algo aconteceu: ouça, acredite e não espalhe a história. Lembre a essa pessoa que a culpa não é dela.

    Depois, ofereça-se para ir com ela falar com um adulto de confiança. Se houver perigo, avise um adulto por conta própria, mesmo que ela tenha pedido segredo. Isso também é amizade.
s-risky-contact-who-to-tell-q2 = Uma amiga conta que recebeu ameaças, mas pede segredo. O que você faz?
s-risky-contact-who-to-tell-q2-a = Guardar o segredo, como prometi
s-risky-contact-who-to-tell-q2-a-why = Cumprir promessas é importante e mostra lealdade. Mas alguns segredos são pesados demais, e ameaças são um deles. Sua amiga precisa da ajuda de um adulto.
s-risky-contact-who-to-tell-q2-b = Publicar algo para avisar os outros
s-risky-contact-who-to-tell-q2-b-why = Você quer proteger as pessoas, e isso é ótimo. Mas publicar pode expor sua amiga e piorar as coisas. Falar com um adulto de confiança é mais seguro.
s-risky-contact-who-to-tell-q2-c = Ajudá-la a contar a um adulto de confiança
s-risky-contact-who-to-tell-q2-c-why = Você pode ir com ela ou ajudar a encontrar as palavras. Se ela não quiser, avisar um adulto por conta própria ainda é a coisa certa a fazer.
s-risky-contact-who-to-tell-what-to-do =
    <b>O que fazer</b>
    Pense em uma pessoa a quem você poderia contar se algo acontecesse online. Guarde o número das linhas de ajuda para jovens: 116 111 em muitos países. Os canais de denúncia ajudam a remover imagens.

    Toque em <b>Pedir ajuda</b> quando quiser para ver a linha de ajuda e os sites de denúncia do seu país. Você não precisa passar por isso sem apoio.

## A voz dos jovens: a pergunta de um toque, feita uma vez no fim da série

s-risky-contact-voice-first-move = Se uma conversa começasse a parecer estranha, o que você faria primeiro?
s-risky-contact-voice-first-move-leave = Parar de responder e sair da conversa
s-risky-contact-voice-first-move-save = Tirar prints das mensagens como prova
s-risky-contact-voice-first-move-report = Bloquear e denunciar a conta no app
s-risky-contact-voice-first-move-tell = Contar para um adulto de confiança
s-risky-contact-voice-first-move-helpline = Falar com uma linha de ajuda para adolescentes

## Alt texts of the lesson pictures (for screen readers and the preview)

s-risky-contact-grooming-red-flags-alt = Um adolescente segura um celular. Uma tela grande mostra balões de conversa e um presentinho, com bandeiras vermelhas ao lado.
s-risky-contact-nudes-say-no-alt = Um adolescente segura um celular. Um balão pede uma foto, e o balão de resposta mostra um “não” bem claro.
s-risky-contact-sextortion-intro-alt = Um jovem com o braço de um adulto de confiança no ombro, uma moeda riscada e um escudo grande.
s-risky-contact-takedown-how-it-works-alt = Uma foto no celular vira uma impressão digital, e uma seta leva dela a um escudo com um sinal de certo.
s-risky-contact-who-to-tell-intro-alt = Um adolescente conversa com um adulto de confiança. Balões de conversa e um coração flutuam entre eles.
