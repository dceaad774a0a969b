## Respostas de ajuda e de revelação: a primeira linha, os primeiros passos conforme o que foi reconhecido, a escolha
## do país dentro da ajuda, a frase gentil sob "não entendi" e a confirmação antes de apagar dados.
## Os primeiros passos parafraseiam NCMEC, Thorn, FBI e eSafety (shared/domain/safety.md).

first-helpline = 📞 <b>Fale com alguém agora:</b> { $name }, { $reach } (gratuito e confidencial)
first-directory = 📞 <b>Encontre uma linha de apoio para crianças onde você mora:</b> { $name }, { $reach }
first-emergency = 🚨 <b>Se você está em perigo agora, ligue { $number }.</b>
steps-title = <b>O que você pode fazer agora</b>
steps-sextortion =
    • Você não está em apuros: quem está errado é quem te ameaça.
    • Não pague e não mande mais nada: pagar quase nunca faz parar.
    • Guarde as provas: prints da conversa e do nome de usuário. Não apague sua conta ainda.
    • Bloqueie e denuncie a conta no app.
    • O Take It Down pode impedir que suas fotos se espalhem, sem ninguém precisar vê-las.
    • Conte agora para um adulto de confiança ou ligue para uma linha de apoio: isso anda rápido, não espere.
steps-image_shared =
    • Compartilhar suas fotos sem você deixar é abuso.
    • Se alguém pedir dinheiro ou mais fotos: não pague e não mande nada.
    • Guarde as provas: prints, links e nomes de usuário.
    • Denuncie a publicação e a conta no app, e no canal de denúncia abaixo.
    • O Take It Down pode ajudar a tirar suas fotos do ar, de forma anônima.
    • Conte para um adulto de confiança ou para uma linha de apoio.
steps-ai_image =
    • Uma imagem falsa também é abuso, mesmo feita com IA.
    • Se alguém pedir dinheiro ou mais fotos: não pague e não mande nada.
    • Guarde as provas: prints, links e nomes de usuário.
    • Denuncie no app e no canal de denúncia abaixo.
    • O Take It Down pode ajudar a tirá-la do ar, de forma anônima.
    • Conte para um adulto de confiança ou para uma linha de apoio.
steps-grooming =
    • Um adulto que pede segredo ou fotos está errado, não você.
    • Se for pela internet: pare de responder e guarde as mensagens, depois bloqueie e denuncie a conta.
    • Não se encontre com essa pessoa e evite ficar a sós com ela.
    • Conte hoje para um adulto de confiança (não para essa pessoa): alguém da escola ou da sua família. Ou ligue para a linha de apoio para crianças.
steps-abuse =
    • Se você está em perigo agora, ligue para o número de emergência.
    • Conte para um adulto de confiança que não seja a pessoa que machuca ou ameaça você: alguém da escola ou da sua família. Ou ligue para a linha de apoio para crianças: é gratuito e confidencial.
    • Se a primeira pessoa para quem você contar não ajudar, conte para outra, até alguém ajudar.
steps-threat =
    • Se você está em perigo agora, ligue para o número de emergência.
    • Conte hoje para um adulto de confiança que não seja a pessoa que ameaça você: alguém da escola ou da sua família. Ou ligue para a linha de apoio para crianças: é gratuito e confidencial.
    • Enquanto isso, fique perto de pessoas de confiança e não vá sem companhia a lugares onde possam te encontrar.
    • Se as ameaças chegam por mensagem ou pela internet: não responda, guarde tudo como prova e depois bloqueie e denuncie a conta.
steps-general =
    • Você fez bem em contar.
    • Conte para um adulto de confiança, ou fale com a linha de apoio para crianças: é gratuito e confidencial.
    • Se você está em perigo agora, ligue para o número de emergência.
more-help =
    <b>Mais jeitos de conseguir ajuda</b>

    • <b>Contar para alguém:</b> escolha um adulto de confiança (mãe, pai, um parente, um professor, um treinador). Dá para começar com "Aconteceu uma coisa na internet e eu preciso de ajuda." Você pode mostrar este chat.
    • <b>As linhas de apoio</b> são gratuitas e confidenciais. Elas escutam sem julgar e não avisam ninguém sem perguntar, a não ser que alguém esteja em perigo.
    • <b>Denunciar num app:</b> segure o dedo na mensagem ou abra o perfil e escolha "Denunciar". Tire prints antes.
    • Seja o que for que aconteceu, a culpa não é sua.
btn-more-help = 💬 Mais ajuda
btn-back-to-where = ↩️ Voltar para onde eu estava
btn-help-country = 🌍 Escolher meu país
btn-help-country-other = 🔤 Outro país (A-Z)
help-pick-country = 🌍 Em que país você está? Eu mostro a ajuda que funciona aí. Nada fica salvo.
unknown-text-gentle = 💛 Se alguma coisa na internet está te preocupando, toque em 🆘 e eu mostro quem pode ajudar.
settings-age-confirm =
    ⚠️ Em { $country }, o Telegram é para pessoas de 16 anos ou mais. Se você fizer essa mudança, vou ter que <b>apagar tudo o que guardo sobre você</b>:
    • seu idioma, sua faixa de idade e seu país
    • seu progresso nas lições e suas respostas dos quizzes
    • suas avaliações das lições, suas respostas de enquetes e seu link de compartilhamento

    As contagens anônimas ficam, sem nada que ligue elas a você. Não dá para desfazer. A ajuda continua funcionando a qualquer momento.
btn-settings-delete = Mudar e apagar meus dados
btn-settings-keep = ⬅️ Não, manter minhas configurações
age-gate-16-deleted =
    Pronto: apaguei tudo o que eu guardava sobre você. Em { $country }, o Telegram é para pessoas de 16 anos ou mais, então não posso continuar com você.

    Se alguma coisa na internet te preocupa, fale com um adulto de confiança, ou use um destes:
steps-caregiver = Se for sobre o seu filho ou filha: mantenha a calma, agradeça por ter contado e deixe claro que a culpa não é dele ou dela. Estes são os passos para dar juntos:
